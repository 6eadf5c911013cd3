import {analysisSchema, type TaggedArticle} from '@sourcing/schema'
import {scoreArticle} from '@sourcing/score'
import type {Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {tagged} from '../../score/src/fixtures/build.js'
import {councilArticle} from '../../score/src/fixtures/council.js'
import {
  addArticle,
  articleSummarySchema,
  corpusCsv,
  corpusSchema,
  emptyCorpus,
  mergeCorpora,
  renderCorpusIndex,
  scoreChartSvg,
  summarizeArticle,
  type ArticleSummary
} from './index.js'
import {all, parse} from './fixtures/markdown.js'

function summary(article: TaggedArticle): ArticleSummary {
  const analysis = analysisSchema.parse({...article, score: scoreArticle(article)})
  return summarizeArticle(analysis, {href: `${article.id}.md`})
}

const council = councilArticle()
const withoutMedia = {...council, attributions: council.attributions.filter((a) => a.role !== 'media')}
const brief = tagged('Police said the road would reopen on Monday.', [{in: 'Police', cue: 'said', source: 'Police'}], {
  id: 'brief/road.txt',
  outlet: 'The Valley Post'
})
const hostile = {
  ...council,
  id: 'x/hostile.txt',
  title: 'Vote | fails <script>alert(1)</script> [x](javascript:alert(1))\n---',
  outlet: '=HYPERLINK("http://x") | Pipe, "Times"'
}
const summaries = [
  summary({...council, id: 'a/council.txt'}),
  summary({...withoutMedia, id: 'b/council.txt', outlet: 'The Valley Post'}),
  summary(brief),
  summary(hostile)
]

function build(order: readonly ArticleSummary[]) {
  const corpus = emptyCorpus()
  for (const item of order) addArticle(corpus, item)
  return corpus
}


describe('summarizeArticle', () => {
  it('gives a summary the schema accepts, and survives a JSON round trip', () => {
    for (const item of summaries) {
      expect(articleSummarySchema.parse(JSON.parse(JSON.stringify(item)))).toEqual(item)
    }
  })

  it('keeps the score, sources and anonymous descriptors', () => {
    const [first] = summaries
    expect(first!.total).toBe(scoreArticle(council).total)
    expect(first!.sources.map((s) => s.name)).toContain('Linda Okafor')
    expect(first!.anonymousDescriptors).toEqual([{text: "a senior official in the city's finance department", specificity: 3}])
    expect(first!.anonymityReasons[0]).toMatchObject({kind: 'boilerplate'})
  })
})

describe('corpus index', () => {
  const forward = build(summaries)
  const index = renderCorpusIndex(forward)

  it('is byte-identical whatever the order articles were added in', () => {
    const backward = build(summaries.toReversed())
    expect(renderCorpusIndex(backward)).toBe(index)
    expect(corpusCsv(backward)).toBe(corpusCsv(forward))
    expect(scoreChartSvg(backward)).toBe(scoreChartSvg(forward))
  })

  it('gives the same index from merged shards as from the whole corpus', () => {
    const shards = mergeCorpora(build(summaries.slice(2)), build(summaries.slice(0, 2)))
    const roundTrip = corpusSchema.parse(JSON.parse(JSON.stringify(shards)))
    expect(renderCorpusIndex(roundTrip)).toBe(index)
  })

  it('keeps one summary per article id', () => {
    expect(Object.keys(build([...summaries, ...summaries]).articles)).toHaveLength(summaries.length)
  })

  it('links every article to its report and lists it once', () => {
    const links = all(parse(index), 'link').map((node) => (node as {url: string}).url)
    for (const item of summaries) expect(links).toContain(item.href)
    const articles = all(parse(index), 'table')[1] as Table
    expect(articles.children).toHaveLength(1 + summaries.length)
  })

  it('shows outlet figures beside the research references', () => {
    expect(index).toContain('about 76% (PEJ 2002)')
    expect(index).toContain('The Valley Post (n=2)')
  })

  it('escapes hostile titles and outlets: no HTML, no stray links, tables intact', () => {
    const tree = parse(index)
    expect(all(tree, 'html')).toEqual([])
    const urls = all(tree, 'link').map((node) => (node as {url: string}).url)
    expect(urls.every((url) => summaries.some((item) => item.href === url))).toBe(true)
    for (const t of all(tree, 'table') as Table[]) {
      const width = t.children[0]!.children.length
      for (const row of t.children) expect(row.children).toHaveLength(width)
    }
  })

  it('lists the most-cited named sources', () => {
    expect(index).toMatch(/\| Linda Okafor +\| politician +\| +6 \| +3 \| +3 \|/)
  })
})

describe('corpusCsv', () => {
  const csv = corpusCsv(build(summaries))

  it('has a header and one row per article', () => {
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + summaries.length)
  })

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") | Pipe, ""Times"""`)
    expect(csv).toContain('"Vote | fails <script>alert(1)</script> [x](javascript:alert(1))\n---"')
  })
})

describe('scoreChartSvg', () => {
  it('labels every band with its count in text, so it reads without colour', () => {
    const svg = scoreChartSvg(build(summaries))
    expect(svg).toMatch(/^<svg /)
    for (const band of ['Strong', 'Good', 'Adequate with exceptions', 'Weak', 'Poor']) expect(svg).toContain(`>${band}</text>`)
    expect(svg).toContain('(3 graded articles)')
  })
})
