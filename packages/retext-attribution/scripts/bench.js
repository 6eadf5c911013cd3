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

run(true)
const parse = run(false)
const tagged = run(true)
const perSecond = (ms) => (texts.length / (ms / 1000)).toFixed(1)
console.log(`${texts.length} articles, ${(characters / 1e6).toFixed(2)} M characters`)
console.log(`parse only:        ${parse.total.toFixed(0)} ms  ${perSecond(parse.total)} articles/s`)
console.log(`parse + tag:       ${tagged.total.toFixed(0)} ms  ${perSecond(tagged.total)} articles/s`)
console.log(`tag alone:         ${tagged.tagTime.toFixed(0)} ms  (${(tagged.tagTime / parse.total * 100).toFixed(0)}% of parse)`)
