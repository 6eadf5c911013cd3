import {scoreSchema} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {councilArticle, councilText} from './fixtures/council.js'
import {tagged} from './fixtures/build.js'
import {bandOf, findings, rubricVersion, scoreArticle, uncertainRanges} from './index.js'

describe('scoreArticle on a hand-tagged local story', () => {
  const score = scoreArticle(councilArticle())
  const check = (id: string) => score.checks.find((c) => c.id === id)!

  it('gives a record the schema accepts', () => {
    expect(scoreSchema.safeParse(score).success).toBe(true)
    expect(score.rubricVersion).toBe(rubricVersion)
  })

  it('sums the check points into the total and band', () => {
    expect(score.graded).toBe(true)
    expect(score.total).toBe(score.checks.reduce((sum, c) => sum + c.points, 0))
    expect(score.band).toBe(bandOf(score.total!))
  })

  it.each([
    ['R1', 'pass'],
    ['R2', 'pass'],
    ['R3', 'partial'],
    ['R4', 'pass'],
    ['R5', 'pass'],
    ['R6', 'pass'],
    ['R7', 'partial'],
    ['R8', 'fail'],
    ['R9', 'pass'],
    ['R10', 'pass']
  ])('%s is %s', (id, status) => {
    expect(check(id).status).toBe(status)
  })

  it('points evidence at exact phrases and their paragraphs', () => {
    for (const c of score.checks) {
      for (const e of c.evidence) {
        expect(councilText.slice(e.start, e.end)).toBe(e.text)
        const paragraphs = councilText.slice(0, e.start + 1).split(/\n+/).filter((p) => p.trim()).length
        expect(e.paragraph).toBe(paragraphs)
      }
    }
    expect(check('R7').evidence[0]).toMatchObject({text: 'reportedly', paragraph: 7})
  })

  it('gives advice only where points are missing', () => {
    for (const c of score.checks) expect(c.advice === null).toBe(c.points === c.max)
    expect(check('R8').advice).toContain('Local media')
  })

  it('keeps numerators and denominators so corpora can merge', () => {
    const metric = (id: string) => score.metrics.find((m) => m.id === id)!
    expect(metric('M3')).toMatchObject({numerator: 6, denominator: 8, value: 0.75})
    expect(metric('M2')).toMatchObject({value: 6})
    expect(metric('M6')).toMatchObject({numerator: 1, denominator: 1})
    expect(metric('M7')).toMatchObject({numerator: 2, denominator: 8})
  })
})

describe('guards', () => {
  it('gives no grade to a brief, and says why', () => {
    const text = 'Police said the road would reopen on Monday. A spokesman said crews were clearing debris.'
    const score = scoreArticle(
      tagged(text, [
        {in: 'Police said', cue: 'said', source: 'Police', role: 'police-military', sourceType: 'named-organization'},
        {in: 'A spokesman', cue: 'said', source: 'A spokesman', anonymous: true, specificity: 0}
      ])
    )
    expect(score.graded).toBe(false)
    expect(score.total).toBeNull()
    expect(score.band).toBeNull()
    expect(score.ungradedReason).toMatch(/fewer than 150/)
    expect(score.checks).toHaveLength(10)
  })

  it('marks a check uncertain when more than 30% of its inputs are low-confidence', () => {
    const article = councilArticle()
    const low = {...article, attributions: article.attributions.map((a, i) => (i < 3 ? {...a, confidence: 'low' as const} : a))}
    expect(scoreArticle(low).checks.find((c) => c.id === 'R1')!.uncertain).toBe(true)
    expect(scoreArticle(article).checks.find((c) => c.id === 'R1')!.uncertain).toBe(false)
  })
})

describe('bandOf', () => {
  it.each([
    [100, 'Strong'],
    [90, 'Strong'],
    [89.5, 'Good'],
    [75, 'Good'],
    [74.5, 'Adequate with exceptions'],
    [60, 'Adequate with exceptions'],
    [59.5, 'Weak'],
    [40, 'Weak'],
    [39.5, 'Poor'],
    [0, 'Poor']
  ])('%d -> %s', (total, band) => {
    expect(bandOf(total)).toBe(band)
  })
})

describe('uncertainRanges', () => {
  it('gives uncertain checks the points they earn with and without heuristic attributions', () => {
    const article = councilArticle()
    const low = {...article, attributions: article.attributions.map((a, i) => (i < 3 ? {...a, confidence: 'low' as const} : a))}
    const ranges = uncertainRanges(low)
    const r1 = scoreArticle(low).checks.find((c) => c.id === 'R1')!
    expect(r1.uncertain).toBe(true)
    const withoutLow = scoreArticle({...low, attributions: low.attributions.filter((a) => a.confidence !== 'low')})
    const other = withoutLow.checks.find((c) => c.id === 'R1')!.points
    expect(ranges.get('R1')).toEqual([Math.min(r1.points, other), Math.max(r1.points, other)])
    expect([...ranges.keys()].every((id) => scoreArticle(low).checks.find((c) => c.id === id)!.uncertain)).toBe(true)
  })

  it('gives the same ranges from findings the caller already has', () => {
    const article = councilArticle()
    const low = {...article, attributions: article.attributions.map((a, i) => (i < 3 ? {...a, confidence: 'low' as const} : a))}
    expect(uncertainRanges(low, findings(low))).toEqual(uncertainRanges(low))
  })

  it('is empty when no check is uncertain', () => {
    expect(uncertainRanges(councilArticle()).size).toBe(0)
  })
})
