import {cleanArticle} from '@sourcing/clean'
import {articleFromText} from '@sourcing/ingest'
import {taggedArticleSchema, type Span} from '@sourcing/schema'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tagArticle} from './tag.js'

// News-shaped noise: the characters and fragments that trip attribution and
// cleaning rules, mixed with arbitrary text, so the generator reaches the
// rules' edge cases and not only random letters.
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'said', ' said ', 'told reporters', 'according to', ', officials said.', '"', '\u201c', '\u201d',
    "'", ' who spoke on condition of anonymity ', 'reportedly', 'A source', 'He added: ', '\n', '\n\n',
    '\r\n', '  ', 'Photo: Reuters', 'See also ', 'Leave a Reply', 'Mr.', 'U.S.', '...', '\u2014', ':',
    '\u05e9\u05dc\u05d5\u05dd', '\ud83d\ude00', '\u0000', '\ufeff', 'The Minister of Finance, Jane Doe,'
  )
)
const newsish = fc.array(fragment, {maxLength: 60}).map((parts) => parts.join(''))

function expectQuotes(text: string, span: Span | null) {
  if (!span) return
  expect(span.start).toBeGreaterThanOrEqual(0)
  expect(span.end).toBeLessThanOrEqual(text.length)
  expect(span.start).toBeLessThanOrEqual(span.end)
  expect(span.text).toBe(text.slice(span.start, span.end))
}

describe('tagArticle on arbitrary text', () => {
  it('never throws, validates, and every span quotes the text at its offsets', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const article = articleFromText(text, {path: 'property.txt', format: 'txt', line: null})
        const tagged = tagArticle(cleanArticle(article))
        expect(taggedArticleSchema.safeParse(tagged).success).toBe(true)
        expect(tagged.text).toBe(text)
        for (const attribution of tagged.attributions) {
          for (const span of [attribution.cue, attribution.source, attribution.content, attribution.justification]) {
            expectQuotes(text, span)
          }
          for (const hedge of attribution.hedges) expectQuotes(text, hedge)
        }
        for (const claim of tagged.claims) expectQuotes(text, claim)
        for (const sentence of tagged.readability.hardSentences) expectQuotes(text, sentence)
        for (const removed of tagged.removed) {
          expect(removed.start).toBeLessThan(removed.end)
          expect(removed.end).toBeLessThanOrEqual(text.length)
        }
      }),
      {numRuns: 300}
    )
  })
})
