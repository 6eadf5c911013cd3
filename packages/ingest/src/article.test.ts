import {describe, expect, it} from 'vitest'
import {articleFromJsonRecord, articleFromText} from './index.js'

const origin = {path: 'dump.jsonl', format: 'jsonl' as const, line: 4}

describe('articleFromJsonRecord', () => {
  it.each([
    ['an array', [1, 2], 'expected a JSON object, found an array'],
    ['a string', 'text', 'expected a JSON object, found string'],
    ['no text', {id: 'a'}, 'missing field text'],
    ['text that is not a string', {id: 'a', text: 12}, 'field text is not a string'],
    ['blank text', {id: 'a', maintext: '  '}, 'empty field maintext']
  ])('names the problem with %s', (_, value, reason) => {
    const result = articleFromJsonRecord(value, origin)
    expect(!result.ok && result.failure.reason).toBe(reason)
  })

  it.each([
    [{id: 'story-1', url: 'https://x.example/1', text: 'Body.'}, 'story-1'],
    [{url: 'https://x.example/1', text: 'Body.'}, 'https://x.example/1'],
    [{text: 'Body.'}, 'dump.jsonl:4'],
    [{id: 42, text: 'Body.'}, '42']
  ])('takes the id from id, then url, then file:line (%j)', (value, id) => {
    const result = articleFromJsonRecord(value, origin)
    expect(result.ok && result.article.id).toBe(id)
  })

  it('reads CC-News fields', () => {
    const result = articleFromJsonRecord(
      {title: 'Rates held', text: 'The bank held rates.', domain: 'news.example', date: 'Tue, 19 Nov 2019 08:03:00 GMT'},
      origin
    )
    expect(result.ok && result.article).toMatchObject({outlet: 'news.example', date: '2019-11-19', title: 'Rates held'})
  })
})

describe('articleFromText', () => {
  it('keeps the text as given and leaves metadata to the cleaner', () => {
    const article = articleFromText('Headline\r\n\r\nBody.', {path: 'a.txt', format: 'txt', line: null})
    expect(article).toEqual({
      id: 'a.txt',
      origin: {path: 'a.txt', format: 'txt', line: null},
      text: 'Headline\r\n\r\nBody.',
      title: null,
      date: null,
      byline: null,
      outlet: null,
      url: null,
      language: 'English'
    })
  })
})
