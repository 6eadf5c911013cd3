import type {Attribution, Evidence, Span, TaggedArticle} from '@sourcing/schema'
import {indexBody, type Body, type Range} from './body.js'
import {
  characterisingCuePattern,
  findAll,
  hedgePattern,
  opinionPattern,
  pluralSourcesPattern,
  uncreditedMediaPattern,
  type Match
} from './patterns.js'
import {statesReason} from './reasons.js'
import {groupSources, isAnonymousPerson, type Source} from './sources.js'

/** The kinds of problem the report lists under "Flags". */
export const flagKinds = [
  'bare-anonymous-source',
  'anonymous-without-reason',
  'formulaic-reason',
  'anonymous-opinion',
  'anonymous-first-quote',
  'unsourced-hedge',
  'unattributed-claim',
  'uncredited-media',
  'plural-sources'
] as const

export type FlagKind = (typeof flagKinds)[number]

/** One flagged phrase: what is wrong, where (exact phrase and paragraph). */
export interface Flag extends Evidence {
  kind: FlagKind
}

/** A hedge phrase and whether its sentence names who stands behind it. */
export interface Hedge extends Match {
  sourced: boolean
}

/**
 * Everything the checks, metrics and report need, worked out once per
 * article.
 */
export interface Findings {
  article: TaggedArticle
  body: Body
  /** Attributions in text order. */
  attributions: Attribution[]
  sources: Source[]
  hedges: Hedge[]
  uncreditedMedia: Match[]
  /** Attributions that quote another outlet by name. */
  creditedMedia: Attribution[]
  /** Anonymous attributions whose content is opinion or characterisation. */
  anonymousOpinion: Attribution[]
  /** The first direct or mixed quote, when it is anonymous. */
  anonymousFirstQuote: Attribution | null
  /** Direct quotes, and those whose speaker is named in the quote's sentence or next to it. */
  placement: {compliant: number; total: number; late: Attribution[]}
  flags: Flag[]
}

/**
 * Work out the findings of one tagged article.
 *
 * @param article
 *   Article after the tag stage.
 * @returns
 *   Findings.
 */
export function findings(article: TaggedArticle): Findings {
  const body = indexBody(article)
  const attributions = article.attributions.toSorted((a, b) => a.cue.start - b.cue.start)
  const sources = groupSources(attributions)
  const hedges = findHedges(body, attributions)
  const uncreditedMedia = findUncreditedMedia(body, attributions)
  const creditedMedia = attributions.filter((a) => a.role === 'media' && !a.anonymous)
  const anonymousOpinion = attributions.filter(isAnonymousOpinion)
  const firstQuote = attributions.find((a) => a.quote !== 'indirect')
  const anonymousFirstQuote = firstQuote?.anonymous ? firstQuote : null
  const placement = quotePlacement(attributions, body)
  const flags = raiseFlags({article, body, sources, hedges, uncreditedMedia, anonymousOpinion, anonymousFirstQuote})

  return {
    article,
    body,
    attributions,
    sources,
    hedges,
    uncreditedMedia,
    creditedMedia,
    anonymousOpinion,
    anonymousFirstQuote,
    placement,
    flags
  }
}

/**
 * Mentions of other media that name no outlet: the phrases the pattern finds
 * in the body ("local media reported"), and the source of every anonymous
 * media attribution the pattern missed.
 *
 * @param body
 *   Indexed body.
 * @param attributions
 *   Attributions in text order.
 * @returns
 *   The mentions, in text order.
 */
