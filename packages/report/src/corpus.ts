import {bands, failureSchema, type Failure} from '@sourcing/schema'
import {z} from 'zod'
import {corpusMetrics, emptyFigureState, figureStateSchema, mergeFigureState} from './aggregate.js'
import {byText} from './compare.js'
import {articleSummarySchema, type ArticleSummary} from './summary.js'
import {mapOf} from './map-codec.js'
import {addToTally, emptyTally, mergeTally, tallySchema} from './tally.js'

/**
 * Most articles (and failures) the index lists one per row. A Markdown table
 * of every article of a large corpus is too long to read or render; beyond
 * this the index points to index.csv and index.json, which list all.
 */
export const listedRows = 1000
/** Lowest-scoring articles listed. */
export const lowestRows = 10
/** The outlet group of articles whose outlet was not found. */
export const unknownOutlet = '(outlet unknown)'
/** The month group of undated articles, listed after the dated months. */
export const unknownMonth = '(date unknown)'

const count = z.int().nonnegative()

/** The figures of a group of articles: the whole corpus, an outlet, a month. */
const groupSchema = z.strictObject({
  articles: count,
  graded: count,
  /** State of each corpus figure, by its name. */
  figures: z.record(z.string(), figureStateSchema)
})

export type Group = z.infer<typeof groupSchema>

/**
 * A corpus index in progress: everything the index shows, kept as counts,
 * sums and bounded lists that articles are added to one at a time. Its size
 * does not grow with the number of articles, only with the outlets and
 * months they come from and with the failures, so a stage can summarise any
 * corpus in a stream. As JSON (`corpusJson`, the report stage's corpus.json,
 * read back with `corpusSchema.decode`) it is a shard's aggregate:
 * `mergeCorpora` gives the corpus of two shards of one corpus, whatever the
 * order.
 */
export const corpusSchema = z.strictObject({
  all: groupSchema,
  outlets: mapOf(groupSchema),
  months: mapOf(groupSchema),
  /** Graded articles per band. */
  bands: z.record(z.enum(bands), count),
  /** Points each check earned, summed over the graded articles. */
  checks: z.record(z.string(), z.number()),
  /** Named sources, by attributions, with their role. */
  sources: tallySchema,
  /** Descriptors of anonymous sources, with their specificity. */
  descriptors: tallySchema,
  /** Reasons given for anonymity, with their kind. */
  reasons: tallySchema,
  /** The lowest-scoring graded articles, lowest first (ties by id). */
  lowest: z.array(articleSummarySchema).max(lowestRows),
  /** Every article while there are at most `listedRows`; null past that. */
  listed: z.array(articleSummarySchema).max(listedRows).nullable(),
  /** Inputs that did not make it through a stage, by id, so every input is accounted for. */
  failures: mapOf(failureSchema)
})

export type Corpus = z.output<typeof corpusSchema>

/**
 * A corpus as JSON text: what `JSON.stringify(corpusSchema.encode(corpus))`
 * gives, without checking every tally row and figure of a corpus this
 * package built against the schema again, which took 100-180 ms of the
 * report stage's 1.6 s on a corpus of 10,000 articles with nothing to redo.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   JSON text, with every `Map` as an object.
 */
export function corpusJson(corpus: Corpus): string {
  return JSON.stringify(corpus, (_key, value: unknown) => (value instanceof Map ? Object.fromEntries(value) : value))
}

function emptyGroup(): Group {
  return {
    articles: 0,
    graded: 0,
    figures: Object.fromEntries(corpusMetrics.map((metric) => [metric.name, emptyFigureState()]))
  }
}

/**
 * An empty corpus.
 *
 * @returns
 *   Corpus with no articles and no failures.
 */
export function emptyCorpus(): Corpus {
  return {
    all: emptyGroup(),
    outlets: new Map(),
    months: new Map(),
    bands: Object.fromEntries(bands.map((band) => [band, 0])) as Corpus['bands'],
    checks: {},
    sources: emptyTally(),
    descriptors: emptyTally(),
    reasons: emptyTally(),
    lowest: [],
    listed: [],
    failures: new Map()
  }
}

/** The group under a key, made when missing. */
function groupIn(groups: Map<string, Group>, key: string): Group {
  let group = groups.get(key)
  if (!group) {
    group = emptyGroup()
    groups.set(key, group)
  }
  return group
}

/** Order of the lowest-scoring list: score, then id. */
function lowestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return a.total! - b.total! || byText(a.id, b.id)
}

