import {plural, rubricVersion} from '@sourcing/score'
import type {RootContent} from 'mdast'
import {bandCounts, corpusMetrics, mostCommon, type Figure} from './aggregate.js'
import {sortedArticles, sortedFailures, type Corpus} from './corpus.js'
import {number, percent, points, truncate} from './format.js'
import {heading, image, link, list, paragraph, serialize, table, type Inline} from './mdast.js'
import type {ArticleSummary} from './summary.js'

/** Rows of each "most common" table. */
const topRows = 20
/** Lowest-scoring articles listed. */
const lowestRows = 10
/**
 * Most articles and failures the index lists one per row by default. A
 * Markdown table of every article of a large corpus is too long to read or
 * render, and re-rendering it dominated a re-run after one article changed;
 * beyond this the index points to index.csv and index.json, which list all.
 */
const listedRows = 1000
/** Below this many articles a figure is shown but marked as indicative (sourcing-standards §4.5). */
const minimumCell = 30
/** Outlets given a column of their own in the figures table; every outlet still gets a row in the outlet table. */
const outletColumns = 6
const unknownOutlet = '(outlet unknown)'
const unknownMonth = '(date unknown)'

/** Options of the corpus index. */
export interface CorpusIndexOptions {
  /** Paths of chart images to embed, relative to the index (`scoreChartSvg`, `checkChartSvg`). */
  charts?: {scores?: string; checks?: string}
  /** Most articles (and failures) listed one per row (default 1,000); above it, a pointer to the data files. */
  listedRows?: number
}

/** Figures shown for each outlet and each month in the compact group tables. */
const groupFigures = [
  ['Mean score', 'Mean sourcing score (graded articles)'],
  ['Named share of sources', 'M3a Named share of sources'],
  ['Stories with anonymous source', 'M4a Stories with ≥1 anonymous source'],
  ['Anonymous with reason', 'M6 Anonymous sources with a stated reason'],
  ['Direct quotes', 'M7 Direct-quote share'],
  ['Unattributed claims', 'M8 Unattributed-claim rate (estimate)']
] as const

/**
 * Render the corpus index as Markdown: every article with its score, per
 * outlet figures beside research references, most-cited sources, anonymous
 * descriptors and reasons, and the lowest-scoring articles. Deterministic:
 * articles are sorted by id, and nothing depends on time, locale or the order
 * articles were added.
 *
 * @param corpus
 *   Corpus built with `addArticle` / `mergeCorpora`.
 * @returns
 *   Markdown.
 */
export function renderCorpusIndex(corpus: Corpus, options: CorpusIndexOptions = {}): string {
  const articles = sortedArticles(corpus)
  const failed = sortedFailures(corpus).length
  const graded = articles.filter((article) => article.graded)
  const rows = options.listedRows ?? listedRows
  return serialize([
    heading(1, 'Sourcing index'),
    paragraph(
      `${plural(articles.length + failed, 'input article')}: ${articles.length} analysed from ${plural(outlets(articles).length, 'outlet')}, ${failed} failed. ${graded.length} graded; ${articles.length - graded.length} not graded (too short, too thinly attributed, not a news report, or not in English). Rubric ${rubricVersion}. Each headline links to its report; the same data is in index.csv and index.json.`
    ),
    ...bandsSection(graded, options),
    ...articlesSection(articles, rows),
    ...outletSection(articles),
    ...groupSection('Outlets', articles, (article) => article.outlet ?? unknownOutlet),
    ...monthSection(articles),
    ...sourcesSection(articles),
    ...anonymitySection(articles),
    ...lowestSection(graded),
    ...failureSection(corpus, rows),
    ...methodSection()
  ])
}

/**
 * Outlet names present, sorted.
 *
 * @param articles
 *   Summaries.
 * @returns
 *   Outlets.
 */
function outlets(articles: readonly ArticleSummary[]): string[] {
  return [...new Set(articles.map((article) => article.outlet ?? unknownOutlet))].sort()
}

/**
 * A linked headline.
 *
 * @param article
 *   Summary.
 * @returns
 *   Link node.
 */
function headline(article: ArticleSummary): Inline {
  return link(article.href, truncate(article.title ?? article.id, 90))
}

function bandsSection(graded: readonly ArticleSummary[], options: CorpusIndexOptions): RootContent[] {
  const {scores, checks} = options.charts ?? {}
  const images = [
    ...(scores ? [image(scores, 'Bar chart of graded articles per score band; the counts are in the table below.')] : []),
    ...(checks ? [image(checks, 'Bar chart of the share of its points each check R1–R10 earned across graded articles.')] : [])
  ]
  return [
    heading(2, 'Score distribution'),
    ...images.map((node) => paragraph(node)),
    table(
      ['Band', 'Score', 'Articles', 'Share'],
      bandCounts(graded).map(([band, count], index) => [
        band,
        ['90–100', '75–89', '60–74', '40–59', '0–39'][index]!,
        String(count),
        percent(graded.length ? count / graded.length : null)
      ]),
      [null, null, 'right', 'right']
    )
  ]
}

