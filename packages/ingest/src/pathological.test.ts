import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {extractHtml} from './html/index.js'
import {nonEnglish, readArticles, toIsoDate} from './index.js'

const n = 100_000

/** Long runs of one character class, the inputs that make backtracking blow up. */
const runs: Array<[string, string]> = [
  ['straight quotes', '"'.repeat(n)],
  ['curly quotes then a letter', '“'.repeat(n) + 'x'],
  ['spaces', `a${' '.repeat(n)}b`],
  ['capitalised words', 'Word '.repeat(n / 5)],
  ['punctuation', '.,;:!?'.repeat(n / 6)],
  ['digits and separators', '1:2/'.repeat(n / 4)],
  ['one 1 MB line of prose', 'The council said the vote would be held on Monday, officials said. '.repeat(15_000)]
]

/**
 * Milliseconds a call takes.
 *
 * @param run The call.
 * @returns Its duration.
 */
function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

describe('ingest parsers on pathological text', () => {
  it.each(runs)('extractHtml, in a paragraph: %s', (_, text) => {
    expect(time(() => extractHtml(`<html><body><p>${text}</p></body></html>`))).toBeLessThan(3000)
  })

  it.each(runs)('nonEnglish and toIsoDate: %s', (_, text) => {
    expect(time(() => [nonEnglish(text), toIsoDate(text)])).toBeLessThan(500)
  })

  it('reads a JSON Lines file of pathological records line by line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-pathological-'))
    const path = join(dir, 'runs.jsonl')
    writeFileSync(
      path,
      runs.map(([name, text]) => JSON.stringify({id: name, text, date: text.slice(0, 1000)})).join('\n') +
        `\n{"id": "broken", "text": "${'\\"'.repeat(n)}\n`
    )
    const start = performance.now()
    const results = []
    for await (const result of readArticles([path])) results.push(result)
    expect(performance.now() - start).toBeLessThan(3000)
    expect(results.map((result) => (result.ok ? result.article.id : result.failure.reason))).toEqual([
      ...runs.map(([name]) => name),
      `invalid JSON at column ${'{"id": "broken", "text": '.length + 1} (UnexpectedEndOfString)`
    ])
  })

  it('gives a result for a page of 100,000 "<" in bounded time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-pathological-'))
    const path = join(dir, 'angles.html')
    writeFileSync(path, '<'.repeat(n))
    const start = performance.now()
    const results = []
    for await (const result of readArticles([path])) results.push(result)
    expect(performance.now() - start).toBeLessThan(10_000)
    expect(results).toHaveLength(1)
  })
})
