/**
 * Scripts told apart, as ISO 15924 codes; Japanese kana count with Han, as
 * the two are written together.
 */
const scripts = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hani', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u]
] as const

/** A writing system, as its ISO 15924 code (`Latn`, `Cyrl`, `Hani`, ...). */
export type Script = (typeof scripts)[number][0]

/**
 * How many letters of a text are in each script told apart, from
 * {@link scriptCounts}; add the counts of parts to get those of the whole.
 */
export type ScriptCounts = Uint32Array

/** A BMP character whose script has not been looked up yet. */
const notLookedUp = -2
/** Index of each BMP character's script (-1: none told apart), looked up once per character. */
const bmpScripts = new Int8Array(0x10000).fill(notLookedUp)
/** Characters beyond the BMP, remembered up to a bound: texts reuse few of them. */
const astralScripts = new Map<number, number>()

function lookUp(point: number): number {
  const character = String.fromCodePoint(point)
  return scripts.findIndex(([, pattern]) => pattern.test(character))
}

function scriptIndex(point: number): number {
  if (point < 0x10000) {
    const known = bmpScripts[point]!
    return known === notLookedUp ? (bmpScripts[point] = lookUp(point)) : known
  }
  let index = astralScripts.get(point)
  if (index === undefined) {
    index = lookUp(point)
    if (astralScripts.size < 65_536) astralScripts.set(point, index)
  }
  return index
}

/**
 * Count the letters of a text in each script told apart.
 *
 * One pass over the text: ASCII letters count as Latin directly, and only the
 * other characters are looked up, so English news costs next to nothing.
 *
 * @param value Text.
 * @returns Letters per script.
 */
export function scriptCounts(value: string): ScriptCounts {
  const counts = new Uint32Array(scripts.length)
  for (let position = 0; position < value.length; position++) {
    const code = value.charCodeAt(position)
    if (code < 128) {
      // Letters only: ASCII digits and punctuation belong to no script.
      if ((code | 32) >= 97 && (code | 32) <= 122) counts[0]!++
      continue
    }
    const point = value.codePointAt(position)!
    if (point > 0xffff) position++
    const index = scriptIndex(point)
    if (index >= 0) counts[index]!++
  }
  return counts
}

/**
 * The script most letters are written in, over one or more texts.
 *
 * @param tallies Counts of each text, from {@link scriptCounts}.
 * @returns The script's ISO 15924 code (the earlier in the list on a tie), or
 *   null when there are no letters of a script told apart.
 */
export function mostCommonScript(tallies: readonly ScriptCounts[]): Script | null {
  let best = -1
  let bestCount = 0
  for (let index = 0; index < scripts.length; index++) {
    let count = 0
    for (const counts of tallies) count += counts[index]!
    if (count > bestCount) {
      best = index
      bestCount = count
    }
  }
  return best < 0 ? null : scripts[best]![0]
}

/**
 * The script most letters of a text are written in.
 *
 * @param value Text.
 * @returns The script's ISO 15924 code, or null when the text has no letters
 *   of a script told apart.
 */
export function dominantScript(value: string): Script | null {
  return mostCommonScript([scriptCounts(value)])
}
