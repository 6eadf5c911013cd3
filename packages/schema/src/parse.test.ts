import {describe, expect, it} from 'vitest'
import {analysisSchema, articleSchema, parseRecord, RecordError, spanSchema} from './index.js'

const article = {
  id: 'corpus/001.txt',
  origin: {path: 'corpus/001.txt', format: 'txt', line: null},
  text: 'Officials said the talks would resume.',
  title: null,
  date: '2021-10-03',
  byline: null,
  outlet: null,
  url: null,
  language: 'English'
}

describe('parseRecord', () => {
  it('returns a valid article unchanged', () => {
    expect(parseRecord(articleSchema, article, 'corpus/001.txt')).toEqual(article)
  })

  it('names the record and the path of each bad field', () => {
    const bad = {...article, date: 'Sunday', origin: {...article.origin, format: 'pdf'}}
    const error = (() => {
      try {
        parseRecord(articleSchema, bad, 'articles.jsonl:3')
      } catch (error) {
        return error
      }
    })()
    expect(error).toBeInstanceOf(RecordError)
    const message = (error as RecordError).message
    expect(message).toMatch(/^articles\.jsonl:3: invalid record/)
    expect(message).toContain('at date')
    expect(message).toContain('at origin.format')
  })

  it('rejects fields the schema does not know', () => {
    expect(() => parseRecord(articleSchema, {...article, body: 'x'}, 'a')).toThrow(/body/)
  })
})

describe('spanSchema', () => {
  it.each([
    [{start: 0, end: 4, text: 'said'}, true],
    [{start: 4, end: 4, text: ''}, true],
    [{start: 5, end: 4, text: ''}, false],
    [{start: -1, end: 4, text: 'said'}, false],
    [{start: 0.5, end: 4, text: 'said'}, false]
  ])('accepts %j: %s', (span, ok) => {
    expect(spanSchema.safeParse(span).success).toBe(ok)
  })
})

describe('analysisSchema', () => {
  it('requires the score of the last stage', () => {
    const result = analysisSchema.safeParse({...article, removed: [], wireCredits: []})
    expect(result.success).toBe(false)
  })
})
