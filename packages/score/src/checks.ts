import type {Attribution, Check, CheckStatus, Evidence} from '@sourcing/schema'
import {evidence, type Findings} from './findings.js'
import {statesReason} from './reasons.js'
import {isAnonymousPerson, isNonOfficial, type Source} from './sources.js'

/** Most evidence phrases kept per check; the flags list every one. */
const maxEvidence = 5

/** Share of low-confidence inputs above which a check is marked uncertain. */
export const uncertainShare = 0.3

const credit: Record<CheckStatus, number> = {pass: 1, partial: 0.5, fail: 0, 'not-applicable': 1}

/** Rubric entries: id, title, points and the standards each rests on (sourcing-standards §4.3). */
export const rubric = [
  {id: 'R1', title: 'Sources identified', max: 20, criteria: ['C1'], standards: ['Reuters', 'Washington Post', 'BBC', 'SPJ']},
  {id: 'R2', title: 'Anonymous sources described', max: 15, criteria: ['C2'], standards: ['AP', 'NYT', 'BBC']},
  {id: 'R3', title: 'Reason for anonymity', max: 10, criteria: ['C3'], standards: ['AP', 'NYT (Corbett memo)', 'SPJ']},
  {id: 'R4', title: 'Anonymous material is factual, not the lead quote', max: 10, criteria: ['C4'], standards: ['AP', 'Washington Post']},
  {id: 'R5', title: 'Not single-sourced', max: 15, criteria: ['C5'], standards: ['BBC', 'AP Stylebook', 'Reuters']},
  {id: 'R6', title: 'Claims attributed', max: 10, criteria: ['C6'], standards: ['AP', 'Reuters', 'BBC']},
  {id: 'R7', title: 'Hedges calibrated and sourced', max: 5, criteria: ['C7'], standards: ['BBC', 'Credibility Coalition']},
  {id: 'R8', title: 'Agency and outlet material credited', max: 5, criteria: ['C8'], standards: ['AP', 'BBC', 'Reuters']},
  {id: 'R9', title: 'Diverse voices', max: 5, criteria: ['C9'], standards: ['Trust Project', 'Pew PEJ']},
  {id: 'R10', title: 'Experts, documents and direct voice', max: 5, criteria: ['C10'], standards: ['Credibility Coalition', 'SPJ', 'Trust Project']}
] as const

export type CheckId = (typeof rubric)[number]['id']

interface Outcome {
  status: CheckStatus
  reason: string
  evidence: Evidence[]
  advice: string | null
  /** Attributions the check rests on, for the confidence guard. */
  inputs: readonly Attribution[]
}

/**
 * The outcome of a check with nothing to judge: it earns full points, so it
 * needs no evidence and no advice.
 *
 * @param reason
 *   Why it does not apply, as a sentence.
 * @param inputs
 *   Attributions the check looked at (none, or none of its kind).
 * @returns
 *   A `not-applicable` outcome.
 */
function notApplicable(reason: string, inputs: readonly Attribution[]): Outcome {
  return {status: 'not-applicable', reason, evidence: [], advice: null, inputs}
}

/**
 * Run the ten rubric checks.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Checks R1-R10 with points, reason, evidence, standards and advice.
 */
export function runChecks(found: Findings): Check[] {
  const outcomes: Record<CheckId, Outcome> = {
    R1: sourcesIdentified(found),
    R2: anonymousDescribed(found),
    R3: anonymityReasons(found),
    R4: anonymousFactual(found),
    R5: notSingleSourced(found),
    R6: claimsAttributed(found),
    R7: hedgesSourced(found),
    R8: mediaCredited(found),
    R9: diverseVoices(found),
    R10: expertsAndDirectVoice(found)
  }
  return rubric.map((entry) => {
    const outcome = outcomes[entry.id]
    const low = outcome.inputs.filter((a) => a.confidence === 'low').length
    return {
      id: entry.id,
      title: entry.title,
      points: entry.max * credit[outcome.status],
      max: entry.max,
      status: outcome.status,
      uncertain: outcome.inputs.length > 0 && low / outcome.inputs.length > uncertainShare,
      reason: outcome.reason,
      evidence: outcome.evidence.slice(0, maxEvidence),
      standards: [...entry.criteria, ...entry.standards],
      advice: outcome.status === 'pass' || outcome.status === 'not-applicable' ? null : outcome.advice
    }
  })
}

/**
 * Evidence for a source: its first mention.
 *
 * @param found
 *   Findings.
 * @param source
 *   Source.
 * @param note
 *   What it shows.
 * @returns
 *   Evidence.
 */
