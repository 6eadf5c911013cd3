import type {Offsets} from './frames.js'
import {anonymityPattern, formulaicPattern, knowledgePattern, reasonPattern} from './words.js'

/** A sentence's statement that a source is unnamed, and why. */
export interface AnonymityNote {
  /** Offset of the marker ("on condition of anonymity"). */
  at: number
  /** Offset of the marker's end. */
  end: number
  /** The reason given, null when none is. */
  justification: Offsets | null
  /**
   * The marker itself as the reason, when it says one ("who was not authorised to speak publicly"): what
   * stands when the reason found after it belongs to what the source said ("…, said that shipments were
   * held up because of a dispute over fees").
   */
  markerReason: Offsets | null
}

/** Words one of the anonymity markers needs: a cheap test before the full pattern. */
const anonymityHint = /anonym|authori[sz]|allowed|permitted|cleared|supposed|entitled|empowered|liberty|permission|clearance|approval|authority|name|naming|identi|pseudonym|initials|background|record|attribution/i
const knowledgeHint = /knowledge|familiar|briefed|involved|close to|privy|aware|attended|present|access/i
const eitherHint = new RegExp(`${anonymityHint.source}|${knowledgeHint.source}`, 'gi')
/**
 * Terms agreed with the outlet that keep the source unnamed, which are the reason the article gives when
 * it gives no other: "under ground rules that did not allow for his name to be used".
 */
