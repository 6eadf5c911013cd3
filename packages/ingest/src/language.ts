import * as stopwords from 'stopword'
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

/**
 * Every stop word with the indices of the languages it belongs to, so a text
 * is counted in one pass with one lookup a word.
 */
const languagesOf = new Map<string, Uint8Array>()
{
  const lists = new Map<string, number[]>()
  for (const [index, language] of languages.entries()) {
    for (const word of stopwords[language]) {
      const key = word.toLowerCase()
      const list = lists.get(key) ?? []
      if (!list.includes(index)) list.push(index)
      lists.set(key, list)
    }
  }
  for (const [word, list] of lists) languagesOf.set(word, Uint8Array.from(list))
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

const languageNames = new Intl.DisplayNames(['en'], {type: 'language'})
const scriptNames = new Intl.DisplayNames(['en'], {type: 'script'})

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
  if (script !== null && script !== 'Latn') return `${scriptNames.of(script)} script`

  const counts = new Uint32Array(languages.length)
  let total = 0
  const lower = sample.toLowerCase()
  forEachRun(lower, isLetter, isLetter, (start, end) => {
    total++
    const indices = languagesOf.get(lower.slice(start, end))
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

  return best && bestShare >= minimumShare && bestShare > english + margin ? (languageNames.of(best) ?? best) : null
}
