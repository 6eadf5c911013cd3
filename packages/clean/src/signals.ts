import {createRequire} from 'node:module'
import {characterTest, forEachRun} from '@sourcing/ingest'
import {agencyByline, matchesLine, type LinePattern} from './phrases.js'

// Required when first needed rather than imported: `stopword` is CommonJS
// with every language's list in one file, which Node scans for export names
// when it is imported (about 30 ms, against 7 ms to require it), and the tag
// stage, which imports this package, never counts stop words.
let stopwords: Set<string> | undefined
const englishStopwords = () =>
  (stopwords ??= new Set((createRequire(import.meta.url)('stopword') as typeof import('stopword')).eng))
const startsWord = characterTest(/[\p{L}\p{N}]/u)
const continuesWord = characterTest(/[\p{L}\p{N}'’.-]/u)

/**
 * The words of a line: runs of letters and digits with inner apostrophes,
 * dots and hyphens.
 *
 * @param value A line.
 * @returns Its words in order.
 */
export function words(value: string): string[] {
  const found: string[] = []
  forEachRun(value, startsWord, continuesWord, (start, end) => found.push(value.slice(start, end)))
  return found
}

/**
 * How many words a line has, as {@link words} splits them: most rules need
 * only the count, which costs no strings.
 *
 * @param value A line.
 * @returns Number of words.
 */
export function wordCount(value: string): number {
  let count = 0
  forEachRun(value, startsWord, continuesWord, () => count++)
  return count
}

/**
 * Share of a line's words that are English function words, the signal
 * jusText uses to tell running prose from navigation and lists.
 *
 * @param tokens Words of the line.
 * @returns 0-1; 0 for a line without words.
 */
export function stopwordDensity(tokens: readonly string[]): number {
  if (tokens.length === 0) return 0
  let count = 0
  const english = englishStopwords()
  for (const token of tokens) if (english.has(token.toLowerCase())) count++
  return count / tokens.length
}

/** Marks that end a sentence, and what may close around them ("He left.)"). */
const sentenceEnders = '.!?…。！？'
const sentenceClosers = `"'”’)]`

/** Letters of the initials some outlets sign a story's last line with ("... on Tuesday. DM"). */
const signOffLetters = 3

/** The mark some wires end a story's last line with ("... eight minutes.\" Enditem"). */
const endMark = / (?:Enditem|ENDITEM|\(END\)|\(Ends\)|ENDS)$/

/**
 * Whether a line ends the way a sentence does (full stop, question or
 * exclamation mark, optionally inside closing quotes or brackets), or a
 * sentence signed off with the outlet's initials ("He left. DM") or a wire's
 * end mark ("He left. Enditem").
 *
 * @param value A line.
 * @returns True for sentence-final punctuation.
 */
export function endsSentence(value: string): boolean {
  // Walked back from the end: a pattern anchored at the end is tried from
  // every position of the line, and nearly every line of a page is tested.
  const marked = endMark.exec(value.slice(-' Enditem'.length))
  let end = value.length - (marked ? marked[0].length : signOffLength(value))
  while (end > 0 && sentenceClosers.includes(value[end - 1]!)) end--
  return end > 0 && sentenceEnders.includes(value[end - 1]!)
}

/**
 * Length of a sign-off of two or three capitals after a full stop and a
 * space ("testify. DM"), or 0 when the line has none.
 *
 * @param value A line.
 * @returns Characters of the space and the initials.
 */
function signOffLength(value: string): number {
  let start = value.length
  while (start > 0 && value.length - start <= signOffLetters && isCapital(value.charCodeAt(start - 1))) start--
  const letters = value.length - start
  if (letters < 2 || letters > signOffLetters || value[start - 1] !== ' ') return 0
  // The word before the stop has two letters or more: "5 p.m. ET" is a stamp.
  const signed = sentenceEnders.includes(value[start - 2] ?? '') && isLetter(value[start - 3]) && isLetter(value[start - 4])
  return signed ? letters + 1 : 0
}

/** Whether a character is a letter. */
const isLetter = (char: string | undefined) => char !== undefined && char.toLowerCase() !== char.toUpperCase()

/** Whether a character code is an ASCII capital. */
const isCapital = (code: number) => code >= 65 && code <= 90

/**
 * Whether most words of a line are capitalised, as in headlines, names and
 * menu items ("Flood Victims Return To Ruined Homes").
 *
 * @param tokens Words of the line.
 * @returns True when at least 80% of the words longer than three letters start upper case.
 */
export function isTitleCase(tokens: readonly string[]): boolean {
  let long = 0
  let capital = 0
  for (const token of tokens) {
    if (token.length <= 3 || !/^\p{L}/u.test(token)) continue
    long++
    if (/^\p{Lu}/u.test(token)) capital++
  }
  return long > 0 && capital / long >= 0.8
}

/** Words of the headline and of the summary in a teaser card printed as one line. */
const gluedHeadlineWords = 4
const gluedSummaryWords = 8
/** A headline is shorter than this, so the glue is looked for no further into a line. */
const gluedHeadlineLength = 200

/** A dateline in capitals opening a summary after its headline: " NEW DELHI: The". */
const gluedDateline = / (?:\p{Lu}[\p{Lu}.'’-]+ ){0,2}\p{Lu}[\p{Lu}.'’-]+: (?=\p{Lu})/u
/** Two lower-case letters or digits glued to a capital that opens a word ("RefitVisitors"). */
const glue = /[\p{Ll}\d]{2}(?=\p{Lu}[\p{Ll} ])/gu
/**
 * What a glue needs when every letter is ASCII: a lower-case letter or digit
 * before a capital. A line with any other letter (a character outside ASCII
 * and the block of curly quotes and dashes) goes to `glue` itself, whose
 * Unicode classes cost several times more a character: testing every line
 * of a page with it was most of the time of this check. The two are tested
 * apart because one pattern with both alternatives costs twice as much.
 */
const asciiGlue = /[a-z\d][A-Z]/
const nonAsciiLetter = /[^\x00-\x7f\u2000-\u206f]/
/** What a headline does not end in before a dateline. */
const closingPunctuation = /[.!?:;,]$/

/**
 * Whether a line is a teaser card's headline and summary printed as one
 * line: with no space between them ("Museum Reopens After Two-Year
 * RefitVisitors queued from dawn to see the galleries."), a title-case run
 * ending in a word of lower-case letters or a number glued to a capital,
 * then a sentence that is not title case; or with the summary's dateline
 * after the headline ("Museum reopens after refit LONDON: Visitors queued
 * ..."). The summary may be cut short.
 *
 * @param value A line.
 * @returns True for a glued headline and summary.
 */
export function isGluedCard(value: string): boolean {
  if (!endsSentence(value)) return false
  // Counted, not split: the summary may be a whole paragraph.
  const fits = (headline: string, summary: string) =>
    wordCount(headline) >= gluedHeadlineWords && wordCount(summary) >= gluedSummaryWords
  const datelineSpan = value.slice(0, gluedHeadlineLength)
  // Every dateline has ": " in it, and few lines of prose do: the Unicode
  // classes of `gluedDateline` are tried only on those.
  const dateline = datelineSpan.includes(': ') ? gluedDateline.exec(datelineSpan) : null
  if (dateline && !closingPunctuation.test(value.slice(0, dateline.index)) && fits(value.slice(0, dateline.index), value.slice(dateline.index))) {
    return true
  }
  // Only the opening of a line can hold a headline's end: a paragraph of
  // prose is not searched past it (the pattern's match and look-ahead span
  // four characters).
  const opening = value.slice(0, gluedHeadlineLength + 3)
  if (!asciiGlue.test(opening) && !nonAsciiLetter.test(opening)) return false
  for (const match of opening.matchAll(glue)) {
    const end = match.index + match[0].length
    const [headline, summary] = [value.slice(0, end), value.slice(end)]
    if (fits(headline, summary) && isTitleCase(words(headline)) && !isTitleCase(words(summary))) return true
  }
  return false
}

const calendarWords = new Set([
  ...'january february march april may june july august september october november december'.split(' '),
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' ')
])
const clockWords = new Set(
  'am pm a.m p.m gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt hst akst akdt bst cet cest ist idt ict pkt gst aest aedt acst acdt awst nzst nzdt sast ast hkt jst kst sgt myt pht wib msk eet eest'.split(' ')
)
const labelWords = new Set([
  ...'update updated published posted issued last first modified created date ago originally'.split(' '),
  ...'on at the hours hour minutes minute days day mins hrs'.split(' ')
])

/** What a date or time stamp is made of; null when a word fits none of them. */
interface StampParts {
  /** A month or weekday name, or a d/m/y shape. */
  date: boolean
  /** A clock time or a clock word (pm, GMT). */
  clock: boolean
  /** A label ("Updated", "Published") or relative time ("2 hours ago"). */
  label: boolean
  /** A time zone (GMT, CEST), which only a clock's stamp names. */
  zone: boolean
}

/** Clock words that are no time zone. */
const dayHalves = new Set(['am', 'pm', 'a.m', 'p.m'])

function stampParts(tokens: readonly string[]): StampParts | null {
  if (tokens.length === 0 || tokens.length > 14) return null
  const parts = {date: false, clock: false, label: false, zone: false}
  let digits = false
  for (const token of tokens) {
    const lower = token.toLowerCase().replace(/\.$/, '')
    if (/^\d/.test(lower)) {
      if (!/^\d{1,4}(?:st|nd|rd|th|[:./-]\d{1,4})*(?:am|pm)?$/.test(lower)) return null
      digits = true
      if (/^\d{1,2}:\d{2}|(?:am|pm)$/.test(lower)) parts.clock = true
      if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(lower)) parts.date = true
    } else if (calendarWords.has(lower)) {
      parts.date = true
    } else if (clockWords.has(lower)) {
      parts.clock = true
      parts.zone ||= !dayHalves.has(lower)
    } else if (labelWords.has(lower)) {
      // Units alone ("100 days.") are a quantity; with "ago" they are a stamp.
      if (!/^(?:on|at|the|hours?|minutes?|days?|mins|hrs)$/.test(lower) || tokens.some((word) => /^ago$/i.test(word))) {
        parts.label = true
      }
    } else {
      return null
    }
  }
  return digits && (parts.date || parts.clock || parts.label) ? parts : null
}

/**
 * Whether a line is only a date or time stamp, with an optional label:
 * "Updated: March 14, 2022, 7:45 AM", "PUBLISHED: 10:48, Tue, Nov 19, 2019",
 * "Published 4:00 am CST, Wednesday, November 20, 2019", "2 hours ago".
 *
 * @param tokens Words of the line.
 * @returns True when every word is a number, a calendar or clock word or a
 *   stamp label, and there is a date, a clock time or a label.
 */
export function isDateStamp(tokens: readonly string[]): boolean {
  return stampParts(tokens) !== null
}

/**
 * Crawler exports that put the date, maybe after the page's address, in
 * front of the text: " date 2020-05-01 Lead sentence", " url
 * https://example.com/story  date 2020-05-01 ".
 */
export const crawlerDateField = /^\s*(?:url\s+\S+\s+)?date\s+(\d{4}-\d{2}-\d{2})\b/i

/**
 * Whether a line holds a crawler's fields and nothing else.
 *
 * @param value A line.
 * @returns True for a line of fields only.
 */
export function isCrawlerFieldsLine(value: string): boolean {
  const field = crawlerDateField.exec(value)
  return field !== null && value.slice(field[0].length).trim() === ''
}

/** A stamp's words: as {@link words}, with clock times and dates in figures whole ("07:58", "2019/03/11"). */
const stampWord = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?:[:/]\p{N}[\p{L}\p{N}'’.-]*)*/gu

/**
 * The words of a stamp, times and dates in figures kept whole.
 *
 * @param value A stamp.
 * @returns Its words.
 */
function stampWords(value: string): string[] {
  return value.match(stampWord) ?? []
}

/**
 * What sets a stamp off from the labels printed beside it: "Updated 9:15 AM | CBS News", maybe with no
 * space after a bar ("Jane Doe |04.11.2020"); a slash only between spaces, as dates hold slashes.
 */
const stampSeparator = / (?:[|·•] ?|\/ )/

/** Stamps with their labels are short; a longer line is prose or a list. */
const maximumStampLength = 200

/**
 * Whether a line is a page's date stamp, possibly followed by short labels
 * after separators: "Updated on: November 19, 2019 / 10:07 AM / CBS News".
 * Two shapes are story, not page furniture: a bare clock time ("11:45 a.m.:"),
 * the entry header of a live blog, and an unlabelled date written as a
 * sentence ("Friday, June 10, 2016."), the date line of a correction or a
 * letter.
 *
 * @param value A line.
 * @returns True for a stamp line.
 */
export function isStampLine(value: string): boolean {
  // Every stamp has a number in it (see `stampParts`), and most lines of
  // prose have none: they are passed over before the splits below.
  if (value.length > maximumStampLength || !/\d/.test(value)) return false
  // Collapsing white space first keeps the split linear: `\s+x\s+` would
  // rescan a long run of spaces from every position in it.
  const pieces = stampOf(value).split(stampSeparator)
  // The stamp may come after the author or the agency: "Press Trust of India | New Delhi September 12, 2012".
  // A place and a date alone are a timeline's or a guide's subhead ("Kyiv March 3, 2022"); beside an author they are a stamp.
  const stampOfPiece = (piece: string) => stampParts(stampWords(piece)) ?? (pieces.length > 1 ? datedAfterPlace(piece) : null) ?? stampedAfterSection(piece)
  const at = pieces.findIndex((piece) => stampOfPiece(piece) !== null)
  if (at < 0) return false
  const parts = stampOfPiece(pieces[at]!)!
  // A clock alone is a stamp when it names its time zone: "16:45 CET+01:00".
  if (pieces.length === 1 && !parts.label && !parts.zone && (!parts.date || (!parts.clock && value.endsWith('.')))) return false
  return pieces.every((piece, index) => {
    // Before the stamp, its authors: "Jane Doe and John Roe |04.11.2020", "Press Trust of India | New Delhi ...";
    // a section's labels there make a metadata strip ("KAMPALA | Regional | 9 October 2012").
    if (index < at) return authorNames.test(piece.trim()) || matchesLine(agencyByline, piece.trim())
    const tokens = words(piece)
    return index === at || tokens.length <= 4 || isDateStamp(tokens) || datedAfterPlace(piece) !== null
  })
}

/** Authors' names, two to four capitalised words each, joined by commas and "and". */
const authorNames = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}(?:(?:,| and|, and) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}){0,3}$/u