function articlesSection(articles: readonly ArticleSummary[], rows: number): RootContent[] {
  const value = (article: ArticleSummary, id: string) => article.metrics[id]?.value ?? null
  if (articles.length > rows) {
    return [
      heading(2, 'Articles'),
      paragraph(
        `${articles.length} articles are too many to list here: index.csv and index.json give each one with its score, band and headline figures, and its report is the file named after its id. The lowest-scoring are listed below.`
      )
    ]
  }
  return [
    heading(2, 'Articles'),
    table(
      ['Article', 'Outlet', 'Date', 'Score', 'Band', 'Sources (named / anonymous)', 'Named share', 'Direct quotes', 'Flags', 'FK grade'],
      articles.map((article) => [
        headline(article),
        article.outlet ?? '–',
        article.date ?? '–',
        article.graded ? points(article.total) : 'not graded',
        article.band ?? '–',
        `${number(value(article, 'M2'), 0)} (${number(value(article, 'M2a'), 0)} / ${number(value(article, 'M2b'), 0)})`,
        percent(value(article, 'M3')),
        percent(value(article, 'M7')),
        String(Object.values(article.flags).reduce((sum, n) => sum + n, 0)),
        number(article.fleschKincaidGrade)
      ]),
      [null, null, null, 'right', null, 'right', 'right', 'right', 'right', 'right']
    )
  ]
}

/**
 * A figure for a table cell, marked when it rests on too few articles.
 *
 * @param figure
 *   Figure.
 * @param format
 *   Percent or plain number.
 * @returns
 *   Text.
 */
function cell(figure: Figure, format: 'percent' | 'number'): string {
  if (figure.value === null) return '–'
  const value = format === 'percent' ? percent(figure.value) : number(figure.value)
  const interval = figure.interval ? ` (${Math.round(figure.interval[0] * 100)}–${percent(figure.interval[1])})` : ''
  return `${value}${interval}${figure.articles < minimumCell ? '*' : ''}`
}

/**
 * Group articles by a key, groups sorted by size then key.
 *
 * @param articles
 *   Summaries in id order.
 * @param key
 *   Group of one article.
 * @returns
 *   Groups.
 */
