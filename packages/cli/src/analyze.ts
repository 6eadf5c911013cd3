import {readArticles} from '@sourcing/ingest'
import type {Article} from '@sourcing/schema'
import {Piscina} from 'piscina'
import {analyzeArticle, type Outcome} from './analyze-article.js'
import {mapOrdered} from './ordered.js'

export interface AnalyzeOptions {
  /** Worker threads; 1 analyses in this thread. */
  workers: number
}

/** Articles, or ingest failures already turned into outcomes, in input order. */
async function* ingest(paths: string[]): AsyncGenerator<Article | Outcome> {
  for await (const result of readArticles(paths)) {
    if (result.ok) {
      yield result.article
    } else {
      const {id, reason} = result.failure
      yield {ok: false, failure: {id, stage: 'ingest', reason}}
    }
  }
}

function isOutcome(item: Article | Outcome): item is Outcome {
  return 'ok' in item
}

/**
 * Analyse articles in input order: ingest, clean, tag, score. An article that
 * fails at any stage comes out as a failure and the run goes on, so none is
 * lost or silently dropped. With more than one worker the work is spread over
 * a thread pool; the results are the same as with one, in the same order.
 *
 * @param paths Files and folders to read.
 */
export async function* analyzePaths(
  paths: string[],
  options: AnalyzeOptions = {workers: 1}
): AsyncGenerator<Outcome> {
  if (options.workers <= 1) {
    for await (const item of ingest(paths)) yield isOutcome(item) ? item : analyzeArticle(item)
    return
  }

  const pool = new Piscina<Article[], Outcome[]>({
    filename: new URL('worker.js', import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers
  })
  try {
    yield* mapOrdered(
      ingest(paths),
      async (items) => {
        const articles = items.filter((item): item is Article => !isOutcome(item))
        const analysed = articles.length > 0 ? await pool.run(articles) : []
        return items.map((item) => (isOutcome(item) ? item : analysed.shift()!))
      },
      {batchSize: 8, concurrency: options.workers * 2}
    )
  } finally {
    await pool.destroy()
  }
}

