import type {ReadabilityCounts} from '@sourcing/schema'
import type {Nodes, Parent, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {syllable} from 'syllable'
import {daleChallWords, isDaleChallFamiliar, isSpacheFamiliar, spacheWords} from './familiar.js'

/**
 * One sentence as retext-readability 8 counts it: every word node, `value.length`
 * as letters and characters, `syllable` of the word as written, a word of three
 * or more syllables complex unless its first character changes when
 * lowercased, and difficult and unfamiliar words as the words minus the
 * distinct (lowercase) words on the Dale-Chall and Spache lists. These feed
 * {@link hardSentences}.
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
  /** Every sentence of the tree, in order, with retext-readability's counts. */
  sentences: SentenceTally[]
}

/**
 * What a word's spelling contributes wherever it occurs, worked out once per
 * distinct spelling; only whether it is a name depends on where it stands.
 */
interface WordFacts {
  form: Form
  /** `syllable` of the word as written. */
  syllables: number
  /** UTF-16 length, retext-readability's letter and character count. */
  length: number
  /** First character changes when lowercased (retext-readability's proper noun test). */
  capitalised: boolean
  /** `\p{L}` characters; 0 means the word is not a word for the document counts. */
  letters: number
  /** `\p{L}` and `\p{N}` characters (ARI). */
  characters: number
  /** Gunning's complex word (see {@link isComplex}). */
  complex: boolean
  /** Starts with an uppercase letter (a name when not first in its sentence). */
  uppercase: boolean
  daleChallFamiliar: boolean
  spacheFamiliar: boolean
}

/**
 * A lowercase form, shared by its spellings ("The", "the"), since
 * retext-readability counts the distinct lowercase words of a sentence that
 * are on a list. `seen` holds the number of the last sentence the form was
 * counted in, so no set is built per sentence.
 */
interface Form {
  daleChallListed: boolean
  spacheListed: boolean
  seen: number
}

/**
 * Most distinct spellings kept between documents. News vocabulary repeats
 * heavily within and across articles, so nearly every word is a lookup; the
 * caches are emptied before a document once they are over this size, which
 * bounds memory on any corpus.
 */
const cacheSize = 65_536
const wordCache = new Map<string, WordFacts>()
const formCache = new Map<string, Form>()
const syllableCache = new Map<string, number>()

/** Numbers sentences across calls, for {@link Form.seen}. */
let sentenceStamp = 0

const letter = /\p{L}/u
const alphanumeric = /[\p{L}\p{N}]/u
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
 * Alongside, every sentence gets the counts retext-readability 8 makes (see
 * {@link SentenceTally}), so its hard-sentence votes need no second pass.
 *
 * @param tree
 *   nlcst tree from retext-english.
 * @returns
 *   Document counts, plus per-sentence counts as retext-readability makes them.
 */
export function tally(tree: Root): Tally {
  if (wordCache.size > cacheSize) {
    wordCache.clear()
    formCache.clear()
  }
  if (syllableCache.size > cacheSize) syllableCache.clear()

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

  for (const node of collect<Sentence>(tree, 'SentenceNode', [])) {
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
    const stamp = ++sentenceStamp
    let daleChallListed = 0
    let spacheListed = 0
    let documentWords = 0

    for (const word of collect<Word>(node, 'WordNode', [])) {
      const facts = factsOf(word)

      sentence.words++
      sentence.syllables += facts.syllables
      sentence.characters += facts.length
      if (facts.syllables >= 3) {
        sentence.polysyllabicWords++
        if (!facts.capitalised) sentence.complexWords++
      }
      if (facts.form.seen !== stamp) {
        facts.form.seen = stamp
        if (facts.form.daleChallListed) daleChallListed++
        if (facts.form.spacheListed) spacheListed++
      }

      if (facts.letters === 0) continue

      documentWords++
      counts.words++
      counts.syllables += facts.syllables
      counts.letters += facts.letters
      counts.characters += facts.characters
      if (facts.syllables >= 3) {
        counts.polysyllabicWords++
        if (facts.complex) counts.complexWords++
      }

      const name = documentWords > 1 && facts.uppercase
      if (!name && !facts.daleChallFamiliar) counts.daleChallDifficultWords++
      if (!name && !facts.spacheFamiliar) counts.spacheUnfamiliarWords++
    }

    if (documentWords > 0) counts.sentences++
    sentence.daleChallDifficultWords = sentence.words - daleChallListed
    sentence.spacheUnfamiliarWords = sentence.words - spacheListed
    sentences.push(sentence)
  }

  return {counts, sentences}
}

