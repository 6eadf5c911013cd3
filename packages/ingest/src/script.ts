/**
 * Scripts told apart, as ISO 15924 codes; Japanese kana count with Han, as
 * the two are written together.
 */
const scripts = [
  ['Latn', /\p{Script=Latin}/gu],
  ['Cyrl', /\p{Script=Cyrillic}/gu],
  ['Grek', /\p{Script=Greek}/gu],
  ['Hebr', /\p{Script=Hebrew}/gu],
  ['Arab', /\p{Script=Arabic}/gu],
  ['Hani', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Hang', /\p{Script=Hangul}/gu],
  ['Deva', /\p{Script=Devanagari}/gu],
  ['Thai', /\p{Script=Thai}/gu]
] as const

/** A writing system, as its ISO 15924 code (`Latn`, `Cyrl`, `Hani`, ...). */
export type Script = (typeof scripts)[number][0]

/**
 * The script most letters of a text are written in.
 *
 * @param value Text.
 * @returns The script's ISO 15924 code, or null when the text has no letters
 *   of a script told apart.
 */
export function dominantScript(value: string): Script | null {
  let best: Script | null = null
  let bestCount = 0
  for (const [name, pattern] of scripts) {
    const count = value.match(pattern)?.length ?? 0
    if (count > bestCount) {
      best = name
      bestCount = count
    }
  }
  return best
}
