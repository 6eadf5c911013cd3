import {rubric} from '@sourcing/score'
import {bands} from '@sourcing/schema'
import type {Corpus} from './corpus.js'
import {points} from './format.js'

const rowHeight = 28
const barWidth = 320
const valueWidth = 150
/** Width allowed per label character at 14px sans-serif: generous, so no label is cut. */
const characterWidth = 7.5

/** One bar: its label, length from 0 to 1, and the value written beside it. */
interface Bar {
  label: string
  share: number
  value: string
}

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
 * A horizontal bar chart as an SVG document. Every bar carries its label and
 * value as text and a black outline on a hatch, so it reads without colour;
 * `<title>` and `<desc>` repeat the data for screen readers.
 *
 * @param title
 *   Title shown above the bars.
 * @param bars
 *   Bars, top to bottom.
 * @returns
 *   SVG document.
 */
function barChart(title: string, bars: readonly Bar[]): string {
  const labelWidth = Math.ceil(characterWidth * Math.max(...bars.map((bar) => bar.label.length))) + 16
  const width = labelWidth + barWidth + valueWidth
  const height = rowHeight * (bars.length + 1)
  const rows = bars.map((bar, index) => {
    const y = rowHeight * (index + 1)
    const length = Math.round(barWidth * Math.min(1, Math.max(0, bar.share)))
    return [
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${escape(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="${rowHeight - 8}" fill="none" stroke="#999" stroke-dasharray="2 3"/>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${length}" height="${rowHeight - 8}" fill="url(#hatch)" stroke="#000"/>`,
      `<text x="${labelWidth + barWidth + 8}" y="${y + 18}">${escape(bar.value)}</text>`
    ].join('')
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="sans-serif" font-size="14">`,
    `<title id="title">${escape(title)}</title>`,
    `<desc id="desc">${escape(bars.map((bar) => `${bar.label}: ${bar.value}`).join('; '))}</desc>`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ddd"/><path d="M0,6 L6,0" stroke="#333"/></pattern></defs>',
    '<rect width="100%" height="100%" fill="#fff"/>',
    `<text x="0" y="18" font-weight="bold">${escape(title)}</text>`,
    ...rows,
    '</svg>',
    ''
  ].join('\n')
}

/**
 * Graded articles per score band, as an SVG bar chart (`reports/scores.svg`).
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   SVG document.
 */
export function scoreChartSvg(corpus: Corpus): string {
  const most = Math.max(1, ...Object.values(corpus.bands))
  return barChart(
    `Graded articles per band (n=${corpus.all.graded})`,
    bands.map((band) => ({label: band, share: corpus.bands[band] / most, value: String(corpus.bands[band])}))
  )
}

/**
 * Share of its points each check earned over the graded articles, as an SVG
 * bar chart (`reports/checks.svg`): where a corpus loses its points, at a
 * glance.
 *
 * @param corpus
 *   Corpus.
 * @returns
 *   SVG document.
 */
export function checkChartSvg(corpus: Corpus): string {
  const {graded} = corpus.all
  return barChart(
    `Points earned per check, graded articles (n=${graded})`,
    rubric.map((entry) => {
      const earned = corpus.checks[entry.id] ?? 0
      const share = graded === 0 ? 0 : earned / (entry.max * graded)
      return {
        label: `${entry.id} ${entry.title}`,
        share,
        value: graded === 0 ? '–' : `${Math.round(share * 100)}% (mean ${points(Math.round((10 * earned) / graded) / 10)}/${entry.max})`
      }
    })
  )
}
