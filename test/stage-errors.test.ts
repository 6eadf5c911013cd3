// A stage run the wrong way says what is wrong in one line naming the stage,
// with no stack trace, and fails; it writes nothing.
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Run a stage's built script; its exit code and stderr. */
function runStage(name: string, args: string[]): Promise<{code: number | null; stderr: string}> {
  const script = join(root, 'pipelines', name, 'dist', `${name}.js`)
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], (error, _stdout, stderr) => {
      resolve({code: error ? (error.code as number) : 0, stderr})
    })
  })
}

describe('a pipeline stage given the wrong arguments', () => {
  it.each([
    ['ingest', 'usage: ingest CORPUS_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]'],
    ['clean', 'usage: clean INPUT_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]'],
    ['tag', 'usage: tag INPUT_FOLDER OUTPUT_FOLDER [CACHE_FOLDER] [--workers N]'],
    ['report', 'usage: report INPUT_FOLDER REPORTS_FOLDER [CACHE_FOLDER] [--workers N]']
  ])('%s with no folders prints its usage on one line and exits 1', async (name, usage) => {
    expect(await runStage(name, [])).toEqual({code: 1, stderr: `${name}: ${usage}\n`})
  })

  it.each(
    ['tag', 'report'].flatMap((name) =>
      [['--workers', '0'], ['--workers', '1.5'], ['--workers', 'two'], ['--threads', '2'], ['a', 'b', 'c', 'd']].map(
        (args) => [name, args] as const
      )
    )
  )('%s given %j prints its usage and exits 1', async (name, args) => {
    const result = await runStage(name, args.length === 4 ? args : ['in', 'out', ...args])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`^${name}: usage: ${name} .* \\[--workers N\\]\n$`))
  })

  it('clean, which works in its own thread, refuses --workers with its usage', async () => {
    expect(await runStage('clean', ['in', 'out', '--workers', '2'])).toEqual({
      code: 1,
      stderr: 'clean: usage: clean INPUT_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]\n'
    })
  })

  it.each(['clean', 'tag', 'report'])(
    '%s reading a folder no stage wrote names it and writes nothing',
    async (name) => {
      const work = await mkdtemp(join(tmpdir(), 'sourcing-stage-error-'))
      const input = join(work, 'not-a-stage')
      const result = await runStage(name, [input, join(work, 'out'), join(work, 'cache')])
      expect(result).toEqual({
        code: 1,
        stderr: `${name}: ${input} is not the output folder of a pipeline stage (it holds no manifest.jsonl): run the stage before this one first\n`
      })
      expect(existsSync(join(work, 'out'))).toBe(false)
    }
  )
})
