import {execFile} from 'node:child_process'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {analysisSchema} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {main} from './cli.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const shared = join(root, '..', 'shared')

async function sourcing(...argv: string[]) {
  return sourcingWithProgress(undefined, ...argv)
}

/** Run the command with stderr's stream a terminal or not, outside CI, keeping what is drawn on it. */
async function sourcingWithProgress(isTTY: boolean | undefined, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  let drawn = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      drawn += chunk
      done()
    }
  })
  const code = await main(argv, {
    stdout(chunk) {
      stdout += chunk
    },
    stderr(chunk) {
      stderr += chunk
    },
    stdin: async () => '',
    progress: isTTY === undefined ? undefined : {stream: Object.assign(stream, {isTTY}), ci: false}
  })
  return {code, stdout, stderr, drawn}
}

describe('sourcing analyze --json on the shipped corpus', async () => {
  const {code, stdout, stderr} = await sourcing('analyze', join(root, 'corpus'), '--json', '--workers', '1')
  const lines = stdout.trim().split('\n')

  it('analyses all five articles and says so', () => {
    expect(code).toBe(0)
    expect(lines).toHaveLength(5)
    expect(stderr).toBe('sourcing: 5 articles: 5 analysed, 0 failed\n')
  })

  it('prints records that validate against the analysis schema', () => {
    for (const line of lines) {
      const result = analysisSchema.safeParse(JSON.parse(line))
      expect(result.success, result.error?.message).toBe(true)
    }
  })

  it('reaches the seed-gold bar with the shared scorer', async () => {
    const output = join(await mkdtemp(join(tmpdir(), 'sourcing-cli-')), 'corpus.jsonl')
    await writeFile(output, stdout)
    const scorer = await promisify(execFile)('python3', [
      join(shared, 'eval', 'score.py'),
      'seeds',
      join(shared, 'gold', 'seeds.gold.json'),
      output,
      '--json'
    ])
    const figures = JSON.parse(scorer.stdout.trim().split('\n').slice(0, -1).join('\n'))
    expect(figures.n_problems).toBe(0)
    expect(figures.f1).toBeGreaterThanOrEqual(0.8)
    expect(figures.type_acc_matched).toBeGreaterThanOrEqual(0.7)
    expect(figures.anonymous_recall).toBeGreaterThanOrEqual(0.8)
    expect(figures.boilerplate.f1).toBeGreaterThanOrEqual(0.8)
  })
})

describe('the sourcing command with a worker pool', () => {
  it('prints the same bytes with two workers as with one, whatever the time zone', async () => {
    const bin = join(root, 'packages', 'cli', 'bin', 'sourcing.js')
    const run = (workers: string, timeZone: string) =>
      promisify(execFile)(process.execPath, [bin, 'analyze', join(root, 'corpus'), '--json', '--workers', workers], {
        maxBuffer: 1 << 26,
        env: {...process.env, TZ: timeZone}
      })
    const [one, two] = await Promise.all([run('1', 'UTC'), run('2', 'Pacific/Kiritimati')])
    expect(two.stdout).toBe(one.stdout)
    expect(two.stdout.trim().split('\n')).toHaveLength(5)
  })
})

describe('sourcing analyze --json with a progress stream', async () => {
  const corpus = ['analyze', join(root, 'corpus'), '--json', '--workers', '1']
  const plain = await sourcing(...corpus)

  it('prints the same output and draws nothing when stderr is not a terminal', async () => {
    const piped = await sourcingWithProgress(false, ...corpus)
    expect(piped).toEqual({...plain, drawn: ''})
  })

  it('draws the count and rate on a terminal, never on stdout', async () => {
    const terminal = await sourcingWithProgress(true, ...corpus)
    expect(terminal.stdout).toBe(plain.stdout)
    expect(terminal.stdout).not.toContain('articles/s')
    expect(terminal.stderr).toBe('sourcing: 5 articles: 5 analysed, 0 failed\n')
    // The inputs are counted beside the run: the percentage and ETA appear
    // once the count is in, which a run of five articles may finish before.
    expect(terminal.drawn).toMatch(/analyze (?:\[=+\] 100% \| 5\/5|5 articles) \| [\d.]+ articles\/s/)
  })

  it('names a failed article above the bar on a terminal', async () => {
    const terminal = await sourcingWithProgress(true, 'analyze', join(root, 'no-such-folder'), '--workers', '1')
    expect(terminal.code).toBe(1)
    expect(terminal.drawn).toMatch(/no-such-folder: ingest failed: no such file or directory\n/)
    expect(terminal.stderr).toBe('sourcing: 1 article: 0 analysed, 1 failed\n')
  })
})

describe('sourcing analyze with bad input', () => {
  it('names a missing path, goes on with the rest and exits 1', async () => {
    const result = await sourcing(
      'analyze',
      join(root, 'no-such-folder'),
      join(root, 'corpus', '000_bab99c2aa4f08c88.txt'),
      '--json',
      '--workers',
      '1'
    )
    expect(result.code).toBe(1)
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/no-such-folder: ingest failed: /)
    expect(result.stderr).toMatch(/2 articles: 1 analysed, 1 failed/)
  })

  it('exits 0 on failures with --allow-failures', async () => {
    const result = await sourcing('analyze', join(root, 'no-such-folder'), '--allow-failures', '--workers', '1')
    expect(result.code).toBe(0)
  })

  it.each([
    [[]],
    [['frobnicate']],
    [['analyze']],
    [['analyze', '--no-such-flag', 'x']],
    [['analyze', 'corpus', '--workers', '0']]
  ])(
    'treats %j as a usage error',
    async (argv) => {
      const result = await sourcing(...argv)
      expect(result.code).toBe(2)
      expect(result.stdout + result.stderr).toContain('Usage: sourcing')
    }
  )
})

describe('sourcing analyze on an article not in English', () => {
  it('keeps it, says so and does not grade it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-language-'))
    await writeFile(
      join(folder, 'bericht.txt'),
      'Die Regierung hat am Montag angekündigt, dass die Brücke bis zum Ende des Jahres wieder geöffnet wird. ' +
        'Nach Angaben des Ministeriums sind die Arbeiten weiter fortgeschritten als erwartet, und die Kosten ' +
        'liegen unter dem geplanten Betrag. Ein Sprecher der Stadt sagte, man sei mit dem Verlauf zufrieden.\n'
    )
    const {code, stdout, stderr} = await sourcing('analyze', folder, '--json', '--workers', '1')
    expect(code).toBe(0)
    const analysis = analysisSchema.parse(JSON.parse(stdout))
    expect(analysis.language).toBe('German')
    expect(analysis.attributions).toEqual([])
    expect(analysis.score.graded).toBe(false)
    expect(analysis.score.ungradedReason).toMatch(/not in English/)
    expect(stderr).toContain('bericht.txt: not English (looks like German): cleaned, not graded')
    expect(stderr).toContain('1 article: 1 analysed (1 not English, not graded), 0 failed')
  })
})

describe('the sourcing command line', () => {
  it.each([['nope'], ['toString'], ['constructor']])('calls %s an unknown command, prints the usage and exits 2', async (name) => {
    const result = await sourcing(name)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`^sourcing: unknown command '${name}'\\n\\nUsage: sourcing <command>`))
  })

  it('prints the help of both commands with --help', async () => {
    const result = await sourcing('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^ {2}analyze PATH\.\.\./m)
    expect(result.stdout).toMatch(/^ {2}check \[PATH\.\.\.\]/m)
  })
})
