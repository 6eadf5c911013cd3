import type {Sentence, Token} from './tokens.js'
import {leadingDigit, weekdaysAndMonths, witnessPattern, year} from './words.js'

const quantityWords = /^(hundreds|thousands|dozens|millions|billions|scores|tens)$/
const superlatives = /^(highest|deadliest|largest|biggest|worst|most|highest-ranking|fewest|lowest)$/
const sentenceEnd = /^[.!?]$/

/**
 * Whether a sentence states a contestable factual claim the writer would need
 * a source for: a figure that is not a date, or a superlative, in a full body
 * sentence that no reporter saw for themselves.
 *
 * @param sentence The sentence.
 * @param text The whole text.
 */
export function isCheckableClaim(sentence: Sentence, text: string): boolean {
  const tokens = sentence.tokens
  if (!sentenceEnd.test(tokens.at(-1)!.value)) return false
  if (tokens.filter((token) => token.word).length < 8) return false
  const figure = tokens.some((token, index) => token.word && isFigure(token, tokens, index))
  return figure && !witnessPattern.test(text.slice(sentence.start, sentence.end))
}

function isFigure(token: Token, tokens: Token[], index: number): boolean {
  if (quantityWords.test(token.lower) || superlatives.test(token.lower)) return true
  if (!leadingDigit.test(token.value)) return false
  if (year.test(token.value)) return false
  const near = [tokens[index - 1], tokens[index + 1]]
  return !near.some((other) => other !== undefined && weekdaysAndMonths.has(other.lower))
}
