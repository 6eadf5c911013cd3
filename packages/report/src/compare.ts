/**
 * Compare texts by UTF-16 code unit, the order every list of the index is
 * sorted in: unlike `localeCompare`, it is the same on every machine.
 *
 * @param a
 *   Text.
 * @param b
 *   Text.
 * @returns
 *   Negative, zero or positive, as for `Array#sort`.
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
