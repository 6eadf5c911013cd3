import * as stopwords from 'stopword'
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

/** Every stop word with the languages it belongs to, so a text is counted in one pass. */
const languagesOf = new Map<string, Language[]>()
for (const language of ['eng', ...others] as const) {
  for (const word of stopwords[language]) {
    const key = word.toLowerCase()
    const list = languagesOf.get(key)
    if (!list) languagesOf.set(key, [language])
    else if (!list.includes(language)) list.push(language)
  }
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

  const counts = new Map<Language, number>()
  let total = 0
  for (const [word] of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    total++
    for (const language of languagesOf.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1)
  }
  if (total < minimumWords) return null

  const english = (counts.get('eng') ?? 0) / total
  let best: Language | null = null
  let bestShare = 0
  for (const language of others) {
    const share = (counts.get(language) ?? 0) / total
    if (share > bestShare) {
      best = language
      bestShare = share
    }
  }

  return best && bestShare >= minimumShare && bestShare > english + margin ? (languageNames.of(best) ?? best) : null
}
