import type {Offsets} from './frames.js'
import {anonymityPattern, formulaicPattern, knowledgePattern, reasonPattern} from './words.js'

/** A sentence's statement that a source is unnamed, and why. */
export interface AnonymityNote {
  /** Offset of the marker ("on condition of anonymity"). */
  at: number
  /** The reason given, null when none is. */
  justification: Offsets | null
}

const anonymityHint = /anonym|authori[sz]|allowed|permitted|cleared|name|identified|background/i
const knowledgeHint = /knowledge|familiar|briefed|involved|close to|privy|aware|attended|present|access/i
const eitherHint = new RegExp(`${anonymityHint.source}|${knowledgeHint.source}`, 'gi')
/** Where a reason for anonymity ends: the next clause, or the sentence's end. */
const clauseEnd = /[,;]\s|[.!?]["”’]?\s*$/
const trailingMark = /[\s.!?,;"”’]/
/** A fear stated before the marker, in the same clause: "a refugee who feared reprisals and asked not to be named". */
const fearBefore = /\b(?:fear(?:ed|ing|s)?|for fear of|afraid of)\b[^,;]*?(?=\s+and\s*$)/i

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
  const rest = sentence.slice(after)
  const reason = reasonPattern.exec(rest)
  let start = -1
  if (reason) start = after + reason.index
  else if (formulaicPattern.test(marker[0] + sentence.slice(after, after + 40))) start = marker.index
  if (start < 0) {
    const fear = fearBefore.exec(sentence.slice(0, marker.index))
    const justification = fear ? {start: offset + fear.index, end: offset + fear.index + fear[0].length} : null
    return {at: offset + marker.index, justification}
  }
  let end = sentence.length
  const clause = clauseEnd.exec(sentence.slice(start))
  if (clause) end = start + clause.index
  while (end > start && trailingMark.test(sentence[end - 1]!)) end--
  return {at: offset + marker.index, justification: {start: offset + start, end: offset + end}}
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
