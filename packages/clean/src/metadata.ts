import type {Removed} from '@sourcing/schema'
import {titleLine} from './boilerplate.js'
import {toIsoDate} from '@sourcing/ingest'
import {splitLines, type Line} from './lines.js'
import {agencyByline, isWireCredit, matchesLine} from './phrases.js'
import {crawlerDateField, isBylineLine, isNamesLine, labelledAuthors, nameBeforeRole, stampOf, stripSeparator, withoutOutlet, withoutPlace} from './signals.js'

/** Metadata read out of an article's text. */
export interface TextMetadata {
  /** The headline line, when the text opens with one (maybe under a kicker or a stamp). */
  title: string | null
  /** ISO date from a leading `date YYYY-MM-DD` field or a published/updated stamp. */
  date: string | null
  /** Author named in an author line or an author box. */
  byline: string | null
  /** Wire-agency credit lines, as written. */
  wireCredits: string[]
}

/**
 * Read an article's headline, date, author and wire credits from its text.
 *
 * @param text Article text.
 * @param removed Boilerplate spans found by `findBoilerplate`: author lines
 *   and stamps are read from them.
 * @returns What the text says; null or empty where it says nothing.
 */
export function readMetadata(text: string, removed: readonly Removed[]): TextMetadata {
  const lines = splitLines(text).filter((line) => line.value !== '')
  const title = titleLine(lines)?.value ?? null

  const removedBy = (reason: Removed['reason']) =>
    removed.filter((span) => span.reason === reason).map((span) => text.slice(span.start, span.end).trim())

  return {
    title,
    // An author line may carry the stamp: "Jane Doe@janedoe / 2:14 PM GMT•November 9, 2022".
    date:
      leadingDate(lines.slice(0, 2)) ??
      stampDate(removedBy('timestamp')) ??
      stampDate(removedBy('dateline-meta')) ??
      stampDate(removedBy('byline')) ??
      stampDate(removedBy('other').filter((line) => labelledStamp.test(line))),
    byline: author(removedBy('byline')),
    // A credit printed at the head and the foot of the story is one credit; an
    // agency's name alone ("By AFP", "EFE") credits its copy wherever it stands.
    wireCredits: [...new Set(lines.map((line) => line.value).filter((value) => isWireCredit(value) || matchesLine(agencyByline, value)))]
  }
}

/**
 * A header line that opens with a stamp's label or weekday, which the line
 * rules may miss for what follows the date ("Published on March 8, 2023, at
 * 7:42 pm (Paris)", "Thu 18 Nov 2021 03.00 AEDT") and the context rule
 * removes with the header.
 */
const labelledStamp = /^(?:(?:first |last )?(?:published|posted|issued|updated|modified)\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? [\dA-Z])/i

/**
 * The date of a crawler's leading `date YYYY-MM-DD` field, in front of the
 * first line or of the second when the export puts the headline first.
 *
 * @param opening The first non-blank lines.
 * @returns ISO date or null.
 */
function leadingDate(opening: readonly Line[]): string | null {
  for (const line of opening) {
    const match = crawlerDateField.exec(line.value)
    if (match) return toIsoDate(match[1])
  }
  return null
}

/**
 * The date of the first publication stamp, else of the first stamp of any kind.
 *
 * @param stamps Stamp lines in text order.
 * @returns ISO date or null.
 */
function stampDate(stamps: readonly string[]): string | null {
  const published = stamps.find((stamp) => /\b(?:published|posted|first published)\b/i.test(stamp))
  for (const stamp of published ? [published, ...stamps] : stamps) {
    const whole = stampOf(stamp)
    // The stamp may sit between labels set off by bars, dots or dashes:
    // "site.com | 2014-01-20 14:32:07 | Editor: Jane Doe", "LAGOS — Metro — Friday, 21 June 2013".
    for (const part of [whole, ...whole.split(stripSeparator)]) {
      const date = toIsoDate(part) ?? numericDate(part)
      if (date) return date
    }
  }
  return null
}

/** A date in figures: "21/08/2021", "08.21.2021", "12-01-2024"; the second group is the separator. */
const figuresDate = /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b/

/**
 * The date of a stamp in figures when the order of day and month shows
 * itself: one of the two is over 12 ("Published: 21/08/2021 - 18:42"), or
 * dots or hyphens set them off, which pages that put the month first
 * (with slashes) do not use: "12-01-2024" and "03.04.2021" are day first.
 * "03/04/2021" could be either, and gives none.
 *
 * @param stamp A stamp line.
 * @returns ISO date or null.
 */
function numericDate(stamp: string): string | null {
  const match = figuresDate.exec(stamp)
  if (!match) return null
  const [first, second] = [Number(match[1]), Number(match[3])]
  if (first > 12 && second > 12) return null
  const either = first <= 12 && second <= 12
  if (either && match[2] === '/') return null
  const [day, month] = first > 12 || either ? [first, second] : [second, first]
  return toIsoDate(`${match[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
}

/**
 * The author named by the first author line.
 *
 * @param lines Author lines in text order ("By Jane Doe - 11/18/19", "Jane Doe", "Jane Doe@janedoe / 2:14 PM").
 * @returns The names, without "By" and what follows a separator or starts a handle.
 */
function author(lines: readonly string[]): string | null {
  for (const line of lines) {
    // A CMS's section field among the header's fields names no one: "NEWSPAPER SECTION: Business".
    if (sectionField.test(line)) continue
    const name = authorOf(line)
    if (name) return name
  }
  return null
}

/** A CMS's field naming the story's section. */
const sectionField = /^(?:[\p{L}]+ )?section ?:/iu

/** Words of an outlet or a role after the author's name ("Jane Doe, Associated Press", "Jane Doe, Staff Writer"). */
const outletOrRole =
  /\b(?:Press|Staff|Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Producer|Photographer|Analyst|Chief|News|Times|Post|Today|Agency|Service|Bureau|Desk|Media|Network|Journal|Herald|Tribune)\b/

/** "From" before a desk credited as author: "From Our Staff Reporter", "From our correspondent". */
const fromDesk = /^from (?=(?:our|the) )/i

/**
 * The author or authors an author line names.
 *
 * @param line An author line.
 * @returns The names: all of those listed with commas ("Jane Doe, John
 *   Roe"), else the first, before an outlet, a role or a place.
 */
function authorOf(line: string): string {
  const named =
    labelledAuthors(line) ??
    (isBylineLine(line) ? line.replace(/^by:?\s+/i, '') : (nameBeforeRole.exec(line)?.[1] ?? line.replace(fromDesk, '')))
  const first = named.split(/\s+[|/–—-]\s+| ?@/)[0]!.trim()
  const names = withoutPlace(first)
  if (isNamesLine(names) && !outletOrRole.test(names)) return names
  // The outlet or role after the names: "Jane Doe for The Herald", "Jane Doe, Digital Producer".
  const bare = withoutPlace(withoutOutlet(first))
  return isNamesLine(bare) && !outletOrRole.test(bare) ? bare : names.split(/,\s*/)[0]!.trim()
}