function sourceEvidence(found: Findings, source: Source, note: string | null): Evidence {
  const first = source.attributions[0]!
  return evidence(found.body, first.source ?? first.cue, note)
}

/**
 * Percentage for a reason line.
 *
 * @param part
 *   Numerator.
 * @param whole
 *   Denominator, above 0.
 * @returns
 *   "75%".
 */
function percent(part: number, whole: number): string {
  return `${Math.round((100 * part) / whole)}%`
}

/**
 * Singular or plural noun with its count.
 *
 * @param count
 *   Count.
 * @param noun
 *   Singular noun.
 * @param plural
 *   Plural, when not noun + s.
 * @returns
 *   "1 source", "3 sources".
 */
export function plural(count: number, noun: string, plural = noun + 's'): string {
  return `${count} ${count === 1 ? noun : plural}`
}

/**
 * Anonymous sources that anonymity rules apply to (see
 * {@link isAnonymousPerson}).
 *
 * @param found
 *   Findings.
 * @returns
 *   Anonymous sources other than media.
 */
export function anonymousPeople(found: Findings): Source[] {
  return found.sources.filter(isAnonymousPerson)
}

/**
 * R1: passes when 75% of attributions name their source, partial from 50%.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function sourcesIdentified(found: Findings): Outcome {
  const inputs = found.attributions
  const named = inputs.filter((a) => !a.anonymous).length
  if (inputs.length === 0) {
    return notApplicable('No attributions found.', inputs)
  }
  const share = named / inputs.length
  const status: CheckStatus = share >= 0.75 ? 'pass' : share >= 0.5 ? 'partial' : 'fail'
  const anonymous = found.sources.filter((source) => source.anonymous)
  return {
    status,
    reason: `${named} of ${plural(inputs.length, 'attribution')} (${percent(named, inputs.length)}) name their source.`,
    evidence: anonymous.map((source) => sourceEvidence(found, source, 'unnamed')),
    advice: `Name the sources: ${inputs.length - named} of ${inputs.length} attributions are unnamed; 75% named earns full points.`,
    inputs
  }
}

/**
 * R2: passes when no anonymous source is bare (level 0) and their mean
 * specificity is 2 or more, partial from 1.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function anonymousDescribed(found: Findings): Outcome {
  const sources = anonymousPeople(found)
  const inputs = sources.flatMap((source) => source.attributions)
  if (sources.length === 0) {
    return notApplicable('No anonymous sources.', inputs)
  }
  const levels = sources.map((source) => source.specificity ?? 0)
  const bare = sources.filter((source) => (source.specificity ?? 0) === 0)
  const mean = levels.reduce((sum, level) => sum + level, 0) / levels.length
  const status: CheckStatus = bare.length > 0 ? 'fail' : mean >= 2 ? 'pass' : mean >= 1 ? 'partial' : 'fail'
  const first = bare[0] ?? sources.find((source) => (source.specificity ?? 0) < 2)
  return {
    status,
    reason: `${plural(sources.length, 'anonymous source')}; specificity levels [${levels.join(', ')}]; ${bare.length === 0 ? 'none' : bare.length} bare.`,
    evidence: sources.map((source) => sourceEvidence(found, source, `level ${source.specificity ?? 0}`)),
    advice: first
      ? `Describe "${first.name}" (¶${found.body.paragraphOf(first.start)}) by affiliation, role and how they know, e.g. "an official in the ministry who attended the meeting".`
      : null,
    inputs
  }
}

/**
 * R3: passes when every anonymous source has a stated reason and one is
 * substantive, partial when some have one.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function anonymityReasons(found: Findings): Outcome {
  const sources = anonymousPeople(found)
  const inputs = sources.flatMap((source) => source.attributions)
  if (sources.length === 0) {
    return notApplicable('No anonymous sources.', inputs)
  }
  const withReason = sources.filter((source) => statesReason(source.reason))
  const substantive = withReason.filter((source) => source.reason === 'substantive').length
  const status: CheckStatus =
    withReason.length === sources.length && substantive > 0 ? 'pass' : withReason.length > 0 ? 'partial' : 'fail'
  const missing = sources.find((source) => !statesReason(source.reason))
  return {
    status,
    reason: `${withReason.length} of ${plural(sources.length, 'anonymous source')} ${withReason.length === 1 ? 'has' : 'have'} a stated reason (${substantive} substantive, ${withReason.length - substantive} formulaic).`,
    evidence: sources.map((source) =>
      source.justification
        ? evidence(found.body, source.justification, source.reason)
        : sourceEvidence(found, source, 'no reason given')
    ),
    advice: missing
      ? `State why "${missing.name}" (¶${found.body.paragraphOf(missing.start)}) was granted anonymity: what risk they face or why they are in a position to know.`
      : 'Give at least one substantive reason (a risk to the source) rather than a formula such as "not authorized to speak publicly".',
    inputs
  }
}

/**
 * R4: loses a step for anonymous opinion and another for an anonymous first
 * quote.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function anonymousFactual(found: Findings): Outcome {
  const inputs = anonymousPeople(found).flatMap((source) => source.attributions)
  if (inputs.length === 0) {
    return notApplicable('No anonymous sources.', inputs)
  }
  const opinion = found.anonymousOpinion
  const first = found.anonymousFirstQuote
  const raised = (opinion.length > 0 ? 1 : 0) + (first ? 1 : 0)
  const status: CheckStatus = raised === 0 ? 'pass' : raised === 1 ? 'partial' : 'fail'
  const parts = [
    opinion.length > 0 ? `${plural(opinion.length, 'anonymous attribution')} carry opinion` : 'no opinion from anonymous sources',
    first ? 'the first quote is anonymous' : 'the first quote is not anonymous'
  ]
  const evidenceList = [
    ...(first ? [evidence(found.body, first.content ?? first.cue, 'anonymous first quote')] : []),
    ...opinion.map((a) => evidence(found.body, a.content ?? a.cue, 'anonymous opinion'))
  ]
  return {
    status,
    reason: `${parts[0]![0]!.toUpperCase()}${parts[0]!.slice(1)}; ${parts[1]}.`,
    evidence: evidenceList,
    advice: [
      first ? 'Open the quoting with a named source.' : '',
      opinion.length > 0 ? 'Keep anonymous sources to facts; attribute opinions and characterisations to named people.' : ''
    ]
      .filter(Boolean)
      .join(' '),
    inputs
  }
}

/**
 * R5: passes with 3 distinct sources, 2 of them named, partial with 2.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function notSingleSourced(found: Findings): Outcome {
  const inputs = found.attributions
  const count = found.sources.length
  const named = found.sources.filter((source) => !source.anonymous).length
  const status: CheckStatus = count >= 3 && named >= 2 ? 'pass' : count >= 2 ? 'partial' : 'fail'
  return {
    status,
    reason: `${plural(count, 'distinct source')}, ${named} named.`,
    evidence: found.sources.map((source) =>
      sourceEvidence(found, source, `${source.anonymous ? 'anonymous' : 'named'}, ${plural(source.attributions.length, 'attribution')}`)
    ),
    advice:
      count >= 3
        ? `Name at least two of the sources (${named} named now).`
        : `Add independent sources: ${count === 0 ? 'no source is' : `only ${plural(count, 'source')} ${count === 1 ? 'is' : 'are'}`} cited; 3 or more, 2 named, earns full points.`,
    inputs
  }
}

/**
 * R6: passes when at most 10% of statements are unattributed and 90% of
 * direct quotes name their speaker where they start, partial up to 25%
 * unattributed.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function claimsAttributed(found: Findings): Outcome {
  const claims = found.article.claims
  const statements = claims.length + found.attributions.length
  const inputs = found.attributions
  if (statements === 0) {
    return notApplicable('No factual statements found.', inputs)
  }
  const rate = claims.length / statements
  const {compliant, total, late} = found.placement
  const placementOk = total === 0 || compliant / total >= 0.9
  const status: CheckStatus = rate <= 0.1 && placementOk ? 'pass' : rate <= 0.25 ? 'partial' : 'fail'
  const placementText =
    total === 0 ? 'no direct quotes' : `${compliant} of ${plural(total, 'quote')} attributed where the quote starts`
  return {
    status,
    reason: `${claims.length} of ${plural(statements, 'statement')} (${percent(claims.length, statements)}, an estimate) carry no attribution; ${placementText}.`,
    evidence: [
      ...claims.map((claim) => evidence(found.body, claim, 'unattributed claim')),
      ...late.map((a) => evidence(found.body, a.content ?? a.cue, 'speaker named more than a sentence away'))
    ],
    advice:
      claims.length > 0
        ? `Say who or what backs the claim in ¶${found.body.paragraphOf(claims[0]!.start)}${claims.length > 1 ? ` and ${plural(claims.length - 1, 'other')}` : ''}.`
        : 'Name the speaker at the start of each long quote.',
    inputs
  }
}

/**
 * R7: passes with no unsourced hedge, partial with one.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function hedgesSourced(found: Findings): Outcome {
  const unsourced = found.hedges.filter((hedge) => !hedge.sourced)
  const status: CheckStatus = unsourced.length === 0 ? 'pass' : unsourced.length === 1 ? 'partial' : 'fail'
  return {
    status,
    reason:
      found.hedges.length === 0
        ? 'No hedges such as "reportedly" or "is believed to".'
        : `${plural(found.hedges.length, 'hedge')}, ${unsourced.length} naming no person or outlet.`,
    evidence: found.hedges.map((hedge) => evidence(found.body, hedge, hedge.sourced ? 'sourced' : 'unsourced')),
    advice: unsourced[0]
      ? `Say who reports or believes it, or whether it was verified, for "${unsourced[0].text}" (¶${found.body.paragraphOf(unsourced[0].start)}).`
      : null,
    inputs: []
  }
}

/**
 * R8: passes when every mention of other media names the outlet.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function mediaCredited(found: Findings): Outcome {
  const {uncreditedMedia, creditedMedia} = found
  const wire = found.article.wireCredits
  const inputs = creditedMedia
  if (uncreditedMedia.length === 0 && creditedMedia.length === 0 && wire.length === 0) {
    return notApplicable('No material from agencies or other outlets found.', inputs)
  }
  const credits = [...new Set([...wire, ...creditedMedia.map((a) => a.speaker ?? a.source?.text ?? '')])].filter(Boolean)
  return {
    status: uncreditedMedia.length === 0 ? 'pass' : 'fail',
    reason:
      uncreditedMedia.length === 0
        ? `Other media credited by name${credits.length > 0 ? ` (${credits.join(', ')})` : ''}.`
        : `${plural(uncreditedMedia.length, 'mention')} of other media without naming the outlet.`,
    evidence: [
      ...uncreditedMedia.map((match) => evidence(found.body, match, 'outlet not named')),
      ...creditedMedia.map((a) => evidence(found.body, a.source ?? a.cue, 'credited'))
    ],
    advice: uncreditedMedia[0]
      ? `Name the outlet behind "${uncreditedMedia[0].text}" (¶${found.body.paragraphOf(uncreditedMedia[0].start)}).`
      : null,
    inputs
  }
}

/**
 * R9: passes with 2 known role categories and a non-official source, partial
 * with 2 categories.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function diverseVoices(found: Findings): Outcome {
  const inputs = found.attributions
  const roles = [...new Set(found.sources.map((source) => source.role).filter((role) => role !== 'unknown'))]
  const nonOfficial = found.sources.filter(isNonOfficial)
  const status: CheckStatus = roles.length >= 2 && nonOfficial.length > 0 ? 'pass' : roles.length >= 2 ? 'partial' : 'fail'
  return {
    status,
    reason: `${plural(roles.length, 'role category', 'role categories')}${roles.length > 0 ? ` (${roles.sort().join(', ')})` : ''}; ${plural(nonOfficial.length, 'non-official source')}.`,
    evidence: nonOfficial.map((source) => sourceEvidence(found, source, source.role)),
    advice:
      nonOfficial.length === 0
        ? 'Add a voice from outside government: an expert, a business, an advocacy group or someone affected.'
        : 'Add sources from another stakeholder group.',
    inputs
  }
}

/**
 * R10: one step for a named source quoted directly, another for an expert or
 * document source.
 *
 * @param found
 *   Findings of one article.
 * @returns
 *   Outcome of the check.
 */
function expertsAndDirectVoice(found: Findings): Outcome {
  const inputs = found.attributions
  const namedQuote = found.attributions.find((a) => !a.anonymous && a.quote !== 'indirect')
  const experts = found.sources.filter((source) => source.role === 'expert' || source.sourceType === 'document')
  const met = (namedQuote ? 1 : 0) + (experts.length > 0 ? 1 : 0)
  const status: CheckStatus = met === 2 ? 'pass' : met === 1 ? 'partial' : 'fail'
  return {
    status,
    reason: `${namedQuote ? 'A named source is quoted directly' : 'No named source is quoted directly'}; ${plural(experts.length, 'expert or document source')}.`,
    evidence: [
      ...(namedQuote ? [evidence(found.body, namedQuote.source ?? namedQuote.cue, 'named direct quote')] : []),
      ...experts.map((source) => sourceEvidence(found, source, source.role === 'expert' ? 'expert' : 'document'))
    ],
    advice: [
      namedQuote ? '' : 'Quote a named source in their own words.',
      experts.length > 0 ? '' : 'Cite an outside expert, a study or a document readers can check.'
    ]
      .filter(Boolean)
      .join(' '),
    inputs
  }
}
