import {bands, type Band} from '@sourcing/schema'
import type {ArticleSummary} from './summary.js'

/** One corpus figure: its value and how many articles it rests on. */
export interface Figure {
  value: number | null
  articles: number
}

/** A corpus figure and the research figure to read it against (sourcing-standards §2). */
export interface CorpusMetric {
  name: string
  format: 'percent' | 'number'
  compute(articles: readonly ArticleSummary[]): Figure
  reference: string
}

/**
 * A rate pooled over articles: the sum of numerators over the sum of
 * denominators, which is what merging shards gives.
 *
 * @param id
 *   Metric id.
 * @returns
 *   Function of the articles.
 */
function pooled(id: string): CorpusMetric['compute'] {
  return (articles) => {
    let numerator = 0
    let denominator = 0
    let used = 0
    for (const article of articles) {
      const metric = article.metrics[id]
      if (!metric || !metric.denominator || metric.numerator === null) continue
      numerator += metric.numerator
      denominator += metric.denominator
      used++
    }
    return {value: denominator === 0 ? null : numerator / denominator, articles: used}
  }
}

/**
 * Share of articles for which a test holds.
 *
 * @param test
 *   Test on one summary.
 * @param applies
 *   Which articles count (default: all).
 * @returns
 *   Function of the articles.
 */
function shareOf(
  test: (article: ArticleSummary) => boolean,
  applies: (article: ArticleSummary) => boolean = () => true
): CorpusMetric['compute'] {
  return (articles) => {
    const counted = articles.filter(applies)
    return {value: counted.length === 0 ? null : counted.filter(test).length / counted.length, articles: counted.length}
  }
}

/**
 * Median of a value over the articles that have it.
 *
 * @param value
 *   Value of one summary, or null.
 * @returns
 *   Function of the articles.
 */
function medianOf(value: (article: ArticleSummary) => number | null): CorpusMetric['compute'] {
  return (articles) => {
    const values = articles.map(value).filter((v): v is number => v !== null)
    return {value: median(values), articles: values.length}
  }
}

/**
 * Mean of a value over the articles that have it.
 *
 * @param value
 *   Value of one summary, or null.
 * @returns
 *   Function of the articles.
 */
function meanOf(value: (article: ArticleSummary) => number | null): CorpusMetric['compute'] {
  return (articles) => {
    const values = articles.map(value).filter((v): v is number => v !== null)
    return {value: values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length, articles: values.length}
  }
}

/**
 * Median of numbers.
 *
 * @param values
 *   Numbers.
 * @returns
 *   Median, or null for none.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = values.toSorted((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const metricValue = (id: string) => (article: ArticleSummary) => article.metrics[id]?.value ?? null
const hasAttributions = (article: ArticleSummary) => (article.metrics['M2']?.value ?? 0) > 0

/** The corpus figures printed per outlet, each beside its research reference. */
export const corpusMetrics: CorpusMetric[] = [
  {name: 'Mean sourcing score (graded articles)', format: 'number', compute: meanOf((a) => a.total), reference: '–'},
  {name: 'Median sourcing score', format: 'number', compute: medianOf((a) => a.total), reference: '–'},
  {
    name: 'Stories with ≥1 anonymous source',
    format: 'percent',
    compute: shareOf((a) => metricValue('M4a')(a) === 1),
    reference: '7–13% general news; 11% national politics; 25–28% in some samples (PEJ 2004/05, Pew 2021)'
  },
  {
    name: 'Stories relying solely on anonymous sources',
    format: 'percent',
    compute: shareOf((a) => metricValue('M4b')(a) === 1, hasAttributions),
    reference: '<1% (Pew 2021)'
  },
  {name: 'Named share of sources', format: 'percent', compute: pooled('M3a'), reference: 'about 76% (PEJ 2002)'},
  {name: 'Anonymous share of attributions', format: 'percent', compute: pooled('M4'), reference: '–'},
  {
    name: 'Bare anonymous sources (level 0)',
    format: 'percent',
    compute: pooled('M5a'),
    reference: '59% of anonymous statements in scandal coverage (CCJ 1998)'
  },
  {name: 'Anonymous sources with a stated reason', format: 'percent', compute: pooled('M6'), reference: '–'},
  {name: 'Formulaic share of stated reasons', format: 'percent', compute: pooled('M6a'), reference: '–'},
  {name: 'Direct-quote share', format: 'percent', compute: pooled('M7'), reference: '30–52% (Pareti et al. 2013)'},
  {
    name: 'Stories with ≥4 named sources',
    format: 'percent',
    compute: shareOf((a) => (metricValue('M2a')(a) ?? 0) >= 4),
    reference: '48–52% of newspaper stories (PEJ 2004/05)'
  },
  {name: 'Mean distinct sources', format: 'number', compute: meanOf(metricValue('M2')), reference: '–'},
  {name: 'Single-source stories', format: 'percent', compute: shareOf((a) => (metricValue('M2')(a) ?? 0) <= 1), reference: '–'},
  {name: 'Official share of attributions', format: 'percent', compute: pooled('M11b'), reference: '–'},
  {name: 'Unsourced hedges per story', format: 'number', compute: meanOf((a) => a.metrics['M9a']?.numerator ?? 0), reference: '–'},
  {name: 'Other-media share of attributions', format: 'percent', compute: pooled('M10'), reference: '–'},
  {name: 'Unattributed-claim rate (estimate)', format: 'percent', compute: pooled('M8'), reference: '–'},
  {
    name: 'Median Flesch-Kincaid grade',
    format: 'number',
    compute: medianOf((a) => a.fleschKincaidGrade),
    reference: 'grade 8–12 expected for hard news; 11–12 in US papers (2004)'
  },
  {name: 'Median consensus grade', format: 'number', compute: medianOf((a) => a.consensusGrade), reference: 'flag above 14'},
  {name: 'Women among named people', format: 'percent', compute: () => ({value: null, articles: 0}), reference: '27–30% (Gender Gap Tracker); not measured here'}
]

/**
 * Articles per band, graded articles only.
 *
 * @param articles
 *   Summaries.
 * @returns
 *   Count per band, in band order.
 */
export function bandCounts(articles: readonly ArticleSummary[]): Array<[Band, number]> {
  return bands.map((band) => [band, articles.filter((article) => article.band === band).length])
}

/** A row of a "most common" table. */
export interface Tally {
  key: string
  count: number
  articles: number
  extra: string
}

/**
 * Count items across articles, with the number of articles each occurs in,
 * most common first (ties by key, so output is stable).
 *
 * @param articles
 *   Summaries.
 * @param items
 *   Items of one article: key, weight, and a detail to show.
 * @param limit
 *   Rows kept.
 * @returns
 *   Rows.
 */
export function mostCommon(
  articles: readonly ArticleSummary[],
  items: (article: ArticleSummary) => Array<{key: string; weight: number; extra: string}>,
  limit: number
): Tally[] {
  const rows = new Map<string, Tally>()
  for (const article of articles) {
    const seen = new Set<string>()
    for (const item of items(article)) {
      const row = rows.get(item.key) ?? {key: item.key, count: 0, articles: 0, extra: item.extra}
      row.count += item.weight
      if (!seen.has(item.key)) row.articles++
      seen.add(item.key)
      rows.set(item.key, row)
    }
  }
  return [...rows.values()]
    .sort((a, b) => b.count - a.count || b.articles - a.articles || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
}
