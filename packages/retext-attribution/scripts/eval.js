#!/usr/bin/env node
/**
 * Measure the built plugin against the seed gold and PolNeAR dev.
 *
 *     pnpm --filter @sourcing/retext-attribution build && node scripts/eval.js [--json]
 *
 * Tags the five articles of the repository's `corpus/` (ids = file names) and
 * PolNeAR dev (ids = record ids), writes `{id, text, removed: [], attributions}`
 * JSON Lines to a temporary folder and runs the shared scorers on them.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextAttribution from '../dist/index.js'

const shared = process.env.SOURCING_SHARED || '/work/shared'
const corpus = fileURLToPath(new URL('../../../corpus', import.meta.url))
const dev = join(shared, 'data/polnear/dev.jsonl')
const folder = mkdtempSync(join(tmpdir(), 'retext-attribution-'))
const processor = unified().use(retextEnglish).use(retextAttribution)
// Continued quotes folded into the attribution before them, as PolNeAR
// marks them, are scored too, to keep the default honest.
const folded = unified().use(retextEnglish).use(retextAttribution, {continuations: false})

/** Tag one text the way a caller would: parse, then run the plugin. */
function tagFile(id, text, tagger = processor) {
  const file = new VFile(text)
  tagger.runSync(tagger.parse(file), file)
  return JSON.stringify({id, text, removed: [], attributions: file.data.attributions, claims: file.data.claims})
}

const seedNames = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()
const seedsOut = join(folder, 'seeds.jsonl')
const seedsFoldedOut = join(folder, 'seeds-folded.jsonl')
for (const [out, tagger] of [[seedsOut, processor], [seedsFoldedOut, folded]]) {
  writeFileSync(out, seedNames.map((name) => tagFile(name, readFileSync(join(corpus, name), 'utf8'), tagger)).join('\n') + '\n')
}

const seen = new Set()
const devLines = []
const foldedLines = []
for (const line of readFileSync(dev, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const record = JSON.parse(line)
  if (seen.has(record.id)) continue
  seen.add(record.id)
  devLines.push(tagFile(record.id, record.text))
  foldedLines.push(tagFile(record.id, record.text, folded))
}
const devOut = join(folder, 'dev.jsonl')
writeFileSync(devOut, devLines.join('\n') + '\n')
const foldedOut = join(folder, 'dev-folded.jsonl')
writeFileSync(foldedOut, foldedLines.join('\n') + '\n')

const extra = process.argv.includes('--json') ? ['--json'] : []
for (const [kind, gold, out, note = 'default options'] of [
  ['seeds', join(shared, 'gold/seeds.gold.json'), seedsOut],
  ['seeds', join(shared, 'gold/seeds.gold.json'), seedsFoldedOut, 'continuations: false'],
  ['polnear', dev, devOut],
  ['polnear', dev, foldedOut, 'continuations: false']
]) {
  const output = execFileSync('python3', [join(shared, 'eval/score.py'), kind, gold, out, ...extra], {encoding: 'utf8'})
  process.stdout.write(output.trimEnd() + `  [${note}]\n`)
}
console.log(`predictions in ${folder}`)
