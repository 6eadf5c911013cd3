import {daleChall} from 'dale-chall'
import {spache} from 'spache'

/**
 * A lookup of familiar (easy) words that also accepts the regular
 * inflections of a listed word. The Dale-Chall and Spache lists hold base
 * forms only ("talk", not "talks"), while both formulas' manuals count regular
 * plurals, possessives, `-ed`/`-ing` forms and comparatives of a familiar word
 * as familiar; without this, every plural noun in a news story would count as
 * difficult.
 */
export type FamiliarWords = (word: string) => boolean

/** The New Dale-Chall list (1995) as a set, exact forms only. */
export const daleChallWords: ReadonlySet<string> = new Set(daleChall)

/** The revised Spache list (1974) as a set, exact forms only. */
export const spacheWords: ReadonlySet<string> = new Set(spache)

/** Familiar words of the New Dale-Chall list (1995). */
export const isDaleChallFamiliar: FamiliarWords = familiarWords(daleChallWords)

/** Familiar words of the revised Spache list (1974). */
export const isSpacheFamiliar: FamiliarWords = familiarWords(spacheWords)

/**
 * Build a lookup over a word list.
 *
 * @param words
 *   Base forms, lowercase.
 * @returns
 *   Whether a lowercase word, or the base form of its regular inflection, is
 *   on the list.
 */
export function familiarWords(words: ReadonlySet<string>): FamiliarWords {
  return function (word) {
    if (words.has(word)) return true
    for (const base of baseForms(word)) {
      if (words.has(base)) return true
    }
    return false
  }
}

/** Suffix, and what replaces it to get back a base form. */
const inflections: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["'s", ['']],
  ["s'", ['s']],
  ['ies', ['y']],
  ['ied', ['y']],
  ['ier', ['y']],
  ['iest', ['y']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['er', ['', 'e']],
  ['est', ['', 'e']]
]

/**
 * Candidate base forms of a regularly inflected word ("stopped" -> "stopp",
 * "stop"). Over-generation is harmless: a candidate only counts when it is on
 * the list.
 *
 * @param word
 *   Lowercase word.
 * @returns
 *   Candidates, most likely first.
 */
function baseForms(word: string): string[] {
  const forms: string[] = []
  for (const [suffix, replacements] of inflections) {
    if (word.length <= suffix.length + 1 || !word.endsWith(suffix)) continue
    const stem = word.slice(0, -suffix.length)
    for (const replacement of replacements) forms.push(stem + replacement)
    // Doubled final consonant: "stopped", "bigger".
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1))
  }
  return forms
}