function groupBy(
  articles: readonly ArticleSummary[],
  key: (article: ArticleSummary) => string
): Array<readonly [string, ArticleSummary[]]> {
  const groups = new Map<string, ArticleSummary[]>()
  for (const article of articles) {
    const name = key(article)
    const group = groups.get(name)
    if (group) group.push(article)
    else groups.set(name, [article])
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

/**
 * A compact table with one row per group (outlet or month) and the headline
 * figures as columns, for comparing many groups at once.
 *
 * @param title
 *   Section title.
 * @param articles
 *   Summaries.
 * @param key
 *   Group of one article.
 * @param order
 *   Sort groups by name (months) instead of size (outlets).
 * @returns
 *   Section.
 */
function groupSection(
  title: string,
  articles: readonly ArticleSummary[],
  key: (article: ArticleSummary) => string,
  order: 'size' | 'name' = 'size'
): RootContent[] {
  const groups = groupBy(articles, key)
  // Months in calendar order, the undated ones last.
  if (order === 'name') groups.sort((a, b) => Number(a[0] === unknownMonth) - Number(b[0] === unknownMonth) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const metrics = groupFigures.map(([, name]) => corpusMetrics.find((metric) => metric.name === name)!)
  return [
    heading(2, title),
    table(
      [title === 'Outlets' ? 'Outlet' : 'Month', 'Articles', 'Graded', ...groupFigures.map(([label]) => label)],
      groups.map(([name, group]) => [
        name,
        String(group.length),
        String(group.filter((article) => article.graded).length),
        ...metrics.map((metric) => cell(metric.compute(group), metric.format))
      ]),
      [null, 'right', 'right', ...groupFigures.map(() => 'right' as const)]
    )
  ]
}

function monthSection(articles: readonly ArticleSummary[]): RootContent[] {
  if (!articles.some((article) => article.date)) return []
  return groupSection('Months', articles, (article) => article.date?.slice(0, 7) ?? unknownMonth, 'name')
}

function outletSection(articles: readonly ArticleSummary[]): RootContent[] {
  const groups = groupBy(articles, (article) => article.outlet ?? unknownOutlet)
  // One outlet holding every article would repeat the corpus column.
  const shown = groups.length === 1 ? [] : groups.slice(0, outletColumns)
  const columns: Array<readonly [string, readonly ArticleSummary[]]> = [['All articles', articles], ...shown]
  return [
    heading(2, 'Figures by outlet'),
    paragraph(
      `Metrics M1–M16 of the sourcing standards, for the whole corpus${shown.length > 0 ? ` and the ${plural(shown.length, 'largest outlet')}` : ''}, beside the figures published research found in other samples and years. Rates are pooled over articles (the sum of counts over the sum of totals), so shards merge exactly; brackets give a 95% Wilson interval, which is too narrow where attributions in one article depend on each other. * rests on fewer than ${minimumCell} articles: indicative only.`
    ),
    table(
      ['Figure', ...columns.map(([name, group]) => `${name} (n=${group.length})`), 'Research reference'],
      corpusMetrics.map((metric) => [
        metric.name,
        ...columns.map(([, group]) => cell(metric.compute(group), metric.format)),
        metric.reference
      ]),
      [null, ...columns.map(() => 'right' as const), null]
    )
  ]
}

function sourcesSection(articles: readonly ArticleSummary[]): RootContent[] {
  const rows = mostCommon(
    articles,
    (article) =>
      article.sources
        .filter((source) => !source.anonymous)
        .map((source) => ({key: source.name, weight: source.attributions, extra: source.role})),
    topRows
  )
  const direct = new Map<string, number>()
  for (const article of articles) {
    for (const source of article.sources) direct.set(source.name, (direct.get(source.name) ?? 0) + source.direct)
  }
  return [
    heading(2, 'Most-cited named sources'),
    rows.length === 0
      ? paragraph('No named source.')
      : table(
          ['Source', 'Role', 'Attributions', 'Direct quotes', 'Articles'],
          rows.map((row) => [row.key, row.extra, String(row.count), String(direct.get(row.key) ?? 0), String(row.articles)]),
          [null, null, 'right', 'right', 'right']
        )
  ]
}

function anonymitySection(articles: readonly ArticleSummary[]): RootContent[] {
  const descriptors = mostCommon(
    articles,
    (article) => article.anonymousDescriptors.map((d) => ({key: d.text, weight: 1, extra: String(d.specificity)})),
    topRows
  )
  const reasons = mostCommon(
    articles,
    (article) => article.anonymityReasons.map((r) => ({key: r.text, weight: 1, extra: r.kind})),
    topRows
  )
  return [
    heading(2, 'Most common anonymous descriptors'),
    descriptors.length === 0
      ? paragraph('No anonymous source.')
      : table(
          ['Descriptor', 'Specificity (0–3)', 'Articles'],
          descriptors.map((row) => [row.key, row.extra, String(row.articles)]),
          [null, 'right', 'right']
        ),
    heading(2, 'Most common reasons given for anonymity'),
    reasons.length === 0
      ? paragraph('No reason for anonymity given in any article.')
      : table(
          ['Reason as written', 'Kind', 'Articles'],
          reasons.map((row) => [truncate(row.key, 100), row.extra === 'boilerplate' ? 'formulaic' : 'substantive', String(row.articles)]),
          [null, null, 'right']
        )
  ]
}

function lowestSection(graded: readonly ArticleSummary[]): RootContent[] {
  const lowest = graded
    .toSorted((a, b) => a.total! - b.total! || (a.id < b.id ? -1 : 1))
    .slice(0, lowestRows)
  return [
    heading(2, 'Lowest-scoring articles'),
    lowest.length === 0
      ? paragraph('No graded article.')
      : list(
          lowest.map((article) => {
            const missed = Object.entries(article.checks)
              .filter(([, check]) => check.points < check.max)
              .sort((a, b) => b[1].max - b[1].points - (a[1].max - a[1].points) || (a[0] < b[0] ? -1 : 1))
              .slice(0, 3)
              .map(([id, check]) => `${id} −${points(check.max - check.points)}`)
            return [headline(article), ` — ${points(article.total)} (${article.band}); ${article.outlet ?? unknownOutlet}; most points lost: ${missed.join(', ') || 'none'}`]
          })
        )
  ]
}

function failureSection(corpus: Corpus, rows: number): RootContent[] {
  const failures = sortedFailures(corpus)
  return [
    heading(2, 'Articles not analysed'),
    failures.length === 0
      ? paragraph('None: every input article was analysed.')
      : failures.length > rows
        ? paragraph(
            `${failures.length} inputs failed, too many to list here: index.json and failures.jsonl give each one with its stage and reason.`
          )
        : table(
            ['Article', 'Stage', 'Reason'],
            failures.map((failure) => [failure.id, failure.stage, truncate(failure.reason, 200)])
          )
  ]
}

function methodSection(): RootContent[] {
  return [
    heading(2, 'Method'),
    paragraph(
      'Each article is scored on ten checks (R1–R10) drawn from AP, Reuters, BBC, NYT, Washington Post, SPJ, Trust Project, Credibility Coalition and NewsGuard sourcing rules; see each report for the reasons behind its points. Reference figures come from published content studies (PEJ, Pew, CCJ, Pareti et al., Gender Gap Tracker) of other samples and years: read them as context, not as targets. Unattributed-claim rates are estimates.'
    )
  ]
}
