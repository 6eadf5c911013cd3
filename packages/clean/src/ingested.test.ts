import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {readArticles} from '@sourcing/ingest'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from './clean.js'

const lead =
  'Firefighters in the northern hills contained most of a wildfire on Sunday after three days of strong winds, the regional fire service said.'
const follow =
  'About 1,200 residents who had been told to leave their homes were allowed to return, though two roads remained closed while crews checked for hot spots.'

describe('cleanArticle on files as ingest reads them', () => {
  it('gives spans that point into the text of a Windows file with a byte-order mark', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-ingested-'))
    const path = join(dir, 'fire.txt')
    writeFileSync(path, `\uFEFFWildfire contained in northern hills\r\n\r\nBy Ana Ruiz\r\n\r\n${lead}\r\n\r\nPhoto: Luis Mora / AFP\r\n\r\n${follow}\r\n`)
    const results = []
    for await (const result of readArticles([path])) results.push(result)
    const [result] = results
    if (!result?.ok) throw new Error(`not read: ${JSON.stringify(result)}`)
    const article = cleanArticle(result.article)
    expect(article.removed.map((span) => [article.text.slice(span.start, span.end), span.reason])).toEqual([
      ['By Ana Ruiz\r', 'byline'],
      ['Photo: Luis Mora / AFP\r', 'credit']
    ])
    expect(article).toMatchObject({title: 'Wildfire contained in northern hills', byline: 'Ana Ruiz'})
  })
})
