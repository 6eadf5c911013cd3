import type {Band, Score, TaggedArticle} from '@sourcing/schema'
import {plural, runChecks} from './checks.js'
import {findings, type Findings} from './findings.js'
import {computeMetrics} from './metrics.js'
import {typeOfWork, type WorkType} from './work.js'

/** Version of the rubric, checks and metrics; bump on any change that moves a score. */
export const rubricVersion = '1.1.0'

/** Fewest attributions for a grade (sourcing-standards §4.3 guards). */
export const minimumAttributions = 2

/** Fewest body words for a grade: briefs, captions and liveblog snippets are not graded. */
export const minimumWords = 150

const workNames: Record<Exclude<WorkType, 'news'>, string> = {
  opinion: 'an opinion piece',
  review: 'a review',
  live: 'a live page'
}

/**
 * NewsGuard-style band of a total.
 *
 * @param total
 *   Score out of 100.
 * @returns
 *   Band.
 */
export function bandOf(total: number): Band {
  if (total >= 90) return 'Strong'
  if (total >= 75) return 'Good'
  if (total >= 60) return 'Adequate with exceptions'
  if (total >= 40) return 'Weak'
  return 'Poor'
}

/**
 * Score an article's sourcing on the 100-point rubric R1-R10, with metrics
 * M1-M16. Pure: the same article always gives the same score.
 *
 * Articles not in English, articles with fewer than
 * {@link minimumAttributions} attributions or {@link minimumWords} body words,
 * and articles labelled as opinion, review or live pages ({@link typeOfWork}),
 * get no total or band (`graded: false`, with the reason); their checks and
 * metrics are still given.
 *
 * @param article
 *   Article after the tag stage.
 * @param found
 *   Its findings, when the caller has worked them out already (a report
 *   renders from the same findings).
 * @returns
 *   Score.
 */
export function scoreArticle(article: TaggedArticle, found: Findings = findings(article)): Score {
  const checks = runChecks(found)
  const metrics = computeMetrics(found)
  const work = typeOfWork(article)
  const problems = [
    article.language === 'English'
      ? ''
      : `not in English (it looks like ${article.language}), and the rules are for English news writing`,
    work.type === 'news' ? '' : `labelled "${work.label}", ${workNames[work.type]}, which a rubric for news reports does not fit`,
    found.body.words < minimumWords ? `${found.body.words} body words (fewer than ${minimumWords})` : '',
    found.attributions.length < minimumAttributions
      ? `${plural(found.attributions.length, 'attribution')} (fewer than ${minimumAttributions})`
      : ''
  ].filter(Boolean)

  if (problems.length > 0) {
    return {
      rubricVersion,
      graded: false,
      total: null,
      band: null,
      ungradedReason: `${
        article.language !== 'English'
          ? 'Not graded'
          : work.type === 'news'
            ? 'Insufficient text for a sourcing grade'
            : 'Not a news report'
      }: ${problems.join(' and ')}.`,
      checks,
      metrics
    }
  }

  const total = checks.reduce((sum, check) => sum + check.points, 0)
  return {rubricVersion, graded: true, total, band: bandOf(total), ungradedReason: null, checks, metrics}
}
