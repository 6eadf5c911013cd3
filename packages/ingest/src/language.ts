import {createRequire} from 'node:module'
import {characterTest, forEachRun} from './characters.js'
import {dominantScript} from './script.js'

/**
 * Latin-script languages with a stop-word list in `stopword`, compared with
 * English to name what a text looks like.
 */
const others = [
  'afr', 'cat', 'ces', 'dan', 'deu', 'est', 'eus', 'fin', 'fra', 'glg', 'hrv', 'hun', 'ind', 'ita', 'lat',
  'lav', 'lit', 'msa', 'nld', 'nob', 'pol', 'por', 'ron', 'slk', 'slv', 'spa', 'swa', 'swe', 'tgl', 'tur',
  'vie'
] as const

type Language = 'eng' | (typeof others)[number]

/** English first, so its count is at index 0. */
const languages: readonly Language[] = ['eng', ...others]

/** Stop words and where to find them, built on the first text asked about. */
interface StopWordTable {
  words: string[]
  /** Indices into `languages` of each word's languages. */
  languages: Uint8Array[]
  /** Index into `words` of the word in each slot, or -1. */
  slots: Int32Array
}

// Built when first needed: loading the lists (a CommonJS module of 230 kB)
// and filling the table took about 50 ms, paid on import by every stage that
// uses this package, though only ingestion asks what language a text is in.
let table: StopWordTable | undefined
const require = createRequire(import.meta.url)

/**
 * Every stop word with the indices of the languages it belongs to, so a text
 * is counted in one pass with one lookup a word. The words sit in an
 * open-addressing table keyed by a hash of their characters, so a word of the
 * text is looked up where it lies: cutting each word out and looking it up in
 * a `Map` was the most expensive step of `nonEnglish`.
 */
function stopWordTable(): StopWordTable {
  if (table) return table
  const stopwords = require('stopword') as typeof import('stopword')
  const languagesOfStopWord = new Map<string, number[]>()
  for (const [index, language] of languages.entries()) {
    for (const word of stopwords[language]) {
      const key = word.toLowerCase()
      const list = languagesOfStopWord.get(key) ?? []
      if (!list.includes(index)) list.push(index)
      languagesOfStopWord.set(key, list)
    }
  }
  const words = [...languagesOfStopWord.keys()]
  // A table at least four times the number of words keeps probe runs short.
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(words.length * 4))).fill(-1)
  for (const [index, word] of words.entries()) {
    let slot = slotOf(slots, word, 0, word.length)
    while (slots[slot] !== -1) slot = (slot + 1) & (slots.length - 1)
    slots[slot] = index
  }
  table = {words, languages: [...languagesOfStopWord.values()].map((list) => Uint8Array.from(list)), slots}
  return table
}

/**
 * Where a word starts its search in the table: FNV-1a over its UTF-16 code units.
 *
 * @param slots The table's slots.
 * @param text Text holding the word.
 * @param start Offset of its first code unit.
 * @param end Offset just past its last.
 * @returns Slot index.
 */
function slotOf(slots: Int32Array, text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let position = start; position < end; position++) hash = Math.imul(hash ^ text.charCodeAt(position), 0x01000193)
  return hash & (slots.length - 1)
}

/**
 * The languages a word of a text is a stop word in.
 *
 * @param table The stop words.
 * @param text Lower-cased text.
 * @param start Offset of the word.
 * @param end Offset just past it.
 * @returns Indices into `languages`, or undefined for no stop word.
 */
function languagesOfWord(table: StopWordTable, text: string, start: number, end: number): Uint8Array | undefined {
  const {slots} = table
  for (let slot = slotOf(slots, text, start, end); slots[slot] !== -1; slot = (slot + 1) & (slots.length - 1)) {
    const index = slots[slot]!
    const word = table.words[index]!
    if (word.length === end - start && text.startsWith(word, start)) return table.languages[index]
  }
  return undefined
}

/**
 * The start of an article is enough to tell its language: on the seed corpus,
 * PolNeAR and the aeb pages, the first 2,000 characters give the same verdict
 * as the whole text; 3,000 leaves a margin, and ingestion stays cheap.
 */
const sampleLength = 3000
/** Fewer words than this say too little to reject an article. */
const minimumWords = 20
/**
 * Another language must beat English by this share of words, and reach the
 * second share itself: English news, however list-like, stays within a few
 * points of its best rival (measured on the seed corpus, PolNeAR and the
 * English aeb pages), while real foreign text leads by 0.1 or more.
 */
const margin = 0.05
const minimumShare = 0.12

const isLetter = characterTest(/\p{L}/u)

// Made when first needed, like the table: the two cost about 12 ms, and
// only a text that is not English is named.
let displayNames: {language: Intl.DisplayNames; script: Intl.DisplayNames} | undefined
const namesOf = () =>
  (displayNames ??= {
    language: new Intl.DisplayNames(['en'], {type: 'language'}),
    script: new Intl.DisplayNames(['en'], {type: 'script'})
  })

/**
 * A cheap check that a text is in English: its main script must be Latin, and
 * no other language's function words may be clearly more frequent than
 * English ones (the stop-word share jusText uses to tell prose from lists).
 * Texts too short to tell pass.
 *
 * @param text Article text.
 * @returns What the text looks like when it is not English (`German`,
 *   `Cyrillic script`), else null.
 */
export function nonEnglish(text: string): string | null {
  const sample = text.slice(0, sampleLength)
  const script = dominantScript(sample)
  if (script !== null && script !== 'Latn') return `${namesOf().script.of(script)} script`

  const stopWords = stopWordTable()
  const counts = new Uint32Array(languages.length)
  let total = 0
  const lower = sample.toLowerCase()
  forEachRun(lower, isLetter, isLetter, (start, end) => {
    total++
    const indices = languagesOfWord(stopWords, lower, start, end)
    if (indices) for (const index of indices) counts[index]!++
  })
  if (total < minimumWords) return null

  const english = counts[0]! / total
  let best: Language | null = null
  let bestShare = 0
  for (let index = 1; index < languages.length; index++) {
    const share = counts[index]! / total
    if (share > bestShare) {
      best = languages[index]!
      bestShare = share
    }
  }

  return best && bestShare >= minimumShare && bestShare > english + margin ? (namesOf().language.of(best) ?? best) : null
}
