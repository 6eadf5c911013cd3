import {z} from 'zod'
import {articleSummarySchema, type ArticleSummary} from './summary.js'

/**
 * A corpus index in progress: article summaries keyed by id. Plain JSON, so
 * shards can be written out, read back and merged in any order.
 */
export const corpusSchema = z.strictObject({
  articles: z.record(z.string(), articleSummarySchema)
})

export type Corpus = z.infer<typeof corpusSchema>

/**
 * An empty corpus.
 *
 * @returns
 *   Corpus with no articles.
 */
export function emptyCorpus(): Corpus {
  return {articles: {}}
}

/**
 * Add one article's summary. The corpus is updated in place (a corpus of a
 * million articles is not copied per article) and returned. An article added
 * twice keeps one summary: the one that sorts last as JSON, so the result
 * does not depend on the order of adding.
 *
 * @param corpus
 *   Corpus.
 * @param summary
 *   Summary from `summarizeArticle`.
 * @returns
 *   The same corpus.
 */
export function addArticle(corpus: Corpus, summary: ArticleSummary): Corpus {
  const previous = corpus.articles[summary.id]
  if (!previous || JSON.stringify(summary) > JSON.stringify(previous)) corpus.articles[summary.id] = summary
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
 *   New corpus with the articles of both.
 */
export function mergeCorpora(a: Corpus, b: Corpus): Corpus {
  const merged = emptyCorpus()
  for (const summary of Object.values(a.articles)) addArticle(merged, summary)
  for (const summary of Object.values(b.articles)) addArticle(merged, summary)
  return merged
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
  return Object.values(corpus.articles).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
