import {failureSchema, type Failure} from '@sourcing/schema'
import {z} from 'zod'
import {articleSummarySchema, type ArticleSummary} from './summary.js'

/**
 * A corpus index in progress: article summaries and failures, each keyed by
 * article id. Plain JSON, so shards can be written out (`corpusJson`), read
 * back and merged in any order.
 */
export const corpusSchema = z.strictObject({
  articles: z.record(z.string(), articleSummarySchema),
  /** Inputs that did not make it through a stage, so every input is accounted for. */
  failures: z.record(z.string(), failureSchema)
})

export type Corpus = z.infer<typeof corpusSchema>

/**
 * An empty corpus.
 *
 * @returns
 *   Corpus with no articles and no failures.
 */
export function emptyCorpus(): Corpus {
  return {articles: {}, failures: {}}
}

/**
 * Put a record under its id, keeping, when the id is already taken, the
 * record that sorts last as JSON, so the result does not depend on the order
 * records arrive in.
 *
 * @param records
 *   Records by id.
 * @param record
 *   Record to add.
 */
function keep<Item extends {id: string}>(records: Record<string, Item>, record: Item): void {
  const previous = records[record.id]
  if (!previous || JSON.stringify(record) > JSON.stringify(previous)) records[record.id] = record
}

/**
 * Add one article's summary. The corpus is updated in place (a corpus of a
 * million articles is not copied per article) and returned.
 *
 * @param corpus
 *   Corpus.
 * @param summary
 *   Summary from `summarizeArticle`.
 * @returns
 *   The same corpus.
 */
export function addArticle(corpus: Corpus, summary: ArticleSummary): Corpus {
  keep(corpus.articles, summary)
  return corpus
}

/**
 * Add an input that failed a stage, in place.
 *
 * @param corpus
 *   Corpus.
 * @param failure
 *   Id, stage and one-line reason.
 * @returns
 *   The same corpus.
 */
export function addFailure(corpus: Corpus, failure: Failure): Corpus {
  keep(corpus.failures, failure)
  return corpus
}

/**
 * Merge two corpora (for example two shards) into a new one.
 *
 * @param a
 *   Corpus.
 * @param b
 *   Corpus.
 * @returns
 *   New corpus with the articles and failures of both.
 */
export function mergeCorpora(a: Corpus, b: Corpus): Corpus {
  const merged = emptyCorpus()
  for (const part of [a, b]) {
    for (const summary of Object.values(part.articles)) addArticle(merged, summary)
    for (const failure of Object.values(part.failures)) addFailure(merged, failure)
  }
  return merged
}

/**
 * Records sorted by id.
 *
 * @param records
 *   Records by id.
 * @returns
 *   Records in id order.
 */
function byId<Item extends {id: string}>(records: Record<string, Item>): Item[] {
  return Object.values(records).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Articles of a corpus sorted by id, so every rendering is deterministic.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Summaries in id order.
 */
export function sortedArticles(corpus: Corpus): ArticleSummary[] {
  return byId(corpus.articles)
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
  return byId(corpus.failures)
}

/**
 * The corpus as JSON with records in id order: the sortable data of
 * `index.json`, and a shard that `corpusSchema` reads back for merging.
 * Each record is one line: a diff shows which articles changed, and the file
 * is about half the size of an indented one, which took most of the time
 * a re-run spends on the index of a large corpus.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   JSON text ending in a newline.
 */
export function corpusJson(corpus: Corpus): string {
  return [...corpusJsonPieces(corpus)].join('')
}

/**
 * `corpusJson` in pieces, a record at a time, for writing an index that as
 * one string would outgrow the longest string V8 can make (about 512 MB, a
 * few hundred thousand articles).
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Pieces of the JSON text, in order.
 */
export function* corpusJsonPieces(corpus: Corpus): Generator<string> {
  yield '{\n"articles": '
  yield* recordLines(sortedArticles(corpus))
  yield ',\n"failures": '
  yield* recordLines(sortedFailures(corpus))
  yield '\n}\n'
}

/**
 * Records as a JSON object keyed by id, one record per line.
 *
 * @param records
 *   Records in the order to write them.
 * @returns
 *   Pieces of the JSON object text.
 */
function* recordLines(records: ReadonlyArray<{id: string}>): Generator<string> {
  if (records.length === 0) {
    yield '{}'
    return
  }
  yield '{\n'
  for (const [index, record] of records.entries()) {
    yield `${index === 0 ? '' : ',\n'}${JSON.stringify(record.id)}: ${JSON.stringify(record)}`
  }
  yield '\n}'
}
