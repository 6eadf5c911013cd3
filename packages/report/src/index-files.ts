import {failureSchema, type Failure} from '@sourcing/schema'
import {rubric} from '@sourcing/score'
import {z} from 'zod'
import {mapOf} from './map-codec.js'
import {articleSummarySchema, type ArticleSummary} from './summary.js'

/** Where the text of a file goes, a piece at a time. */
export type Sink = (piece: string) => void

/**
 * One of the files that list every article of a corpus (index.csv,
 * index.json), written as the articles come, so that no list of articles and
 * no string of the whole file is ever held: at a few kilobytes an article,
 * either would outgrow memory, or the longest string V8 can make, at a few
 * hundred thousand articles.
 */
export interface IndexFile {
  /**
   * Write the row of one article; `json`, the summary as `JSON.stringify`
   * wrote it, spares serialising again a summary kept as text.
   */
  add(summary: ArticleSummary, json?: string): void
  /** Write the end of the file, with the inputs that failed. */
  end(failures: readonly Failure[]): void
}

/** Metric ids written as CSV columns, in order. */
const metricColumns = [
  'M1', 'M2', 'M2a', 'M2b', 'M3', 'M3a', 'M4', 'M4a', 'M4b', 'M5', 'M5a', 'M6', 'M6a', 'M7', 'M8', 'M9', 'M9a',
  'M10', 'M10a', 'M11', 'M11a', 'M11b', 'M11c', 'M13', 'M14', 'M14a', 'M15', 'M15a'
]

/**
 * Quote a CSV field (RFC 4180) when it holds a comma, quote or line break.
 * Fields starting with `=`, `+`, `-` or `@` are prefixed with `'` so a
 * spreadsheet does not run article text as a formula.
 *
 * @param value
 *   Field value.
 * @returns
 *   CSV field.
 */
function field(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV line, ending in CRLF. */
function line(cells: ReadonlyArray<string | number | boolean | null>): string {
  return `${cells.map(field).join(',')}\r\n`
}

/**
 * index.csv: one row per article in the order they are added, with
 * identity, score, band, points per check, metric values and readability,
 * for sorting and analysis in a spreadsheet. Failures are not rows; they are
 * in index.json and failures.jsonl.
 *
 * @param write
 *   Sink of the text; the header row is written at once.
 * @returns
 *   The file being written.
 */
export function csvIndex(write: Sink): IndexFile {
  write(
    line([
      'id', 'href', 'title', 'outlet', 'date', 'words', 'graded', 'total', 'band',
      ...rubric.map((entry) => entry.id),
      ...metricColumns,
      'fleschKincaidGrade', 'consensusGrade', 'flags'
    ])
  )
  return {
    add(article) {
      write(
        line([
          article.id, article.href, article.title, article.outlet, article.date, article.words, article.graded, article.total, article.band,
          ...rubric.map((entry) => article.checks[entry.id]?.points ?? null),
          ...metricColumns.map((id) => article.metrics[id]?.value ?? null),
          article.fleschKincaidGrade, article.consensusGrade,
          Object.values(article.flags).reduce((sum, n) => sum + n, 0)
        ])
      )
    },
    end() {}
  }
}

/** What index.json holds: the summary of every article and every failure, each keyed by id, read into `Map`s. */
export const indexJsonSchema = z.strictObject({
  articles: mapOf(articleSummarySchema),
  failures: mapOf(failureSchema)
})

/**
 * index.json: every article's summary in the order they are added, then the
 * failures, each record on one line, so a diff shows which articles changed.
 *
 * @param write
 *   Sink of the text; the opening is written at once.
 * @returns
 *   The file being written.
 */
export function jsonIndex(write: Sink): IndexFile {
  let written = 0
  const record = (id: string, json: string, position: number) =>
    `${position === 0 ? '\n' : ',\n'}${JSON.stringify(id)}: ${json}`
  write('{\n"articles": {')
  return {
    add(summary, json = JSON.stringify(summary)) {
      write(record(summary.id, json, written++))
    },
    end(failures) {
      write(`${written === 0 ? '' : '\n'}},\n"failures": {`)
      for (const [position, failure] of failures.entries()) write(record(failure.id, JSON.stringify(failure), position))
      write(`${failures.length === 0 ? '' : '\n'}}\n}\n`)
    }
  }
}
