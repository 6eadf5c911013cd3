import {bands, type Band} from '@sourcing/schema'
import type {ArticleSummary} from './summary.js'

/** One corpus figure: its value, how many articles it rests on, and a 95% interval for proportions. */
export interface Figure {
  value: number | null
  articles: number
  /** Wilson score interval of a proportion; null for means, medians and empty figures. */
  interval: [low: number, high: number] | null
}

/** z for a two-sided 95% interval. */
const z95 = 1.959964

/**
 * Wilson score interval of a proportion: unlike the normal approximation it
 * stays inside 0-1 and behaves at 0 of n and n of n, which small outlets and
 * rare flags often give.
 *
 * @param successes
 *   Count of successes.
 * @param trials
 *   Count of trials, above 0.
 * @returns
 *   `[low, high]`.
 */
export function wilson(successes: number, trials: number): [number, number] {
  const p = successes / trials
  const z2 = z95 * z95
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
  const half = (z95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials)
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/**
 * A proportion as a figure.
 *
 * @param successes
 *   Count.
 * @param trials
 *   Count; the value is null when it is 0.
 * @param articles
 *   Articles it rests on.
 * @returns
 *   Figure with its Wilson interval.
 */
function proportion(successes: number, trials: number, articles: number): Figure {
  return trials === 0
    ? {value: null, articles, interval: null}
    : {value: successes / trials, articles, interval: wilson(successes, trials)}
}

/** A corpus figure and the research figure to read it against (sourcing-standards §2). */
export interface CorpusMetric {
  name: string
  format: 'percent' | 'number'
  compute(articles: readonly ArticleSummary[]): Figure
  reference: string
}

/**
 * Sums of a metric's numerators and denominators over the articles that
 * have it: what merging shards gives.
 *
 * @param id
 *   Metric id.
 * @param articles
 *   Summaries.
 * @returns
 *   Sums and the number of articles they rest on.
 */
function sums(id: string, articles: readonly ArticleSummary[]): {numerator: number; denominator: number; used: number} {
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
  return {numerator, denominator, used}
}

/**
 * A proportion pooled over articles: the sum of numerators over the sum of
 * denominators, with its Wilson interval.
 *
 * @param id
 *   Metric id.
 * @returns
 *   Function of the articles.
 */
function pooled(id: string): CorpusMetric['compute'] {
  return (articles) => {
    const {numerator, denominator, used} = sums(id, articles)
    return proportion(numerator, denominator, used)
  }
}

/**
 * A ratio pooled over articles that is not a proportion (attributions per
 * 100 words, mean specificity): it merges like `pooled`, with no interval.
 *
 * @param id
 *   Metric id.
 * @param scale
 *   Multiplier of the ratio.
 * @returns
 *   Function of the articles.
 */
function pooledRatio(id: string, scale = 1): CorpusMetric['compute'] {
  return (articles) => {
    const {numerator, denominator, used} = sums(id, articles)
    return {value: denominator === 0 ? null : (scale * numerator) / denominator, articles: used, interval: null}
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
    return proportion(counted.filter(test).length, counted.length, counted.length)
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
    return {value: median(values), articles: values.length, interval: null}
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
    return {
      value: values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length,
      articles: values.length,
      interval: null
    }
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

/** The corpus figures printed per outlet, each with its metric id and beside its research reference. */
export const corpusMetrics: CorpusMetric[] = [
  {name: 'Mean sourcing score (graded articles)', format: 'number', compute: meanOf((a) => a.total), reference: '–'},
  {name: 'Median sourcing score', format: 'number', compute: medianOf((a) => a.total), reference: '–'},
  {name: 'M1 Attributions per 100 words', format: 'number', compute: pooledRatio('M1', 100), reference: '–'},
  {name: 'M2 Mean distinct sources', format: 'number', compute: meanOf(metricValue('M2')), reference: '–'},
  {
    name: 'M2a Stories with ≥4 named sources',
    format: 'percent',
    compute: shareOf((a) => (metricValue('M2a')(a) ?? 0) >= 4),
    reference: '48–52% of newspaper stories (PEJ 2004/05)'
  },
  {name: 'M2 Single-source stories', format: 'percent', compute: shareOf((a) => (metricValue('M2')(a) ?? 0) <= 1), reference: '–'},
  {name: 'M3 Named share of attributions', format: 'percent', compute: pooled('M3'), reference: '–'},
  {name: 'M3a Named share of sources', format: 'percent', compute: pooled('M3a'), reference: 'about 76% (PEJ 2002)'},
  {name: 'M4 Anonymous share of attributions', format: 'percent', compute: pooled('M4'), reference: '–'},
  {
    name: 'M4a Stories with ≥1 anonymous source',
    format: 'percent',
    compute: shareOf((a) => metricValue('M4a')(a) === 1),
    reference: '7–13% general news; 11% national politics; 25–28% in some samples (PEJ 2004/05, Pew 2021)'
  },
  {
    name: 'M4b Stories relying solely on anonymous sources',
    format: 'percent',
    compute: shareOf((a) => metricValue('M4b')(a) === 1, hasAttributions),
    reference: '<1% (Pew 2021)'
  },
  {name: 'M5 Mean specificity of anonymous sources (0–3)', format: 'number', compute: pooledRatio('M5'), reference: '–'},
  {
    name: 'M5a Bare anonymous sources (level 0)',
    format: 'percent',
    compute: pooled('M5a'),
    reference: '59% of anonymous statements in scandal coverage (CCJ 1998)'
  },
  {name: 'M6 Anonymous sources with a stated reason', format: 'percent', compute: pooled('M6'), reference: '–'},
  {name: 'M6a Formulaic share of stated reasons', format: 'percent', compute: pooled('M6a'), reference: '–'},
  {name: 'M7 Direct-quote share', format: 'percent', compute: pooled('M7'), reference: '30–52% (Pareti et al. 2013)'},
  {name: 'M8 Unattributed-claim rate (estimate)', format: 'percent', compute: pooled('M8'), reference: '–'},
  {name: 'M9 Hedged sentences', format: 'percent', compute: pooled('M9'), reference: '–'},
  {name: 'M9a Unsourced hedges per story', format: 'number', compute: meanOf((a) => a.metrics['M9a']?.numerator ?? 0), reference: '–'},
  {name: 'M10 Other-media share of attributions', format: 'percent', compute: pooled('M10'), reference: '–'},
  {name: 'M11 Mean role categories per story', format: 'number', compute: meanOf(metricValue('M11')), reference: '–'},
  {name: 'M11b Official share of attributions', format: 'percent', compute: pooled('M11b'), reference: '–'},
  {name: 'M12 Women among named people', format: 'percent', compute: () => ({value: null, articles: 0, interval: null}), reference: '27–30% (Gender Gap Tracker); not measured here'},
  {name: 'M13 Quotes attributed where they start', format: 'percent', compute: pooled('M13'), reference: '–'},
  {name: 'M14 Stories whose first quote is anonymous', format: 'percent', compute: pooled('M14'), reference: '–'},
  {name: 'M14a Anonymous attributions carrying opinion', format: 'percent', compute: pooled('M14a'), reference: '–'},
  {name: 'M15 Stories citing an expert', format: 'percent', compute: shareOf((a) => (metricValue('M15')(a) ?? 0) > 0), reference: '–'},
  {
    name: 'M16 Median Flesch-Kincaid grade',
    format: 'number',
    compute: medianOf((a) => a.fleschKincaidGrade),
    reference: 'grade 8–12 expected for hard news; 11–12 in US papers (2004)'
  },
  {name: 'M16 Median consensus grade', format: 'number', compute: medianOf((a) => a.consensusGrade), reference: 'flag above 14'}
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
