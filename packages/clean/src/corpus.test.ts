import {articleFromText} from '@sourcing/ingest'
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from './clean.js'

const corpus = new URL('../../../corpus/', import.meta.url)
const gold = JSON.parse(
  readFileSync(new URL('../../../../shared/gold/seeds.gold.json', import.meta.url), 'utf8')
) as Record<
  string,
  {
    boilerplate: Array<{lineNumber: number}>
    metadata: {title: string | null; date: string | null; byline: string | null; wireCredits: string[]}
  }
>

const names = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()

const cleaned = names.map((name) => {
  const text = readFileSync(new URL(name, corpus), 'utf8')
  return cleanArticle(articleFromText(text, {path: name, format: 'txt', line: null}, name))
})

describe('cleanArticle on the shipped corpus against the seed gold', () => {
  it('removes the gold boilerplate lines and no body line (score.py rule: half a line counts)', () => {
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    for (const article of cleaned) {
      const boilerplate = new Set(gold[article.id]!.boilerplate.map((line) => line.lineNumber))
      let start = 0
      for (const [index, line] of article.text.split('\n').entries()) {
        const end = start + line.length
        const covered = article.removed.reduce(
          (sum, span) => sum + Math.max(0, Math.min(end, span.end) - Math.max(start, span.start)),
          0
        )
        const removed = line.length > 0 && covered >= 0.5 * line.length
        if (boilerplate.has(index + 1)) {
          if (removed) truePositives++
          else falseNegatives++
        } else if (line.trim() && removed) falsePositives++
        start = end + 1
      }
    }

    const precision = truePositives / (truePositives + falsePositives)
    const recall = truePositives / (truePositives + falseNegatives)
    expect(precision).toBeGreaterThanOrEqual(0.98)
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95)
  })

  it.each(names)('reads the gold metadata of %s', (name) => {
    const article = cleaned.find((item) => item.id === name)!
    const {title, date, byline, wireCredits} = gold[name]!.metadata
    expect({title: article.title, date: article.date, byline: article.byline, wireCredits: article.wireCredits}).toEqual({
      title,
      date,
      byline,
      wireCredits
    })
  })

  it('returns spans that are sorted, disjoint and inside the text', () => {
    for (const article of cleaned) {
      let last = 0
      for (const span of article.removed) {
        expect(span.start).toBeGreaterThanOrEqual(last)
        expect(span.end).toBeLessThanOrEqual(article.text.length)
        last = span.end
      }
    }
  })
})
