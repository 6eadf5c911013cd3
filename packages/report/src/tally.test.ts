import {describe, expect, it} from 'vitest'
import {addToTally, emptyTally, mergeTally, mostCommon, tallySchema, type Tally, type TallyItem} from './tally.js'

/** Sources of a few articles, as the corpus index counts them. */
const articles: TallyItem[][] = [
  [
    {key: 'Karine Jean-Pierre', weight: 3, label: 'official', direct: 2},
    {key: 'Mitch McConnell', weight: 1, label: 'politician'}
  ],
  [
    {key: 'Karine Jean-Pierre', weight: 1, label: 'official', direct: 1},
    {key: 'Karine Jean-Pierre', weight: 1, label: 'official'},
    {key: 'Reuters', weight: 2, label: 'media'}
  ],
  [
    {key: 'Mitch McConnell', weight: 2, label: 'official'},
    {key: 'Mitch McConnell', weight: 1, label: 'politician', direct: 1}
  ]
]

function tallyOf(parts: readonly TallyItem[][]): Tally {
  const tally = emptyTally()
  for (const items of parts) addToTally(tally, items)
  return tally
}

describe('addToTally', () => {
  const rows = mostCommon(tallyOf(articles), 20)

  it.each([
    ['Karine Jean-Pierre', {count: 5, articles: 2, direct: 3, label: 'official'}],
    ['Mitch McConnell', {count: 4, articles: 2, direct: 1, label: 'politician'}],
    ['Reuters', {count: 2, articles: 1, direct: 0, label: 'media'}]
  ])('counts %s by weight, once per article, with its commonest label', (key, expected) => {
    expect(rows.find((row) => row.key === key)).toEqual({key, ...expected})
  })

  it('ranks by count, then articles, then name', () => {
    expect(rows.map((row) => row.key)).toEqual(['Karine Jean-Pierre', 'Mitch McConnell', 'Reuters'])
    const tied = mostCommon(tallyOf([[{key: 'officials', weight: 1, label: '1'}], [{key: 'aides', weight: 1, label: '1'}]]), 20)
    expect(tied.map((row) => row.key)).toEqual(['aides', 'officials'])
  })

  it('takes a name like __proto__ as any other', () => {
    const tally = tallyOf([[{key: '__proto__', weight: 2, label: 'unknown'}]])
    expect(mostCommon(tally, 1)).toEqual([{key: '__proto__', count: 2, articles: 1, direct: 0, label: 'unknown'}])
    expect(Object.getPrototypeOf(tally.rows)).toBe(Map.prototype)
  })
})

describe('a tally with more distinct items than it keeps', () => {
  // Ten sources quoted in every tenth article among 12,000 one-off names.
  const parts: TallyItem[][] = Array.from({length: 12_000}, (_, index) => [
    {key: `Witness ${index}`, weight: 1, label: 'witness'},
    ...(index % 10 === 0 ? [{key: `Official ${index % 100}`, weight: 3, label: 'official'}] : [])
  ])
  const tally = tallyOf(parts)
  const total = parts.flat().reduce((sum, item) => sum + item.weight, 0)

  it('stays bounded, and says how far below the truth a count may be', () => {
    expect(tally.rows.size).toBeLessThanOrEqual(10_000)
    expect(tally.error).toBeGreaterThan(0)
    expect(tally.error).toBeLessThanOrEqual(total / 5001)
  })

  it('keeps the frequent items on top, each count within the stated error', () => {
    const top = mostCommon(tally, 10)
    expect(top.map((row) => row.key).toSorted()).toEqual(Array.from({length: 10}, (_, index) => `Official ${index * 10}`).toSorted())
    for (const row of top) {
      expect(row.count).toBeLessThanOrEqual(360)
      expect(row.count).toBeGreaterThanOrEqual(360 - tally.error)
    }
  })
})

describe('mergeTally', () => {
  it('gives the tally of all the articles, whatever the order, and survives JSON', () => {
    const read = (tally: Tally) => tallySchema.decode(JSON.parse(JSON.stringify(tallySchema.encode(tally))))
    const whole = mostCommon(tallyOf(articles), 20)
    for (const [a, b] of [
      [articles.slice(0, 1), articles.slice(1)],
      [articles.slice(1), articles.slice(0, 1)]
    ]) {
      const merged = read(tallyOf(a!))
      mergeTally(merged, read(tallyOf(b!)))
      expect(mostCommon(merged, 20)).toEqual(whole)
    }
  })
})
