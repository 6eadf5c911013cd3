import {cleanArticle} from '@sourcing/clean'
import {articleFromText} from '@sourcing/ingest'
import {describe, expect, it} from 'vitest'
import {tagArticle} from './tag.js'

// Inputs shaped to make a backtracking regular expression or a quadratic scan
// blow up. Each is ~100k characters; tagging an ordinary article of that size
// takes well under a second, so a few seconds is a generous bound that only
// catastrophic behaviour exceeds.
const size = 100_000
const inputs: Array<[string, string]> = [
  ['straight quotes', '"'.repeat(size)],
  ['curly quotes', '\u201c\u201d'.repeat(size / 2)],
  ['unclosed quote then text', '"' + 'word '.repeat(size / 5)],
  ['spaces', 'said' + ' '.repeat(size) + 'said'],
  ['capitalised words', 'The '.concat('Minister '.repeat(size / 9), 'said.')],
  ['commas', 'Officials' + ', '.repeat(size / 2) + 'said.'],
  ['punctuation', '.,;:!?-'.repeat(size / 7)],
  ['one endless sentence', 'the spokesman said that '.repeat(size / 24)],
  ['asides', 'A source, who '.repeat(size / 14) + 'said'],
  ['newlines', 'said\n'.repeat(size / 5)],
  ['apostrophes', "''".repeat(size / 2)],
  ['one long word', 'a'.repeat(size)]
]

describe('tagArticle on pathological input', () => {
  it.each(inputs)('finishes on %s within the time bound', (_, text) => {
    const article = articleFromText(text, {path: 'pathological.txt', format: 'txt', line: null})
    const started = performance.now()
    const tagged = tagArticle(cleanArticle(article))
    expect(performance.now() - started).toBeLessThan(5000)
    expect(tagged.text).toBe(text)
  })
})
