import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {gzipSync} from 'node:zlib'
import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfm} from 'micromark-extension-gfm'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'

// A folder of hostile and broken inputs, run through the real pipeline
// stages and the CLI: every input must end up analysed or listed as failed,
// nothing may be written outside the reports folder, and no article text may
// become structure or active content in a report.

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const story =
  'The council approved the budget on Monday, the mayor said. "We kept every promise," she told reporters. ' +
  'A spokesman for the opposition said the vote had been rushed.\n\n'
const hostileText =
  'Rates | rose | 5% <script>alert(1)</script> [click](javascript:alert(1)) <!-- hidden --> `code`\n\n---\n\n' +
  '<img src=x onerror=alert(1)> # not a heading\n\n' + story

/** Inputs by file name, with how many articles each one holds. */
const inputs: Array<{name: string; content: string | Buffer; articles: number}> = [
  {name: 'good.txt', content: 'Council passes budget\n\n' + story.repeat(4), articles: 1},
  {name: 'empty.txt', content: '', articles: 1},
  {name: 'blank.txt', content: ' \n\t\n  ', articles: 1},
  {name: 'binary.txt', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), articles: 1},
  {name: 'latin1.txt', content: Buffer.from('Caf\u00e9 owners said prices rose.', 'latin1'), articles: 1},
  {name: 'utf16.txt', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]), articles: 1},
  {name: 'crlf-bom.txt', content: '\ufeffBudget vote\r\n\r\n' + story.replaceAll('\n', '\r\n').repeat(3), articles: 1},
  {name: 'german.txt', content: 'Die Regierung hat am Montag angekündigt, dass die Brücke bis zum Ende des Jahres wieder geöffnet wird und die Kosten unter dem Plan liegen.\n', articles: 1},
  {name: 'huge.txt', content: 'word '.repeat(11 * 1024 * 1024 / 5), articles: 1},
  {name: 'hostile.md', content: hostileText, articles: 1},
  {name: 'no-body.html', content: '<!doctype html><html><head><title>Nothing</title></head></html>', articles: 1},
  {name: 'scripts-only.html', content: '<html><body><script>var a = 1</script><script>var b = 2</script></body></html>', articles: 1},
  {name: 'big-script.html', content: `<html><body><script>${'x'.repeat(10 * 1024 * 1024 - 200)}</script><p>${story}</p></body></html>`, articles: 1},
  {name: 'page.html.gz', content: gzipSync(`<html><body><article><h1>Budget</h1><p>${story}</p><p>${story}</p></article></body></html>`), articles: 1},
  {name: 'notes.pdf', content: '%PDF-1.4', articles: 1}
]

const jsonLines = [
  JSON.stringify({id: '../../etc/passwd', text: story}),
  JSON.stringify({id: '/absolute/path', text: story}),
  JSON.stringify({id: 'line\nbreak', text: story}),
  JSON.stringify({id: 'nul\u0000byte', text: story}),
  JSON.stringify({id: 'CON', text: story}),
  JSON.stringify({id: 'index', text: hostileText}),
  JSON.stringify({id: 'dup', text: story}),
  JSON.stringify({id: 'dup', text: story}),
  '{"id": "broken", "text": ',
  JSON.stringify({id: 'no-text', title: 'Headline only'}),
  JSON.stringify({id: 'wrong-type', text: 42}),
  JSON.stringify(['not', 'an', 'object']),
  ''
]
const jsonLineArticles = jsonLines.filter((line) => line !== '').length

let work = ''
const folder = (name: string) => join(work, name)
let stderr = ''

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourcing-hostile-'))
  const corpus = folder('corpus')
  await mkdir(join(corpus, 'nested', 'deeper'), {recursive: true})
  for (const {name, content} of inputs) await writeFile(join(corpus, name), content)
  await writeFile(join(corpus, 'nested', 'crawl.jsonl'), jsonLines.join('\n'))
  await symlink('..', join(corpus, 'nested', 'deeper', 'loop'))

  const stage = async (name: string, input: string, output: string) => {
    const result = await run(process.execPath, [join(root, 'pipelines', name, 'dist', `${name}.js`), input, output], {
      maxBuffer: 1 << 26
    })
    stderr += result.stderr
  }
  await stage('ingest', corpus, folder('ingest'))
  await stage('clean', folder('ingest'), folder('clean'))
  await stage('tag', folder('clean'), folder('tag'))
  await stage('report', folder('tag'), folder('reports'))
}, 240_000)

