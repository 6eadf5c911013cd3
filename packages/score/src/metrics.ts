import {sourceRoles, type Metric} from '@sourcing/schema'
import type {Findings} from './findings.js'
import {anonymousPeople} from './checks.js'
import {statesReason} from './reasons.js'
import {isNonOfficial, isOfficialRole} from './sources.js'

/** Role categories other than `unknown`: the k of M11 and the base of its entropy. */
const knownRoleCount = sourceRoles.length - 1

/**
 * A rate with the counts it is made of, so corpus figures can be merged by
 * adding numerators and denominators.
 *
 * @param id
 *   Metric id.
 * @param name
 *   What it measures.
 * @param numerator
 *   Count.
 * @param denominator
 *   Count; the value is null when it is 0.
 * @param scale
 *   Multiplier (100 for "per 100 words").
 * @returns
 *   Metric.
 */
function rate(id: string, name: string, numerator: number, denominator: number, scale = 1): Metric {
  return {
    id,
    name,
    value: denominator === 0 ? null : round((scale * numerator) / denominator),
    numerator,
    denominator
  }
}

/**
 * A plain count or value with no denominator.
 *
 * @param id
 *   Metric id.
 * @param name
 *   What it measures.
 * @param value
 *   Value, or null when not measured.
 * @returns
 *   Metric.
 */
function count(id: string, name: string, value: number | null): Metric {
  return {id, name, value, numerator: value, denominator: null}
}

/**
 * Round to four decimals so output is identical on every machine.
 *
 * @param value
 *   Number.
 * @returns
 *   Rounded number.
 */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}

/**
 * Metrics M1-M16 of sourcing-standards §4.2.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Metrics, each with numerator and denominator where it is a rate.
 */
export function computeMetrics(found: Findings): Metric[] {
  const {attributions, sources, body, article} = found
  const total = attributions.length
  const named = attributions.filter((a) => !a.anonymous).length
  const anonymousSources = anonymousPeople(found)
  const namedSources = sources.filter((source) => !source.anonymous).length
  const withReason = anonymousSources.filter((source) => statesReason(source.reason))
  const specificitySum = anonymousSources.reduce((sum, source) => sum + (source.specificity ?? 0), 0)
  const direct = attributions.filter((a) => a.quote === 'direct').length
  const statements = article.claims.length + total
  const hedgedSentences = new Set(found.hedges.map((hedge) => body.sentenceOf(hedge.start))).size
  const roleCounts = new Map<string, number>()
  for (const a of attributions) if (a.role !== 'unknown') roleCounts.set(a.role, (roleCounts.get(a.role) ?? 0) + 1)
  const known = [...roleCounts.values()].reduce((sum, n) => sum + n, 0)
  const entropy =
    known === 0
      ? null
      : round(-[...roleCounts.values()].reduce((sum, n) => sum + (n / known) * Math.log2(n / known), 0) / Math.log2(knownRoleCount))
  const readability = article.readability

  return [
    rate('M1', 'Attributions per 100 words', total, body.words, 100),
    count('M2', 'Distinct sources', sources.length),
    count('M2a', 'Named sources', namedSources),
    count('M2b', 'Anonymous sources', anonymousSources.length),
    rate('M3', 'Named share of attributions', named, total),
    rate('M3a', 'Named share of sources', namedSources, sources.length),
    rate('M4', 'Anonymous share of attributions', total - named, total),
    rate('M4a', 'Has an anonymous source', anonymousSources.length > 0 ? 1 : 0, 1),
    rate('M4b', 'Relies solely on anonymous sources', namedSources === 0 && anonymousSources.length > 0 ? 1 : 0, 1),
    rate('M5', 'Mean specificity of anonymous sources (0-3)', specificitySum, anonymousSources.length),
    rate('M5a', 'Bare anonymous sources (level 0)', anonymousSources.filter((s) => (s.specificity ?? 0) === 0).length, anonymousSources.length),
    rate('M6', 'Anonymous sources with a stated reason', withReason.length, anonymousSources.length),
    rate('M6a', 'Formulaic share of stated reasons', withReason.filter((s) => s.reason === 'boilerplate').length, withReason.length),
    rate('M7', 'Direct-quote share', direct, total),
    rate('M8', 'Unattributed-claim rate (estimate)', article.claims.length, statements),
    rate('M9', 'Hedged sentences', hedgedSentences, body.sentences.length),
    rate('M9a', 'Unsourced hedges', found.hedges.filter((hedge) => !hedge.sourced).length, found.hedges.length),
    rate('M10', 'Other-media share of attributions', attributions.filter((a) => a.role === 'media').length, total),
    count('M10a', 'Wire credits', article.wireCredits.length),
    count('M11', 'Role categories', roleCounts.size),
    count('M11a', 'Role entropy (0-1)', entropy),
    rate('M11b', 'Official share of attributions', attributions.filter((a) => isOfficialRole(a.role)).length, total),
    count('M11c', 'Non-official sources', sources.filter(isNonOfficial).length),
    count('M12', 'Women among named people (not measured)', null),
    rate('M13', 'Quotes attributed where they start', found.placement.compliant, found.placement.total),
    rate('M14', 'Anonymous first quote', found.anonymousFirstQuote ? 1 : 0, 1),
    rate('M14a', 'Anonymous attributions with opinion', found.anonymousOpinion.length, total - named),
    count('M15', 'Expert sources', sources.filter((s) => s.role === 'expert').length),
    count('M15a', 'Document citations', attributions.filter((a) => a.sourceType === 'document').length),
    count('M16', 'Consensus reading grade', readability.consensusGrade),
    count('M16a', 'Flesch-Kincaid grade', readability.fleschKincaidGrade)
  ]
}