const agreedTerms = /^(?:under|on) (?:the |an? )?(?:ground[ -]?rules|terms|agreement|arrangement|understanding)\b/i
/** Where a reason for anonymity ends: the next clause, or the sentence's end. */
const clauseEnd = /[,;]\s|[.!?]["”’]?\s*$/
const trailingMark = /[\s.!?,;"”’]/
/** A fear stated before the marker, in the same clause: "a refugee who feared reprisals and asked not to be named". */
const fearBefore = /\b(?:fear(?:ed|ing|s)?|for fear of|afraid of)\b[^,;]*?(?=\s+and(?:\s+\w+)?\s*$)/i
/**
 * A reason fronted before the clause with the marker: "Fearing reprisals, the woman asked not to be named".
 * Not "As" or "Since", which open clauses of time more often than of cause.
 */
const frontedReason = /(?<=^[\s"“‘']*)(?:fearing|afraid|worried|concerned|for fear|out of (?:\w+ )?(?:fear|concern)|because|citing|to (?:protect|avoid|shield|spare)|lest|given)\b[^,;]*(?=[,;])/i

/**
 * Offsets of the words an anonymity note or a knowledge phrase needs, found
 * in one pass over the whole text so that sentences without any are skipped.
 *
 * @param text The whole text.
 * @returns Offsets in text order.
 */
export function hintOffsets(text: string): number[] {
  return Array.from(text.matchAll(eitherHint), (match) => match.index)
}

/**
 * Find where a sentence says a source's name is withheld, and the reason it
 * gives ("because she was not allowed to discuss the audit").
 *
 * @param sentence Text of the sentence.
 * @param offset Offset of the sentence in the whole text.
 */
export function anonymityNote(sentence: string, offset: number): AnonymityNote | null {
  if (!anonymityHint.test(sentence)) return null
  const marker = anonymityPattern.exec(sentence)
  if (!marker) return null
  const after = marker.index + marker[0].length
  const reason = reasonPattern.exec(sentence.slice(after))
  const ownReason = formulaicPattern.test(marker[0] + sentence.slice(after, after + 40)) || agreedTerms.test(marker[0])
  const markerReason = ownReason ? clauseFrom(sentence, marker.index, offset) : null
  const note = {at: offset + marker.index, end: offset + after, markerReason}
  if (reason) return {...note, justification: clauseFrom(sentence, after + reason.index, offset)}
  if (markerReason) return {...note, justification: markerReason}
  const head = sentence.slice(0, marker.index)
  const before = fearBefore.exec(head) ?? frontedReason.exec(head)
  return {...note, justification: before ? {start: offset + before.index, end: offset + before.index + before[0].length} : null}
}

/**
 * Offsets of the clause of a sentence that starts at `start`, up to the next clause or the sentence's end.
 *
 * @param sentence Text of the sentence.
 * @param start Where the clause starts in it.
 * @param offset Offset of the sentence in the whole text.
 */
function clauseFrom(sentence: string, start: number, offset: number): Offsets {
  let end = sentence.length
  const clause = clauseEnd.exec(sentence.slice(start))
  if (clause) end = start + clause.index
  while (end > start && trailingMark.test(sentence[end - 1]!)) end--
  return {start: offset + start, end: offset + end}
}

/**
 * Offset of a phrase saying why a source is in a position to know ("who were
 * briefed on the plan"), or -1.
 */
export function knowledgeAt(sentence: string, offset: number): number {
  if (!knowledgeHint.test(sentence)) return -1
  const match = knowledgePattern.exec(sentence)
  return match ? offset + match.index : -1
}

/** Whether a justification is the boilerplate "not authorized to speak publicly". */
export function isFormulaic(justification: string): boolean {
  return formulaicPattern.test(justification)
}

/**
 * A sentence that gives the reason for the anonymity the one before it noted, about the same source: "He
 * feared reprisals.", "They are worried about their jobs.", "The official is not cleared to brief reporters."
 */
const reasonSentence =
  /^[\s"“]*(?:he|she|they|the \w+(?: \w+)?) (?:(?:is|was|are|were|has|have|had|still|also|remains?|remained|said (?:he|she|they)) )*(?:fears?|feared|fearing|afraid|worried|concerned|(?:not|never) (?:authori[sz]ed|allowed|permitted|cleared|supposed|entitled|at liberty) to)\b/i

/**
 * The reason a sentence gives for the previous sentence's anonymity, when it opens with one, or null.
 *
 * @param sentence Text of the sentence after the note.
 * @param offset Offset of the sentence in the whole text.
 */
export function followingReason(sentence: string, offset: number): Offsets | null {
  const match = reasonSentence.exec(sentence)
  if (!match) return null
  let end = sentence.length
  while (end > 0 && trailingMark.test(sentence[end - 1]!)) end--
  const start = match[0].length - match[0].trimStart().length
  return {start: offset + start, end: offset + end}
}

/**
 * A statement of anonymity about everyone the article quotes, or one kind of them, rather than about one
 * source: its subject is the article's people as a class, picked out by being interviewed, quoted or
 * named in the piece ("Those interviewed asked that their names not be used", "The soldiers quoted in
 * this story are identified by first name only", "Some names have been changed"). Not a subject that is
 * one person or a pronoun ("The nurse asked not to be named", "Their names were withheld"). A plural
 * with no article must be followed by its participle, with no agent or object after it ("Workers interviewed
 * for this story ...", not "Officials interviewed by the committee" nor "Guards cited the danger"). Two kinds
 * may share the note: "Diplomats and officials quoted in this article were granted anonymity".
 */
const blanketSubject =
  /^[\s"“]*(?:editor['’]?s? note:?\s*)?(?:(?:some|all|many|most|several) (?:of )?)?(?:(those|everyone|everybody|anyone|people|others|(?:the (?:other |\w+ )?|(?=\w{3,}(?: and \w{3,})? (?:interviewed|quoted|featured)\b(?! (?:by|the|a|an|his|her|their|its|this|that|these|those)\b)))(?!names\b)(\w+(?:s|men|ren)|staff|police|crew)(?: and (\w+(?:s|men|ren)|staff|police|crew))?|(?:the |some |all |other |their )?(?:real |full |last |sur)?(names))\b(?: (?:of|for) (?:the |some |all |several )?(?:(?:\w+ ){0,2}?(\w+(?:s|men|ren))\b)?)?[^.,;:]{0,60}?\b(?:interviewed|quoted|cited|featured|in (?:this|the) (?:story|article|report|piece|feature|series|film|documentary|book)|who (?:spoke|talked|agreed)\b)|(?:the |some |all |other )?(?:real |full |last |sur)?names\b)/i

/** Between a blanket subject and its marker, a clause or reporting verb that leaves the subject: "People interviewed said an aide, speaking anonymously ...". */
const leavesSubject = /[,;]|\b(?:said|says|say|told|tell)\b/i

/** Words for everyone quoted, which stand for no kind of source in particular. */
const anyoneWords = new Set(['those', 'everyone', 'everybody', 'anyone', 'people', 'others', 'names', 'sources', 'interviewees'])

/**
 * The kinds of source a blanket statement of anonymity covers: the plural nouns that name them ("soldiers"),
 * none for everyone quoted, null when the note is about one source.
 *
 * @param sentence Text of the sentence holding the note.
 * @param noteAt Offset of the note's marker in the sentence, which the subject's clause must reach.
 */
export function blanketKinds(sentence: string, noteAt: number): string[] | null {
  const match = blanketSubject.exec(sentence)
  if (!match) return comparedKinds(sentence)
  // The people's subject ends before the note that follows it; names are the note's own subject ("Names have been changed").
  if (!match[4] && !/names$/i.test(match[0]) && (match[0].length > noteAt || leavesSubject.test(sentence.slice(match[0].length, noteAt)))) return null
  const nouns = match[5] ? [match[5]] : match[2] ? [match[2], match[3]] : [match[1] ?? match[4]]
  return kindsOf(nouns)
}

/**
 * The kinds of source that nouns of a blanket statement name: none when one of them stands for everyone
 * quoted ("sources", "those").
 *
 * @param nouns Plural nouns of the statement's subject or object.
 */
export function kindsOf(nouns: Array<string | undefined>): string[] {
  const kinds = nouns.flatMap((noun) => (noun ? [noun.toLowerCase()] : []))
  return kinds.some((kind) => anyoneWords.has(kind)) ? [] : kinds
}

/**
 * A note on one source likened to everyone else the article quotes: "That person, like others quoted in
 * this article, spoke on condition of anonymity", "as did the others interviewed", "like the other officials
 * quoted here". "The other(s)" or a participle of being quoted says the people are the article's own, not
 * people in general ("like other officials, he declined to be named" is about him alone).
 */
const likenedToOthers =
  /\b(?:like|as did|as have|as do|as were|as with|along with)\s+(?:(?:all|most|many|several) (?:of )?)?(?:(the )?(?:others|other (\w+(?:s|men|ren)|staff|police|crew))|(the) rest(?: of the (\w+(?:s|men|ren)|staff|police|crew))?)\b(\s+(?:who (?:were |have been )?)?(?:quoted|interviewed|cited|contacted|featured|named|mentioned|approached|who spoke|in (?:this|the) (?:story|article|report|piece|feature|series))\b)?/i

/** The kinds a note likened to the article's other sources covers, none for everyone; null when it is likened to no one. */
function comparedKinds(sentence: string): string[] | null {
  const match = likenedToOthers.exec(sentence)
  if (!match) return null
  const definite = match[1] !== undefined || match[3] !== undefined
  if (!definite && match[5] === undefined) return null
  return kindsOf([match[2] ?? match[4]])
}
