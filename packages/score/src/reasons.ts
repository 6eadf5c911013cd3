import type {Span} from '@sourcing/schema'

/**
 * How an article explains a source's anonymity (sourcing-standards C3):
 * `substantive` names a risk or the source's position relative to the
 * information; `boilerplate` is a formula such as "not authorized to speak
 * publicly"; `anonymity-only` says the source spoke on condition of anonymity
 * but not why; `none` says nothing.
 */
export type AnonymityReason = 'substantive' | 'boilerplate' | 'anonymity-only' | 'none'

/** A reason that counts as stated: a substantive one, or a formula. */
export type StatedReason = Extract<AnonymityReason, 'substantive' | 'boilerplate'>

/**
 * Formulas the Corbett memo and AP call out: they excuse anonymity by
 * routine, not by a risk to the source.
 */
const boilerplate = new RegExp(
  [
    String.raw`(?:\bnot|n't) (?:been )?(?:authori[sz]ed|allowed|permitted|cleared|empowered)\b`,
    String.raw`\b(?:behind-the-scenes|closed-door|confidential|private|internal) (?:diplomacy|talks|meetings?|negotiations|discussions|deliberations|matters?)\b`,
    String.raw`\b(?:lacked|without|no) (?:the )?authori[sz]ation\b`,
    String.raw`\bsensitiv(?:e|ity)\b`,
    String.raw`\b(?:in line|in keeping|consistent) with (?:\w+ ){0,3}(?:policy|practice|rules|regulations|protocol|guidelines)\b`,
    String.raw`\b(?:department|government|ministry|military|company|agency|office|official) (?:policy|protocol|rules|practice)\b`,
    String.raw`\b(?:yet|publicly) (?:been )?announced\b`,
    String.raw`\bnot (?:yet )?(?:been )?(?:made )?public\b`
  ].join('|'),
  'i'
)

/** A clause that says why: "because", "for fear of", "to protect". */
const explains =
  /\b(?:because|since|as (?:he|she|they|it|the)\b|for fear|fear(?:ing|ed|s)?\b|to protect|to avoid|so as not|lest|due to|given (?:the|that|his|her|their)|out of concern|worried|concerned|risk|reprisal|retaliation|retribution|safety|security reasons|(?:not|n't) (?:authori[sz]ed|allowed|permitted))/i

/**
 * Classify what the article says about why a source is anonymous.
 *
 * @param justification
 *   The span the tagger found, or null.
 * @returns
 *   The class of reason.
 */
export function classifyReason(justification: Pick<Span, 'text'> | null): AnonymityReason {
  if (!justification || justification.text.trim() === '') return 'none'
  if (!explains.test(justification.text)) return 'anonymity-only'
  return boilerplate.test(justification.text) ? 'boilerplate' : 'substantive'
}

/**
 * Whether a reason counts as stated: the standards accept a formula as a
 * reason (it earns partial credit), but not a bare "spoke on condition of
 * anonymity".
 *
 * @param reason
 *   Class of reason.
 * @returns
 *   Whether a reason is given.
 */
export function statesReason(reason: AnonymityReason): reason is StatedReason {
  return reason === 'substantive' || reason === 'boilerplate'
}