/**
 * A dateline's place of up to three words before a stamp's date written with the month's name: "New Delhi
 * September 12, 2012 Last Updated at 19:48 IST". Before a weekday or a date in figures they are a section's
 * labels ("Home World Asia 5 March 2019"), which a metadata strip prints.
 */
const placeBeforeDate = /^(?:\p{Lu}[\p{L}.'’-]+,? ){1,3}(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d)/u

/**
 * The parts of a stamp that is a date with its dateline's place before it, or null for any other piece.
 *
 * @param piece A piece of a line between separators.
 */
function datedAfterPlace(piece: string): StampParts | null {
  const place = placeBeforeDate.exec(piece)
  const parts = place === null ? null : stampParts(stampWords(piece.slice(place[0].length)))
  return parts?.date ? parts : null
}

/** Names of a news site's sections, as its menus and stamps print them, capitalised: "Politics", "World". */
const sectionNames = 'News Home World Politics Business Sport Sports Opinion Culture Lifestyle Health Science Tech Technology Entertainment Video Videos Podcasts Newsletter Newsletters Climate Environment Economy Markets Investigations Local National International Features Arts Travel Education Crime Society Members Weather Obituaries Latest Regional Recovery Elections'.split(' ')

/** One section's name, capitalised or in capitals, as a regular expression's source. */
export const sectionLabel = `(?:${sectionNames.flatMap((name) => [name, name.toUpperCase()]).join('|')})`

/** A section's label before a stamp's clock: "Politics 17:42, 4 June 2025"; not "Deadline 17:00, 31 January 2025". */
const sectionBeforeClock = new RegExp(`^${sectionLabel} (?=\\d{1,2}:\\d{2}\\b)`, 'u')

/** A year, which a page's stamp gives and a fixture's time ("Kickoff 15:00 on Saturday") does not. */
const year = /\b(?:19|20)\d\d\b/

/**
 * The parts of a stamp with a clock and a date with its year after its section's label, or null for any
 * other piece: with less, a capitalised word before a time is as often a story's ("Kickoff 15:00").
 *
 * @param piece A piece of a line between separators.
 */
function stampedAfterSection(piece: string): StampParts | null {
  const section = sectionBeforeClock.exec(piece)
  if (section === null || !year.test(piece)) return null
  const parts = stampParts(stampWords(piece.slice(section[0].length)))
  return parts?.date && parts.clock ? parts : null
}

/** A reading time printed after the stamp: "January 10, 2012 4 Min Read". */
const readingTime = / \d{1,3} min(?:ute)?s? read$/i
/** A reading time printed before the stamp: "2 min read . Updated: 18 Jun 2022, 10:52 PM IST". */
const leadingReadingTime = /^\d{1,3} min(?:ute)?s? read ?[.|·•] ?/i

/**
 * A stamp line without the reading time some templates print after it or before it.
 *
 * @param value A line, white space collapsed.
 * @returns The line without its reading time.
 */
function withoutReadingTime(value: string): string {
  const timed = value.slice(-5).toLowerCase() === ' read' ? value.replace(readingTime, '') : value
  return timed.replace(leadingReadingTime, '')
}

/** A print edition's page after the stamp: "Sun, Oct 16, 2022 page1", "March 3, 2022 Page A4". */
const printPage = / (?:page ?|p\. ?)[a-z]?\d{1,3}$/i

/** The place whose clock a stamp's time is in, in brackets: "at 7:42 pm (Paris)". */
const stampZone = /(?<=\d(?: ?[ap]\.?m\.?)?) \(\p{Lu}[\p{L} .'’-]{1,20}\)/gu
/** The place whose clock a stamp's time is in, named: "09:15 Riyadh time", "9:05 am local time". */
const namedClock = /(?<=\d(?: ?[ap]\.?m\.?)?) (?:local|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) time\b/gu
/** A line's last character in lower case, which a zone written out ends with and most stamps do not. */
const lowerEnd = /[a-z]/
/** An American time zone written out after the clock: "9 PM Central", "11:04 a.m. Eastern". */
const zoneInWords = /(?<=\d ?(?:[AaPp]\.?[Mm]\.?)?) (?:Central|Eastern|Pacific|Mountain)$/

/**
 * A stamp with its update label glued on by a scraper that dropped the
 * separator ("Published February 12, 2020Updated February 13, 2020",
 * "Issued on: 14/03/2026 - 18:22Modified: 15/03/2026 - 09:10"), set off by a
 * bar as pages print the two stamps.
 */
const gluedStampLabel = /(?<=\d)(?=(?:Updated|Modified|Published|Posted|Last updated)\b)/g
/**
 * An update stamp after a comma or a space: "Posted Thu 14 Apr 2016 at
 * 4:32pm, updated Thu 14 Apr 2016 at 7:15pm", "Published 3:14 PM ET Mon, 18
 * Nov 2019 Updated 5:02 PM ET", "Mon Mar 7, 2016 12:00 AM Last update on: ...",
 * "March 9, 2020, 4:12 AM GMT Updated on March 9, 2020, 11:47 AM GMT",
 * "Published: 06:30 am Monday, May 6, 2019 Last modified: 08:45 am Monday, May 6, 2019".
 */
const updateAfterComma = /(?:, |(?<=\d|\b[AP]M|\b[ap]\.?m\.?|\b(?:[A-Z]{1,4}T|UTC)) )(?=[Uu]pdated |Modified |Last (?:updated?|modified)[ :])/g
/** The site's address some templates print before the stamp: "courier.co.uk, Monday 4 March 2013 11.20 GMT". */
const siteBeforeStamp = /^[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}, (?=[\p{Lu}\d])/u
/** What a glued label starts with, behind its digit. */
const gluedLabelStart = /\d[UMPL]/
const endsInDigit = /\d$/
/**
 * A year a scraper ran into the clock time after it, dropping the space
 * between two elements: "September 18, 20195:02 AM ET".
 */
const yearGluedToClock = /(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d\b)/

/**
 * A stamp line as pages print it whole: the update stamp, glued on or after
 * a comma, set off, and the reading time, print page and clock's place it
 * may carry dropped ("at 7:42 pm (Paris)", "09:15 Riyadh time").
 *
 * @param value A line.
 * @returns The stamp.
 */
export function stampOf(value: string): string {
  // Most lines have none of these: cheap tests of what each needs pass them over.
  let stamp = withoutReadingTime(value.replace(/\s+/g, ' ')).replace(siteBeforeStamp, '')
  if (gluedLabelStart.test(stamp)) stamp = stamp.replace(gluedStampLabel, ' | ')
  else if (stamp.includes(' updated ') || stamp.includes(' Updated ') || stamp.includes(' Modified ') || stamp.includes(' Last '))
    stamp = stamp.replace(updateAfterComma, ' | ')
  if (endsInDigit.test(stamp)) stamp = stamp.replace(printPage, '')
  if (stamp.includes(':')) stamp = stamp.replace(yearGluedToClock, ' ')
  if (stamp.includes(' time')) stamp = stamp.replace(namedClock, '')
  // Each American zone's letters are its first and a T ("Central" is "CT"), which the clock words know.
  if (stamp.length > 0 && lowerEnd.test(stamp.at(-1)!)) stamp = stamp.replace(zoneInWords, (zone) => ` ${zone[1]}T`)
  return stamp.includes(' (') ? stamp.replace(stampZone, '') : stamp
}

/** A bar before an author line, looked for from the bar so that a run of spaces is read once. */
const barBeforeByline = /[|·•] +[Bb][Yy]:? /

/** The gap a template leaves between the author line and the stamp beside it. */
const bylineStampGap = /\s{2,}|\t/

/**
 * An author's name a scraper ran into the clock time after it, as no
 * sentence runs a word into a figure: "Jane Doe09:15, Mar 2 2021".
 */
const nameGluedToClock = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}(?=\d{1,2}:\d\d)/u
/**
 * An author's name before the stamp after a comma, as some sites print the
 * author line without "By": "Jane Doe, Monday 3 Mar 2014" (a scraper may
 * leave a space before the comma). The name's words are not all in capitals,
 * as a dateline's place often is ("CAIRO, March 3, 2014"), nor a place's that
 * opens with its usual first word ("New York, ...", "Hong Kong, ..."), and the
 * stamp has a weekday or a clock time (see `weekdayOrClock`).
 */
const nameBeforeStamp = /^(?!(?:New|San|Santa|Los|Las|Hong|Buenos|Kuala|Abu|Tel|Addis|Sri|Rio|São|Sao|Port|Cape|Saint|St|Mexico|Costa|El|La|Le|Ho Chi) )\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,3} ?, (?=[\p{Lu}\d])/u
/** What a stamp after a name holds that a dateline's date alone does not: a weekday or a clock time. */
const weekdayOrClock = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\d:\d\d/i

/**
 * Whether a line is an author line with the stamp printed beside it, set off
 * by a run of spaces ("By Jane Doe   March 4, 2021 | 09:15 am GMT+7") or a
 * comma ("Jane Doe, Monday 3 Mar 2014"), or glued to the name ("Jane
 * Doe09:15, Mar 2 2021"), or printed after the stamp and a bar ("07.06.2015
 * 18:42 | By Jane Doe").
 *
 * @param value A line.
 * @returns True for a byline glued to its stamp.
 */
export function isBylineBesideStamp(value: string): boolean {
  const glued = nameGluedToClock.exec(value)
  if (glued) return isStampLine(value.slice(glued[0].length))
  const named = nameBeforeStamp.exec(value)
  if (named) return weekdayOrClock.test(value) && isStampLine(value.slice(named[0].length))
  // The stamp may come first, the author line after a bar: "07.06.2015 18:42 | By Jane Doe and John Roe".
  const bar = value.search(barBeforeByline)
  if (bar > 0) return isStampLine(value.slice(0, bar).trimEnd()) && isBylineLine(value.slice(bar + 1).trimStart())
  if (!value.startsWith('By ') && !value.startsWith('BY ')) return false
  const gap = bylineStampGap.exec(value)
  return gap !== null && isBylineLine(value.slice(0, gap.index)) && isStampLine(value.slice(gap.index + gap[0].length))
}

/**
 * A role after the author's name, set off by a comma, a slash or a dash: ", Herald
 * staff writer", " / Staff reporter, with staff writer", " - Correspondent". An outlet of a few
 * capitalised words and two lower-case words at most before the role: a
 * clause after a comma ("By Tuesday, the paper had hired a new editor") has more.
 */
const roleTail =
  /(?:,| \/| [-–—]) (?:[\p{Lu}\d][\p{L}\d.'’&-]* ){0,3}(?:\p{Ll}+ ){0,2}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Cc]olumnist|[Cc]ritic)s?(?:, with (?:staff )?(?:writer|reporter)s?)?$/u

/** A social handle after a separator at the end of an author line: " / @janedoe". */
const trailingHandle = / (?:[/|·•-] )?@\w{1,30}$/

/** What ends the author's part of an author line before the stamp: " on", a handle. */
const authorBeforeStamp = /(?: on| ?@\w{1,30}) (?=[\p{Lu}\d])/u

/** Words allowed after a name in an author line: roles, desks, outlets. */
const bylineJoiners = new Set(['and', 'of', 'the', 'for', 'at', 'in', 'de', 'van', 'von', 'al', 'bin', 'da', 'del', 'la', 'le'])

/**
 * Whether a line is an author line: "By Jane Doe", "By Jane Doe and John Roe",
 * "By Jane Doe - 11/18/19 11:04 PM EST", "By Jane Doe, Staff Writer",
 * "By: Jane Doe - Correspondent / @JDoeNews",
 * "By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.".
 *
 * @param value A line.
 * @param tokens Its words, if already split; else they are split here, only
 *   for a line that starts like an author line.
 * @returns True for an author line.
 */
export function isBylineLine(value: string, tokens?: readonly string[]): boolean {
  if (!/^by:?\s+\p{Lu}/iu.test(value) || value.length > 120 || endsSentence(value.replace(/\.$/, ''))) {
    return false
  }
  // Templates print the reading time last: "By Jane Doe March 4, 2021 9:05 AM 6 min read".
  const timed = withoutReadingTime(value)
  if (timed !== value) return isBylineLine(timed)
  // The author's social handle may close the line: "By: Jane Doe - Correspondent / @JDoeNews".
  const handle = trailingHandle.exec(value)
  if (handle) return isBylineLine(value.slice(0, handle.index))
  // A blog's author line may end with the post's stamp after "on", or after
  // the author's handle glued to the name: "By Jane Doe@janedoe Jan 12, 2020, 7:05am EST".
  const stamped = authorBeforeStamp.exec(value)
  if (stamped && isStampLine(value.slice(stamped.index + stamped[0].length))) return isBylineLine(value.slice(0, stamped.index))
  // A news site's author line may end with its stamps after a bar, the update
  // set off by a dash: "By Jane Doe | May 2, 2019 at 2:26 PM HST - Updated May 2 at 4:46 PM".
  const piped = value.indexOf(' | ')
  if (piped > 0 && isStampLine(value.slice(piped + 3).replace(/ (?:-{1,2}|[–—]) /g, ' | '))) {
    return isBylineLine(value.slice(0, piped))
  }

  // The author's role may follow in lower case after a comma, a slash or a dash:
  // "By Jane Doe, Herald staff writer", "By Jane Doe / Staff reporter", "By Jane Doe - Correspondent".
  const role = roleTail.exec(value)
  if (role) return isBylineLine(value.slice(0, role.index))

  // After "By", every word is capitalised, a joiner or part of a date stamp.
  const rest = (tokens ?? words(value)).slice(1)
  const dated = rest.filter((token) => !isDateStamp([token]))
  return dated.length > 0 && dated.length <= 12 && dated.every((token) => isCreditWord(token) || token.includes('@'))
}

/**
 * Whether a word may stand in an author or desk line: capitalised, a number
 * or a joiner ("of", "the", "van").
 *
 * @param token A word.
 * @returns True for a word of a name, a role or a desk.
 */
function isCreditWord(token: string): boolean {
  return /^[\p{Lu}\d]/u.test(token) || bylineJoiners.has(token.toLowerCase())
}

/** A desk line names a place and a desk or an outlet, in a few words. */
const deskWords = 8
/** Desk lines are as short as author lines. */
const maximumDeskLength = 120

/**
 * Whether a line is the page's stamp under a source-desk label without "By":
 * a place, a desk or an outlet, then the stamp after a bar or a middle dot
 * ("Leeds, City Desk | Updated : 19 November 2019, 09:01 AM", "CBC News ·
 * Posted: Jul 15, 2017 4:00 AM PT"), or a place in capitals and the stamp
 * after a comma ("NEW DELHI, MARCH 14, 2018 00:12 IST"), the mirror of a stamp
 * followed by labels. It is read as a stamp, not an author line: a place is
 * no author. The stamp after the bar is required: a bar between capitalised
 * words alone is a menu or a headline's kicker.
 *
 * @param value A line.
 * @returns True for a desk label with its stamp.
 */
export function isDeskLine(value: string): boolean {
  if (value.length > maximumDeskLength) return false
  const end = deskEnd(value)
  if (end <= 0 || !isStampLine(value.slice(end + 2).trim())) return false
  const desk = words(value.slice(0, end))
  return desk.length > 0 && desk.length <= deskWords && desk.every(isCreditWord) && !isDateStamp(desk)
}

/** A place in capitals over a dateline's stamp: "NEW DELHI, MARCH 14, 2018 00:12 IST". */
const placeInCapitals = /^\p{Lu}[\p{Lu} .'’-]{1,30}(?=, )/u

/**
 * Where a desk label ends: at the first bar or middle dot ("City Desk |",
 * "CBS News ·"), else after a place written in capitals and a comma, as a
 * dateline prints it over the stamp.
 *
 * @param value A line.
 * @returns The index of the separator, or -1.
 */
function deskEnd(value: string): number {
  const bar = / [|·] /.exec(value)
  if (bar) return bar.index
  return placeInCapitals.exec(value)?.[0].length ?? -1
}

/** An author's name run into a social handle, then a separator: "Jane Doe@janedoe / ". */
const handleByline = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} ?@\w{1,30} ?[/|·•] ?/u

/**
 * Whether a line is an author line that names the author's handle instead of
 * saying "By", and the stamp: "Jane Doe@janedoe / 2:14 PM GMT•November 9, 2022".
 *
 * @param value A line.
 * @returns True for such an author line.
 */
export function isHandleByline(value: string): boolean {
  if (!value.includes('@') || value.length > maximumDeskLength) return false
  const name = handleByline.exec(value)
  return name !== null && isStampLine(value.slice(name[0].length).replace(/ ?• ?/g, ' • '))
}

/** An obituary's closing line of dates: "Jane Doe: born March 3rd, 1926; died October 17th, 2007". */
const lifeDates = /^\p{Lu}[^;]{0,150}\bborn\b[^;]{4,80}; died\b[^;]{4,80}$/u

/**
 * Whether a line gives the dates of birth and death that close an obituary.
 * It ends no sentence and is short, like page furniture, but it is the
 * story's own footer.
 *
 * @param value A line.
 * @returns True for an obituary's line of dates.
 */
export function isLifeDates(value: string): boolean {
  return value.includes('; died') && lifeDates.test(value)
}

/** A dash, the author's name, the handle in brackets, the post's date. */
const postSignature = /^[—–-] ?[^()]{1,80} \(@\w{1,30}\) (?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9},? \d{4})$/u

/**
 * Whether a line is the signature under an embedded social post: "— Jane
 * Doe (@janedoe) November 18, 2019". It names who said the post's words
 * and when, so it is story; and one account's posts repeat it word for word,
 * which would otherwise make it look like a repeated caption. Only lines
 * with "(@" reach the pattern.
 *
 * @param value A line.
 * @returns True for a post's signature.
 */
export function isPostSignature(value: string): boolean {
  return value.includes('(@') && postSignature.test(value)
}

/**
 * Whether a line is a bare personal name as author boxes print it
 * ("Jane Doe", "Mary-Ann O'Neil").
 *
 * @param value A line.
 * @param tokens Its words.
 * @returns True for two to four capitalised words and nothing else.
 */
export function isNameLine(value: string, tokens: readonly string[]): boolean {
  return (
    tokens.length >= 2 &&
    tokens.length <= 4 &&
    value.length <= 40 &&
    /^[\p{L}\s.'’-]+$/u.test(value) &&
    tokens.every((token) => /^\p{Lu}\p{Ll}/u.test(token) || /^\p{Lu}\.$/u.test(token))
  )
}

/**
 * An author line that runs the name into a role in lower case after a
 * capital ("Jane Doe Political correspondent"), or sets the role off with a
 * comma, a bar or a dash in any case ("Jane Doe, Political Editor", "Jane Doe
 * | Correspondent", "Jane Doe – Senior Reporter", "Jane Doe, Crime/Court
 * Co-ordinator"); the name is its first group.
 * A headline in title case ending with "Reporter" has no such role.
 */
export const nameBeforeRole =
  /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,2})(?: \p{Lu}\p{Ll}+(?: \p{Ll}+){0,2} (?:correspondent|editor|reporter|writer|columnist|critic)|(?:,| [|/–—-]) (?:[\p{L}&'’/-]+ ){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ritic|[Jj]ournalist|[Cc]ontributor|[Cc]o-?ordinator|CORRESPONDENT|EDITOR|REPORTER|WRITER)s?)$/u

/** Separators of a trail of section labels: "World | Europe", "Home > Music", "Sport » Football". */
const trailSeparator = / [|>»›] /
/** A part of a section trail: a label of one to three words, or an ISO date. */
const trailPart = /^(?:[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2}|\d{4}-\d{2}-\d{2})$/u

/**
 * Whether a line is a trail of section labels as pages print it over the
 * headline ("World | Europe", "Home > Music > News", "lagos | politics |
 * 2021-03-05"): two to five labels of a few words, or a date, set off by bars
 * or arrows. A headline that sets off its outlet with a bar has longer parts.
 *
 * @param value A line.
 * @returns True for a trail of labels.
 */
export function isSectionTrail(value: string): boolean {
  if (value.length > 80 || !trailSeparator.test(value)) return false
  const parts = value.trim().split(trailSeparator)
  return parts.length <= 5 && parts.every((part) => trailPart.test(part))
}

/**
 * Whether a line is a trail of section labels that ends with the headline
 * printed under it, as pages print their breadcrumbs ("WORLD > Floods close
 * schools" over "Floods close schools"): the trail is the page's navigation,
 * the line under it the headline.
 *
 * @param value A line.
 * @param headline The line under it.
 * @returns True for a trail ending with that line.
 */
export function isSectionTrailTo(value: string, headline: string): boolean {
  if (value.length <= headline.length || !value.endsWith(headline)) return false
  const trail = /^(.{1,80}?) [|>»›] $/.exec(value.slice(0, value.length - headline.length))
  return trail !== null && (trailPart.test(trail[1]!) || isSectionTrail(trail[1]!))
}

/** The field a crawler puts the page's title in, over the text. */
const titleField = 'title: '

/**
 * Whether a line is a crawler's title field over the headline it repeats:
 * "title: Storm leaves thousands without power | The Courier".
 *
 * @param value The line over the headline.
 * @param headline The headline.
 * @returns True for such a field.
 */
export function isTitleFieldOf(value: string, headline: string): boolean {
  return value.startsWith(titleField) && value.startsWith(headline, titleField.length)
}

/**
 * The place an author line may end with, or give after each author: "Jane Doe and John Roe in London",
 * "Jane Doe in Frankfurt and John Roe in London".
 */
const reportingPlace = / in \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?=$|,? and |, )/gu

/**
 * An author line without the places its authors report from.
 *
 * @param value An author line ("Jane Doe and John Roe in New York", "Jane Doe in Frankfurt and John Roe in London").
 * @returns The line without the places ("Jane Doe and John Roe").
 */
export function withoutPlace(value: string): string {
  return value.includes(' in ') ? value.replace(reportingPlace, '') : value
}

/** What joins the names of a shared author line: "Jane Doe, John Roe and Ann Lee". */
const nameJoiner = /,? and |, /

/**
 * Whether a line is one or more bare personal names, as pages print the
 * authors under a headline without "By" ("Jane Doe and John Roe").
 *
 * @param value A line.
 * @returns True when every name the commas and "and" separate is a name line.
 */
export function isNamesLine(value: string): boolean {
  return value.length <= maximumDeskLength && value.split(nameJoiner).every((name) => isNameLine(name, words(name)))
}

/**
 * What an author line under a headline may print after the names: the
 * outlet ("Jane Doe, Reuters", "Jane Doe for The Herald", "Jane Doe /
 * Bloomberg", "Jane Doe (AFP)"), the agencies the story drew on ("Jane Doe (dpa, AFP, epd)") or the author's handle ("Jane Doe @janedoe",
 * "Jane Doe (Twitter: @janedoe)").
 */
const afterAuthorNames =
  /(?:(?:,| for| \/) (?:[Tt]he )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}| \((?:\p{Lu}[\p{L}.&'’ -]{1,30}|[a-z]{2,4})(?:, ?(?:\p{Lu}[\p{L}.&'’ -]{1,30}|[a-z]{2,4})){0,4}\)| \(?(?:[Tt]witter: ?)?@\w{1,30}\)?)$/u

/**
 * The place an author line under a headline may set off after the names
 * with a bar or a dash ("Jane Doe | Chennai", "Jane Doe – Sydney"), or with
 * its country after a comma ("Jane Doe, Lagos, Nigeria"), as a dateline
 * would; a single place after a comma reads as an outlet already.
 */
const setOffPlace =
  /(?: [|–—-] \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}|, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})$/u

