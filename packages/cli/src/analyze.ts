import {readArticles} from '@sourcing/ingest'
import {mapOrdered} from '@sourcing/io'
import type {Article} from '@sourcing/schema'
import {Piscina} from 'piscina'
import type {Printed, Rendering} from './analyze-article.js'
import type {Batch} from './worker.js'

/** Options of {@link analyzePaths}. */
export interface AnalyzeOptions {
  /** Worker threads; 1 analyses in this thread. */
  workers: number
  /** Each analysis as its JSON line, or as a one-line summary. */
  rendering: Rendering
}

/** Articles, or ingest failures already turned into outcomes, in input order. */
async function* ingest(paths: string[]): AsyncGenerator<Article | Printed> {
  for await (const result of readArticles(paths)) {
    if (result.ok) {
      yield result.article
    } else {
      const {id, reason} = result.failure
      yield {ok: false, failure: {id, stage: 'ingest', reason}}
    }
  }
}

/** Whether an item of {@link ingest} is a failure already turned into output. */
function isPrinted(item: Article | Printed): item is Printed {
  return 'ok' in item
}

/**
 * Analyse articles in input order: ingest, clean, tag, score, render. An
 * article that fails at any stage comes out as a failure and the run goes on,
 * so none is lost or silently dropped. With more than one worker the work is
 * spread over a thread pool; the results are the same as with one, in the
 * same order.
 *
 * @param paths Files and folders to read.
 * @param options Worker threads, and how each analysis is printed.
 * @returns Each article's outcome as printed, in input order.
 */
export async function* analyzePaths(paths: string[], options: AnalyzeOptions): AsyncGenerator<Printed> {
  const {workers, rendering} = options
  if (workers <= 1) {
    // Loaded here, not up front: with a pool, the workers load the analysis
    // and this thread only reads and prints.
    const {analyzeAndRender} = await import('./analyze-article.js')
    for await (const item of ingest(paths)) yield isPrinted(item) ? item : analyzeAndRender(item, rendering)
    return
  }

  const pool = new Piscina<Batch, Printed[]>({
    filename: new URL('worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers
  })
  try {
    yield* mapOrdered(
      ingest(paths),
      async (items) => {
        const articles = items.filter((item): item is Article => !isPrinted(item))
        const analysed = articles.length > 0 ? await pool.run({articles, rendering}) : []
        return items.map((item) => (isPrinted(item) ? item : analysed.shift()!))
      },
      {batchSize: 8, concurrency: workers * 2}
    )
  } finally {
    await pool.destroy()
  }
}

