import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const examples = fileURLToPath(new URL('../examples/', import.meta.url))

async function runExample(name: string): Promise<string> {
  const {stdout} = await promisify(execFile)(process.execPath, [join(examples, name, 'index.js')])
  return stdout
}

describe('examples', () => {
  it('attribution-plugin finds who said what in its own unified pipeline', async () => {
    const output = await runExample('attribution-plugin')
    expect(output).toContain('the transport minister, Elena Marsh | told reporters | named-person | indirect')
    expect(output).toContain('she | said | named-person | direct | speaker: Elena Marsh')
    expect(output).toContain('A union official | said | anonymous')
    expect(output).toMatch(/warning .*formulaic-anonymity-reason/)
  })

  it('cleaner removes the leftovers and keeps the story', async () => {
    const output = await runExample('cleaner')
    for (const reason of ['byline', 'share-widget', 'caption', 'promo', 'paywall']) {
      expect(output).toContain(`removed (${reason})`)
    }
    expect(output).not.toContain('Container ships')
    expect(output).toContain("title: 'Storm closes port for third day'")
    expect(output).toContain("byline: 'Dana Whitfield'")
  })
})
