import {rubric} from '@sourcing/score'
import {sortedArticles, type Corpus} from './corpus.js'
import type {ArticleSummary} from './summary.js'

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

/**
 * The corpus as CSV, one row per article sorted by id: identity, score, band,
 * points per check, metric values and readability, for sorting and analysis
 * in a spreadsheet.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   CSV text with a header row, CRLF line ends.
 */
export function corpusCsv(corpus: Corpus): string {
  return [...corpusCsvPieces(corpus)].join('')
}

/**
 * `corpusCsv` a row at a time, for writing a table too large for one string.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   Rows of the CSV text, each ending in CRLF, the header first.
 */
export function* corpusCsvPieces(corpus: Corpus): Generator<string> {
  const header = [
    'id', 'href', 'title', 'outlet', 'date', 'words', 'graded', 'total', 'band',
    ...rubric.map((entry) => entry.id),
    ...metricColumns,
    'fleschKincaidGrade', 'consensusGrade', 'flags'
  ]
  const row = (article: ArticleSummary) => [
    article.id, article.href, article.title, article.outlet, article.date, article.words, article.graded, article.total, article.band,
    ...rubric.map((entry) => article.checks[entry.id]?.points ?? null),
    ...metricColumns.map((id) => article.metrics[id]?.value ?? null),
    article.fleschKincaidGrade, article.consensusGrade,
    Object.values(article.flags).reduce((sum, n) => sum + n, 0)
  ]
  const line = (cells: Array<string | number | boolean | null>) => `${cells.map(field).join(',')}\r\n`
  yield line(header)
  for (const article of sortedArticles(corpus)) yield line(row(article))
}
