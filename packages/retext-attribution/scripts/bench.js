#!/usr/bin/env node
/**
 * Compare parse-only and parse+tag throughput on PolNeAR train.
 *
 *     pnpm --filter @sourcing/retext-attribution build && node scripts/bench.js
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextAttribution from '../dist/index.js'

const shared = process.env.SOURCING_SHARED || '/work/shared'
const texts = [...new Map(
  readFileSync(join(shared, 'data/polnear/train.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((record) => [record.id, record.text])
).values()]
const characters = texts.reduce((sum, text) => sum + text.length, 0)
const processor = unified().use(retextEnglish).use(retextAttribution)

function run(tag) {
  const started = performance.now()
  let tagTime = 0
  for (const text of texts) {
    const file = new VFile(text)
    const tree = processor.parse(file)
    if (tag) {
      const before = performance.now()
      processor.runSync(tree, file)
      tagTime += performance.now() - before
    }
  }
  return {total: performance.now() - started, tagTime}
}

// Other work on the machine makes single runs noisy: alternate the two
// measurements and keep the median of each.
const rounds = Number(process.env.ROUNDS || 5)
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1]
run(true)
const parses = []
const taggeds = []
const tags = []
for (let round = 0; round < rounds; round++) {
  parses.push(run(false).total)
  const tagged = run(true)
  taggeds.push(tagged.total)
  tags.push(tagged.tagTime)
}
const parse = median(parses)
const tagged = median(taggeds)
const tagTime = median(tags)
const perSecond = (ms) => (texts.length / (ms / 1000)).toFixed(1)
console.log(`${texts.length} articles, ${(characters / 1e6).toFixed(2)} M characters, median of ${rounds} rounds`)
console.log(`parse only:        ${parse.toFixed(0)} ms  ${perSecond(parse)} articles/s`)
console.log(`parse + tag:       ${tagged.toFixed(0)} ms  ${perSecond(tagged)} articles/s`)
console.log(`tag alone:         ${tagTime.toFixed(0)} ms  (${(tagTime / parse * 100).toFixed(0)}% of parse)`)
