import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Attribution} from '@sourcing/schema'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextAttribution from './index.js'

const corpus = fileURLToPath(new URL('../../../corpus', import.meta.url))
const goldPath = join(process.env.SOURCING_SHARED ?? '/work/shared', 'gold/seeds.gold.json')

interface GoldAttribution {
  lineNumber: number
  sentence: string
  cue: string | null
  content: string | null
  sourceType: string
  anonymous: boolean
  note?: string
}

const types: Record<string, string> = {
  'Named Person': 'named-person',
  'Named Organization': 'named-organization',
  Document: 'document',
  'Unnamed Person': 'unnamed-person',
  'Unnamed Group of People': 'unnamed-group',
  'Anonymous Source': 'anonymous'
}

/** Offsets of a gold part inside its sentence, located as the shared scorer does. */
function locate(text: string, gold: GoldAttribution, part: string | null): [number, number] | null {
  if (!part) return null
  const lineStart = text.split('\n').slice(0, gold.lineNumber - 1).reduce((sum, line) => sum + line.length + 1, 0)
  let sentence = text.indexOf(gold.sentence, lineStart)
  if (sentence < 0) sentence = text.indexOf(gold.sentence)
  const offset = gold.sentence.indexOf(part)
  return offset < 0 ? null : [sentence + offset, sentence + offset + part.length]
}

/** Entries the scorer counts in recall: not debatable, not a continued quote. */
function isCore(entry: GoldAttribution): boolean {
  return !/^(BORDERLINE|CONTINUATION)/.test(entry.note ?? '')
}

function overlap(a: [number, number] | null, b: {start: number; end: number} | null): number {
  if (!a || !b) return 0
  return Math.max(0, Math.min(a[1], b.end) - Math.max(a[0], b.start))
}

describe('seed corpus against the hand annotation', () => {
  it('keeps the floor: F1 >= 0.95, type accuracy >= 0.90, anonymous recall >= 0.97', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, {attributions: GoldAttribution[]}>
    let predicted = 0
    let matched = 0
    let core = 0
    let coreMatched = 0
    let typed = 0
    let anonymous = 0
    let anonymousFound = 0
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(corpus, name), 'utf8')
      const processor = unified().use(retextEnglish).use(retextAttribution)
      const file = new VFile(text)
      processor.runSync(processor.parse(file), file)
      const found: Attribution[] = file.data.attributions ?? []
      predicted += found.length
      // Best pairs first, as the shared scorer matches: a cue overlap beats a content overlap.
      const entries = gold[name]!.attributions
      const pairs: Array<[score: number, entry: number, at: number]> = []
      for (const [index, entry] of entries.entries()) {
        core += Number(isCore(entry))
        anonymous += Number(entry.anonymous)
        const cue = locate(text, entry, entry.cue)
        const content = locate(text, entry, entry.content)
        const size = content ? content[1] - content[0] : 0
        for (const [at, attribution] of found.entries()) {
          const covered = size > 0 ? overlap(content, attribution.content) / size : 0
          if (overlap(cue, attribution.cue) > 0) pairs.push([1 + covered, index, at])
          else if (covered >= 0.3) pairs.push([covered, index, at])
        }
      }
      pairs.sort((a, b) => b[0] - a[0])
      const usedEntries = new Set<number>()
      const usedFound = new Set<number>()
      for (const [, index, at] of pairs) {
        if (usedEntries.has(index) || usedFound.has(at)) continue
        usedEntries.add(index)
        usedFound.add(at)
        const entry = entries[index]!
        matched++
        coreMatched += Number(isCore(entry))
        typed += Number(found[at]!.sourceType === types[entry.sourceType])
        anonymousFound += Number(entry.anonymous && found[at]!.anonymous)
      }
    }
    const precision = matched / predicted
    const recall = coreMatched / core
    const f1 = (2 * precision * recall) / (precision + recall)
    expect(f1).toBeGreaterThanOrEqual(0.95)
    expect(typed / matched).toBeGreaterThanOrEqual(0.9)
    expect(anonymousFound / anonymous).toBeGreaterThanOrEqual(0.97)
  })
})
