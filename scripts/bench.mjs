// `pnpm bench [N] [--no-turbo]`: throughput, memory and incremental runs.
// `pnpm bench --memory [N]`: peak memory of `sourcing analyze` on N/10 and N
// articles, to show it does not grow with the corpus.
// `pnpm bench --turbo-only [N]`: only the `turbo run report` timings.
//
// Builds a corpus of N articles (default 10,000) by repeating PolNeAR train
// with varied ids, then measures side by side in one run:
// - the bare retext-english parse of the texts (the baseline),
// - the full analysis in one thread, stage by stage,
// - `sourcing analyze --json` with 1 and 2 workers (rate and peak RSS),
//   and the in-process figures, three times each, alternating: medians
//   with their ranges,
// - `turbo run report` on a copy of the repository with that corpus: cold,
//   fully cached, and after changing one article (median of three runs,
//   each after another article changed), with the time of each stage.
// Per-core figures are taken on one core (`taskset`, where the system has
// it): V8 collects garbage on other threads, so an unpinned "single" thread
// already uses about 1.3 cores and would flatter every per-core rate.
import {execFile, spawn} from 'node:child_process'
import {appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {createReadStream, existsSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'
import {createInterface} from 'node:readline'
import {promisify} from 'node:util'

const root = resolve(import.meta.dirname, '..')
const shared = resolve(process.env.SOURCING_SHARED ?? join(root, '..', 'shared'))
const args = process.argv.slice(2)
const size = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10_000)
const withTurbo = !args.includes('--no-turbo')
const memoryOnly = args.includes('--memory')
const turboOnly = args.includes('--turbo-only')
const work = await mkdtemp(join(tmpdir(), 'sourcing-bench-'))

/** A figure rounded for printing. */
function round(value, digits = 1) {
  return Number(value.toFixed(digits))
}

/** PolNeAR train as corpus records, repeated with varied ids up to `size`. */
async function buildCorpus() {
  const base = []
  const lines = createInterface({input: createReadStream(join(shared, 'data/polnear/train.jsonl'))})
  for await (const line of lines) {
    const {id, title, date, publisher, text} = JSON.parse(line)
    base.push({id, title, date, outlet: publisher, text})
  }
  const records = Array.from({length: size}, (_, index) => {
    const record = base[index % base.length]
    return {...record, id: `${record.id}-${Math.floor(index / base.length)}-${index}`}
  })
  const path = join(work, 'corpus.jsonl')
  await writeFile(path, records.map((record) => JSON.stringify(record)).join('\n') + '\n')
  const tenth = join(work, 'corpus-tenth.jsonl')
  await writeFile(tenth, records.slice(0, size / 10).map((record) => JSON.stringify(record)).join('\n') + '\n')
  return {records, path, tenth}
}

const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((path) => existsSync(path))

/** Clock ticks a second of `/proc`'s CPU times, where there is a `/proc`. */
const clockTicks = existsSync('/proc/self/stat')
  ? Number((await promisify(execFile)('getconf', ['CLK_TCK']).catch(() => ({stdout: '100'}))).stdout)
  : undefined

/** A command line that runs on the first `cores` cores only, where taskset exists. */
function onCores(cores, command) {
  return taskset ? [taskset, ['-c', `0-${cores - 1}`, ...command]] : [command[0], command.slice(1)]
}

/**
 * Run `sourcing analyze PATH --json --workers N` on N cores and give what it
 * cost (see bench/analyze-child.mjs); throws unless it exited 0 with a record
 * for each of the `expected` articles.
 */
async function analyzeWithWorkers(path, workers, expected = size) {
  const child = join(import.meta.dirname, 'bench/analyze-child.mjs')
  const [file, args] = onCores(workers, [process.execPath, child, 'analyze', path, '--json', '--workers', String(workers)])
  const {stdout} = await promisify(execFile)(file, args, {maxBuffer: 1 << 24})
  const result = JSON.parse(stdout)
  if (result.code !== 0 || result.records !== expected) {
    throw new Error(`sourcing analyze with ${workers} workers: exit ${result.code}, ${result.records} of ${expected} records`)
  }
  return result
}

/**
 * CPU seconds, user and system, of the processes this one has waited for and
 * of theirs: a Turbo run's whole cost, all stages and threads, which a wall
 * time on a shared machine only hints at. Linux only (`/proc`); elsewhere
 * undefined.
 */
async function childrenCpuSeconds() {
  if (!clockTicks) return undefined
  const stat = await readFile('/proc/self/stat', 'utf8')
  // After the command name in parentheses: state is field 3, cutime 16, cstime 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[13]) + Number(fields[14])) / clockTicks
}

/** Time one `turbo run report` in `repo`; returns seconds, CPU seconds, how many tasks hit the cache and the seconds of each task that ran. */
async function turboReport(repo) {
  const cpuBefore = await childrenCpuSeconds()
  const started = performance.now()
  const runs = join(repo, '.turbo', 'runs')
  await rm(runs, {recursive: true, force: true})
  const child = spawn('pnpm', ['turbo', 'run', 'report', '--summarize', '--output-logs=none', '--cache-dir', join(repo, '.bench-cache')], {
    cwd: repo,
    env: {...process.env, TURBO_TELEMETRY_DISABLED: '1', CI: '1'},
    stdio: ['ignore', 'pipe', 'inherit']
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  const code = await new Promise((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`turbo run report exited with ${code}:\n${output}`)
  const seconds = (performance.now() - started) / 1000
  const cpuAfter = await childrenCpuSeconds()
  const cpu = cpuAfter === undefined ? undefined : cpuAfter - cpuBefore
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output)
  const [summary] = await readdir(runs)
  const {tasks} = JSON.parse(await readFile(join(runs, summary), 'utf8'))
  const ran = tasks
    .filter((task) => task.cache.status !== 'HIT')
    .map((task) => `${task.taskId.split('#')[1]} ${round((task.execution.endTime - task.execution.startTime) / 1000)} s`)
  return {seconds, cpu, cached: cached ? `${cached[1]}/${cached[2]}` : '?', ran: ran.join(', ')}
}

/** A copy of the repository whose corpus/ holds the bench articles as .txt files. */
async function turboRuns(records) {
  const repo = join(work, 'repo')
  await cp(root, repo, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !/[/\\](?:\.git|\.turbo|reports|out|corpus|\.vitest)$/.test(source)
  })
  await mkdir(join(repo, 'reports'))
  const write = (record) => writeFile(join(repo, 'corpus', `${record.id}.txt`), `${record.title}\n\n${record.text}`)
  // A first run on a one-article corpus builds and caches the packages, so
  // the cold run below times the stages on a corpus they have never seen.
  await mkdir(join(repo, 'corpus'))
  await write(records[0])
  await turboReport(repo)
  await Promise.all(records.slice(1).map(write))
  const cold = await turboReport(repo)
  const cached = await turboReport(repo)
  // Three runs, each after another article changed; the median is reported.
  const changed = []
  for (const record of records.slice(0, 3)) {
    await appendFile(join(repo, 'corpus', `${record.id}.txt`), '\nOne more sentence, an editor said.\n')
    changed.push(await turboReport(repo))
  }
  changed.sort((a, b) => a.seconds - b.seconds)
  return {cold, cached, oneChanged: changed[1], changed}
}

// The machine is shared, and a neighbour's load can slow one run by a
// third: each measurement is repeated, alternating, and the median given
// with the range, so a disturbed run shows as spread, not as the figure.
const repeats = 3

/** The middle of an odd number of values. */
function median(values) {
  return values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]
}

/** `median (low–high)` of figures. */
function spread(values, digits) {
  const sorted = values.toSorted((a, b) => a - b)
  return `${round(median(values), digits)} (${round(sorted[0], digits)}–${round(sorted.at(-1), digits)})`
}

/** `--memory`: peak RSS of `sourcing analyze` on a tenth of the corpus and on all of it. */
async function printMemory(path, tenth) {
  const small = await analyzeWithWorkers(tenth, 2, size / 10)
  const large = await analyzeWithWorkers(path, 2)
  console.log('sourcing analyze --json --workers 2, peak RSS')
  console.log(`  ${size / 10} articles  ${round(small.peakRssMb)} MB (${round(size / 10 / small.seconds)} articles/s)`)
  console.log(`  ${size} articles  ${round(large.peakRssMb)} MB (${round(size / large.seconds)} articles/s)`)
  console.log(`  growth ${round((100 * (large.peakRssMb - small.peakRssMb)) / small.peakRssMb)}%`)
}

/**
 * The analysis in one thread against the bare parse it is built on (see
 * bench/in-process-child.mjs), stage by stage.
 *
 * @returns The bare parse rate, in articles a second, for the per-core figure of `printWorkers`.
 */
async function printInProcess(path) {
  const [file, args] = onCores(1, [process.execPath, join(import.meta.dirname, 'bench/in-process-child.mjs'), path])
  const singles = []
  for (let run = 0; run < repeats; run++) {
    singles.push(JSON.parse((await promisify(execFile)(file, args, {maxBuffer: 1 << 24})).stdout))
  }
  const ratio = (run) => run.parseSeconds / run.analysisSeconds
  const single = singles.find((run) => ratio(run) === median(singles.map(ratio)))
  const parseRate = single.articles / single.parseSeconds
  const analysisRate = single.articles / single.analysisSeconds
  console.log(`one thread, in process${taskset ? ', on one core' : ''}, ${single.articles} distinct texts after a warm-up on others; the run with the median ratio of ${repeats}`)
  console.log(`  bare retext-english parse  ${round(parseRate)} articles/s`)
  console.log(`  full analysis              ${round(analysisRate)} articles/s`)
  console.log(`  ratio analysis / parse     ${round(analysisRate / parseRate, 3)}; all runs ${spread(singles.map(ratio), 3)}`)
  console.log('  time per stage (ms per article):')
  for (const [stage, ms] of Object.entries(single.stages)) console.log(`    ${stage.padEnd(8)} ${round(ms / single.articles, 3)}`)
  return parseRate
}

/** `sourcing analyze --json` with 1 and 2 workers, alternating: rates, peak RSS and the speed-up. */
async function printWorkers(path, parseRate) {
  const pairs = []
  for (let run = 0; run < repeats; run++) {
    const one = await analyzeWithWorkers(path, 1)
    const two = await analyzeWithWorkers(path, 2)
    pairs.push({one, two, speedUp: one.seconds / two.seconds})
  }
  const rates = (workers) => pairs.map((pair) => size / pair[workers].seconds)
  console.log(`\nsourcing analyze --json (ingest from JSON Lines, clean, tag, score, output); median (range) of ${repeats} alternating runs`)
  console.log(`  1 worker   ${spread(rates('one'), 1)} articles/s, peak RSS ${round(Math.max(...pairs.map((pair) => pair.one.peakRssMb)))} MB`)
  console.log(`  2 workers  ${spread(rates('two'), 1)} articles/s, peak RSS ${round(Math.max(...pairs.map((pair) => pair.two.peakRssMb)))} MB`)
  console.log(`  speed-up with 2 workers ${spread(pairs.map((pair) => pair.speedUp), 2)}x (each 2-worker run against the 1-worker run just before it)`)
  console.log(`  per core vs bare parse  ${round(median(rates('one')) / parseRate, 3)}`)
}

/** The `turbo run report` timings of `turboRuns`. */
function printTurbo(turbo) {
  const cpu = (run) => (run.cpu === undefined ? '' : `, CPU ${round(run.cpu)} s`)
  const {cold, cached, oneChanged} = turbo
  console.log('\npnpm turbo run report on the same corpus as .txt files')
  console.log(`  cold (stages only)  ${round(cold.seconds)} s${cpu(cold)} (${cold.cached} cached: the package builds; ${cold.ran})`)
  console.log(`  fully cached        ${round(cached.seconds)} s${cpu(cached)} (${cached.cached} cached)`)
  console.log(`  one article changed ${round(oneChanged.seconds)} s${cpu(oneChanged)}, median of ${turbo.changed.map((run) => round(run.seconds)).join(', ')} (${oneChanged.cached} cached; ${oneChanged.ran}), ${round((100 * oneChanged.seconds) / cold.seconds)}% of cold`)
  if (cold.cpu !== undefined) console.log(`  one article changed, CPU: ${round((100 * oneChanged.cpu) / cold.cpu)}% of cold's`)
}

const {records, path, tenth} = await buildCorpus()
console.log(`corpus: ${size} articles from PolNeAR train (${work}); ${availableParallelism()} cores\n`)
try {
  if (memoryOnly) {
    await printMemory(path, tenth)
  } else if (turboOnly) {
    printTurbo(await turboRuns(records))
  } else {
    await printWorkers(path, await printInProcess(path))
    if (withTurbo) printTurbo(await turboRuns(records))
  }
} finally {
  await rm(work, {recursive: true, force: true})
}
