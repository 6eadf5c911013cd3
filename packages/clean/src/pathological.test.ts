import {articleFromText} from '@sourcing/ingest'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from './clean.js'

const n = 100_000

/**
 * Inputs that make backtracking regular expressions or quadratic loops blow
 * up: long runs of one character class, with and without a final character
 * that makes a match fail late.
 */
const inputs: Array<[string, string]> = [
  ['straight quotes', '"'.repeat(n)],
  ['curly quotes then a letter', '“'.repeat(n) + 'x'],
  ['spaces inside a line', `Updated ${' '.repeat(n)}x`],
  ['spaces around bars', ' | '.repeat(n / 3)],
  ['capitalised words', 'Word '.repeat(n / 5).trim()],
  ['capitalised words after By', `By ${'Jane '.repeat(n / 5)}`],
  ['punctuation', '.,;:!?'.repeat(n / 6)],
  ['sentence ends and quotes', '!"'.repeat(n / 2) + 'x'],
  ['a credit label and spaces', `Photo: ${' '.repeat(n)}`],
  ['hyphens', 'a-'.repeat(n / 2)],
  ['digits and separators', '1:2/'.repeat(n / 4)],
  ['short lines', 'Home\n'.repeat(n / 5)],
  ['prose between long runs of menu lines', `${'A council vote on the budget was held on Monday, officials said in a statement on the plan.\n'.repeat(2)}${'Home\nNews\nSport\nTravel\nWeather\nOpinion\nJobs\nPrice cut on rail fares next year as ministers agree a deal with unions and operators.\n'.repeat(n / 100)}`],
  ['one 1 MB line of prose', 'The council said the vote would be held on Monday, officials said. '.repeat(15_000)]
]

describe('cleanArticle on pathological text', () => {
  it.each(inputs)('%s: finishes in linear time', (_, text) => {
    const start = performance.now()
    const article = cleanArticle(articleFromText(text, {path: 'x.txt', format: 'txt', line: null}, 'x'))
    // Quadratic work on 100,000 characters takes tens of seconds.
    expect(performance.now() - start).toBeLessThan(2000)
    for (const span of article.removed) expect(span.end).toBeLessThanOrEqual(text.length)
  })
})
