import {plural, rubricVersion} from '@sourcing/score'
import {bands} from '@sourcing/schema'
import type {RootContent, Table} from 'mdast'
import {corpusMetrics, type Figure} from './aggregate.js'
import {byText} from './compare.js'
import {listedRows, sortedFailures, unknownMonth, unknownOutlet, type Corpus, type Group} from './corpus.js'
import {number, percent, points, truncate} from './format.js'
import {heading, image, link, list, paragraph, serialize, table, type Inline} from './mdast.js'
import type {ArticleSummary} from './summary.js'
import {mostCommon, type Tally, type TallyRow} from './tally.js'

/** Rows of each "most common" table. */
const topRows = 20
/** Below this many articles a figure is shown but marked as indicative (sourcing-standards §4.5). */
const minimumCell = 30
/** Outlets given a column of their own in the figures table; every outlet still gets a row in the outlet table. */
const outletColumns = 6

/** Options of the corpus index. */
export interface CorpusIndexOptions {
  /** Paths of chart images to embed, relative to the index (`scoreChartSvg`, `checkChartSvg`). */
  charts?: {scores?: string; checks?: string}
  /** Most articles (and failures) listed one per row (default and most: 1,000); above it, a pointer to the data files. */
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
 * Render the corpus index as Markdown: every article with its score (up to
 * `listedRows`), per outlet and per month figures beside research
 * references, most-cited sources, anonymous descriptors and reasons, and the
 * lowest-scoring articles. Deterministic: lists are sorted, and nothing
 * depends on time, locale or the order articles were added.
 *
 * @param corpus
 *   Corpus built with `addArticle` / `mergeCorpora`.
 * @param options
 *   Charts to embed and how many articles to list one per row.
 * @returns
 *   Markdown.
 */
export function renderCorpusIndex(corpus: Corpus, options: CorpusIndexOptions = {}): string {
  const {articles, graded} = corpus.all
  const failed = corpus.failures.size
  const rows = Math.min(options.listedRows ?? listedRows, listedRows)
  return serialize([
    heading(1, 'Sourcing index'),
    paragraph(
      `${plural(articles + failed, 'input article')}: ${articles} analysed from ${plural(corpus.outlets.size, 'outlet')}, ${failed} failed. ${graded} graded; ${articles - graded} not graded (too short, too thinly attributed, not a news report, or not in English). Rubric ${rubricVersion}. Each headline links to its report; the same data is in index.csv and index.json.`
    ),
    ...bandsSection(corpus, options),
    ...articlesSection(corpus, rows),
    ...outletSection(corpus),
    ...groupSection('Outlets', corpus.outlets),
    ...monthSection(corpus),
    ...sourcesSection(corpus),
    ...anonymitySection(corpus),
    ...lowestSection(corpus),
    ...failureSection(corpus, rows),
    ...methodSection()
  ])
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

/**
 * How graded articles spread over the score bands, as charts when the
 * caller wrote them and always as a table, which screen readers and diffs
 * can read.
 *
 * @param corpus
 *   Corpus.
 * @param options
 *   Charts to embed.
 * @returns
 *   Section.
 */
function bandsSection(corpus: Corpus, options: CorpusIndexOptions): RootContent[] {
  const {scores, checks} = options.charts ?? {}
  const {graded} = corpus.all
  const images = [
    ...(scores ? [image(scores, 'Bar chart of graded articles per score band; the counts are in the table below.')] : []),
    ...(checks ? [image(checks, 'Bar chart of the share of its points each check R1–R10 earned across graded articles.')] : [])
  ]
  return [
    heading(2, 'Score distribution'),
    ...images.map((node) => paragraph(node)),
    table(
      ['Band', 'Score', 'Articles', 'Share'],
      bands.map((band, index) => [
        band,
        ['90–100', '75–89', '60–74', '40–59', '0–39'][index]!,
        String(corpus.bands[band]),
        percent(graded ? corpus.bands[band] / graded : null)
      ]),
      [null, null, 'right', 'right']
    )
  ]
}

/**
 * Every article with its score and headline figures, by id, for a reader
 * looking for one story. Past `rows` articles the table would bury the rest
 * of the index, so the section points to the data files instead.
 *
 * @param corpus
 *   Corpus.
 * @param rows
 *   Most articles listed.
 * @returns
 *   Section.
 */
function articlesSection(corpus: Corpus, rows: number): RootContent[] {
  const value = (article: ArticleSummary, id: string) => article.metrics[id]?.value ?? null
  if (!corpus.listed || corpus.listed.length > rows) {
    return [
      heading(2, 'Articles'),
      paragraph(
        `${corpus.all.articles} articles are too many to list here: index.csv and index.json give each one with its score, band and headline figures, and its report is the file named after its id. The lowest-scoring are listed below.`
      )
    ]
  }
  return [
    heading(2, 'Articles'),
    table(
      ['Article', 'Outlet', 'Date', 'Score', 'Band', 'Sources (named / anonymous)', 'Named share', 'Direct quotes', 'Flags', 'FK grade'],
      corpus.listed.toSorted((a, b) => byText(a.id, b.id)).map((article) => [
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
 * Groups (outlets or months), the largest first, then by name.
 *
 * @param groups
 *   Groups by name.
 * @returns
 *   Name and group, in order.
 */
function bySize(groups: ReadonlyMap<string, Group>): Array<readonly [string, Group]> {
  return [...groups].sort((a, b) => b[1].articles - a[1].articles || byText(a[0], b[0]))
}

/**
 * A compact table with one row per group (outlet or month) and the headline
 * figures as columns, for comparing many groups at once.
 *
 * @param title
 *   Section title.
 * @param groups
 *   Groups by name.
 * @param order
 *   Sort groups by name (months) instead of size (outlets).
 * @returns
 *   Section.
 */
function groupSection(title: string, groups: ReadonlyMap<string, Group>, order: 'size' | 'name' = 'size'): RootContent[] {
  const rows = bySize(groups)
  // Months in calendar order, the undated ones last.
  if (order === 'name') rows.sort((a, b) => Number(a[0] === unknownMonth) - Number(b[0] === unknownMonth) || byText(a[0], b[0]))
  const metrics = groupFigures.map(([, name]) => corpusMetrics.find((metric) => metric.name === name)!)
  return [
    heading(2, title),
    table(
      [title === 'Outlets' ? 'Outlet' : 'Month', 'Articles', 'Graded', ...groupFigures.map(([label]) => label)],
      rows.map(([name, group]) => [
        name,
        String(group.articles),
        String(group.graded),
        ...metrics.map((metric) => cell(metric.figure(group.figures[metric.name]!), metric.format))
      ]),
      [null, 'right', 'right', ...groupFigures.map(() => 'right' as const)]
    )
  ]
}

/**
 * The headline figures month by month, to show a trend; nothing when no
 * article is dated, since one "unknown" row would show none.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Section, or nothing.
 */
function monthSection(corpus: Corpus): RootContent[] {
  if (![...corpus.months.keys()].some((month) => month !== unknownMonth)) return []
  return groupSection('Months', corpus.months, 'name')
}

/**
 * Every corpus metric for the whole corpus and the largest outlets, beside
 * what published research found: the main comparison the index exists for.
 * Figures resting on few articles are starred, since a small outlet's share
 * can swing on one story.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Section.
 */
function outletSection(corpus: Corpus): RootContent[] {
  const groups = bySize(corpus.outlets)
  // One outlet holding every article would repeat the corpus column.
  const shown = groups.length === 1 ? [] : groups.slice(0, outletColumns)
  const columns: Array<readonly [string, Group]> = [['All articles', corpus.all], ...shown]
  return [
    heading(2, 'Figures by outlet'),
    paragraph(
      `Metrics M1–M16 of the sourcing standards, for the whole corpus${shown.length > 0 ? ` and the ${plural(shown.length, 'largest outlet')}` : ''}, beside the figures published research found in other samples and years. Rates are pooled over articles (the sum of counts over the sum of totals), so shards merge exactly; brackets give a 95% Wilson interval, which is too narrow where attributions in one article depend on each other. * rests on fewer than ${minimumCell} articles: indicative only.`
    ),
    table(
      ['Figure', ...columns.map(([name, group]) => `${name} (n=${group.articles})`), 'Research reference'],
      corpusMetrics.map((metric) => [
        metric.name,
        ...columns.map(([, group]) => cell(metric.figure(group.figures[metric.name]!), metric.format)),
        metric.reference
      ]),
      [null, ...columns.map(() => 'right' as const), null]
    )
  ]
}

/**
 * What a pruned tally's counts mean, when it was pruned.
 *
 * @param tally
 *   Tally.
 * @returns
 *   A paragraph, or nothing for an exact tally.
 */
function estimateNote(tally: Tally): RootContent[] {
  return tally.error === 0
    ? []
    : [
        paragraph(
          `The corpus has too many distinct entries to count them all in bounded memory: counts below are lower bounds, each at most ${number(tally.error, 0)} below the true count, and rare entries may be missing.`
        )
      ]
}

/**
 * A "most common" section: the top rows of a tally as a table, under a note
 * when the tally was pruned and its counts are lower bounds.
 *
 * @param title
 *   Section title.
 * @param tally
 *   Tally to list.
 * @param empty
 *   What to say when it has no row.
 * @param columns
 *   Table header, a row's cells and their alignment.
 * @returns
 *   Heading, note and table (or the `empty` paragraph).
 */
function mostCommonSection(
  title: string,
  tally: Tally,
  empty: string,
  columns: {header: readonly string[]; cells: (row: TallyRow) => Inline[]; align: Table['align']}
): RootContent[] {
  const rows = mostCommon(tally, topRows)
  return [
    heading(2, title),
    ...estimateNote(tally),
    rows.length === 0 ? paragraph(empty) : table(columns.header, rows.map(columns.cells), columns.align)
  ]
}

/**
 * The named sources the corpus leans on most, with how many articles cite
 * them: a few voices across many stories is a finding of its own.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Section.
 */
function sourcesSection(corpus: Corpus): RootContent[] {
  return mostCommonSection('Most-cited named sources', corpus.sources, 'No named source.', {
    header: ['Source', 'Role', 'Attributions', 'Direct quotes', 'Articles'],
    cells: (row) => [row.key, row.label, String(row.count), String(row.direct), String(row.articles)],
    align: [null, null, 'right', 'right', 'right']
  })
}

/**
 * How anonymous sources are described and why they were granted anonymity,
 * most common first: vague descriptors and formulaic reasons are what the
 * standards warn about, and their frequency shows a newsroom's habits.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Section.
 */
function anonymitySection(corpus: Corpus): RootContent[] {
  return [
    ...mostCommonSection('Most common anonymous descriptors', corpus.descriptors, 'No anonymous source.', {
      header: ['Descriptor', 'Specificity (0–3)', 'Articles'],
      cells: (row) => [row.key, row.label, String(row.articles)],
      align: [null, 'right', 'right']
    }),
    ...mostCommonSection('Most common reasons given for anonymity', corpus.reasons, 'No reason for anonymity given in any article.', {
      header: ['Reason as written', 'Kind', 'Articles'],
      cells: (row) => [truncate(row.key, 100), row.label === 'boilerplate' ? 'formulaic' : 'substantive', String(row.articles)],
      align: [null, null, 'right']
    })
  ]
}

/**
 * The graded articles with the lowest scores and the checks that cost them
 * most, as the first stories an editor would review.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Section.
 */
function lowestSection(corpus: Corpus): RootContent[] {
  return [
    heading(2, 'Lowest-scoring articles'),
    corpus.lowest.length === 0
      ? paragraph('No graded article.')
      : list(
          corpus.lowest.map((article) => {
            const missed = Object.entries(article.checks)
              .filter(([, check]) => check.points < check.max)
              .sort((a, b) => b[1].max - b[1].points - (a[1].max - a[1].points) || byText(a[0], b[0]))
              .slice(0, 3)
              .map(([id, check]) => `${id} −${points(check.max - check.points)}`)
            return [headline(article), ` — ${points(article.total)} (${article.band}); ${article.outlet ?? unknownOutlet}; most points lost: ${missed.join(', ') || 'none'}`]
          })
        )
  ]
}

/**
 * The inputs no stage could analyse, with the stage and reason, so a
 * corpus's figures are read knowing what they leave out; past `rows`, a
 * pointer to the files that list them.
 *
 * @param corpus
 *   Corpus.
 * @param rows
 *   Most failures listed.
 * @returns
 *   Section.
 */
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

/**
 * Where the checks and the reference figures come from, so the figures
 * above are read as context rather than targets.
 *
 * @returns
 *   Section.
 */
function methodSection(): RootContent[] {
  return [
    heading(2, 'Method'),
    paragraph(
      'Each article is scored on ten checks (R1–R10) drawn from AP, Reuters, BBC, NYT, Washington Post, SPJ, Trust Project, Credibility Coalition and NewsGuard sourcing rules; see each report for the reasons behind its points. Reference figures come from published content studies (PEJ, Pew, CCJ, Pareti et al., Gender Gap Tracker) of other samples and years: read them as context, not as targets. Unattributed-claim rates are estimates.'
    )
  ]
}
