import {analysisSchema, type Failure, type TaggedArticle} from '@sourcing/schema'
import {scoreArticle} from '@sourcing/score'
import type {Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import type {z} from 'zod'
import {councilArticle, tagged} from '@sourcing/score/fixtures'
import {
  addArticle,
  addFailure,
  articleSummarySchema,
  checkChartSvg,
  corpusJson,
  corpusSchema,
  csvIndex,
  emptyCorpus,
  indexJsonSchema,
  jsonIndex,
  median,
  mergeCorpora,
  renderCorpusIndex,
  scoreChartSvg,
  summarizeArticle,
  wilson,
  type ArticleSummary,
  type IndexFile,
  type Sink
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
  summary({...council, id: 'a/council.txt', date: '2024-03-05'}),
  summary({...withoutMedia, id: 'b/council.txt', outlet: 'The Valley Post', date: '2024-04-18T09:30:00+02:00'}),
  summary(brief),
  summary(hostile)
]

const failures: Failure[] = [
  {id: 'feeds/wire.jsonl:7', stage: 'ingest', reason: 'line 7 is not JSON: Unexpected token } in JSON at position 12'},
  {id: 'pages/empty.html', stage: 'clean', reason: 'no article body left after removing boilerplate'}
]

function build(order: readonly ArticleSummary[], failed: readonly Failure[] = failures) {
  const corpus = emptyCorpus()
  for (const item of order) addArticle(corpus, item)
  for (const failure of failed) addFailure(corpus, failure)
  return corpus
}

/** The pieces an index file is written in, for these articles and failures. */
function pieces(open: (write: Sink) => IndexFile, articles: readonly ArticleSummary[], failed: readonly Failure[] = failures): string[] {
  const written: string[] = []
  const file = open((piece) => written.push(piece))
  for (const article of articles) file.add(article)
  file.end(failed)
  return written
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

  it('is byte-identical whatever the order articles and failures were added in', () => {
    const backward = build(summaries.toReversed(), failures.toReversed())
    expect(renderCorpusIndex(backward)).toBe(index)
    expect(scoreChartSvg(backward)).toBe(scoreChartSvg(forward))
    expect(checkChartSvg(backward)).toBe(checkChartSvg(forward))
  })

  it('gives the same index and charts from merged shards written as JSON as from the whole corpus', () => {
    const first = build(summaries.slice(2), failures.slice(1))
    const second = build(summaries.slice(0, 2), failures.slice(0, 1))
    const read = (corpus: ReturnType<typeof build>) => corpusSchema.decode(JSON.parse(corpusJson(corpus)))
    for (const merged of [mergeCorpora(read(first), read(second)), mergeCorpora(read(second), read(first))]) {
      expect(renderCorpusIndex(merged)).toBe(index)
      expect(scoreChartSvg(merged)).toBe(scoreChartSvg(forward))
      expect(checkChartSvg(merged)).toBe(checkChartSvg(forward))
    }
  })

  it.each([
    ['no articles and no failures', () => build([], [])],
    ['articles from several outlets and months, and failures', () => build(summaries)],
    ['an outlet and a failed id named like an object prototype', () => build([{...summaries[0]!, outlet: '__proto__'}], [{...failures[0]!, id: '__proto__'}])]
  ])('writes a corpus with %s as JSON the schema encodes and decodes back', (_, make) => {
    const corpus = make()
    const json = corpusJson(corpus)
    expect(json).toBe(JSON.stringify(corpusSchema.encode(corpus)))
    expect(corpusSchema.decode(JSON.parse(json))).toEqual(corpus)
  })

  it.each([
    ['outlets as a list', (json: {outlets: unknown}) => ({...json, outlets: []}), 'outlets'],
    ['an outlet without its figures', (json: {outlets: unknown}) => ({...json, outlets: {'The Valley Post': {articles: 1, graded: 1}}}), 'outlets']
  ])('rejects corpus JSON with %s, naming where', (_, spoil, where) => {
    const result = corpusSchema.safeDecode(spoil(JSON.parse(corpusJson(build(summaries)))) as z.input<typeof corpusSchema>)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path[0]).toBe(where)
  })

  it('stays the same size as articles from the same outlets and months pile up', () => {
    const size = (times: number) => {
      const corpus = emptyCorpus()
      for (let round = 0; round < times; round++) {
        for (const item of summaries) addArticle(corpus, {...item, id: `${round}/${item.id}`})
      }
      return corpusJson(corpus).length
    }
    // Past `listedRows` articles the corpus stops listing them one by one;
    // after that only counts grow, by a digit now and then.
    expect(size(1000)).toBeLessThan(size(250))
    expect(size(4000)).toBeLessThan(size(1000) * 1.01)
  })

  it('lists every failed input with its id, stage and reason', () => {
    const tree = parse(index)
    const failed = (all(tree, 'table') as Table[]).find((t) => JSON.stringify(t.children[0]).includes('"Stage"'))!
    const rows = failed.children.slice(1).map((row) => row.children.map((cell) => JSON.stringify(cell).match(/"value":"([^"]*)"/)![1]))
    expect(rows).toEqual([
      ['feeds/wire.jsonl:7', 'ingest', failures[0]!.reason],
      ['pages/empty.html', 'clean', 'no article body left after removing boilerplate']
    ])
    expect(index).toContain('6 input articles: 4 analysed from 3 outlets, 2 failed.')
    expect(renderCorpusIndex(build(summaries, []))).toContain('None: every input article was analysed.')
  })

  it('breaks figures down by month, undated articles last', () => {
    const months = (all(parse(index), 'table') as Table[]).find((t) => JSON.stringify(t.children[0]).includes('"Month"'))!
    const names = months.children.slice(1).map((row) => JSON.stringify(row.children[0]).match(/"value":"([^"]*)"/)![1])
    expect(names).toEqual(['2024-03', '2024-04', '(date unknown)'])
  })

  it('embeds the charts it is given, with alternative text', () => {
    const withCharts = renderCorpusIndex(forward, {charts: {scores: 'scores.svg', checks: 'checks.svg'}})
    const images = all(parse(withCharts), 'image') as Array<{url: string; alt: string}>
    expect(images.map((node) => node.url)).toEqual(['scores.svg', 'checks.svg'])
    expect(images.every((node) => node.alt.length > 20)).toBe(true)
  })

  it('gives proportions a 95% Wilson interval', () => {
    expect(index).toMatch(/\| M3a Named share of sources +\| +\d+% \(\d+–\d+%\)\\\* \|/)
  })

  it('links every article to its report and lists it once', () => {
    const links = all(parse(index), 'link').map((node) => (node as {url: string}).url)
    for (const item of summaries) expect(links).toContain(item.href)
    const articles = all(parse(index), 'table')[1] as Table
    expect(articles.children).toHaveLength(1 + summaries.length)
  })

  it('points to the data files instead of listing articles and failures beyond listedRows', () => {
    const capped = renderCorpusIndex(forward, {listedRows: 1})
    const headers = (all(parse(capped), 'table') as Table[]).map((t) => JSON.stringify(t.children[0]))
    expect(headers.some((header) => header.includes('"Named share"'))).toBe(false)
    expect(headers.some((header) => header.includes('"Stage"'))).toBe(false)
    expect(capped).toContain('4 articles are too many to list here: index.csv and index.json give each one')
    expect(capped).toContain('2 inputs failed, too many to list here: index.json and failures.jsonl')
    expect(renderCorpusIndex(forward, {listedRows: 4})).toBe(index)
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

describe('wilson', () => {
  it.each([
    [1, 5, 0.0362, 0.6245],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [76, 100, 0.6675, 0.8330]
  ])('%i of %i -> %f to %f', (successes, trials, low, high) => {
    const [from, to] = wilson(successes, trials)
    expect(from).toBeCloseTo(low, 3)
    expect(to).toBeCloseTo(high, 3)
  })
})

describe('csvIndex', () => {
  const rows = pieces(csvIndex, summaries)

  it('writes a header, then one row per article in the order they come, each a piece ending in CRLF', () => {
    expect(rows).toHaveLength(1 + summaries.length)
    expect(rows.every((row) => row.endsWith('\r\n'))).toBe(true)
    expect(rows.slice(1).map((row) => row.slice(0, row.indexOf(',')))).toEqual(summaries.map((item) => item.id))
  })

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const csv = rows.join('')
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") | Pipe, ""Times"""`)
    expect(csv).toContain('"Vote | fails <script>alert(1)</script> [x](javascript:alert(1))\n---"')
  })
})

describe('jsonIndex', () => {
  it('writes every article and failure by id, one record per line and per piece', () => {
    const written = pieces(jsonIndex, summaries)
    const json = written.join('')
    expect(indexJsonSchema.decode(JSON.parse(json))).toEqual({
      articles: new Map(summaries.map((item) => [item.id, item])),
      failures: new Map(failures.map((failure) => [failure.id, failure]))
    })
    // A record line is a whole object; the lines opening "articles" and "failures" end in "{".
    const recordLines = json.split('\n').filter((line) => /^".+\},?$/.test(line))
    expect(recordLines.map((line) => JSON.parse(line.slice(0, line.indexOf('": ') + 1)))).toEqual([
      ...summaries.map((item) => item.id),
      ...failures.map((failure) => failure.id)
    ])
    // The openings of the file and of "failures", the end, and one piece per record.
    expect(written).toHaveLength(summaries.length + failures.length + 3)
  })

  it('writes a summary kept as JSON text as that text, not serialised again', () => {
    const written: string[] = []
    const index = jsonIndex((piece) => written.push(piece))
    // Keys in another order than the summary's own, to tell the text given from a new serialisation.
    const texts = summaries.map((summary) => JSON.stringify(Object.fromEntries(Object.entries(summary).reverse())))
    for (const [position, summary] of summaries.entries()) index.add(summary, texts[position])
    index.end(failures)
    const json = written.join('')
    for (const text of texts) expect(json).toContain(text)
    expect(JSON.parse(json)).toEqual(JSON.parse(pieces(jsonIndex, summaries).join('')))
  })

  it('reads back an article and a failure whose id is __proto__', () => {
    const article = {...summaries[0]!, id: '__proto__'}
    const failure = {...failures[0]!, id: '__proto__'}
    const read = indexJsonSchema.decode(JSON.parse(pieces(jsonIndex, [article], [failure]).join('')))
    expect([...read.articles.values()]).toEqual([article])
    expect([...read.failures.values()]).toEqual([failure])
  })

  it('writes an empty corpus as valid JSON', () => {
    expect(JSON.parse(pieces(jsonIndex, [], []).join(''))).toEqual({articles: {}, failures: {}})
    expect(JSON.parse(pieces(jsonIndex, summaries.slice(0, 1), []).join('')).failures).toEqual({})
    expect(JSON.parse(pieces(jsonIndex, [], failures).join('')).articles).toEqual({})
  })
})

describe('scoreChartSvg', () => {
  it('labels every band with its count in text, so it reads without colour', () => {
    const svg = scoreChartSvg(build(summaries))
    expect(svg).toMatch(/^<svg /)
    for (const band of ['Strong', 'Good', 'Adequate with exceptions', 'Weak', 'Poor']) expect(svg).toContain(`>${band}</text>`)
    expect(svg).toContain('(n=3)')
    expect(svg).toContain('<desc id="desc">Strong: ')
  })

  it('charts the share of points each check earned, every check labelled', () => {
    const svg = checkChartSvg(build(summaries))
    for (const id of ['R1 ', 'R5 ', 'R10 ']) expect(svg).toContain(`>${id}`)
    expect(svg).toMatch(/>R8 Agency and outlet material credited<\/text>.*>\d+% \(mean [\d.]+\/5\)<\/text>/s)
  })
})

describe('median', () => {
  it.each([
    [{}, null],
    [{'57.5': 1}, 57.5],
    [{'40': 1, '70': 1}, 55],
    [{'40': 1, '70': 1, '52.5': 1, '57.5': 2}, 57.5],
    [{'9': 1, '10': 1, '100': 1}, 10],
    [{'12.85': 3, '-1.5': 1}, 12.85]
  ])('of %o is %s', (counts, expected) => {
    expect(median(counts)).toBe(expected)
  })
})