/**
 * Add one article's summary, in place. Each article is added once: the
 * corpus keeps counts, not ids, so shards to merge must not share articles.
 *
 * @param corpus
 *   Corpus.
 * @param summary
 *   Summary from `summarizeArticle`.
 * @returns
 *   The same corpus.
 */
export function addArticle(corpus: Corpus, summary: ArticleSummary): Corpus {
  const groups = [
    corpus.all,
    groupIn(corpus.outlets, summary.outlet ?? unknownOutlet),
    groupIn(corpus.months, summary.date?.slice(0, 7) ?? unknownMonth)
  ]
  for (const group of groups) {
    group.articles++
    if (summary.graded) group.graded++
    for (const metric of corpusMetrics) metric.add(group.figures[metric.name]!, summary)
  }

  if (summary.graded && summary.band) {
    corpus.bands[summary.band]++
    for (const [id, check] of Object.entries(summary.checks)) corpus.checks[id] = (corpus.checks[id] ?? 0) + check.points
    const worst = corpus.lowest.at(-1)
    if (corpus.lowest.length < lowestRows || (worst && lowestFirst(summary, worst) < 0)) {
      corpus.lowest = [...corpus.lowest, summary].sort(lowestFirst).slice(0, lowestRows)
    }
  }

  if (corpus.listed && corpus.listed.length < listedRows) corpus.listed.push(summary)
  else corpus.listed = null

  addToTally(
    corpus.sources,
    summary.sources
      .filter((source) => !source.anonymous)
      .map((source) => ({key: source.name, weight: source.attributions, label: source.role, direct: source.direct}))
  )
  addToTally(
    corpus.descriptors,
    summary.anonymousDescriptors.map((descriptor) => ({key: descriptor.text, weight: 1, label: String(descriptor.specificity)}))
  )
  addToTally(
    corpus.reasons,
    summary.anonymityReasons.map((reason) => ({key: reason.text, weight: 1, label: reason.kind}))
  )
  return corpus
}

/**
 * Add an input that failed a stage, in place. When its id already failed,
 * the failure that sorts last as JSON is kept, so the result does not
 * depend on the order failures arrive in.
 *
 * @param corpus
 *   Corpus.
 * @param failure
 *   Id, stage and one-line reason.
 * @returns
 *   The same corpus.
 */
export function addFailure(corpus: Corpus, failure: Failure): Corpus {
  const previous = corpus.failures.get(failure.id)
  if (!previous || JSON.stringify(failure) > JSON.stringify(previous)) corpus.failures.set(failure.id, failure)
  return corpus
}

function mergeGroup(into: Group, from: Group): void {
  into.articles += from.articles
  into.graded += from.graded
  for (const metric of corpusMetrics) mergeFigureState(into.figures[metric.name]!, from.figures[metric.name]!)
}

/**
 * Merge two corpora (for example two shards of one corpus) into a new one.
 *
 * @param a
 *   Corpus.
 * @param b
 *   Corpus with none of the articles of `a`.
 * @returns
 *   New corpus with the articles and failures of both.
 */
export function mergeCorpora(a: Corpus, b: Corpus): Corpus {
  const merged = emptyCorpus()
  for (const part of [a, b]) {
    mergeGroup(merged.all, part.all)
    for (const [outlet, group] of part.outlets) mergeGroup(groupIn(merged.outlets, outlet), group)
    for (const [month, group] of part.months) mergeGroup(groupIn(merged.months, month), group)
    for (const band of bands) merged.bands[band] += part.bands[band]
    for (const [id, earned] of Object.entries(part.checks)) merged.checks[id] = (merged.checks[id] ?? 0) + earned
    mergeTally(merged.sources, part.sources)
    mergeTally(merged.descriptors, part.descriptors)
    mergeTally(merged.reasons, part.reasons)
    for (const failure of part.failures.values()) addFailure(merged, failure)
  }
  merged.lowest = [...a.lowest, ...b.lowest].sort(lowestFirst).slice(0, lowestRows)
  merged.listed = a.listed && b.listed && a.listed.length + b.listed.length <= listedRows ? [...a.listed, ...b.listed] : null
  return merged
}

/**
 * Failures of a corpus sorted by id.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Failures in id order.
 */
export function sortedFailures(corpus: Corpus): Failure[] {
  return [...corpus.failures.values()].sort((a, b) => byText(a.id, b.id))
}
