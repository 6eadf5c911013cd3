/**
 * Speed of the readability plugin against a bare retext-english parse of the
 * same texts, measured side by side in one process so machine load hits both
 * alike.
 *
 * Usage (after `pnpm --filter @sourcing/readability build`):
 *
 *   node packages/readability/scripts/bench.js [jsonl] [articles] [rounds]
 *
 * Defaults: /work/shared/data/polnear/train.jsonl, its first 300 articles,
 * 15 rounds. Each round parses every article, then runs the plugin on the
 * trees of that parse; parse and plugin rounds alternate, and the median
 * round of each is reported. The first round is printed apart: it pays for
 * JIT warm-up and fills the syllable cache, which later rounds (like a long
 * corpus run) find warm.
 */
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextDocumentReadability from '../dist/index.js'

const [jsonl = '/work/shared/data/polnear/train.jsonl', articles = '300', rounds = '15'] = process.argv.slice(2)

const texts = readFileSync(jsonl, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, Number(articles))
  .map((line) => JSON.parse(line).text)

const parser = unified().use(retextEnglish)
const transform = retextDocumentReadability()

/** @returns {{parse: number, plugin: number}} ms per article of one round */
function round() {
  let start = performance.now()
  const trees = texts.map((text) => parser.parse(text))
  const parse = performance.now() - start

  const files = texts.map((text) => new VFile(text))
  start = performance.now()
  for (const [index, tree] of trees.entries()) transform(tree, files[index])
  const plugin = performance.now() - start

  return {parse: parse / texts.length, plugin: plugin / texts.length}
}

/** @param {number[]} values */
function median(values) {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const first = round()
const measured = Array.from({length: Number(rounds)}, round)
const parse = median(measured.map((result) => result.parse))
const plugin = median(measured.map((result) => result.plugin))
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / texts.length

console.log(`${texts.length} articles, ~${Math.round(words)} words each, ${rounds} rounds`)
console.log(`first round: parse ${first.parse.toFixed(2)} ms/article, plugin ${first.plugin.toFixed(2)} ms/article`)
console.log(`parse  ${parse.toFixed(2)} ms/article (median)`)
console.log(`plugin ${plugin.toFixed(2)} ms/article (median)`)
console.log(`ratio  ${(plugin / parse).toFixed(3)} (plugin / parse)`)
