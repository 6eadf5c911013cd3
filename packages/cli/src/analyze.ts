import {cleanArticle} from '@sourcing/clean'
import {readArticles} from '@sourcing/ingest'
import {oneLine} from '@sourcing/io'
import {
  analysisSchema,
  parseRecord,
  type Analysis,
  type Article,
  type Failure,
  type Stage
} from '@sourcing/schema'
import {scoreArticle} from '@sourcing/score'
import {tagArticle} from '@sourcing/tag'

export type Outcome = {ok: true; analysis: Analysis} | {ok: false; failure: Failure}

/**
 * Analyse articles one at a time, in input order: ingest, clean, tag, score.
 * An article that fails at any stage is reported as a failure and the run
 * goes on, so none is lost or silently dropped.
 *
 * @param paths Files and folders to read.
 */
export async function* analyzePaths(paths: string[]): AsyncGenerator<Outcome> {
  for await (const result of readArticles(paths)) {
    if (!result.ok) {
      const {id, reason} = result.failure
      yield {ok: false, failure: {id, stage: 'ingest', reason}}
      continue
    }
    yield analyzeArticle(result.article)
  }
}

function analyzeArticle(article: Article): Outcome {
  let stage: Stage = 'clean'
  try {
    const cleaned = cleanArticle(article)
    stage = 'tag'
    const tagged = tagArticle(cleaned)
    stage = 'score'
    const analysis = {...tagged, score: scoreArticle(tagged)}
    return {ok: true, analysis: parseRecord(analysisSchema, analysis, article.id)}
  } catch (error) {
    return {ok: false, failure: {id: article.id, stage, reason: oneLine(error)}}
  }
}
