import {analysisSchema, type Analysis} from '@sourcing/schema'
import {scoreArticle} from '@sourcing/score'
import type {Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {councilArticle, tagged} from '@sourcing/score/fixtures'
import {all, articleSections, parse} from './fixtures/markdown.js'
import {renderArticleReport} from './index.js'

/** Score a tagged article into the full analysis record. */
function analysed(article = councilArticle()): Analysis {
  return analysisSchema.parse({...article, score: scoreArticle(article)})
}


describe('renderArticleReport', () => {
  const markdown = renderArticleReport(analysed())

  it.each([...articleSections, 'What would raise this score'])('has the section "%s"', (title) => {
    const headings = all(parse(markdown), 'heading').map((node) => markdown.slice(node.position!.start.offset!, node.position!.end.offset!))
    expect(headings.some((line) => line.replace(/^#+ /, '') === title)).toBe(true)
  })

  it('shows the total and band, and one scorecard row per check', () => {
    const score = analysed().score
    expect(markdown).toContain(`Sourcing score: ${score.total!.toFixed(1)} / 100 — ${score.band}`)
    const scorecard = all(parse(markdown), 'table')[0] as Table
    expect(scorecard.children).toHaveLength(11)
  })

  it('lists one row per distinct source', () => {
    const tables = all(parse(markdown), 'table') as Table[]
    const sources = tables.find((t) => JSON.stringify(t.children[0]).includes('First seen'))!
    expect(sources.children).toHaveLength(1 + 6)
  })

  it('marks a quotation carried on with no cue of its own in the inventory', () => {
    const text = '“We are ready,” the mayor said. “The pumps are running.”'
    const article = tagged(text, [
      {in: '“We are ready,”', cue: 'said', source: 'the mayor', content: '“We are ready,”', quote: 'direct'},
      {in: '“The pumps', cue: '', source: null, content: '“The pumps are running.”', quote: 'direct', speaker: 'the mayor'}
    ])
    const tables = all(parse(renderArticleReport(analysed(article))), 'table') as Table[]
    const inventory = tables.find((t) => JSON.stringify(t.children[0]).includes('Source as written'))!
    const cues = inventory.children.slice(1).map((row) => JSON.stringify(row.children[3]))
    expect(cues[0]).toContain('said')
    expect(cues[1]).toContain('(continued quote)')
  })

  it('says why an article was not graded', () => {
    const text = 'Police said the road would reopen on Monday.'
    const brief = renderArticleReport(analysed(tagged(text, [{in: 'Police', cue: 'said', source: 'Police'}])))
    expect(brief).toContain('Not graded:')
    expect(brief).toContain('fewer than 150')
  })
})

describe('renderArticleReport with hostile article text', () => {
  const hostile = [
    'Officials said | the vote | failed <script>alert(1)</script> and [click](javascript:alert(1)) now.',
    '',
    '---',
    '',
    'A spokesman said `rm -rf` <!-- hidden --> was *not* __the__ plan.',
    '',
    '# Not a heading | really'
  ].join('\n')
  const article = tagged(
    hostile,
    [
      {in: 'Officials said', cue: 'said', source: 'Officials', content: 'the vote | failed <script>alert(1)</script>', anonymous: true, specificity: 1},
      {in: 'A spokesman', cue: 'said', source: 'A spokesman', content: '`rm -rf` <!-- hidden --> was *not* __the__ plan', anonymous: true, specificity: 0, speaker: '[x](javascript:alert(1)) | <b>'}
    ],
    {title: '<img src=x onerror=alert(1)> | ---', outlet: 'Pipe | Times', claims: ['# Not a heading | really']}
  )
  const markdown = renderArticleReport(analysed(article))
  const tree = parse(markdown)

  it('produces no HTML node', () => {
    expect(all(tree, 'html')).toEqual([])
  })

  it('produces no link to anything the article wrote', () => {
    expect(all(tree, 'link')).toEqual([])
  })

  it('keeps every table row at the width of its header', () => {
    const tables = all(tree, 'table') as Table[]
    expect(tables.length).toBeGreaterThan(3)
    for (const t of tables) {
      const width = t.children[0]!.children.length
      for (const row of t.children) expect(row.children).toHaveLength(width)
    }
  })

  it('keeps the headline as one heading with its text intact', () => {
    const first = all(tree, 'heading')[0]!
    expect(first).toMatchObject({depth: 1})
    expect(all(first, 'text').map((node) => (node as {value: string}).value).join('')).toBe('<img src=x onerror=alert(1)> | ---')
  })

  it('keeps the article text readable in the inventory', () => {
    const cells = (all(tree, 'text') as {value: string}[]).map((node) => node.value).join('\n')
    expect(cells).toContain('the vote | failed <script>alert(1)</script>')
  })
})
