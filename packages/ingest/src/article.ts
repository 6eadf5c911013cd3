import type {Article, Origin} from '@sourcing/schema'
import {toIsoDate} from './date.js'
import {nonEnglish} from './language.js'

/** Why one input could not become an article. */
export interface IngestFailure {
  /** Id the article would have had. */
  id: string
  /** File it came from. */
  path: string
  /** 1-based line in a JSON Lines file; null for whole files. */
  line: number | null
  /** One line naming the problem: `invalid JSON at column 12`, `missing field text`. */
  reason: string
}

/** One article read, or why it could not be. */
export type IngestResult = {ok: true; article: Article} | {ok: false; failure: IngestFailure}

/**
 * An article from plain text or Markdown, exactly as given: no metadata is
 * read here (headline lines, date stamps and bylines are the cleaner's job).
 *
 * @param text The article text.
 * @param origin Where it came from.
 * @param id Article id; defaults to `origin.path`.
 * @returns The article.
 */
export function articleFromText(text: string, origin: Origin, id = origin.path): Article {
  return {id, origin, text, title: null, date: null, byline: null, outlet: null, url: null, language: languageOf(text)}
}

/**
 * The language an article is in, for the `language` field: `English`, or
 * what it looks like otherwise.
 *
 * @param text The article text.
 */
export function languageOf(text: string): string {
  return nonEnglish(text) ?? 'English'
}

/**
 * Field names of crawler dumps, first match wins: our own JSON Lines shape,
 * then news-please (`maintext`, `date_publish`, `source_domain`, `authors`) and
 * CC-News (`domain`).
 */
const fields = {
  text: ['text', 'maintext', 'body', 'content'],
  title: ['title', 'headline'],
  date: ['date', 'date_publish', 'published', 'datePublished', 'date_modify'],
  byline: ['byline', 'author', 'authors'],
  outlet: ['outlet', 'source_domain', 'domain', 'site_name', 'source'],
  url: ['url', 'link']
} as const

/**
 * An article from one parsed JSON Lines record (our shape, news-please or
 * CC-News). Its id is the record's `id`, else its `url`, else `file:line`.
 *
 * @param value The parsed JSON value of the line.
 * @param origin File and line of the record.
 * @param file Name of the file in fallback ids (`file:line`); defaults to `origin.path`.
 * @returns The article, or the failure naming what is wrong with the record.
 */
export function articleFromJsonRecord(value: unknown, origin: Origin, file = origin.path): IngestResult {
  const fallbackId = `${file}:${origin.line ?? 1}`
  const fail = (id: string, reason: string): IngestResult => ({
    ok: false,
    failure: {id, path: origin.path, line: origin.line, reason}
  })

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(fallbackId, `expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`)
  }

  const record = value as Record<string, unknown>
  const url = pick(record, fields.url)
  const rawId = record.id ?? record._id
  const id =
    typeof rawId === 'string' && rawId.trim()
      ? rawId
      : typeof rawId === 'number'
        ? String(rawId)
        : (url ?? fallbackId)

  const textKey = fields.text.find((key) => key in record && record[key] !== null)
  if (!textKey) return fail(id, 'missing field text')
  const text = record[textKey]
  if (typeof text !== 'string') return fail(id, `field ${textKey} is not a string`)
  if (text.trim() === '') return fail(id, `empty field ${textKey}`)

  const rawDate = fields.date.map((key) => record[key]).find((date) => date !== undefined && date !== null)

  return {
    ok: true,
    article: {
      id,
      origin,
      text,
      title: pick(record, fields.title),
      date: toIsoDate(rawDate),
      byline: pick(record, fields.byline),
      outlet: pick(record, fields.outlet),
      url,
      language: languageOf(text)
    }
  }
}

/**
 * First non-empty string among `keys`; arrays of strings (news-please
 * `authors`) are joined with commas.
 *
 * @param record JSON object.
 * @param keys Field names in order of preference.
 * @returns Trimmed value or null.
 */
function pick(record: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    let value = record[key]
    if (Array.isArray(value)) {
      value = value.filter((item): item is string => typeof item === 'string').join(', ')
    }
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  return null
}
