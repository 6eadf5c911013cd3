import type {TaggedArticle} from '@sourcing/schema'
import {runChecks} from './checks.js'
import {findings, type Findings} from './findings.js'

/** Lowest and highest points a check could earn, as `[low, high]`. */
export type PointRange = [low: number, high: number]

/**
 * Points range of each check marked uncertain: the points it earns with
 * every attribution and with only those the tagger found by pattern or
 * pronoun (confidence high or medium). Heuristic finds can be wrong either
 * way, so a reader sees how far the check moves without them rather than a
 * bare "uncertain".
 *
 * @param article
 *   Article after the tag stage.
 * @param found
 *   Its findings, when the caller has worked them out already (a report
 *   renders from the same findings).
 * @returns
 *   Range per check id, for uncertain checks only.
 */
export function uncertainRanges(article: TaggedArticle, found: Findings = findings(article)): Map<string, PointRange> {
  const checks = runChecks(found)
  const uncertain = checks.filter((check) => check.uncertain)
  const ranges = new Map<string, PointRange>()
  if (uncertain.length === 0) return ranges
  const confident = runChecks(
    findings({...article, attributions: article.attributions.filter((a) => a.confidence !== 'low')})
  )
  for (const check of uncertain) {
    const other = confident.find((c) => c.id === check.id)!.points
    ranges.set(check.id, [Math.min(check.points, other), Math.max(check.points, other)])
  }
  return ranges
}
