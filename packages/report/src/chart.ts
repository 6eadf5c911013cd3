import {bandCounts} from './aggregate.js'
import {sortedArticles, type Corpus} from './corpus.js'

const rowHeight = 28
const labelWidth = 190
const barWidth = 320
const countWidth = 90

/**
 * Escape text for SVG.
 *
 * @param value
 *   Text.
 * @returns
 *   Escaped text.
 */
function escape(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

/**
 * A horizontal bar chart of graded articles per score band, as an SVG
 * string. Every bar carries its band name and count as text, and bars differ
 * in length and hatching, so it reads without colour.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   SVG document.
 */
export function scoreChartSvg(corpus: Corpus): string {
  const graded = sortedArticles(corpus).filter((article) => article.graded)
  const counts = bandCounts(graded)
  const most = Math.max(1, ...counts.map(([, count]) => count))
  const width = labelWidth + barWidth + countWidth
  const height = rowHeight * (counts.length + 1)
  const rows = counts.map(([band, count], index) => {
    const y = rowHeight * (index + 1)
    const length = Math.round((barWidth * count) / most)
    return [
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${escape(band)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${length}" height="${rowHeight - 8}" fill="url(#hatch${index % 2})" stroke="#000"/>`,
      `<text x="${labelWidth + length + 6}" y="${y + 18}">${count}</text>`
    ].join('')
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="sans-serif" font-size="14">`,
    `<title id="title">Sourcing score distribution</title>`,
    `<desc id="desc">${escape(counts.map(([band, count]) => `${band}: ${count}`).join('; '))} (${graded.length} graded articles)</desc>`,
    '<defs>',
    '<pattern id="hatch0" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ddd"/><path d="M0,6 L6,0" stroke="#333"/></pattern>',
    '<pattern id="hatch1" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.2" fill="#333"/></pattern>',
    '</defs>',
    `<text x="0" y="18" font-weight="bold">Graded articles per band (n=${graded.length})</text>`,
    ...rows,
    '</svg>',
    ''
  ].join('\n')
}
