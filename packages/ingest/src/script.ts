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

/** The script of one non-ASCII character, remembered: texts reuse few of them. */
const scriptOfCharacter = new Map<string, number>()

function scriptIndex(character: string): number {
  let index = scriptOfCharacter.get(character)
  if (index === undefined) {
    index = scripts.findIndex(([, pattern]) => pattern.test(character))
    if (scriptOfCharacter.size < 65_536) scriptOfCharacter.set(character, index)
  }
  return index
}

/**
 * The script most letters of a text are written in.
 *
 * One pass over the text: ASCII letters count as Latin directly, and only the
 * other characters are looked up, so English news costs next to nothing.
 *
 * @param value Text.
 * @returns The script's ISO 15924 code, or null when the text has no letters
 *   of a script told apart.
 */
export function dominantScript(value: string): Script | null {
  const counts = new Array<number>(scripts.length).fill(0)
  for (let position = 0; position < value.length; position++) {
    const code = value.charCodeAt(position)
    if (code < 128) {
      // Letters only: ASCII digits and punctuation belong to no script.
      if ((code | 32) >= 97 && (code | 32) <= 122) counts[0]!++
      continue
    }
    const point = value.codePointAt(position)!
    const character = String.fromCodePoint(point)
    if (point > 0xffff) position++
    const index = scriptIndex(character)
    if (index >= 0) counts[index]!++
  }
  let best = -1
  for (let index = 0; index < counts.length; index++) {
    if (counts[index]! > (best < 0 ? 0 : counts[best]!)) best = index
  }
  return best < 0 ? null : scripts[best]![0]
}