describe('the pipeline on a folder of hostile inputs', () => {
  it('accounts for every input: analysed or failed with its id, stage and reason', async () => {
    const index = JSON.parse(await readFile(join(folder('reports'), 'index.json'), 'utf8'))
    const failures = (await readFile(join(folder('reports'), 'failures.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
    const analysed = Object.keys(index.articles).length
    // The symlink loop is one more input, reported as such.
    expect(analysed + failures.length).toBe(
      inputs.reduce((sum, input) => sum + input.articles, 0) + jsonLineArticles + 1
    )
    for (const failure of failures) {
      expect(failure.id).not.toBe('')
      expect(failure.reason).not.toMatch(/\n/)
      expect(['ingest', 'clean', 'tag', 'score', 'report']).toContain(failure.stage)
    }
    const reasons = Object.fromEntries(failures.map((failure) => [failure.id, failure.reason]))
    expect(reasons['empty.txt']).toMatch(/empty/)
    expect(reasons['binary.txt']).toMatch(/binary/)
    expect(reasons['latin1.txt']).toMatch(/UTF-8/)
    expect(reasons['huge.txt']).toMatch(/limit/)
    expect(reasons['dup']).toMatch(/duplicate id/)
    expect(reasons['notes.pdf']).toMatch(/unsupported/)
    expect(Object.values(reasons).some((reason) => /loop|link/.test(reason))).toBe(true)
    expect(index.articles['good.txt']).toBeDefined()
    expect(index.articles['crlf-bom.txt']).toBeDefined()
    expect(index.articles['utf16.txt']).toBeDefined()
    expect(index.articles['german.txt']).toBeDefined()
    expect(stderr).toContain('failed')
  })

  it('writes only plain, safely named files, all inside the reports folder', async () => {
    const entries = await readdir(folder('reports'), {withFileTypes: true})
    for (const entry of entries) {
      expect(entry.isFile(), entry.name).toBe(true)
      expect(entry.name).toMatch(/^[\w][\w.-]*$/)
    }
    expect(await readdir(work)).toEqual(['clean', 'corpus', 'ingest', 'reports', 'tag'])
  })

  it('lets no article text become markup, links or active content in any report', async () => {
    for (const name of (await readdir(folder('reports'))).filter((name) => name.endsWith('.md'))) {
      const tree: Root = fromMarkdown(await readFile(join(folder('reports'), name), 'utf8'), {
        extensions: [gfm()],
        mdastExtensions: [gfmFromMarkdown()]
      })
      visit(tree, (node) => {
        expect(node.type, `${name}: raw HTML`).not.toBe('html')
        if (node.type === 'link' || node.type === 'image') {
          expect(node.url, name).toMatch(/^[\w.-]+\.(?:md|svg)(?:#[\w-]*)?$|^https:\/\//)
        }
      })
      visit(tree, 'table', (table) => {
        const width = table.children[0]!.children.length
        for (const row of table.children) expect(row.children.length, `${name}: a table row lost its shape`).toBe(width)
      })
    }
  })
})

describe('sourcing analyze on the same folder', () => {
  it('goes on past every bad input, names each, and exits 1 with counts that add up', async () => {
    const bin = join(root, 'packages', 'cli', 'bin', 'sourcing.js')
    const result = await run(process.execPath, [bin, 'analyze', folder('corpus'), '--json', '--workers', '2'], {
      maxBuffer: 1 << 26
    }).catch((error: {code: number; stdout: string; stderr: string}) => error)
    expect('code' in result && result.code).toBe(1)
    const summary = /(\d+) articles: (\d+) analysed(?: \([^)]*\))?, (\d+) failed/.exec(result.stderr)
    expect(summary).not.toBeNull()
    const [, total, analysed, failed] = summary!.map(Number)
    expect(analysed! + failed!).toBe(total)
    expect(result.stdout.trim().split('\n')).toHaveLength(analysed!)
    expect(result.stderr.split('\n').filter((line) => / failed: /.test(line))).toHaveLength(failed!)
  })
})
