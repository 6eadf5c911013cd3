import {chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {beforeAll, describe, expect, it} from 'vitest'
import {readArticles, type IngestResult, type ReadOptions} from './index.js'

const story =
  'The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by nearly 4 percent, officials said. The mayor said the increase would be paid for by savings elsewhere.'

let dir: string

/**
 * Collect every result of reading `paths`.
 *
 * @param paths Files and folders.
 * @param options Reading options.
 * @returns The results in order.
 */
async function all(paths: string[], options?: ReadOptions): Promise<IngestResult[]> {
  const results: IngestResult[] = []
  for await (const result of readArticles(paths, options)) results.push(result)
  return results
}

/**
 * The one result of reading a file of the temporary folder.
 *
 * @param name File name.
 * @returns Text of the article, or `fail: reason`.
 */
async function one(name: string): Promise<string> {
  const results = await all([join(dir, name)])
  expect(results).toHaveLength(1)
  const [result] = results
  return result!.ok ? result!.article.text : `fail: ${result!.failure.reason}`
}

/**
 * Milliseconds an async call takes.
 *
 * @param run The call.
 * @returns Its value and duration.
 */
async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await run()
  return [value, performance.now() - start]
}

const isRoot = process.getuid?.() === 0

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-hostile-'))
  writeFileSync(join(dir, 'zero.txt'), '')
  writeFileSync(join(dir, 'blank.md'), ' \r\n\t\n')
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'))
  writeFileSync(join(dir, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]))
  writeFileSync(join(dir, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(story, 'utf16le').swap16()]))
  writeFileSync(join(dir, 'utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`{"text": "${story}"}\n`, 'utf16le')]))
  writeFileSync(join(dir, 'binary.jsonl'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x0a, 0x7b]))
  writeFileSync(join(dir, 'windows.txt'), `\uFEFFBudget passes\r\n\r\n${story}\r\n`)
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '))
  writeFileSync(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(50 * 1024 * 1024, 'word ')))
  writeFileSync(
    join(dir, 'long-line.jsonl'),
    `${JSON.stringify({id: 'a', text: story})}\n{"id": "b", "text": "${'word '.repeat(3 * 1024 * 1024)}"}\n${JSON.stringify({id: 'c', text: story})}\n`
  )
  writeFileSync(join(dir, 'no-body.html'), '<html><head><title>Budget</title></head></html>')
  writeFileSync(join(dir, 'scripts.html'), '<script>track()</script><script>var ad = 1</script>')
  writeFileSync(
    join(dir, 'big-script.html'),
    `<html><head><script>var data = "${'x'.repeat(9 * 1024 * 1024)}";</script></head><body><article>${`<p>${story}</p>`.repeat(4)}</article></body></html>`
  )
  writeFileSync(
    join(dir, 'deep.html'),
    `<html><body>${'<div>'.repeat(5000)}<p>${story}</p>${'</div>'.repeat(5000)}</body></html>`
  )
})

describe('readArticles on broken and hostile files', () => {
  it.each([
    ['zero.txt', 'fail: empty file'],
    ['blank.md', 'fail: empty file'],
    ['image.txt', 'fail: binary file (NUL byte at byte 8)'],
    ['latin1.txt', 'fail: invalid UTF-8 at byte 3'],
    ['utf16.jsonl', 'fail: UTF-16 JSON Lines are not supported (convert the file to UTF-8)'],
    ['binary.jsonl', 'fail: binary file, not JSON Lines (NUL byte at byte 3)'],
    ['no-body.html', 'fail: no article text found in the page'],
    ['scripts.html', 'fail: no article text found in the page']
  ])('%s -> %s', async (name, expected) => {
    expect(await one(name)).toBe(expected)
  })

  it.each(['utf16le.txt', 'utf16be.txt'])('decodes %s by its byte-order mark', async (name) => {
    expect(await one(name)).toBe(story)
  })

  it('reads Windows line ends as given and drops a UTF-8 byte-order mark, so offsets count from the text', async () => {
    const text = await one('windows.txt')
    expect(text).toBe(`Budget passes\r\n\r\n${story}\r\n`)
    expect(text.slice(17, 17 + story.length)).toBe(story)
  })

  it('fails a 50 MB article over the 10 MB limit without reading it', async () => {
    const [text, ms] = await timed(() => one('huge.txt'))
    expect(text).toBe('fail: file of 50.0 MB over the 10 MB limit')
    expect(ms).toBeLessThan(1000)
  })

  it('stops inflating a gzip bomb at the limit', async () => {
    expect(await one('bomb.txt.gz')).toBe('fail: decompressed file over the 10 MB limit')
  })

  it('fails a JSON Lines record over the limit by its line and reads the others', async () => {
    const results = await all([join(dir, 'long-line.jsonl')], {maxBytes: 1024 * 1024})
    expect(results.map((result) => (result.ok ? result.article.id : `${result.failure.line}: ${result.failure.reason}`))).toEqual([
      'a',
      '2: line longer than the 1 MB limit',
      'c'
    ])
  })

  it('extracts the story next to a 9 MB inline script in bounded time', async () => {
    const [text, ms] = await timed(() => one('big-script.html'))
    expect(text.split('\n\n')).toEqual([story, story, story, story])
    expect(ms).toBeLessThan(5000)
  })

  it('reads a page nested 5,000 elements deep in bounded time', async () => {
    const [text, ms] = await timed(() => one('deep.html'))
    expect(text).toBe(story)
    expect(ms).toBeLessThan(5000)
  })
})

