import {bands, checkStatuses, sourceRoles, sourceTypes, type Analysis} from '@sourcing/schema'
import {anonymousPeople, findings, normalisePhrase, statesReason, type Findings} from '@sourcing/score'
import {z} from 'zod'

/** Most sources of one article kept in its summary: enough for "most cited", bounded in size. */
export const maxSummarySources = 25

const count = z.int().nonnegative()

/** A metric reduced to what merging needs. */
const metricCountsSchema = z.strictObject({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable()
})

/**
 * What the corpus index keeps of one article: small, JSON-serialisable, and
 * enough to rebuild every corpus figure, so shards can be summarised apart
 * and merged.
 */
export const articleSummarySchema = z.strictObject({
  id: z.string().min(1),
  /** Link to the article's report, relative to the index, as the caller gives it. */
  href: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  words: count,
  graded: z.boolean(),
  total: z.number().nullable(),
  band: z.enum(bands).nullable(),
  ungradedReason: z.string().nullable(),
  checks: z.record(z.string(), z.strictObject({points: z.number(), max: z.number(), status: z.enum(checkStatuses)})),
  metrics: z.record(z.string(), metricCountsSchema),
  sources: z.array(
    z.strictObject({
      name: z.string(),
      sourceType: z.enum(sourceTypes),
      role: z.enum(sourceRoles),
      anonymous: z.boolean(),
      attributions: count,
      direct: count
    })
  ),
  /** Descriptors of anonymous sources, lowercase, with their specificity. */
  anonymousDescriptors: z.array(z.strictObject({text: z.string(), specificity: z.int().min(0).max(3)})),
  /** Stated reasons for anonymity, lowercase, with their class. */
  anonymityReasons: z.array(z.strictObject({text: z.string(), kind: z.enum(['substantive', 'boilerplate'])})),
  flags: z.record(z.string(), count),
  fleschKincaidGrade: z.number().nullable(),
  consensusGrade: z.number().nullable()
})

export type ArticleSummary = z.infer<typeof articleSummarySchema>

/**
 * Reduce an analysis to what the corpus index needs.
 *
 * @param analysis
 *   Full analysis of one article.
 * @param options
 *   `href`: link to the article's report, relative to the index; `found`:
 *   the analysis's findings, when the caller has worked them out already.
 * @returns
 *   Summary.
 */
export function summarizeArticle(analysis: Analysis, options: {href: string; found?: Findings}): ArticleSummary {
  const found = options.found ?? findings(analysis)
  const {score} = analysis
  const flags: Record<string, number> = {}
  for (const flag of found.flags) flags[flag.kind] = (flags[flag.kind] ?? 0) + 1

  return {
    id: analysis.id,
    href: options.href,
    title: analysis.title,
    outlet: analysis.outlet,
    date: analysis.date,
    words: found.body.words,
    graded: score.graded,
    total: score.total,
    band: score.band,
    ungradedReason: score.ungradedReason,
    checks: Object.fromEntries(score.checks.map((check) => [check.id, {points: check.points, max: check.max, status: check.status}])),
    metrics: Object.fromEntries(
      score.metrics.map((metric) => [metric.id, {value: metric.value, numerator: metric.numerator, denominator: metric.denominator}])
    ),
    sources: found.sources
      .toSorted((a, b) => b.attributions.length - a.attributions.length || a.start - b.start)
      .slice(0, maxSummarySources)
      .map((source) => ({
        name: source.name.replace(/\s+/g, ' ').trim(),
        sourceType: source.sourceType,
        role: source.role,
        anonymous: source.anonymous,
        attributions: source.attributions.length,
        direct: source.direct
      })),
    anonymousDescriptors: anonymousPeople(found).flatMap((source) => {
      const mention = source.attributions.find((a) => a.source)?.source
      return mention ? [{text: normalisePhrase(mention.text), specificity: source.specificity ?? 0}] : []
    }),
    anonymityReasons: anonymousPeople(found).flatMap((source) =>
      source.justification && statesReason(source.reason)
        ? [{text: normalisePhrase(source.justification.text), kind: source.reason}]
        : []
    ),
    flags,
    fleschKincaidGrade: analysis.readability.fleschKincaidGrade,
    consensusGrade: analysis.readability.consensusGrade
  }
}
