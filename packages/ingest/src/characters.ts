/**
 * Whether the character at a position belongs to a class, and how many UTF-16
 * code units it takes.
 *
 * @param value Text.
 * @param position Offset of the character's first code unit.
 * @returns 1 or 2 (a character beyond the BMP) when it belongs, else 0.
 */
export type CharacterTest = (value: string, position: number) => number

/**
 * A fast test of single characters against a class written as a regular
 * expression (`/\p{L}/u`). Scanning text a character at a time with such a
 * test is many times cheaper than matching a `\p{…}+` pattern over it, as
 * Unicode property classes are slow in V8's regex engine: ASCII letters and
 * digits are answered directly, other BMP characters from a table filled the
 * first time each is seen, and the rare characters beyond the BMP by the
 * pattern itself.
 *
 * @param pattern One-character pattern with the `u` flag, no `g` or `y`.
 * @returns The test.
 */
export function characterTest(pattern: RegExp): CharacterTest {
  const whole = new RegExp(`^(?:${pattern.source})$`, pattern.flags)
  const matches = (character: string) => whole.test(character)
  const ascii = Uint8Array.from({length: 128}, (_, code) => (matches(String.fromCharCode(code)) ? 1 : 0))
  // 0: not looked up yet, 1: in the class, 2: not in it.
  const bmp = new Uint8Array(0x10000)

  return function (value, position) {
    const code = value.charCodeAt(position)
    if (code < 128) return ascii[code]!
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = value.charCodeAt(position + 1)
      if (low >= 0xdc00 && low <= 0xdfff) return matches(value.slice(position, position + 2)) ? 2 : 0
    }
    let known = bmp[code]!
    if (known === 0) known = bmp[code] = matches(value[position]!) ? 1 : 2
    return known === 1 ? 1 : 0
  }
}

/**
 * Visit every run of characters that starts with one passing `first` and goes
 * on over characters passing `rest`, left to right, as a global pattern
 * `[first][rest]*` with the `u` flag would match them, but without building a
 * match object for each run.
 *
 * @param value Text.
 * @param first Test of a run's first character.
 * @param rest Test of the characters after it.
 * @param visit Called with the start and end offsets of each run.
 */
export function forEachRun(
  value: string,
  first: CharacterTest,
  rest: CharacterTest,
  visit: (start: number, end: number) => void
): void {
  let position = 0
  while (position < value.length) {
    const length = first(value, position)
    if (length === 0) {
      position++
      continue
    }
    const start = position
    position += length
    while (position < value.length) {
      const next = rest(value, position)
      if (next === 0) break
      position += next
    }
    visit(start, position)
  }
}
