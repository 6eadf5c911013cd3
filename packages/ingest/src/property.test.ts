import {articleSchema} from '@sourcing/schema'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {articleFromHtml} from './html/index.js'
import {articleFromJsonRecord, articleFromText, decodeText} from './index.js'

const origin = {path: 'property.jsonl', format: 'jsonl', line: 7} as const

describe('ingest on arbitrary input', () => {
  it('turns any JSON value into a valid article or a one-line failure naming the record', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({id: fc.jsonValue(), text: fc.jsonValue(), date: fc.jsonValue()})), (value) => {
        const result = articleFromJsonRecord(value, origin)
        if (result.ok) {
          expect(articleSchema.safeParse(result.article).success).toBe(true)
        } else {
          expect(result.failure.reason).not.toBe('')
          expect(result.failure.reason).not.toContain('\n')
          expect(result.failure.line).toBe(7)
        }
      }),
      {numRuns: 500}
    )
  })

  it('decodes any bytes or says why not, and keeps decoded text whole', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 300}), (bytes) => {
        const decoded = decodeText(bytes)
        if (!decoded.ok) expect(decoded.reason).not.toBe('')
      }),
      {numRuns: 500}
    )
    fc.assert(
      fc.property(fc.string(), (text) => {
        const decoded = decodeText(new TextEncoder().encode(text))
        if (decoded.ok) expect(decoded.text.replace(/^\ufeff/, '')).toBe(text.replace(/^\ufeff/, ''))
      }),
      {numRuns: 300}
    )
  })

  it('keeps any text exactly as given', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const article = articleFromText(text, {path: 'a.txt', format: 'txt', line: null})
        expect(article.text).toBe(text)
        expect(articleSchema.safeParse(article).success).toBe(true)
      })
    )
  })

  it('extracts a valid article from any markup without throwing', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<article>', '<h1>', '<!--', '-->', '<br>', '<', '>', '&amp;', '&#0;')
    const html = fc.array(fc.oneof(fc.string(), tag), {maxLength: 40}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(html, (markup) => {
        const article = articleFromHtml(markup, {path: 'a.html', format: 'html', line: null})
        expect(articleSchema.safeParse(article).success).toBe(true)
      }),
      {numRuns: 150}
    )
  })
})