describe('readArticles on a 10,000-line JSON Lines file with bad records', () => {
  /** What line `n` holds and what reading it must give. */
  const line = (n: number): [string, string] => {
    switch (n % 10) {
      case 3:
        return [`{"id": "r${n}", "text": `, `fail ${n}: invalid JSON at column ${`{"id": "r${n}", "text": `.length + 1} (ValueExpected)`]
      case 5:
        return [JSON.stringify({id: `r${n}`, title: 'No body'}), `fail ${n}: missing field text`]
      case 7:
        return [JSON.stringify({id: `r${n}`, text: ['a', 'list']}), `fail ${n}: field text is not a string`]
      case 9:
        return [JSON.stringify({id: `r${n - 1}`, text: story}), `fail ${n}: duplicate id (first seen at FILE:${n - 1})`]
      default:
        return [JSON.stringify({id: `r${n}`, text: story}), `ok r${n}`]
    }
  }

  it('fails each bad line by file and line and reads every good one, in order', async () => {
    const path = join(dir, 'mixed.jsonl')
    const numbers = Array.from({length: 10_000}, (_, index) => index + 1)
    writeFileSync(path, numbers.map((n) => line(n)[0]).join('\n') + '\n')
    const [results, ms] = await timed(() => all([path]))
    expect(
      results.map((result) =>
        result.ok
          ? `ok ${result.article.id}`
          : `fail ${result.failure.line}: ${result.failure.reason.replace(path, 'FILE')}`
      )
    ).toEqual(numbers.map((n) => line(n)[1]))
    expect(results.every((result) => result.ok || result.failure.path === path)).toBe(true)
    expect(ms).toBeLessThan(10_000)
  })
})

describe('readArticles on folders with links and special files', () => {
  let tree: string

  beforeAll(() => {
    tree = join(dir, 'tree')
    mkdirSync(join(tree, 'sub'), {recursive: true})
    writeFileSync(join(tree, 'a.txt'), story)
    writeFileSync(join(tree, 'sub/b.txt'), story.replace('Tuesday', 'Monday'))
    symlinkSync('..', join(tree, 'sub/loop'))
    symlinkSync('sub', join(tree, 'alias'))
    symlinkSync('missing.txt', join(tree, 'broken.txt'))
    symlinkSync('a.txt', join(tree, 'c.txt'))
    execFileSync('mkfifo', [join(tree, 'pipe.txt')])
  })

  it('reports loops, broken links and pipes, and reads the files once', async () => {
    const results = await all([tree])
    expect(results.map((result) => (result.ok ? `ok ${result.article.id}` : `${result.failure.id}: ${result.failure.reason}`))).toEqual([
      'ok a.txt',
      'alias: symbolic link to a folder already in the tree (not followed)',
      'broken.txt: broken symbolic link',
      'ok c.txt',
      'pipe.txt: not a regular file (a named pipe)',
      'ok sub/b.txt',
      'sub/loop: symbolic link loop (links to a folder it is inside, not followed)'
    ])
  })

  it('reports a named pipe given directly instead of waiting on it', async () => {
    const [result] = await all([join(tree, 'pipe.txt')])
    expect(!result!.ok && result!.failure.reason).toBe('not a regular file (a named pipe)')
  })

  it.skipIf(isRoot)('reports unreadable files and folders', async () => {
    const locked = join(dir, 'locked')
    mkdirSync(join(locked, 'closed'), {recursive: true})
    writeFileSync(join(locked, 'secret.txt'), story)
    chmodSync(join(locked, 'secret.txt'), 0o000)
    chmodSync(join(locked, 'closed'), 0o000)
    const results = await all([locked])
    expect(results.map((result) => !result.ok && `${result.failure.id}: ${result.failure.reason}`)).toEqual([
      'closed: permission denied',
      'secret.txt: permission denied'
    ])
  })
})
