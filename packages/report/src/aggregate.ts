import {z} from 'zod'
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

const count = z.int().nonnegative()

/**
 * What a corpus figure keeps of the articles added so far: sums for rates,
 * shares and means, and a count per value for medians. Every kind of figure
 * merges the same way, by adding, so a figure over a whole corpus is the
 * merge of the figures over its shards, whatever their order: the counts are
 * whole numbers and the values summed are scores in half points, exact in
 * floating point.
 */
export const figureStateSchema = z.strictObject({
  /** Articles the figure rests on. */
  articles: count,
  numerator: z.number(),
  denominator: z.number(),
  /**
   * Articles per value, for medians. Bounded by the values a figure can
   * take, not by the corpus: scores come in half points and grades are
   * rounded to two decimals.
   */
  values: z.record(z.string(), count)
})

export type FigureState = z.infer<typeof figureStateSchema>

/**
 * The state of a figure before any article.
 *
 * @returns
 *   Empty state.
 */
export function emptyFigureState(): FigureState {
  return {articles: 0, numerator: 0, denominator: 0, values: {}}
}

/**
 * Add the state of one figure over some articles to the state over others.
 *
 * @param into
 *   State updated in place.
 * @param from
 *   State added.
 */
export function mergeFigureState(into: FigureState, from: FigureState): void {
  into.articles += from.articles
  into.numerator += from.numerator
  into.denominator += from.denominator
  for (const [value, articles] of Object.entries(from.values)) into.values[value] = (into.values[value] ?? 0) + articles
}

/** A corpus figure and the research figure to read it against (sourcing-standards §2). */
export interface CorpusMetric {
  name: string
  format: 'percent' | 'number'
  /** Count one article into the figure's state. */
  add(state: FigureState, article: ArticleSummary): void
  /** The figure from its state. */
  figure(state: FigureState): Figure
  reference: string
}

type Kind = Pick<CorpusMetric, 'add' | 'figure'>

/**
 * A proportion as a figure.
 *
 * @param state
 *   Successes over trials.
 * @returns
 *   Figure with its Wilson interval; null when there were no trials.
 */
function proportion({numerator, denominator, articles}: FigureState): Figure {
  return denominator === 0
    ? {value: null, articles, interval: null}
    : {value: numerator / denominator, articles, interval: wilson(numerator, denominator)}
}

/**
 * Add a metric's numerator and denominator, for articles where it has both.
 *
 * @param id
 *   Metric id.
 * @returns
 *   `add` of a figure.
 */
function sumOf(id: string): Kind['add'] {
  return (state, article) => {
    const metric = article.metrics[id]
    if (!metric || !metric.denominator || metric.numerator === null) return
    state.numerator += metric.numerator
    state.denominator += metric.denominator
    state.articles++
  }
}

/**
 * A proportion pooled over articles: the sum of numerators over the sum of
 * denominators, with its Wilson interval.
 *
 * @param id
 *   Metric id.
 * @returns
 *   Kind of figure.
 */
