import type {ReadabilityCounts} from '@sourcing/schema'
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {syllable} from 'syllable'
import {SKIP, visit} from 'unist-util-visit'
import {daleChallWords, isDaleChallFamiliar, isSpacheFamiliar, spacheWords} from './familiar.js'

/**
 * One sentence as retext-readability sees it: its own counts (every word
 * node, `value.length` as letters and characters, capitalised words never
 * complex, difficult and unfamiliar words as the words minus the distinct
 * listed ones), kept so the caller can rule out sentences that cannot be
 * hard before paying for retext-readability.
 */
export interface SentenceTally {
  node: Sentence
  words: number
  syllables: number
  characters: number
  polysyllabicWords: number
  complexWords: number
  daleChallDifficultWords: number
  spacheUnfamiliarWords: number
}

export interface Tally {
  counts: ReadabilityCounts
  sentences: SentenceTally[]
}

const nonLetter = /[^\p{L}]/gu
const nonAlphanumeric = /[^\p{L}\p{N}]/gu
const uppercaseStart = /^\p{Lu}/u
const inflectedEnding = /(?:e[ds]|ing)$/

/**
 * Count everything the formulas need in one walk of the tree.
 *
 * Document counts follow the formulas' own definitions rather than
 * retext-readability's shortcuts: a word has at least one letter (figures
 * such as "1,100" are not words the formulas were calibrated on, and
 * `syllable` gives them none); letters are `\p{L}`; characters (for ARI) are
 * letters and digits; a complex word (Gunning fog) has three or more
 * syllables, is not capitalised, not hyphenated and not three syllables only
 * through `-ed`, `-es` or `-ing`; Dale-Chall difficult and Spache unfamiliar
 * words are counted per token (not per distinct word), where regular
 * inflections of a listed word, capitalised words inside a sentence (names)
 * and contractions written with a curly apostrophe count as familiar.
 *
 * @param tree
 *   nlcst tree from retext-english.
 * @returns
 *   Document counts, plus per-sentence counts as retext-readability makes them.
 */
export function tally(tree: Root): Tally {
  const counts: ReadabilityCounts = {
    sentences: 0,
    words: 0,
    syllables: 0,
    letters: 0,
    characters: 0,
    polysyllabicWords: 0,
    complexWords: 0,
    daleChallDifficultWords: 0,
    spacheUnfamiliarWords: 0
  }
  const sentences: SentenceTally[] = []

  visit(tree, 'SentenceNode', function (node) {
    const sentence: SentenceTally = {
      node,
      words: 0,
      syllables: 0,
      characters: 0,
      polysyllabicWords: 0,
      complexWords: 0,
      daleChallDifficultWords: 0,
      spacheUnfamiliarWords: 0
    }
    const daleChallListed = new Set<string>()
    const spacheListed = new Set<string>()
    let documentWords = 0

    for (const child of node.children) {
      if (child.type !== 'WordNode') continue
      const value = toString(child)
      const lower = value.toLowerCase()
      const syllables = syllablesOf(lower)
      const capitalised = value.charCodeAt(0) !== lower.charCodeAt(0)

      sentence.words++
      sentence.syllables += syllables
      sentence.characters += value.length
      if (syllables >= 3) {
        sentence.polysyllabicWords++
        if (!capitalised) sentence.complexWords++
      }
      if (daleChallWords.has(lower)) daleChallListed.add(lower)
      if (spacheWords.has(lower)) spacheListed.add(lower)

      const letters = value.replace(nonLetter, '').length
      if (letters === 0) continue

      documentWords++
      counts.words++
      counts.syllables += syllables
      counts.letters += letters
      counts.characters += value.replace(nonAlphanumeric, '').length

      if (syllables >= 3) {
        counts.polysyllabicWords++
        if (isComplex(value, lower, syllables)) counts.complexWords++
      }

      const name = documentWords > 1 && uppercaseStart.test(value)
      const word = lower.replaceAll('\u2019', "'")
      if (!name && !isDaleChallFamiliar(word)) counts.daleChallDifficultWords++
      if (!name && !isSpacheFamiliar(word)) counts.spacheUnfamiliarWords++
    }

    if (documentWords > 0) counts.sentences++
    if (sentence.words > 0) {
      sentence.daleChallDifficultWords = sentence.words - daleChallListed.size
      sentence.spacheUnfamiliarWords = sentence.words - spacheListed.size
      sentences.push(sentence)
    }
    return SKIP
  })

  return {counts, sentences}
}

/** Most distinct words kept by {@link syllablesOf} before it starts afresh. */
const syllableCacheSize = 65_536
const syllableCache = new Map<string, number>()

/**
 * `syllable`, remembered: it runs a dozen regexes per word and is the largest
 * cost of counting, while news vocabulary repeats heavily within and across
 * articles. The cache is emptied when full, so memory stays bounded on any
 * corpus.
 *
 * @param lower
 *   Lowercase word (`syllable` ignores case).
 * @returns
 *   Syllable count.
 */
function syllablesOf(lower: string): number {
  let count = syllableCache.get(lower)
  if (count === undefined) {
    if (syllableCache.size >= syllableCacheSize) syllableCache.clear()
    count = syllable(lower)
    syllableCache.set(lower, count)
  }
  return count
}

/**
 * Gunning's complex word: three or more syllables, but not a proper noun, a
 * hyphenated compound, or a word pushed to three syllables by a verb or
 * plural ending.
 *
 * @param value
 *   Word as written.
 * @param lower
 *   Lowercase word.
 * @param syllables
 *   Its syllable count.
 * @returns
 *   Whether the word is complex.
 */
function isComplex(value: string, lower: string, syllables: number): boolean {
  if (uppercaseStart.test(value) || value.includes('-')) return false
  const ending = inflectedEnding.exec(lower)
  if (ending && syllables === 3) return syllablesOf(lower.slice(0, ending.index)) >= 3
  return true
}
