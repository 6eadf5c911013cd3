import type {Attribution, SourceRole, SourceType, Span} from '@sourcing/schema'
import {classifyReason, type AnonymityReason} from './reasons.js'

/** One distinct source: every attribution that resolves to the same speaker or descriptor. */
export interface Source {
  /** Grouping key: the normalised speaker, or the normalised descriptor. */
  key: string
  /** How the report names it: the speaker, or the descriptor as first written. */
  name: string
  sourceType: SourceType
  anonymous: boolean
  role: SourceRole
  /** The attributions, in text order. */
  attributions: Attribution[]
  direct: number
  indirect: number
  mixed: number
  /** Highest specificity any mention reaches (the description across the article); null when named. */
  specificity: number | null
  /** First stated reason for anonymity, null when none. */
  justification: Span | null
  reason: AnonymityReason
  /** Offset of the first mention. */
  start: number
}

/** Roles the standards count as official voices (C9). */
const officialRoles: ReadonlySet<SourceRole> = new Set(['official', 'politician', 'police-military', 'judicial'])

const leadingDeterminer = /^(?:the|a|an|one|some|several|two|three|four|his|her|their|its)\s+/
const reasonRank: Record<AnonymityReason, number> = {
  substantive: 3,
  boilerplate: 2,
  'anonymity-only': 1,
  none: 0
}

/**
 * Whether a source is one the anonymity rules apply to: anonymous, and not
 * unnamed media ("local media reported"), which are not granted anonymity
 * but left uncredited, as R8 judges.
 *
 * @param source
 *   Source.
 * @returns
 *   Whether it is an anonymous person or group of people.
 */
export function isAnonymousPerson(source: Source): boolean {
  return source.anonymous && source.role !== 'media'
}

/**
 * Whether a role is an official voice (C9): government, politics, police or
 * military, courts.
 *
 * @param role
 *   Role of a source or attribution.
 * @returns
 *   Whether the role is official.
 */
export function isOfficialRole(role: SourceRole): boolean {
  return officialRoles.has(role)
}

/**
 * Whether a source speaks from outside officialdom (C9): its role is known
 * and not official.
 *
 * @param source
 *   Source.
 * @returns
 *   Whether it is a non-official voice.
 */
export function isNonOfficial(source: Pick<Source, 'role'>): boolean {
  return source.role !== 'unknown' && !officialRoles.has(source.role)
}

/**
 * Lowercase a phrase, straighten its apostrophes and collapse its whitespace,
 * so the same mention or descriptor written twice compares equal.
 *
 * @param value
 *   Phrase as written.
 * @returns
 *   Normalised phrase.
 */
export function normalisePhrase(value: string): string {
  return value.toLowerCase().replaceAll('’', "'").replace(/\s+/g, ' ').trim()
}

/**
 * Key of the source an attribution resolves to, or null when it names none
 * (an agentless "is believed to"): such statements are unsourced, not a source.
 *
 * @param attribution
 *   Attribution.
 * @returns
 *   Lowercase key without leading determiners, or null.
 */
export function sourceKey(attribution: Attribution): string | null {
  const mention = attribution.speaker ?? attribution.source?.text ?? null
  if (mention === null) return null
  const key = normalisePhrase(mention).replace(leadingDeterminer, '')
  return key === '' ? null : key
}

/**
 * Group attributions into distinct sources (sourcing-standards M2): mentions
 * are merged by the speaker the tagger resolved them to ("he" and "the
 * minister" become the minister), otherwise by descriptor, so each distinct
 * anonymous descriptor counts as one source and a plural group ("officials")
 * counts once (the PEJ counting rule).
 *
 * @param attributions
 *   Attributions of one article.
 * @returns
 *   Sources in order of first mention.
 */
export function groupSources(attributions: readonly Attribution[]): Source[] {
  const sources = new Map<string, Source>()
  const ordered = attributions.toSorted((a, b) => a.cue.start - b.cue.start)

  for (const attribution of ordered) {
    const key = sourceKey(attribution)
    if (key === null) continue
    let source = sources.get(key)
    if (!source) {
      source = {
        key,
        name: attribution.speaker ?? attribution.source!.text,
        sourceType: attribution.sourceType,
        anonymous: attribution.anonymous,
        role: attribution.role,
        attributions: [],
        direct: 0,
        indirect: 0,
        mixed: 0,
        specificity: null,
        justification: null,
        reason: 'none',
        start: Math.min(attribution.cue.start, attribution.source?.start ?? Infinity)
      }
      sources.set(key, source)
    }
    source.attributions.push(attribution)
    source[attribution.quote]++
    if (source.role === 'unknown') source.role = attribution.role
    if (attribution.specificity !== null) {
      source.specificity = Math.max(source.specificity ?? 0, attribution.specificity)
    }
    const reason = classifyReason(attribution.justification)
    if (reasonRank[reason] > reasonRank[source.reason]) {
      source.reason = reason
      source.justification = attribution.justification
    }
  }

  return [...sources.values()]
}
