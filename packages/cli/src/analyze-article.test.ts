import {articleFromText} from '@sourcing/ingest'
import {describe, expect, it} from 'vitest'
import {analyzeAndRender} from './analyze-article.js'

const origin = {path: 'story.txt', format: 'txt', line: null} as const

describe('analyzeAndRender without --json', () => {
  it.each([
    ['“We will rebuild the bridge,” said Ana Ruiz, the mayor.', '1 attribution'],
    ['“We will rebuild the bridge,” said Ana Ruiz, the mayor. Engineers said the work would take a year.', '2 attributions'],
    ['The bridge over the river closed on Monday after a flood.', '0 attributions']
  ])('counts the attributions of %j in the singular or plural', (text, count) => {
    const printed = analyzeAndRender(articleFromText(text, origin), 'summary')
    expect(printed).toMatchObject({ok: true, text: `story.txt\tnot graded\t${count}\n`})
  })
})
