import {describe, expect, it} from 'vitest'
import {councilArticle} from './fixtures/council.js'
import {scoreArticle, typeOfWork} from './index.js'

describe('typeOfWork', () => {
  it.each([
    ['Opinion: The port expansion is a bet the city cannot afford', null, 'opinion'],
    ['EDITORIAL | Parliament must publish the procurement audit', null, 'opinion'],
    ['Letters to the editor: Readers on the new tram line', null, 'opinion'],
    ['Guest essay: What the drought taught our farmers', null, 'opinion'],
    ['Review: A brooding Macbeth set in a Glasgow shipyard', null, 'review'],
    ['Live updates: Storm Ciarán makes landfall in Brittany', null, 'live'],
    ['Election night as it happened', null, 'live'],
    ['Council approves flood bond', 'https://example.com/opinion/2024/05/02/flood-bond', 'opinion'],
    ['Council approves flood bond', 'https://example.com/news/2024/05/02/flood-bond', 'news'],
    ['Live-stream of the budget speech drew record audience', null, 'news'],
    ['Opinion polls show the governing party slipping in Ontario', null, 'news'],
    ['Court reviews ban on protest camps', null, 'news']
  ])('%s (%s) -> %s', (title, url, type) => {
    expect(typeOfWork({title, url, text: 'The body.'}).type).toBe(type)
  })

  it('reads a label on the first line of the body when there is no headline', () => {
    expect(typeOfWork({title: null, url: null, text: 'COMMENTARY: Why the rail strike matters\n\nThe body.'})).toEqual({
      type: 'opinion',
      label: 'COMMENTARY:'
    })
  })
})

describe('scoreArticle and the type of work', () => {
  it('does not grade a labelled opinion piece, and names the label', () => {
    const score = scoreArticle({...councilArticle(), title: 'Opinion: The flood bond is overdue'})
    expect(score.graded).toBe(false)
    expect(score.total).toBeNull()
    expect(score.ungradedReason).toBe(
      'Not a news report: labelled "Opinion:", an opinion piece, which a rubric for news reports does not fit.'
    )
    expect(score.checks).toHaveLength(10)
  })

  it('grades the same text as news without the label', () => {
    expect(scoreArticle({...councilArticle(), title: 'Council approves flood bond'}).graded).toBe(true)
  })
})
