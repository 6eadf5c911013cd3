import type {Element, Root} from 'hast'
import {analysisSchema, type TaggedArticle} from '@sourcing/schema'
import {scoreArticle} from '@sourcing/score'
import {councilArticle, tagged} from '@sourcing/score/fixtures'
import {select, selectAll} from 'hast-util-select'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {articleSections} from './fixtures/markdown.js'
import {addArticle, addFailure, emptyCorpus, renderArticleReport, renderCorpusIndex, summarizeArticle} from './index.js'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)

/** Render Markdown to an HTML tree the way a reader's Markdown viewer does. */
function toHtml(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root
}

/** Text content of a node, in document order. */
function textOf(node: Element | Root | Root['children'][number]): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : ''
}

function analysed(article: TaggedArticle) {
  return analysisSchema.parse({...article, score: scoreArticle(article)})
}

describe('an article report rendered to HTML', () => {
  const council = analysed({...councilArticle(), title: 'Council approves $40m flood bond | <b>vote</b> 7-2', outlet: 'The Riverside Courier'})
  const tree = toHtml(renderArticleReport(council))

  it('has the headline as its only h1 and one h2 per section, in reading order', () => {
    expect(selectAll('h1', tree).map(textOf)).toEqual(['Council approves $40m flood bond | <b>vote</b> 7-2'])
    expect(selectAll('h2', tree).map(textOf)).toEqual(articleSections)
  })

  it('shows the score line first in the scorecard, then a table with a row per check', () => {
    const scorecard = selectAll('h2 ~ p', tree)[0]!
    expect(textOf(scorecard)).toMatch(/^Sourcing score: [\d.]+ \/ 100 — (Strong|Good|Adequate with exceptions|Weak|Poor)/)
    const table = select('table', tree)!
    expect(selectAll('thead th', table).map(textOf)).toEqual([
      'Check',
      'Points',
      'Status',
      'Why',
      'Evidence',
      'Standards',
      'What would raise it'
    ])
    const rows = selectAll('tbody tr', table)
    expect(rows.map((row) => textOf(select('td', row)!).split(' ')[0])).toEqual(council.score.checks.map((check) => check.id))
    for (const row of rows) expect(selectAll('td', row)[5]!.children.length).toBeGreaterThan(0)
  })

  it('keeps every table rectangular and lets no article text become markup', () => {
    for (const table of selectAll('table', tree)) {
      const width = selectAll('thead th', table).length
      for (const row of selectAll('tbody tr', table)) expect(selectAll('td', row)).toHaveLength(width)
    }
    expect(selectAll('script, b, img, a', tree)).toEqual([])
    expect(String(processor.stringify(tree))).toContain('&#x3C;b>vote&#x3C;/b>')
  })
})

describe('a corpus index rendered to HTML', () => {
  const corpus = emptyCorpus()
  const articles = [
    {...councilArticle(), id: 'courier/flood-bond.txt', outlet: 'The Riverside Courier', date: '2024-03-05'},
    tagged('Police said the road would reopen on Monday.', [{in: 'Police', cue: 'said', source: 'Police'}], {
      id: 'post/road.txt',
      outlet: 'The Valley Post',
      date: '2024-04-01'
    })
  ]
  for (const article of articles) addArticle(corpus, summarizeArticle(analysed(article), {href: `${article.id}.md`}))
  addFailure(corpus, {id: 'post/broken.html', stage: 'clean', reason: 'no article body left after removing boilerplate'})
  const tree = toHtml(renderCorpusIndex(corpus, {charts: {scores: 'scores.svg', checks: 'checks.svg'}}))

  it('embeds both charts as images with alternative text', () => {
    expect(selectAll('img', tree).map((image) => [image.properties.src, typeof image.properties.alt])).toEqual([
      ['scores.svg', 'string'],
      ['checks.svg', 'string']
    ])
  })

  it('links each article of the articles table to its report', () => {
    const hrefs = selectAll('a', tree).map((link) => link.properties.href)
    expect(hrefs).toEqual(expect.arrayContaining(['courier/flood-bond.txt.md', 'post/road.txt.md']))
  })

  it('has the per-outlet, per-month and failure sections', () => {
    const headings = selectAll('h2', tree).map(textOf)
    for (const title of ['Score distribution', 'Articles', 'Figures by outlet', 'Outlets', 'Months', 'Articles not analysed']) {
      expect(headings).toContain(title)
    }
    expect(textOf(tree)).toContain('post/broken.html')
  })
})
