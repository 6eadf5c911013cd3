import {cleanArticle} from '@sourcing/clean'
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
 * Clean, tag and score one article. A failure at any stage comes back as an
 * outcome naming the article, the stage and the reason, never as a throw, so
 * one bad article cannot stop a run.
 */
export function analyzeArticle(article: Article): Outcome {
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
