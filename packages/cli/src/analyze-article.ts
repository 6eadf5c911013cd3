import {cleanArticle} from '@sourcing/clean'
import {oneLine, toJsonLine} from '@sourcing/io'
import type {Analysis, Article, Failure, Stage} from '@sourcing/schema'
import {plural, scoreArticle} from '@sourcing/score'
import {tagArticle} from '@sourcing/tag'

/** An analysed article, or the failure that stopped it, naming its stage. */
export type Outcome = {ok: true; analysis: Analysis} | {ok: false; failure: Failure}

/** How an analysed article is printed: its JSON line, or a one-line summary. */
export type Rendering = 'json' | 'summary'

/** An article's outcome as it will be printed, with the language it is in. */
export type Printed =
  | {ok: true; id: string; language: string; text: string}
  | {ok: false; failure: Failure}

/**
 * Clean, tag and score one article. A failure at any stage comes back as an
 * outcome naming the article, the stage and the reason, never as a throw, so
 * one bad article cannot stop a run.
 *
 * @param article As ingestion gave it.
 * @returns The analysis, or the failure.
 */
export function analyzeArticle(article: Article): Outcome {
  let stage: Stage = 'clean'
  try {
    const cleaned = cleanArticle(article)
    stage = 'tag'
    const tagged = tagArticle(cleaned)
    stage = 'score'
    return {ok: true, analysis: {...tagged, score: scoreArticle(tagged)}}
  } catch (error) {
    return {ok: false, failure: {id: article.id, stage, reason: oneLine(error)}}
  }
}

/**
 * Analyse an article and render it for printing. Workers call this, so what
 * crosses back to the main thread is a string, not a large object graph.
 *
 * @param article As ingestion gave it.
 * @param rendering Its JSON line, or a one-line summary.
 * @returns The printed text with the article's id and language, or the failure.
 */
export function analyzeAndRender(article: Article, rendering: Rendering): Printed {
  const outcome = analyzeArticle(article)
  if (!outcome.ok) return outcome
  const {analysis} = outcome
  const text = rendering === 'json' ? toJsonLine(analysis) : summaryLine(analysis)
  return {ok: true, id: analysis.id, language: analysis.language, text}
}

/**
 * The line printed for an article without `--json`.
 *
 * @param analysis The article's analysis.
 * @returns Its id, grade and number of attributions, tab-separated, with a line break.
 */
function summaryLine({id, score, attributions}: Analysis): string {
  const grade = score.graded ? `${score.total}/100 ${score.band}` : 'not graded'
  return `${id}\t${grade}\t${plural(attributions.length, 'attribution')}\n`
}
