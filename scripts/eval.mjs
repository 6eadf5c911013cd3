// `pnpm eval [seeds|synthetic|polnear|aeb ...]`: analyse the shipped corpus,
// the synthetic bed, PolNeAR dev and the AEB pages (or only those named) with
// the built CLI and print the figures of the shared scorers, side by side.
// The data and scorers live in ../shared (SOURCING_SHARED overrides it).
import {execFile, spawn} from 'node:child_process'
import {createWriteStream} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {once} from 'node:events'
import {pipeline} from 'node:stream/promises'
import {promisify} from 'node:util'

const root = resolve(import.meta.dirname, '..')
const shared = resolve(process.env.SOURCING_SHARED ?? join(root, '..', 'shared'))
const bin = join(root, 'packages', 'cli', 'bin', 'sourcing.js')

/** Run `sourcing analyze PATH --json` into a file; failures are allowed. */
async function analyze(path, name) {
  const output = join(work, `${name}.jsonl`)
  const child = spawn(process.execPath, [bin, 'analyze', path, '--json', '--allow-failures'], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  // Awaited too, so the scorer never reads a file whose end is still being written.
  const written = pipeline(child.stdout, createWriteStream(output))
  const [code] = await once(child, 'close')
  await written
  if (code !== 0) throw new Error(`sourcing analyze ${path} exited with ${code}`)
  return output
}

/** Run a scorer; with --json, add the figures its headline leaves out. */
async function score(...args) {
  const {stdout} = await promisify(execFile)('python3', args, {maxBuffer: 1 << 26})
  const lines = stdout.trim().split('\n')
  const headline = lines.at(-1)
  if (!args.includes('--json')) return headline
  const {problems, headline: _, ...figures} = JSON.parse(lines.slice(0, -1).join('\n'))
  return `${headline}\n${JSON.stringify(figures)}`
}

const attributionScorer = join(shared, 'eval/score.py')
const syntheticBed = join(root, 'test', 'beds', 'synthetic')

/** Each evaluation: analyse its inputs, then score the output against its gold. */
const evaluations = {
  seeds: async () =>
    score(attributionScorer, 'seeds', join(shared, 'gold/seeds.gold.json'), await analyze(join(root, 'corpus'), 'seeds'), '--json'),
  synthetic: async () =>
    score(attributionScorer, 'seeds', join(syntheticBed, 'gold/synthetic.gold.json'), await analyze(join(syntheticBed, 'corpus'), 'synthetic'), '--json'),
  polnear: async () =>
    score(attributionScorer, 'polnear', join(shared, 'data/polnear/dev.jsonl'), await analyze(join(shared, 'data/polnear/dev.jsonl'), 'polnear'), '--json'),
  aeb: async () =>
    score(join(shared, 'eval/extract_score.py'), 'aeb', join(shared, 'data/aeb/ground-truth.json'), await analyze(join(shared, 'data/aeb/html'), 'aeb'))
}

const only = process.argv.slice(2)
// A misspelt name would otherwise run nothing and print nothing.
const unknown = only.filter((name) => !Object.hasOwn(evaluations, name))
if (unknown.length > 0) {
  console.error(`eval: unknown evaluation ${unknown.join(', ')}; choose from ${Object.keys(evaluations).join(', ')}`)
  process.exit(2)
}
const work = await mkdtemp(join(tmpdir(), 'sourcing-eval-'))
try {
  for (const [name, evaluate] of Object.entries(evaluations)) {
    if (only.length > 0 && !only.includes(name)) continue
    console.log(await evaluate())
  }
} finally {
  await rm(work, {recursive: true, force: true})
}