/**
 * Whether a line names the story's authors with what marks it as an author
 * line however it sits: their place ("Jane Doe in Nairobi"), outlet or
 * handle after the names (see {@link afterAuthorNames}). Bare names ("Jane
 * Doe") need more, a stamp or an author line beside them, and so do words in
 * capitals, which may be a crosshead ("UP NEXT").
 *
 * @param value A line.
 * @returns True for such an author line.
 */
export function isMarkedAuthorLine(value: string): boolean {
  if (value.length > maximumDeskLength) return false
  const names = withoutPlace(withoutOutlet(value.replace(setOffPlace, '')))
  return names.length < value.length && isNamesLine(names)
}

/** A word of a name in capitals: "JANE", "O'NEIL", "MARY-ANN", "J.". */
const capitalNameWord = /^\p{Lu}[\p{Lu}.'’-]*$/u
/** What joins the names of an author line in capitals: "JANE DOE AND JOHN ROE". */
const capitalNameJoiner = /,? AND |, /

/**
 * Whether a line is the authors' names in capitals ("JANE DOE", "JANE DOE
 * AND JOHN ROE"): two to four words each, none an English function word, as
 * a crosshead in capitals has ("UP NEXT", "ON THE RECORD"), and no full stop
 * as a label has ("FULL TEXT.").
 *
 * @param value A line.
 * @returns True for names in capitals.
 */
export function isCapitalNamesLine(value: string): boolean {
  if (value.length > outletLength || /[\p{Ll}\d]/u.test(value) || endsSentence(value)) return false
  const english = englishStopwords()
  return value.split(capitalNameJoiner).every((name) => {
    const tokens = words(name)
    return (
      tokens.length >= 2 &&
      tokens.length <= 4 &&
      /^[\p{L}\s.'’-]+$/u.test(name) &&
      tokens.every((token) => capitalNameWord.test(token) && !english.has(token.toLowerCase()))
    )
  })
}

/**
 * An author line without the outlet or handle printed after the names.
 *
 * @param value An author line ("Jane Doe for The Herald").
 * @returns The line without them ("Jane Doe").
 */
export function withoutOutlet(value: string): string {
  return value.replace(afterAuthorNames, '')
}

/** An outlet's name credited as author is short: "Channel 9", "The Evening Courier". */
const outletLength = 40

/**
 * A label in front of the authors' names: "Author Jane Doe", "Authors: Jane
 * Doe, John Roe", "Text by: Jane Doe", "Words: Jane Doe", "WRITER: Jane Doe", "Story by Jane Doe", "Article by: Jane Doe", "Posted by Jane Doe",
 * "From our correspondent Jane Doe".
 */
const authorLabel = /^(?:authors?:?|words:|writers?:|reporters?:|(?:text|words|story|article|reported|written|posted) by:?|from (?:our|a) (?:own )?correspondent:?) (?=\p{Lu})/iu

/** The pictures' credit printed after the authors: " | Photos by John Roe", " / Video: Ann Lee". */
const pictureCreditAfter = / [|/·•] (?:[Pp]hotos?|[Pp]ictures?|[Ii]mages?|[Vv]ideo|[Gg]raphics?|[Ii]llustrations?)(?: by)?:? \p{Lu}.{0,60}$/u

/**
 * The names of an author line that labels them as such instead of writing
 * "By" ("Author Jane Doe, John Roe"), as some sites print it under the date.
 *
 * @param value A line.
 * @returns The names, or null when the line is no such author line.
 */
export function labelledAuthors(value: string): string | null {
  const label = authorLabel.exec(value)
  if (!label) return null
  // The place the authors report from and the pictures' credit after a bar
  // are no names: "Reported by Jane Doe in Accra", "Story by Jane Doe | Photos by John Roe".
  const written = withoutPlace(value.slice(label[0].length).replace(pictureCreditAfter, ''))
  // Nor are an outlet or the agencies drawn on after the names ("Author Jane Doe (dpa, AFP)"); a second author after a comma is a name.
  const names = isNamesLine(written) ? written : withoutOutlet(written)
  // "Text by" credits whoever wrote the text, which may be the outlet: "Text by: Channel 9".
  const credited = label[0].toLowerCase().includes('by') && names.length <= outletLength && words(names).every(isCreditWord)
  return isNamesLine(names) || credited ? names : null
}

/**
 * Photo-credit endings of caption paragraphs: "... Photo: Reuters",
 * "...2021.Credit: Reuters", "... Jane Doe/AFP via Getty Images",
 * "... (AP Photo/Jane Doe)", "... (Image: GETTY)".
 */
export const creditEndings: readonly LinePattern[] = [
  // The label may be German or Portuguese ("Foto:").
  {pattern: /(?:^|[\s.(])(?:photo|foto|photograph|picture|image|credit|photo credit|courtesy)s?\s*:\s*[^.:]{1,60}(?:\.[a-z]{2,4})?\.?$/i, holds: [':']},
  // The photographer's name set off by a spaced slash after the label: "... in the hills. Photo / Jane Doe".
  {pattern: /[.!?]["”’]? (?:Photo|PHOTO|Foto) \/ \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u, holds: [' / ']},
  // Glued to the caption by a scraper that dropped the space: "...in MayCredit: Reuters".
  {pattern: /\p{Ll}(?:Credit|Photo|Picture|Image)s?:\s*[^.:]{1,60}\.?$/u, holds: [':']},
  {
    pattern:
      /\/\s*(?:afp|ap|reuters|epa|getty images|bloomberg|ap images|anadolu|xinhua|sipa|shutterstock|alamy|nurphoto|zuma|sopa images)(?:\s+via\s+getty images| file)?\.?\)?$/i,
    holds: ['/']
  },
  // "(AP Photo/Jane Doe)", "(File photo: Jane Doe)", "(Illustrative photo/Flash90)".
  {pattern: /\((?:ap|afp|reuters|epa|file|illustrative|courtesy|handout|stock)? ?(?:photo|image|picture|pic)s?(?:\s*[:/]| by )[^()]{1,80}\)\.?$/i, holds: ['(']},
  // The photographer after the agency in capitals and a slash, after the caption's last
  // sentence: "... on the trading floor. REUTERS/Jane Doe", "... at the clinic. ANSA/JANE DOE".
  {
    pattern: /[.!?]["”’]? (?:\p{Lu}{3,8}(?:-\p{Lu}{2,8})?|AP|Reuters|Xinhua)\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:\/File(?: Photo)?)?$/u,
    holds: ['/']
  },
  // A source set off by a spaced slash after the caption's last sentence:
  // "... rose again in May. / Jane Doe", "... on Thursday. / State Fire Services Department"; a sentence never ends on one.
  {pattern: /[.!?]["”’]? \/ \p{Lu}[\p{L}.&'’-]{1,25}(?: \p{Lu}[\p{L}.&'’-]{1,25}){0,3}$/u, holds: [' / ']},
  // The photographer and the outlet set off by a bullet after the caption's last sentence: "... from the span. JANE DOE • Star Tribune".
  {pattern: /[.!?]["”’]? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} • \p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}$/u, holds: [' • ']},
  {pattern: /\bvia getty images\.?\)?$/i},
  // The credit followed by the label of the player's button that hides the caption: "... Jane Doe/AP hide caption".
  {pattern: /\/\p{L}[^/]{0,40} (?:hide|toggle) caption$/iu, holds: ['/']},
  // A caption's credit in brackets after its last sentence, agency and
  // photographer set off by slashes: "... on Friday. (Jane Doe/CBC)", "(Agency / Outlet / Jane Doe)";
  // each word ends in a letter: a credit has no full stop inside its brackets.
  {
    pattern: /[.!?]["”’]? \(\p{Lu}(?:[\p{L}.'’&-]*\p{L})?(?: \p{Lu}(?:[\p{L}.'’&-]*\p{L})?){0,3}(?: ?\/ ?\p{Lu}(?:[\p{L}.'’&-]*\p{L})?(?: \p{Lu}(?:[\p{L}.'’&-]*\p{L})?){0,3}){1,3}\)$/u,
    holds: ['/']
  },
  // A photographer's credit in square brackets, which captions print even
  // without a full stop before it: "... on the edge of the city on Monday
  // [Jane Doe/AFP]". A name comes first: sources cited in brackets ("[IBD/TIPP]") are no credit.
  {
    pattern: / \[\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){1,3}(?: ?[\/|] ?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}){1,3}\]$/u,
    holds: ['/', '|']
  },
  // A credit set off by bars after the caption's last sentence: "... on Thursday. PHOTO | JANE DOE | DAILY NEWS".
  {pattern: /[.!?]["”’]? (?:file )?(?:photo|image|picture)s? ?\| ?[^|]{2,60}(?: ?\| ?[^|]{2,60}){0,2}$/i, holds: ['|']},
  // An agency's file picture: "... on August 13, 2021. JANE DOE AFP/File".
  {pattern: /\s(?:AFP|AP|EPA|Reuters|REUTERS)\/(?:File|FILE|Getty(?: Images)?)\.?$/, holds: ['/']},
  {pattern: /\((?:getty|getty images|reuters|afp|ap|epa|pa|file|supplied|handout)\s*\)\.?$/i, holds: ['(']},
  // The outlet's initials or name and "photo" in brackets: "... at the pumping station on Monday (JT photo)", "(Courier file photo)".
  {pattern: / \(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2} (?:file )?(?:photo|Photo|PHOTO)\)\.?$/u, holds: [' photo)', ' Photo)', ' PHOTO)']},
  // The credit after the caption's last sentence, maybe after a dash: "... on Monday. Photo by Outlet/Jane Doe",
  // "... in the old city. — Photo by APP", "... on Friday. Pic by Jane Doe".
  {pattern: /[.!?]["”’]? (?:[—–-] )?(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Pp]ic)s? (?:(?:sent|supplied|provided|shared|taken) )?by (?:\p{Lu}|an? )[^.!?]{1,60}$/u, holds: [' by ']},
  // A dash standing for the full stop before a credit of names alone: "... at the depot on Monday – Photo by Jane Doe, Courier".
  {pattern: / [—–-] (?:[Pp]hoto|[Pp]icture|[Pp]ic)s? by \p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){1,5}$/u, holds: [' by ']},
  // The word for a picture and the photographer after a slash: "... on Thursday. PHOTO/JANE DOE", "... Photo/File".
  {pattern: /[.!?]["”’]? (?:PHOTO|Photo|PICTURE|Picture|PIC|Pic)\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u, holds: ['/']},
  // The photographer and the outlet after a slash, after the caption's last sentence,
  // maybe glued to its full stop: "... running. Jane Doe/KQED",
  // "... at dawn. JANE DOE/THE PRESS", "... July 20, 2021.JANE DOE/THE PRESS", "... in the valley - Jane Doe/Outlet".
  {
    pattern: /(?:[.!?]["”’]? |[\p{Ll}\d][.!?])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} ?\/ ?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}$/u,
    holds: ['/']
  },
  // After a dash the credit closes a caption with no full stop, so none may end it ("... airports in the region – New York/Newark." is a sentence).
  {
    pattern: / [-–—] \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} ?\/ ?\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3}$/u,
    holds: ['/']
  },
  // The outlet and its photographer in brackets after the caption's last sentence, maybe glued to it:
  // "... at a nursing home.(Courier News: Jane Doe)". A source or a chart cited so is no picture's credit ("(Source: Health Ministry)", "(Data: World Bank)").
  {
    pattern: /[.!?]["”’]? ?\((?!(?:Sources?|Data|Figures?|Charts?|Graphics?|Tables?|Maps?|Notes?|Via|See|Read|Video|Audio):)\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}: \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\)$/u,
    holds: [': ']
  },
  // An agency or outlet and "Photo" after the caption's last sentence: "... on Nov. 10. DHA Photo", "... in Ankara. AA Photo".
  {pattern: /[.!?]["”’]? \p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2} (?:Photos?|PHOTOS?)$/u, holds: [' Photo', ' PHOTO']},
  // An agency in square brackets, which captions print without a full stop
  // before it: "... at the sit-in [Reuters]", "... on Monday [File: Jane Doe/AP]".
  // A caption asks nothing: a related headline credits its outlet so too ("Why Did Prices Fall? [Bloomberg]").
  {
    pattern:
      /^[^?!]{10,300} \[(?:File(?: photo)?: ?)?(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\/ ?)?(?:AFP|AP|Reuters|REUTERS|EPA|EPA-EFE|Getty Images|Al Jazeera|Anadolu|Bloomberg|Xinhua|File)(?: via Getty(?: Images)?)?\]$/u,
    holds: ['[']
  },
  // An agency chain set off by slashes after the last sentence: "... on Tuesday. Picture-alliance/dpa/J. Doe".
  {pattern: /[.!?]["”’]? \p{Lu}[\p{L}-]{1,30}(?:\/\p{L}[\p{L}. -]{0,30}){2,3}$/u, holds: ['/']},
  // The photographer and the outlet they worked for in brackets after the last sentence: "... in Tulsa. (Jane Doe for The Ledger)",
  // "... on November 4, 2020. ( Jane Doe - Anadolu Agency )". Names are capitalised and the brackets close the line,
  // so an aside in a sentence ("(money set aside for schools)", "(Jane Doe for Congress).") is not one.
  {
    pattern: /[.!?]["”’]? \( ?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?: for| [-–]) \p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4} ?\)$/u,
    holds: [' for ', ' - ', ' – ']
  },
  // The photographer and the outlet in capitals after the last sentence: "... on Sunday. Ana Ruiz (THE COURIER)".
  {pattern: /[.!?]["”’]? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} \(\p{Lu}[\p{Lu} .&'’-]{1,25}\)$/u, holds: [' (']},
  // A picture agency in capitals after the caption's last sentence: "... at a checkpoint on Thursday. KYODO";
  // not the short wire sign-offs ("AP", "AFP") a story's last line may run into.
  {pattern: /[.!?]["”’]? (?:EPA|REUTERS|KYODO|XINHUA|YONHAP|BERNAMA|ANADOLU|ANSA)$/},
  // A copyright sign before the agency after the caption's last sentence:
  // "... on March 14. © AFP", "... near the square. © Jane Doe, AFP".
  {pattern: /[.!?]["”’]? © ?\p{Lu}[\p{L}.&'’ ,/-]{1,40}$/u, holds: ['©']}
]

/**
 * Whether a paragraph ends with a picture credit, which makes it a caption.
 *
 * @param value A line.
 * @returns True for a caption with a credit.
 */
export function endsWithPhotoCredit(value: string): boolean {
  return value.length <= 400 && (creditEndings.some((entry) => matchesLine(entry, value)) || endsWithGluedAgency(value) || endsWithCapitalsCredit(value) || endsWithBarCredit(value))
}

/**
 * The credit set off by a bar after the caption's last sentence: "... in
 * the city on Friday. | KYODO", "... | Jane Doe/The Ledger". Not a wire's
 * sign-off after a story's last paragraph ("... the ministry said. | AFP").
 */
const barCredit = /[.!?]["”’]? \| (?!(?:AP|AFP|Reuters|REUTERS|PTI|IANS|ANI|UNI|dpa|DPA|Xinhua|Bernama|Anadolu)$)\p{Lu}[\p{L}.&'’\/-]*(?: \p{Lu}[\p{L}.&'’\/-]*){0,3}$/u

/**
 * Whether a line is a caption with its credit after a bar (see {@link barCredit}),
 * short and reporting no speech nor what will happen, as a caption does.
 *
 * @param value A line.
 * @returns True for such a caption.
 */
function endsWithBarCredit(value: string): boolean {
  return value.includes(' | ') && value.length <= maximumCapitalsCaptionLength && barCredit.test(value) && !reportedSpeech.test(value) && !modalVerb.test(value)
}

/**
 * The photographer's name in capitals after a caption's last sentence, in
 * lower case: "... on Sunday. JANE DOE". Not a run of a wire desk's codes
 * ("... he said. PTI ABH SMN") nor a teaser's label ("... READ MORE").
 */
const capitalsCredit =
  /[\p{Ll}\d][.!?]["”’]? (?!(?:READ|SEE|WATCH|ALSO|MORE|RELATED|ENDS?|UPDATE|BREAKING)\b)(?!(?:\p{Lu}{1,3}(?: |$))+$)\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,2}$/u
/** A caption with a credit in capitals is short: a paragraph of the story may run into a crosshead. */
const maximumCapitalsCaptionLength = 250

/**
 * Whether a line is a caption ending with its photographer's name in
 * capitals (see {@link capitalsCredit}). A caption reports no speech and
 * nothing that will happen, which tells it from a story's paragraph run into
 * a crosshead ("... will take months. HOUSING SHORTAGE").
 *
 * @param value A line.
 * @returns True for such a caption.
 */
function endsWithCapitalsCredit(value: string): boolean {
  return value.length <= maximumCapitalsCaptionLength && capitalsCredit.test(value) && !reportedSpeech.test(value) && !modalVerb.test(value)
}

/** Agencies whose name a scraper glues to the caption's full stop: "...in New York.Reuters". */
const gluedAgencies: ReadonlySet<string> = new Set(['Reuters', 'AFP', 'AP', 'EPA', 'Bloomberg', 'Xinhua', 'Getty Images', 'Shutterstock', 'Alamy'])
/** What ends a caption's last word before its full stop. */
const wordEnd = /[\p{Ll}\d)"”’]/u

/**
 * Whether a paragraph runs into an agency's name right after its full stop,
 * as no sentence does and a scraper that drops the space between caption
 * and credit does. Looked up from the last full stop, which most lines end
 * with, rather than by a pattern tried along the whole line.
 *
 * @param value A line.
 * @returns True for a caption glued to its credit.
 */
function endsWithGluedAgency(value: string): boolean {
  const dot = value.lastIndexOf('.')
  return dot > 0 && gluedAgencies.has(value.slice(dot + 1)) && wordEnd.test(value[dot - 1]!)
}

/** What sets off the parts of a metadata strip: "Business | 14 March 2017", "World · Asia", "LAGOS — Metro", "News > Politics". */
export const stripSeparator = / (?:[|·•/—–>»›]|-{1,2}) /
/** A metadata strip is as short as a desk line. */
const maximumStripLength = 120
/** A labelled field of a strip: "Section: Politics", "Editor: Jane Doe", "Edition: Weekend". */
const stripField = /^(?:section|edition|editor|desk|category|region|topic|column|source|filed|posted|updated|published|last updated|edited by)\.?:? (?=[\p{Lu}\d])/iu
/**
 * A numbered or seasonal part of a strip: "Page A12", "Issue No. 3310", "Issue #412", "Vol.
 * 12, Issue 48", "Spring 2004", "5 min read", a date in figures, maybe with the time ("28/02/2019", "14/08/2023 09:12"),
 * a clock time beside the date ("June 4, 2018 | 09:40").
 */
const stripNumber =
  /^(?:(?:(?:vol(?:ume)?|issue|no|page|p|edition|ed)\.? ?(?:no\.? ?|#)?[a-z]?\d{1,5},? ?){1,3}|(?:spring|summer|autumn|fall|winter) \d{4}|\d{1,3} min(?:ute)?s? read|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,? \d{1,2}[:.]\d\d)?|\d{1,2}:\d\d(?: ?[ap]\.?m\.?)?)$/i

/**
 * A section or a place in a strip: one to four capitalised words
 * ("Business", "SYDNEY, Australia", "Arts & Culture"), or, as some sites
 * print their slugs, up to two in lower case without a function word
 * ("jakarta", "real estate").
 */
function isStripLabel(part: string): boolean {
  const tokens = words(part)
  if (tokens.length === 0 || tokens.length > 4 || part.length > 40 || /\d/.test(part) || /[.!?]$/.test(part)) return false
  return tokens.every(isCreditWord) || (tokens.length <= 2 && stopwordDensity(tokens) === 0)
}

/** What dates a page rather than an event: a year, a clock time, a relative time. */
const pageDate = /\b(?:1[89]|20)\d\d\b|\d[:.]\d\d\b|\bago$/

/**
 * A dated part of a strip: a stamp with a year, a clock time or "ago", an
 * issue or page number, a season. A day and month alone ("June 26 -- Arena,
 * Denver, CO") opens an item of a list of events.
 */
function isStripDate(part: string): boolean {
  return stripNumber.test(part) || (pageDate.test(part) && (isStampLine(part) || isDateStamp(words(part))))
}

/**
 * Whether a line is a strip of a page's metadata as scrapers keep it over or
 * under the story: places, sections, labelled fields and a date, time, issue
 * or page, set off by bars, dots, slashes or dashes ("NAIROBI | Business | 14
 * March 2017", "World · Asia · 3 hours ago", "Section: Politics | Edition:
 * Weekend | Page 4", "Issue 217 | Spring 2004"). Every part is such a field and
 * one at least is dated: a dateline opening a sentence ("LONDON — The bank
 * said ...") has a part of prose, a trail of sections alone is left to the
 * trail rule.
 *
 * @param value A line.
 * @returns True for a metadata strip.
 */
export function isMetadataStrip(value: string): boolean {
  if (value.length > maximumStripLength || !/\d/.test(value)) return false
  if (!stripSeparator.test(value)) return isHomeStrip(value)
  let dated = false
  for (const part of value.trim().split(stripSeparator)) {
    const field = stripField.exec(part)
    const content = field ? part.slice(field[0].length) : part
    if (isStripDate(content)) dated = true
    else if (!isStripLabel(content)) return false
  }
  return dated
}

/** The site's home link opening a strip scraped without separators. */
const homeLink = /^(?:Home|HOME) (?=\p{Lu})/u
/** Sections and places between the home link and the date of such a strip. */
const homeStripLabels = 6

/**
 * Whether a line is a metadata strip scraped without its separators, as
 * the home link, sections and places and a page date run together ("Home
 * News Cape Town 12 April 2016, 8:30 pm", "HOME SPORT Monday 3 May 2021
 * 10:15"); a sentence opening with "Home" has words in lower case before its
 * date ("Home Secretary Jane Doe said on 12 April ...").
 *
 * @param value A line with a figure and no separator.
 * @returns True for such a strip.
 */
function isHomeStrip(value: string): boolean {
  if (!homeLink.test(value)) return false
  const parts = value.trim().split(' ')
  for (let end = 2; end <= Math.min(parts.length - 1, homeStripLabels + 1); end++) {
    if (!isCreditWord(parts[end - 1]!)) return false
    if (isStripDate(parts.slice(end).join(' '))) return true
  }
  return false
}

/** A caption is short: a line describing a picture, not a paragraph. */
const maximumCaptionLength = 140
/**
 * What marks a short line as a caption without a credit: a file picture ("File
 * photo", "... (file photo)", "... (archive picture)"), or where the people
 * stand in it before a verb in the present ("The minister (left) speaks ...",
 * "Jane Doe (2nd L) shakes hands ..."; a bare "(R)" is a party), or "pictured" ("The mayor, pictured, at the opening"),
 * or the day it was taken after a comma, as agencies end their captions ("Commuters wait at a bus stop, March 3, 2020.";
 * a date line alone, "Friday, March 4, 2016.", is no caption).
 */
const captionMark =
  /^(?:file|archive|stock|representational|representative) (?:photo|picture|image|pic)\.?$| \((?:file|archive)(?: (?:photo|picture|image|pic))?\)\.?$| \((?:(?:second |third |2nd |3rd )?(?:left|right|centre|center|front|rear)|\d(?:st|nd|rd|th) [LR])\) [a-z]+s\b|, pictured(?: (?:left|right|above|below|centre|center))?,| pictured(?: (?:left|right|above|below))?\.?$|^(?:\S+ ){5}.*, (?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},?) (?:19|20)\d\d\.$/i
/**
 * A picture's credit in brackets after a caption's last sentence, naming the
 * outlet's file picture ("... in Leeds. (Courier file photo)"); the brackets
 * follow a full stop, so an aside in a sentence ("(file photos of the suspects)") is not one.
 * The photographer working for the outlet is a credit of its own (see {@link creditEndings}).
 */
const outletCredit = /[.!?] \((?:\p{Lu}[\p{L}.'’&-]* ){1,3}(?:file|archive|staff) (?:photo|picture|image)\)$/u
/**
 * A caption whose picture credit in brackets follows its full stop: "... on
 * Tuesday. (Courier photo)", "... on Sunday. (Social media)", "... on Nov.
 * 17, 2016. (Handout)". The caption before it must still end with the day the
 * picture was taken. An agency's name alone in brackets ("... on Saturday.
 * (Yonhap)") signs a story's last paragraph as often as a caption, so it is
 * not enough.
 */
const creditedCaption =
  /^(.+)\. \((?:\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3} (?:photo|photograph|picture|image|video|footage|grab)|[Ss]ocial media|[Hh]andout|[Ff]ile)\)$/u
/** What a caption never holds and a sentence of the story may: a quotation or its verb. */
const reportedSpeech = /["“”]|\b(?:said|says|told|according|reported)\b/

/**
 * A caption scraped without its full stop ends with the day the picture was
 * taken ("Firefighters battle a blaze near the town on Tuesday", "Voters
 * queue outside a polling station on March 3"); the story's sentences end
 * with a full stop, and a headline or crosshead this long is rarer than a
 * caption under a picture. Six words at least: "Polls close on Tuesday" is a crosshead.
 */
const captionDay =
  /^(?:\S+ ){5}.* on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, (?:19|20)\d\d)?)$/i
/**
 * How a caption opens when it says it describes a picture: an agency's file
 * mark ("FILE - Firefighters ..."), "In this photo taken ...", "In this Aug.
 * 3, 2019, file photo, ...", "This handout photo provided by ... shows", "A handout picture released by ... shows",
 * a label for where the picture sits or what it is ("Pictured:", "Above:", "Main image:", "Photo:")
 * or an arrow pointing at it ("▲ ..."), or an agency's place and day in capitals ("KYIV, UKRAINE - MARCH 3: ...").
 * A story refers to "the photo".
 */
const captionOpening =
  /^(?:FILE ?[-–—] |In this (?:[\p{L}\d.,'’ ]{0,60}?[ ,])?(?:file |handout |undated |still )?(?:photo|image|picture|frame grab|video (?:grab|still))s?(?:,| taken| made| provided| released| shot| from| distributed| obtained| posted)|This (?:handout |undated |file |still )?(?:photo|image|picture|frame grab|video (?:grab|still)) (?:provided|released|taken|made|shows|distributed|obtained|posted)|An? (?:handout|undated|file) (?:photo|image|picture) (?:provided|released|taken|made|shows|distributed|obtained|posted)|(?:Pictured|Above|Below|Caption|Inset|Top|Left|Right|Photo|Photograph|Picture|Image|Main (?:picture|image|photo)|Clockwise from (?:top )?left): ?(?=\p{Lu})|[▲▼►] |\p{Lu}[\p{Lu}.'’ -]{1,30}, \p{Lu}[\p{Lu}.'’ -]{1,30} [-–—] \p{Lu}{3,9}\.? \d{1,2}(?:, \d{4})?: )/u
/** Agencies' captions, which say what the picture shows and when it was taken, run longer than other captions. */
const maximumAgencyCaptionLength = 400

/** What a caption does not tell and a story's line or a teaser may: what will happen. */
const modalVerb = /\b(?:will|would|could|should|might|must|shall|can)\b/i

/**
 * Whether a line is a caption ending with the day the picture was taken and
 * no full stop (see {@link captionDay}), not reporting speech or what will happen.
 *
 * @param value A line.
 * @returns True for such a caption.
 */
function isDayEndedCaption(value: string): boolean {
  return (
    (value.endsWith('day') || /\d$/.test(value)) &&
    captionDay.test(value) &&
    !reportedSpeech.test(value) &&
    !modalVerb.test(value)
  )
}

/**
 * Whether a line is a caption without a credit, marked as one by what it
 * says of the picture (see {@link captionMark}, {@link outletCredit}, {@link captionOpening} and {@link captionDay}), and not reporting speech:
 * "The mayor, pictured here last year, denied ... and said" is the story.
 *
 * @param value A line.
 * @returns True for such a caption.
 */
export function isMarkedCaption(value: string): boolean {
  if (value.length <= maximumAgencyCaptionLength && captionOpening.test(value) && !reportedSpeech.test(value)) return true
  if (value.length > maximumCaptionLength) return false
  if (isDayEndedCaption(value)) return true
  const credited = creditedCaption.exec(value)
  if (credited && isDayEndedCaption(credited[1]!)) return true
  return (
    (value.includes('(') || value.includes('pictured') || /\d\.$|^(?:file|archive|stock|represent)/i.test(value)) &&
    (captionMark.test(value) || outletCredit.test(value)) &&
    !reportedSpeech.test(value)
  )
}

/** Platforms and verbs of a share widget's buttons, and of the article tools beside them (save, gift, print). */
const shareButtons = new Set(
  'share shares tweet email e-mail mail print printer-friendly printable pin save saved gift bookmark send copy whatsapp facebook twitter linkedin reddit flipboard messenger telegram pinterest tumblr vk weibo wechat viber sms bluesky threads mastodon pocket x'.split(' ')
)
/** Words printed between the buttons: "Share this article on", "Send to a friend", "Font size A A", counts and icon letters. */
const shareFillers = new Set(
  'this article stories story page post on via to by with a friend friends link url font text size formerly and or more options it in add your version for later'.split(' ')
)
/**
 * What every line with a button holds, tested before the line is split into
 * words: most short lines (headlines, crossheads) have none of them.
 */
const shareButtonPart = /share|tweet|mail|print|pin|sav|gift|bookmark|send|copy|whatsapp|facebook|twitter|linkedin|reddit|flipboard|messenger|telegram|tumblr|vk|weibo|wechat|viber|sms|bluesky|threads|mastodon|pocket|x\b/i
/** Share widgets are short. */
const maximumShareLength = 100
const maximumShareWords = 16
/** What a share widget's first button says when it is the only one: "Share article", "Copy URL". */
const shareOpener = /^(?:share|copy|send|email|print|printer|save|gift|add)\b/i

/**
 * Whether a line is a share widget's buttons run together, in any order and
 * with any separators: "Share on WhatsApp | Share on Telegram | Copy link",
 * "Facebook | X | Bluesky | Email", "f Share t Tweet in Share", "Share 12
 * Tweet 7 Email", "Send to a friend | Print | Font size A A", and the
 * article tools beside them ("Gift this article", "Add to your saved
 * stories", "Printer-friendly version"). Every word is a
 * platform, a button's verb, a filler between buttons, a count or an icon's
 * letter; two buttons at least, or one that opens the line. A sentence about
 * the platforms ("Facebook and Twitter declined to comment") has other words.
 *
 * @param value A line.
 * @param count Its number of words, if already counted.
 * @returns True for a share widget.
 */
export function isShareWidget(value: string, count = wordCount(value)): boolean {
  if (value.length > maximumShareLength || count > maximumShareWords || endsSentence(value) || !shareButtonPart.test(value)) return false
  const tokens = words(value)
  let buttons = 0
  for (const token of tokens) {
    const lower = token.toLowerCase()
    if (shareButtons.has(lower)) buttons++
    else if (!shareFillers.has(lower) && !/^(?:\d{1,6}k?|\p{L})$/u.test(lower)) return false
  }
  return buttons >= 2 || (buttons === 1 && tokens.length >= 2 && shareOpener.test(value))
}

/**
 * A call to the reader that opens a promo, as an imperative: "Subscribe now",
 * "Sign up", "Download the", "Listen to", "Watch the", "Get our", "Join us",
 * "Follow the", "Become a member", "Tune in". The words after the verb rule
 * out the noun ("Support for the plan", "Download speeds", "Watch makers");
 * the verb's other senses ("Get vaccinated", "Join the queue", "Follow the
 * money") name no product (see {@link promoProduct}).
 */
const promoCall =
  /^(?:subscribe|sign up|continue (?:reading|watching|listening) (?:on|in)|(?:download|install) (?:the|our|it|now|free|\p{Lu})|tune in|follow (?:us|our|the|\p{Lu})|listen (?:to|on|now|live|again)|watch (?:the|our|it|now|live|on|more|all|every|full)|(?:get|unlock|enjoy) (?:the|our|unlimited|full|a free|free|breaking|instant|exclusive|\d)|try (?:it|us|our|the|\p{Lu}|\d)|join (?:us|our|the|\p{Lu})|register (?:now|today|for|to|free)|support (?:us|our|local|independent|quality|trusted|the)|become (?:a|an) (?:member|subscriber|supporter|patron|insider))\b/iu
/**
 * What a promo sells: an app, a podcast, a newsletter, a channel, a
 * subscription or membership, access, alerts, an offer or a price.
 */
const promoProduct =
  /\b(?:apps?|podcasts?|newsletters?|youtube|spotify|itunes|channel|subscriptions?|subscribers?|(?:unlimited|digital|full|premium) access|free trial|free for \d{1,3} (?:days|weeks|months)|members?(?:hip)?|alerts|exclusive|offers?|(?:a|per) (?:week|month|year)|journalism|fm|radio|whatsapp|telegram|inbox|iphone|android)\b|[£$€]\d/i
/** A promo is a line or two: a longer paragraph is the story's. */
const maximumPromoWords = 25

/**
 * Whether a line is a promo for the outlet's products: an imperative call
 * to the reader that names what it sells ("Download the Gazette app for
 * iPhone and Android", "Listen to our daily podcast on Spotify", "Try The
 * Tribune Digital free for 30 days", "Get unlimited access to the Observer
 * for $1", "Tune in to Morning Report weekdays on 101.5 FM"). The story
 * reports such calls ("Residents can download the council app") without
 * opening on the verb.
 *
 * @param value A line.
 * @param count Its number of words, if already counted: most lines of prose
 *   are too long to be a promo, and are passed over on it.
 * @returns True for a promo.
 */
export function isPromoCall(value: string, count = wordCount(value)): boolean {
  return count <= maximumPromoWords && promoCall.test(value) && promoProduct.test(value)
}
