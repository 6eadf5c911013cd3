import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {main} from './cli.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))

async function check(argv: string[], stdin = '') {
  let stdout = ''
  let stderr = ''
  const code = await main(['check', ...argv], {
    stdout(chunk) {
      stdout += chunk
    },
    stderr(chunk) {
      stderr += chunk
    },
    stdin: async () => stdin
  })
  return {code, stdout, stderr}
}

const draft = `---
title: A source said this is front matter
---

# Council delays vote

The council postponed the vote on the new bridge, a source said.

\`\`\`
A source said this is code.
\`\`\`

"We need more time," said Mayor Ana Ruiz, who chairs the council.
`

describe('sourcing check', () => {
  it.each([
    ['A source said the minister would resign.', 'bare-anonymous-source'],
    ['A source said the minister would resign.', 'anonymous-without-reason'],
    ['The minister reportedly plans to resign next week.', 'unsourced-hedge']
  ])('reports %j as %s and exits 1', async (text, ruleId) => {
    const {code, stderr} = await check([], text)
    expect(code).toBe(1)
    expect(stderr).toContain('<stdin>')
    expect(stderr).toContain(ruleId)
  })

  it('passes a well-sourced sentence with exit 0', async () => {
    const {code, stderr} = await check([], '"We will rebuild," Mayor Ana Ruiz told reporters on Monday.')
    expect(code).toBe(0)
    expect(stderr).not.toContain('warning')
  })

  it('checks the prose of a Markdown draft, not its code or front matter', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-check-'))
    const path = join(folder, 'draft.md')
    await writeFile(path, draft)
    const {code, stdout} = await check([path, '--json'])
    expect(code).toBe(1)
    const [file] = JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; line: number}>}>
    const lines = file!.messages.map((message) => message.line)
    expect(lines.length).toBeGreaterThan(0)
    expect(new Set(lines)).toEqual(new Set([7]))
  })

  it('reads standard input as Markdown with --markdown', async () => {
    const {stderr} = await check(['--markdown', '--json'], draft)
    expect(stderr).toBe('')
    const {stdout} = await check(['--markdown', '--json'], draft)
    expect(JSON.parse(stdout)[0].messages.every((message: {line: number}) => message.line === 7)).toBe(true)
  })

  it('drops the messages of rules turned off', async () => {
    const text = 'A source said the minister would resign.'
    const {code, stderr} = await check(['--rule-off', 'bare-anonymous-source', '--rule-off', 'anonymous-without-reason'], text)
    expect(stderr).not.toContain('bare-anonymous-source')
    expect(code).toBe(0)
  })

  it('lists every attribution with --verbose', async () => {
    const {stderr} = await check(['--verbose'], '"We will rebuild," Mayor Ana Ruiz told reporters.')
    expect(stderr).toMatch(/info.*attribution/)
  })

  it('refuses an unknown rule id', async () => {
    const {code, stderr} = await check(['--rule-off', 'no-such-rule'], 'text')
    expect(code).toBe(2)
    expect(stderr).toContain('sourcing check: unknown rule no-such-rule')
  })

  it('names the command before an option it does not take', async () => {
    const {code, stderr} = await check(['--bogus'], 'text')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^sourcing check: Unknown option '--bogus'/)
  })

  it('raises nothing in the boilerplate the cleaner removes from the shipped corpus', async () => {
    const article = join(root, 'corpus', '004_ffd932c2fd4869dd.txt')
    const {stdout} = await check([article, '--json'])
    const [file] = JSON.parse(stdout) as Array<{messages: Array<{line: number}>}>
    const text = (await import('node:fs')).readFileSync(article, 'utf8').split('\n')
    for (const message of file!.messages) {
      expect(text[message.line - 1]).not.toMatch(/^(?:See also|Leave a Reply|Your email address)/)
    }
  })

  it('names a file it cannot read as a fatal error', async () => {
    const {code, stderr} = await check([join(root, 'no-such-file.txt')])
    expect(code).toBe(1)
    expect(stderr).toMatch(/no-such-file\.txt[\s\S]*error/)
  })
})
