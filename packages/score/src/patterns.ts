import type {Range} from './body.js'

/** A phrase found in the body text, with its offsets. */
export interface Match extends Range {
  text: string
}

/**
 * Hedges that distance the writer from a claim without saying who makes it
 * (sourcing-standards C7). "Could not be independently verified" is left out
 * on purpose: it states the verification status, which is what the BBC asks
 * for, so it is calibration, not an unsourced hedge.
 */
export const hedgePattern =
  /\b(?:reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were|been|being) (?:widely |generally )?(?:believed|said|thought|understood|alleged|reported|rumou?red) to|according to (?:unconfirmed |unverified |some |several |media |press |news )?reports|unconfirmed reports?|it is (?:believed|understood|thought|said) that)\b/gi

/**
 * Material from other media that does not name the outlet
 * (sourcing-standards C8): "according to local media", "media reports said",
 * "citing unnamed reports".
 */
export const uncreditedMediaPattern =
  /\b(?:(?:according to|citing|cited|quoted by|quoted in|told) (?:(?:unnamed|local|state|state-run|state-owned|official|foreign|international|regional|national|western|some|several|other|various|news|media|press) ){1,3}(?:reports?|media|outlets?|newspapers?|news agenc(?:y|ies)|agenc(?:y|ies)|broadcasters?|television|press|websites?)|(?:media|press|news) reports? (?:said|say|says|suggested|suggest|indicated|claimed|have said|had said)|it was (?:widely )?reported)\b/gi

/** Opinion or characterisation in an anonymous source's content (C4). */
export const opinionPattern =
  /\b(?:should(?:n't| not)?|ought to|must|believes?|thinks?|feels?|(?:a |an )?(?:mistake|disaster|failure|fiasco|blunder|disgrace)|reckless|irresponsible|incompetent|naive|unacceptable|outrageous|ridiculous|absurd|shameful|disgraceful|foolish|stupid|clueless|arrogant|pathetic|unfit|dishonest|corrupt|cowardly|hypocritical|disastrous|terrible|awful|brilliant|excellent|impressive|admirable|liar|lied|lying)\b/i

/** Reporting verbs that themselves characterise (C4). */
export const characterisingCuePattern =
  /\b(?:critici[sz]|praise|slamm?|blast|lambast|accus|attack|mock|ridicul|denounc|condemn|dismiss)/i

/** Several unnamed sources, which C12 asks to check against a single descriptor. */
export const pluralSourcesPattern = /\bsources (?:said|say|says|told|familiar|close)\b/gi

/**
 * All matches of a global pattern in a text.
 *
 * @param pattern
 *   Regular expression with the `g` flag.
 * @param text
 *   Text to search.
 * @returns
 *   Matches with offsets.
 */
export function findAll(pattern: RegExp, text: string): Match[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0]
  }))
}
