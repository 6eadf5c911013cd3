/**
 * A number for a report cell: fixed decimals, "–" when missing.
 *
 * @param value
 *   Number or null.
 * @param digits
 *   Decimals.
 * @returns
 *   Text.
 */
export function number(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits)
}

/**
 * A share as a percentage, "–" when missing.
 *
 * @param value
 *   Share from 0 to 1, or null.
 * @returns
 *   "76%".
 */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value * 100)}%`
}

/**
 * Shorten article text for a table cell.
 *
 * @param value
 *   Text.
 * @param length
 *   Most characters kept.
 * @returns
 *   Text with an ellipsis when cut.
 */
export function truncate(value: string, length = 120): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`
}

/**
 * Rubric points: whole numbers as they are, halves with one decimal.
 *
 * @param value
 *   Points or null.
 * @returns
 *   "20", "7.5", "–".
 */
export function points(value: number | null): string {
  return value === null ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(1)
}
