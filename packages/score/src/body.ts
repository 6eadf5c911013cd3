import {blankRemoved} from '@sourcing/clean'
import type {CleanedArticle} from '@sourcing/schema'

/** Half-open offsets into the article text. */
export interface Range {
  start: number
  end: number
}

/**
 * The article body as the checks see it: paragraphs and sentences of the
 * text left after the cleaner's removals, with their offsets in the original
 * text, and a word count.
 */
export interface Body {
  /** The text with removed stretches blanked (same length, newlines kept). */
  text: string
  paragraphs: Range[]
  sentences: Range[]
  words: number
  /** 1-based paragraph of an offset; the previous paragraph when it falls between two. */
  paragraphOf(offset: number): number
  /** 0-based sentence of an offset; the previous sentence when it falls between two. */
  sentenceOf(offset: number): number
}

const line = /[^\n]+/g
const alphanumeric = /[\p{L}\p{N}]/u
/**
 * A sentence ends at `.`, `!` or `?` (plus closing quotes or brackets) before
 * whitespace and a capital, digit or opening quote. One punctuation mark, not
 * a run, so a long run of dots cannot make it backtrack.
 */
const sentenceEnd = /[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu
/** Abbreviations after which a full stop does not end a sentence. */
const abbreviation =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Cmdr|Adm|Gov|Sen|Rep|Rev|Sr|Jr|St|Mt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|(?:[A-Z]\.)*[A-Z])\.$/

/**
 * Index the body of an article: paragraphs are the non-blank lines (blank-line
 * or newline separated blocks), sentences are split inside each paragraph.
 *
 * @param article
 *   Cleaned article.
 * @returns
 *   Body index.
 */
export function indexBody(article: Pick<CleanedArticle, 'text' | 'removed'>): Body {
  const text = blankRemoved(article.text, article.removed)
  const paragraphs: Range[] = []
  const sentences: Range[] = []

  for (const block of text.matchAll(line)) {
    const lead = block[0].search(/\S/)
    if (lead < 0) continue
    const start = block.index + lead
    const end = block.index + block[0].trimEnd().length
    paragraphs.push({start, end})
    splitSentences(text, start, end, sentences)
  }

  return {
    text,
    paragraphs,
    sentences,
    words: countWords(text),
    paragraphOf: (offset) => Math.max(1, floorIndex(paragraphs, offset) + 1),
    sentenceOf: (offset) => Math.max(0, floorIndex(sentences, offset))
  }
}

/**
 * How many words a text has: runs of letters and digits joined by single
 * apostrophes or hyphens, as `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` matches
 * them. Counted in one scan of character codes, with only the rare non-ASCII
 * characters put to the Unicode class: matching the pattern over a whole body
 * took most of the time of indexing it.
 *
 * @param text
 *   Text.
 * @returns
 *   Number of words.
 */
export function countWords(text: string): number {
  let count = 0
  // Whether the previous character is a letter or digit, and whether it is a
  // joiner right after one (the next letter or digit continues that word).
  let inWord = false
  let joined = false
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position)
    let wordCharacter: boolean
    if (code < 128) {
      wordCharacter = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
    } else {
      const point = text.codePointAt(position)!
      if (point > 0xffff) position++
      wordCharacter = alphanumeric.test(String.fromCodePoint(point))
    }
    if (wordCharacter) {
      if (!inWord && !joined) count++
      inWord = true
      joined = false
    } else {
      joined = inWord && (code === 39 || code === 45 || code === 0x2019)
      inWord = false
    }
  }
  return count
}

/**
 * Split one paragraph into sentences.
 *
 * @param text
 *   Body text.
 * @param start
 *   Start of the paragraph.
 * @param end
 *   End of the paragraph.
 * @param into
 *   List the sentences are added to.
 */
function splitSentences(text: string, start: number, end: number, into: Range[]): void {
  const paragraph = text.slice(start, end)
  let from = 0
  for (const match of paragraph.matchAll(sentenceEnd)) {
    const to = match.index + match[0].length
    if (abbreviation.test(paragraph.slice(Math.max(from, match.index - 6), match.index + 1))) continue
    pushTrimmed(paragraph, start, from, to, into)
    from = to
  }
  pushTrimmed(paragraph, start, from, paragraph.length, into)
}

/**
 * Add a sentence without its surrounding whitespace, if it has any text.
 *
 * @param paragraph
 *   Paragraph text.
 * @param offset
 *   Offset of the paragraph in the article.
 * @param from
 *   Start in the paragraph.
 * @param to
 *   End in the paragraph.
 * @param into
 *   List of sentences.
 */
function pushTrimmed(paragraph: string, offset: number, from: number, to: number, into: Range[]): void {
  const value = paragraph.slice(from, to)
  const lead = value.search(/\S/)
  if (lead < 0) return
  into.push({start: offset + from + lead, end: offset + from + value.trimEnd().length})
}

/**
 * Index of the last range starting at or before an offset (binary search).
 *
 * @param ranges
 *   Ranges in text order.
 * @param offset
 *   Offset.
 * @returns
 *   Index, or -1 when the offset comes before every range.
 */
function floorIndex(ranges: readonly Range[], offset: number): number {
  let low = 0
  let high = ranges.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (ranges[middle]!.start <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