/**
 * Nodes of one type at any depth, in order, not looking inside a match: the
 * sentences of a tree, or the words of a sentence as retext-readability
 * visits them. This is what `unist-util-visit` with `SKIP` does, without its
 * per-node closures and ancestor arrays, which cost a sixth of the pass.
 *
 * @param parent
 *   Node to search in.
 * @param type
 *   Node type to collect.
 * @param found
 *   Array to add them to.
 * @returns
 *   `found`, with the matching nodes added.
 */
function collect<T extends Nodes>(parent: Parent, type: T['type'], found: T[]): T[] {
  for (const child of parent.children) {
    if (child.type === type) found.push(child as T)
    else if ('children' in child) collect(child, type, found)
  }
  return found
}

/**
 * Facts of a word node, from the cache when its spelling was seen before.
 *
 * @param word
 *   Word node.
 * @returns
 *   Its facts.
 */
function factsOf(word: Word): WordFacts {
  // Most words are one text node: skip building and joining an array.
  const only = word.children.length === 1 ? word.children[0]! : undefined
  const value = only?.type === 'TextNode' ? only.value : toString(word)
  let facts = wordCache.get(value)
  if (facts === undefined) {
    facts = describe(value)
    wordCache.set(value, facts)
  }
  return facts
}

/**
 * Work out the facts of a spelling.
 *
 * @param value
 *   Word as written.
 * @returns
 *   Its facts.
 */
function describe(value: string): WordFacts {
  const lower = value.toLowerCase()
  let form = formCache.get(lower)
  if (form === undefined) {
    form = {daleChallListed: daleChallWords.has(lower), spacheListed: spacheWords.has(lower), seen: 0}
    formCache.set(lower, form)
  }
  const syllables = syllablesOf(value)
  const uppercase = uppercaseStart.test(value)
  const familiar = lower.replaceAll('\u2019', "'")
  return {
    form,
    syllables,
    length: value.length,
    capitalised: value.charCodeAt(0) !== lower.charCodeAt(0),
    letters: countMatching(value, letter, false),
    characters: countMatching(value, alphanumeric, true),
    complex: syllables >= 3 && !uppercase && isComplex(value, lower, syllables),
    uppercase,
    daleChallFamiliar: isDaleChallFamiliar(familiar),
    spacheFamiliar: isSpacheFamiliar(familiar)
  }
}

/**
 * Count the characters of a word that are letters (or letters and digits)
 * with one pass over its char codes; only non-ASCII characters need the
 * Unicode-aware pattern.
 *
 * @param value
 *   Word.
 * @param pattern
 *   Single-character test for non-ASCII characters.
 * @param digits
 *   Whether ASCII digits count.
 * @returns
 *   UTF-16 code units of the matching characters.
 */
function countMatching(value: string, pattern: RegExp, digits: boolean): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x80) {
      const lower = code | 0x20
      if ((lower >= 0x61 && lower <= 0x7a) || (digits && code >= 0x30 && code <= 0x39)) count++
      continue
    }
    const point = value.codePointAt(index)!
    const units = point > 0xffff ? 2 : 1
    if (pattern.test(String.fromCodePoint(point))) count += units
    index += units - 1
  }
  return count
}

/**
 * `syllable`, remembered: it runs a dozen regexes per word. Spellings are
 * cached in {@link factsOf} already; this cache also serves the stems that
 * {@link isComplex} measures.
 *
 * @param value
 *   Word.
 * @returns
 *   Syllable count.
 */
function syllablesOf(value: string): number {
  let count = syllableCache.get(value)
  if (count === undefined) {
    count = syllable(value)
    syllableCache.set(value, count)
  }
  return count
}

/**
 * Gunning's complex word, for a word of three or more syllables that is not
 * capitalised: not a hyphenated compound, nor pushed to three syllables by a
 * verb or plural ending.
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
  if (value.includes('-')) return false
  const ending = inflectedEnding.exec(lower)
  if (ending && syllables === 3) return syllablesOf(lower.slice(0, ending.index)) >= 3
  return true
}