function pooled(id: string): Kind {
  return {add: sumOf(id), figure: proportion}
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
 *   Kind of figure.
 */
function pooledRatio(id: string, scale = 1): Kind {
  return {
    add: sumOf(id),
    figure: ({numerator, denominator, articles}) => ({
      value: denominator === 0 ? null : (scale * numerator) / denominator,
      articles,
      interval: null
    })
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
 *   Kind of figure.
 */
function shareOf(
  test: (article: ArticleSummary) => boolean,
  applies: (article: ArticleSummary) => boolean = () => true
): Kind {
  return {
    add(state, article) {
      if (!applies(article)) return
      state.articles++
      state.denominator++
      if (test(article)) state.numerator++
    },
    figure: proportion
  }
}

/**
 * Count an article into a figure of one of its values, when it has it.
 *
 * @param value
 *   Value of one summary, or null.
 * @param record
 *   What the value adds to the state.
 * @returns
 *   `add` of a figure.
 */
function ofValue(value: (article: ArticleSummary) => number | null, record: (state: FigureState, found: number) => void): Kind['add'] {
  return (state, article) => {
    const found = value(article)
    if (found === null) return
    state.articles++
    record(state, found)
  }
}

/**
 * Mean of a value over the articles that have it.
 *
 * @param value
 *   Value of one summary, or null.
 * @returns
 *   Kind of figure.
 */
function meanOf(value: (article: ArticleSummary) => number | null): Kind {
  return {
    add: ofValue(value, (state, found) => {
      state.numerator += found
      state.denominator++
    }),
    figure: ({numerator, denominator, articles}) => ({
      value: denominator === 0 ? null : numerator / denominator,
      articles,
      interval: null
    })
  }
}

/**
 * Median of a value over the articles that have it.
 *
 * @param value
 *   Value of one summary, or null.
 * @returns
 *   Kind of figure.
 */
function medianOf(value: (article: ArticleSummary) => number | null): Kind {
  return {
    add: ofValue(value, (state, found) => {
      const key = String(found)
      state.values[key] = (state.values[key] ?? 0) + 1
    }),
    figure: (state) => ({value: median(state.values), articles: state.articles, interval: null})
  }
}

/** A figure no article feeds: measured elsewhere, shown for its reference. */
const notMeasured: Kind = {add() {}, figure: () => ({value: null, articles: 0, interval: null})}

/**
 * Median of numbers given as how often each occurs.
 *
 * @param counts
 *   Occurrences per number, keyed by the number as text.
 * @returns
 *   Median (the mean of the two middle numbers of an even count), or null for none.
 */
export function median(counts: Readonly<Record<string, number>>): number | null {
  const values = Object.entries(counts)
    .map(([value, times]) => [Number(value), times] as const)
    .sort((a, b) => a[0] - b[0])
  const total = values.reduce((sum, [, times]) => sum + times, 0)
  if (total === 0) return null
  /** The number at a 0-based position of the sorted list. */
  const at = (position: number): number => {
    let seen = 0
    for (const [value, times] of values) {
      seen += times
      if (position < seen) return value
    }
    throw new Error(`no value at position ${position} of ${total}`)
  }
  const middle = total >> 1
  return total % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2
}

const metricValue = (id: string) => (article: ArticleSummary) => article.metrics[id]?.value ?? null
const hasAttributions = (article: ArticleSummary) => (article.metrics['M2']?.value ?? 0) > 0

/** The corpus figures printed per outlet, each with its metric id and beside its research reference. */
export const corpusMetrics: CorpusMetric[] = [
  {name: 'Mean sourcing score (graded articles)', format: 'number', ...meanOf((a) => a.total), reference: '–'},
  {name: 'Median sourcing score', format: 'number', ...medianOf((a) => a.total), reference: '–'},
  {name: 'M1 Attributions per 100 words', format: 'number', ...pooledRatio('M1', 100), reference: '–'},
  {name: 'M2 Mean distinct sources', format: 'number', ...meanOf(metricValue('M2')), reference: '–'},
  {
    name: 'M2a Stories with ≥4 named sources',
    format: 'percent',
    ...shareOf((a) => (metricValue('M2a')(a) ?? 0) >= 4),
    reference: '48–52% of newspaper stories (PEJ 2004/05)'
  },
  {name: 'M2 Single-source stories', format: 'percent', ...shareOf((a) => (metricValue('M2')(a) ?? 0) <= 1), reference: '–'},
  {name: 'M3 Named share of attributions', format: 'percent', ...pooled('M3'), reference: '–'},
  {name: 'M3a Named share of sources', format: 'percent', ...pooled('M3a'), reference: 'about 76% (PEJ 2002)'},
  {name: 'M4 Anonymous share of attributions', format: 'percent', ...pooled('M4'), reference: '–'},
  {
    name: 'M4a Stories with ≥1 anonymous source',
    format: 'percent',
    ...shareOf((a) => metricValue('M4a')(a) === 1),
    reference: '7–13% general news; 11% national politics; 25–28% in some samples (PEJ 2004/05, Pew 2021)'
  },
  {
    name: 'M4b Stories relying solely on anonymous sources',
    format: 'percent',
    ...shareOf((a) => metricValue('M4b')(a) === 1, hasAttributions),
    reference: '<1% (Pew 2021)'
  },
  {name: 'M5 Mean specificity of anonymous sources (0–3)', format: 'number', ...pooledRatio('M5'), reference: '–'},
  {
    name: 'M5a Bare anonymous sources (level 0)',
    format: 'percent',
    ...pooled('M5a'),
    reference: '59% of anonymous statements in scandal coverage (CCJ 1998)'
  },
  {name: 'M6 Anonymous sources with a stated reason', format: 'percent', ...pooled('M6'), reference: '–'},
  {name: 'M6a Formulaic share of stated reasons', format: 'percent', ...pooled('M6a'), reference: '–'},
  {name: 'M7 Direct-quote share', format: 'percent', ...pooled('M7'), reference: '30–52% (Pareti et al. 2013)'},
  {name: 'M8 Unattributed-claim rate (estimate)', format: 'percent', ...pooled('M8'), reference: '–'},
  {name: 'M9 Hedged sentences', format: 'percent', ...pooled('M9'), reference: '–'},
  {name: 'M9a Unsourced hedges per story', format: 'number', ...meanOf((a) => a.metrics['M9a']?.numerator ?? 0), reference: '–'},
  {name: 'M10 Other-media share of attributions', format: 'percent', ...pooled('M10'), reference: '–'},
  {name: 'M11 Mean role categories per story', format: 'number', ...meanOf(metricValue('M11')), reference: '–'},
  {name: 'M11b Official share of attributions', format: 'percent', ...pooled('M11b'), reference: '–'},
  {name: 'M12 Women among named people', format: 'percent', ...notMeasured, reference: '27–30% (Gender Gap Tracker); not measured here'},
  {name: 'M13 Quotes attributed where they start', format: 'percent', ...pooled('M13'), reference: '–'},
  {name: 'M14 Stories whose first quote is anonymous', format: 'percent', ...pooled('M14'), reference: '–'},
  {name: 'M14a Anonymous attributions carrying opinion', format: 'percent', ...pooled('M14a'), reference: '–'},
  {name: 'M15 Stories citing an expert', format: 'percent', ...shareOf((a) => (metricValue('M15')(a) ?? 0) > 0), reference: '–'},
  {
    name: 'M16 Median Flesch-Kincaid grade',
    format: 'number',
    ...medianOf((a) => a.fleschKincaidGrade),
    reference: 'grade 8–12 expected for hard news; 11–12 in US papers (2004)'
  },
  {name: 'M16 Median consensus grade', format: 'number', ...medianOf((a) => a.consensusGrade), reference: 'flag above 14'}
]
