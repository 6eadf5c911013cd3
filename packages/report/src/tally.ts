import {z} from 'zod'
import {byText} from './compare.js'
import {mapOf} from './map-codec.js'

const count = z.int().nonnegative()

const tallyRowSchema = z.strictObject({
  /** Sum of the item's weights (attributions, mentions). */
  count: z.number().nonnegative(),
  /** Articles it occurs in. */
  articles: count,
  /** Direct quotes, for sources. */
  direct: count,
  /** How often each label came with it (a role, a kind), to show the most common. */
  labels: z.record(z.string(), count)
})

/**
 * Counts of items across a corpus (sources, descriptors of anonymous sources,
 * reasons for anonymity) for its "most common" tables, in bounded memory:
 * a Misra–Gries summary. While it holds fewer than `2 × capacity` distinct
 * items every count is exact. Past that, the smallest counts are pruned: the
 * (capacity + 1)th largest count is taken off every row and rows left at
 * zero go. No count is then more than `error` below its true value, and
 * `error` is at most the total weight over capacity + 1, so the items that
 * matter in a large corpus keep their place. A row's articles, direct quotes
 * and labels are not pruned: they count from when it last entered the tally. Two summaries merge by adding
 * rows and errors, then pruning (Agarwal et al., "Mergeable summaries", 2012).
 */
export const tallySchema = z.strictObject({
  rows: mapOf(tallyRowSchema),
  /** The most any count may be below its true value: 0 while the tally is exact. */
  error: z.number().nonnegative()
})

export type Tally = z.output<typeof tallySchema>

/** One occurrence of an item in an article. */
export interface TallyItem {
  key: string
  weight: number
  label: string
  direct?: number
}

/** One row of a "most common" table. */
export interface TallyRow {
  key: string
  count: number
  articles: number
  direct: number
  /** The label it came with most often (the first in sort order among the most frequent). */
  label: string
}

/** Rows kept after pruning; each "most common" table shows 20. */
const capacity = 5000

/**
 * A tally with no items.
 *
 * @returns
 *   Empty tally.
 */
export function emptyTally(): Tally {
  return {rows: new Map(), error: 0}
}

/**
 * Count the items of one article, in place: weights and labels add up, and
 * the article counts once for each distinct key.
 *
 * @param tally
 *   Tally.
 * @param items
 *   Items of one article.
 */
export function addToTally(tally: Tally, items: readonly TallyItem[]): void {
  const seen = new Set<string>()
  for (const item of items) {
    const row = tally.rows.get(item.key) ?? {count: 0, articles: 0, direct: 0, labels: {}}
    row.count += item.weight
    row.direct += item.direct ?? 0
    row.labels[item.label] = (row.labels[item.label] ?? 0) + 1
    if (!seen.has(item.key)) row.articles++
    seen.add(item.key)
    tally.rows.set(item.key, row)
  }
  prune(tally)
}

/**
 * Add one tally to another, in place.
 *
 * @param into
 *   Tally updated.
 * @param from
 *   Tally added; not changed.
 */
export function mergeTally(into: Tally, from: Tally): void {
  for (const [key, row] of from.rows) {
    const found = into.rows.get(key)
    if (!found) {
      into.rows.set(key, {...row, labels: {...row.labels}})
      continue
    }
    found.count += row.count
    found.articles += row.articles
    found.direct += row.direct
    for (const [label, times] of Object.entries(row.labels)) found.labels[label] = (found.labels[label] ?? 0) + times
  }
  into.error += from.error
  prune(into)
}

/**
 * Prune a tally that outgrew twice its capacity back to at most its
 * capacity. Pruning in batches keeps the cost per item constant.
 *
 * @param tally
 *   Tally updated in place.
 */
function prune(tally: Tally): void {
  if (tally.rows.size <= 2 * capacity) return
  const cut = [...tally.rows.values()].map((row) => row.count).sort((a, b) => b - a)[capacity]!
  for (const [key, row] of tally.rows) {
    row.count -= cut
    if (row.count <= 0) tally.rows.delete(key)
  }
  tally.error += cut
}

/**
 * The most common items, by count, then articles, then key, so the order
 * does not depend on the order articles came in.
 *
 * @param tally
 *   Tally.
 * @param limit
 *   Rows returned.
 * @returns
 *   Rows, most common first.
 */
export function mostCommon(tally: Tally, limit: number): TallyRow[] {
  return [...tally.rows]
    .map(([key, row]) => ({key, count: row.count, articles: row.articles, direct: row.direct, label: commonest(row.labels)}))
    .sort((a, b) => b.count - a.count || b.articles - a.articles || byText(a.key, b.key))
    .slice(0, limit)
}

/** The label seen most often; among equals, the first in sort order. */
function commonest(labels: Readonly<Record<string, number>>): string {
  let best = ''
  let most = -1
  for (const [label, times] of Object.entries(labels)) {
    if (times > most || (times === most && byText(label, best) < 0)) {
      best = label
      most = times
    }
  }
  return best
}
