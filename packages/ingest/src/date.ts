const months = new Map<string, number>(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december'
  ].flatMap((name, index) => [
    [name, index + 1],
    [name.slice(0, 3), index + 1],
    // AP style abbreviates September as "Sept."
    ...(name === 'september' ? [['sept', index + 1] as [string, number]] : [])
  ])
)

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
const isoStamp =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i
// "March 14, 2022", "Mar. 14 2022", "Sept 3, 2021"
const monthFirst = /\b([A-Za-z]{3,9})\.? +(\d{1,2})(?:st|nd|rd|th)?,? +(\d{4})\b/
// "21 December 2023", "3 Sept. 2021"
const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)? +([A-Za-z]{3,9})\.?,? +(\d{4})\b/

/**
 * Normalise a date as publishers write it to ISO 8601.
 *
 * Keeps a timestamp only when it carries its time zone (a naive wall-clock
 * time would have to invent one), so the result is either a full ISO
 * timestamp with offset or a calendar date `YYYY-MM-DD`.
 *
 * @param value Date from a feed field, meta tag or stamp line
 *   (`2022-06-15`, `2019-11-19T08:03:00+0000`, `March 14, 2022, 7:45 AM`,
 *   `Tue, 19 Nov 2019 08:03:00 GMT`, epoch milliseconds).
 * @returns ISO date or timestamp, or null when it is not a valid date.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Crawlers store epoch seconds or milliseconds.
    const date = new Date(value < 1e11 ? value * 1000 : value)
    // ISO 8601 writes a year outside 0000-9999 with a sign and six digits, which no reader of dates expects.
    const year = date.getUTCFullYear()
    return Number.isNaN(date.getTime()) || year < 0 || year > 9999 ? null : date.toISOString()
  }

  if (typeof value !== 'string') return null
  const text = value.trim()
  if (text.length === 0 || text.length > 100) return null

  let match = isoDate.exec(text)
  if (match) return calendar(Number(match[1]), Number(match[2]), Number(match[3]))

  match = isoStamp.exec(text)
  if (match) {
    const day = calendar(Number(match[1]), Number(match[2]), Number(match[3]))
    if (!day || !match[8]) return day
    const zone = match[8].toUpperCase() === 'Z' ? 'Z' : match[8].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
    return `${day}T${match[4]}:${match[5]}:${match[6] ?? '00'}${match[7] ?? ''}${zone}`
  }

  match = monthFirst.exec(text)
  if (match) {
    const month = months.get(match[1]!.toLowerCase())
    if (month) return calendar(Number(match[3]), month, Number(match[2]))
  }

  match = dayFirst.exec(text)
  if (match) {
    const month = months.get(match[2]!.toLowerCase())
    if (month) return calendar(Number(match[3]), month, Number(match[1]))
  }

  return null
}

/**
 * Format a calendar date, rejecting impossible ones (`2023-02-30`).
 *
 * @param year Four-digit year.
 * @param month 1-12.
 * @param day 1-31.
 * @returns `YYYY-MM-DD`, or null when the date does not exist.
 */
function calendar(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null
  }
  return date.toISOString().slice(0, 10)
}
