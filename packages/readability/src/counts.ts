import type {ReadabilityCounts} from '@sourcing/schema'
import type {Nodes, Parent, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {syllable} from 'syllable'
import {daleChallWords, isDaleChallFamiliar, isSpacheFamiliar, spacheWords} from './familiar.js'
import {SpellingTable} from './spellings.js'

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

/** What {@link tally} counts in a tree: the document's totals and each sentence's. */
export interface Tally {
  counts: ReadabilityCounts
  /** Every sentence of the tree, in order, with retext-readability's counts. */
  sentences: SentenceTally[]
}

/**
 * What a spelling contributes wherever it occurs is worked out once and kept
 * in one row of {@link facts}, found through {@link wordIds}; only whether
 * the word is a name depends on where it stands. Rows are packed integers
 * rather than an object per spelling (and a second per lowercase form) so a
 * lookup reads one map entry and one small row: after a parse has allocated
 * most of a megabyte, each of those objects was a separate cache miss, and the
 * lookups cost more than the parse's share of the words.
 *
 * A row is four 32-bit fields:
 *
 * * `flags`: the bits below, and above them the number of the word's
 *   lowercase form on the Dale-Chall or Spache list (see {@link listedForms}),
 *   0 when it is on neither;
 * * `syllable` of the word as written;
 * * `\p{L}` characters (0: not a word for the document counts);
 * * `\p{L}` and `\p{N}` characters (ARI).
 *
 * retext-readability's letter and character count is `value.length`, read
 * from the string itself.
 */
const rowSize = 4
const syllablesField = 1
const lettersField = 2
const charactersField = 3

/** First character changes when lowercased (retext-readability's proper noun test). */
const capitalisedBit = 1
/** Starts with an uppercase letter (a name when not first in its sentence). */
const uppercaseBit = 2
/** Gunning's complex word (see {@link isComplex}). */
const complexBit = 4
const daleChallFamiliarBit = 8
const spacheFamiliarBit = 16
/** The lowercase form is on the Dale-Chall list itself (not through an inflection). */
const daleChallListedBit = 32
const spacheListedBit = 64
const listedFormShift = 7

/**
 * Numbers of the lowercase forms on either list, from 1, since
 * retext-readability counts the distinct lowercase words of a sentence that
 * are on a list: {@link formSeen} holds, per form, the last sentence it was
 * counted in, so no set is built per sentence.
 */
const listedForms = new Map<string, number>()
for (const word of [...daleChallWords, ...spacheWords]) {
  if (!listedForms.has(word)) listedForms.set(word, listedForms.size + 1)
}
// Float64 so sentence numbers stay exact however many documents are read.
const formSeen = new Float64Array(listedForms.size + 1)

/**
 * Most distinct spellings kept between documents. News vocabulary repeats
 * heavily within and across articles, so nearly every word is a lookup; the
 * caches are emptied before a document once they are over this size, which
 * bounds memory on any corpus.
 */
const cacheSize = 65_536
/** Spelling to row number in {@link facts}. */
const wordIds = new Map<string, number>()
let facts = new Int32Array(cacheSize * rowSize)
/**
 * Copies of the rows of short ASCII spellings, found without hashing a
 * string or reading the `Map` (see {@link SpellingTable}): room for all
 * {@link cacheSize} spellings.
 */
const shortSpellings = new SpellingTable(17)
const syllableCache = new Map<string, number>()

/** Numbers sentences across calls, for {@link formSeen}. */
let sentenceStamp = 0

const letter = /\p{L}/u
const alphanumeric = /[\p{L}\p{N}]/u
const uppercaseStart = /^\p{Lu}/u
const inflectedEnding = /(?:e[ds]|ing)$/
/** ASCII, with curly apostrophes, which `syllable` drops (see {@link syllablesOf}). */
const asciiSpelling = /^[\x00-\x7f’]*$/
const apostrophes = /['’]/g
/** What `syllable` splits a word at: `\b` is a boundary of `\w`. */
const nonWord = /\W+/
const lowercaseWord = /^[a-z]+$/

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
  if (wordIds.size > cacheSize) {
    wordIds.clear()
    shortSpellings.clear()
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
      const value = spellingOf(word)
      let rows = shortSpellings.entries
      let row = shortSpellings.find(value)
      if (row < 0) {
        // After `describe`, which may have grown the rows.
        row = (wordIds.get(value) ?? describe(value)) * rowSize
        rows = facts
        shortSpellings.add(rows, row)
      }
      const flags = rows[row]!
      const syllables = rows[row + syllablesField]!

      sentence.words++
      sentence.syllables += syllables
      sentence.characters += value.length
      if (syllables >= 3) {
        sentence.polysyllabicWords++
        if ((flags & capitalisedBit) === 0) sentence.complexWords++
      }
      const form = flags >>> listedFormShift
      if (form !== 0 && formSeen[form] !== stamp) {
        formSeen[form] = stamp
        if (flags & daleChallListedBit) daleChallListed++
        if (flags & spacheListedBit) spacheListed++
      }

      const letters = rows[row + lettersField]!
      if (letters === 0) continue

      documentWords++
      counts.words++
      counts.syllables += syllables
      counts.letters += letters
      counts.characters += rows[row + charactersField]!
      if (syllables >= 3) {
        counts.polysyllabicWords++
        if (flags & complexBit) counts.complexWords++
      }

      const name = documentWords > 1 && (flags & uppercaseBit) !== 0
      if (!name && (flags & daleChallFamiliarBit) === 0) counts.daleChallDifficultWords++
      if (!name && (flags & spacheFamiliarBit) === 0) counts.spacheUnfamiliarWords++
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
 * A word node as written.
 *
 * @param word
 *   Word node.
 * @returns
 *   Its text.
 */
function spellingOf(word: Word): string {
  // Most words are one text node: skip building and joining an array.
  const only = word.children.length === 1 ? word.children[0]! : undefined
  return only?.type === 'TextNode' ? only.value : toString(word)
}

/**
 * Work out the facts of a spelling not seen before and add its row.
 *
 * @param value
 *   Word as written.
 * @returns
 *   Its row number.
 */
function describe(value: string): number {
  // A long word is a slice that holds on to the whole text it was parsed
  // from; a copy keeps the cache from keeping every article alive.
  const spelling = value.length < 13 ? value : (' ' + value).slice(1)
  const lower = spelling.toLowerCase()
  const syllables = syllablesOf(spelling)
  const uppercase = uppercaseStart.test(spelling)
  const familiar = lower.replaceAll('\u2019', "'")
  const form = listedForms.get(lower) ?? 0
  const flags =
    (spelling.charCodeAt(0) === lower.charCodeAt(0) ? 0 : capitalisedBit) |
    (uppercase ? uppercaseBit : 0) |
    (syllables >= 3 && !uppercase && isComplex(spelling, lower, syllables) ? complexBit : 0) |
    (isDaleChallFamiliar(familiar) ? daleChallFamiliarBit : 0) |
    (isSpacheFamiliar(familiar) ? spacheFamiliarBit : 0) |
    (daleChallWords.has(lower) ? daleChallListedBit : 0) |
    (spacheWords.has(lower) ? spacheListedBit : 0) |
    (form << listedFormShift)

  const id = wordIds.size
  const row = id * rowSize
  if (row === facts.length) {
    const grown = new Int32Array(facts.length * 2)
    grown.set(facts)
    facts = grown
  }
  facts[row] = flags
  facts[row + syllablesField] = syllables
  facts[row + lettersField] = countMatching(spelling, letter, false)
  facts[row + charactersField] = countMatching(spelling, alphanumeric, true)
  wordIds.set(spelling, id)
  return id
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
 * `syllable`, remembered. Spellings are cached in {@link facts} already; this
 * cache also serves the stems that {@link isComplex} measures.
 *
 * `syllable` lowercases a word, drops its apostrophes, and adds up the counts
 * of its runs of word characters (after folding accented letters, which
 * leaves ASCII as it is). So an ASCII spelling is counted here from the
 * counts of its runs: "Florida's" shares "floridas", "vote-by-mail" its three
 * words, and "Said" shares "said". Why: a fresh spelling costs `syllable` a
 * dozen regexes and a pass over `pluralize`'s rules, and after a few hundred
 * articles the fresh spellings of an article were still half its readability
 * pass; counted by runs, they take a third fewer calls.
 *
 * @param value
 *   Word.
 * @returns
 *   Syllable count.
 */
export function syllablesOf(value: string): number {
  // Most spellings are a single lowercase run already.
  if (lowercaseWord.test(value) || !asciiSpelling.test(value)) return syllablesOfRun(value)
  let count = 0
  for (const run of value.toLowerCase().replace(apostrophes, '').split(nonWord)) {
    if (run) count += syllablesOfRun(run)
  }
  return count
}

/**
 * `syllable` of a run of word characters, or of any word but an ASCII one,
 * remembered.
 *
 * @param value
 *   Run or word.
 * @returns
 *   Syllable count.
 */
function syllablesOfRun(value: string): number {
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