function findUncreditedMedia(body: Body, attributions: readonly Attribution[]): Match[] {
  const found = findAll(uncreditedMediaPattern, body.text)
  for (const attribution of attributions) {
    if (attribution.role === 'media' && attribution.anonymous && attribution.source) {
      if (!found.some((match) => overlaps(match, attribution.source!))) {
        found.push({...attribution.source})
      }
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Whether an attribution gives opinion or characterisation from an anonymous
 * person (R4): its content reads as opinion, or its cue characterises.
 *
 * @param attribution
 *   Attribution.
 * @returns
 *   Whether the opinion is anonymous.
 */
function isAnonymousOpinion(attribution: Attribution): boolean {
  return (
    attribution.anonymous &&
    attribution.source !== null &&
    attribution.role !== 'media' &&
    ((attribution.content !== null && opinionPattern.test(attribution.content.text)) ||
      characterisingCuePattern.test(attribution.cue.text))
  )
}

/**
 * The flags of one article, in text order (kinds in `flagKinds` order at one
 * place).
 *
 * @param found
 *   The findings the flags come from.
 * @returns
 *   Flags.
 */
function raiseFlags(
  found: Pick<
    Findings,
    'article' | 'body' | 'sources' | 'hedges' | 'uncreditedMedia' | 'anonymousOpinion' | 'anonymousFirstQuote'
  >
): Flag[] {
  const {article, body, sources, hedges, uncreditedMedia, anonymousOpinion, anonymousFirstQuote} = found
  const flags: Flag[] = []
  const flag = (kind: FlagKind, span: Span, note: string | null) => flags.push({kind, ...evidence(body, span, note)})

  const people = sources.filter(isAnonymousPerson)
  for (const source of people) {
    const first = source.attributions[0]!
    const mention = first.source ?? first.cue
    if (source.specificity === 0) flag('bare-anonymous-source', mention, 'names no affiliation, role or reason to know')
    if (!statesReason(source.reason)) {
      flag(
        'anonymous-without-reason',
        source.justification ?? mention,
        source.reason === 'anonymity-only' ? 'anonymity noted, but not why it was granted' : 'no reason for anonymity given'
      )
    } else if (source.reason === 'boilerplate') {
      flag('formulaic-reason', source.justification!, 'a formula, not a risk to the source')
    }
  }
  for (const attribution of anonymousOpinion) {
    flag('anonymous-opinion', attribution.content ?? attribution.cue, 'opinion or characterisation from an anonymous source')
  }
  if (anonymousFirstQuote) {
    flag('anonymous-first-quote', anonymousFirstQuote.content ?? anonymousFirstQuote.cue, 'the first quote is anonymous')
  }
  for (const hedge of hedges) if (!hedge.sourced) flag('unsourced-hedge', hedge, 'names no person or outlet')
  for (const claim of article.claims) flag('unattributed-claim', claim, null)
  for (const match of uncreditedMedia) flag('uncredited-media', match, 'names no outlet')
  if (people.length === 1) {
    for (const match of findAll(pluralSourcesPattern, body.text)) {
      flag('plural-sources', match, '"sources" in the plural, but only one anonymous descriptor: check it is not one person')
    }
  }
  return flags.sort((a, b) => a.start - b.start || flagKinds.indexOf(a.kind) - flagKinds.indexOf(b.kind))
}

/**
 * Hedge phrases in the body and in the attributions; a hedge is sourced when
 * its sentence also holds the source mention of a named attribution.
 *
 * @param body
 *   Body index.
 * @param attributions
 *   Attributions in text order.
 * @returns
 *   Hedges in text order, one per phrase.
 */
function findHedges(body: Body, attributions: readonly Attribution[]): Hedge[] {
  const namedSentences = new Set(
    attributions.filter((a) => !a.anonymous && a.source).map((a) => body.sentenceOf(a.source!.start))
  )
  const byStart = new Map<number, Match>()
  const found = findAll(hedgePattern, body.text)
  for (const match of found) byStart.set(match.start, match)
  for (const attribution of attributions) {
    for (const hedge of attribution.hedges) {
      // A hedge the cleaner removed, or one the pattern already found.
      if (body.text.slice(hedge.start, hedge.end).trim() === '') continue
      if (!found.some((match) => overlaps(match, hedge))) byStart.set(hedge.start, hedge)
    }
  }
  return [...byStart.values()]
    .sort((a, b) => a.start - b.start)
    .map((match) => ({...match, sourced: namedSentences.has(body.sentenceOf(match.start))}))
}

/**
 * Direct and mixed quotes whose cue is in the quote's first sentence, or the
 * sentence just before or after it (AP and Reuters: say who is speaking at
 * the start of the quote, not three sentences on).
 *
 * @param attributions
 *   Attributions.
 * @param body
 *   Body index.
 * @returns
 *   Compliant count, total and the late ones.
 */
function quotePlacement(attributions: readonly Attribution[], body: Body): Findings['placement'] {
  const late: Attribution[] = []
  let total = 0
  for (const attribution of attributions) {
    if (attribution.quote === 'indirect' || attribution.content === null) continue
    total++
    const distance = body.sentenceOf(attribution.cue.start) - body.sentenceOf(attribution.content.start)
    if (Math.abs(distance) > 1) late.push(attribution)
  }
  return {compliant: total - late.length, total, late}
}

/**
 * Evidence for a span of the article: the phrase, where it is, and what it
 * shows. Checks and flags both point at the text this way.
 *
 * @param body
 *   Body index (for the paragraph number).
 * @param span
 *   Span of the phrase.
 * @param note
 *   What the phrase shows, or null.
 * @returns
 *   Evidence.
 */
export function evidence(body: Body, span: Span, note: string | null): Evidence {
  return {start: span.start, end: span.end, text: span.text, paragraph: body.paragraphOf(span.start), note}
}

/**
 * Whether two ranges share any offset.
 *
 * @param a
 *   Range.
 * @param b
 *   Range.
 * @returns
 *   Whether they overlap.
 */
function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end
}
