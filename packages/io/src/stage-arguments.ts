import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {StageError} from './stage-error.js'

/** A stage's command line: its folders and how many threads it may work on. */
export interface StageArguments {
  /** `INPUT_FOLDER OUTPUT_FOLDER`, then `CACHE_FOLDER` when given. */
  folders: [string, string, string?]
  /** `--workers N`; default, one per core. */
  workers: number
}

/**
 * Read a stage's command line: `INPUT_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]
 * [--workers N]`.
 *
 * @param argv Arguments after the script name.
 * @param usage The usage line to throw when they are wrong.
 * @param threads Whether the stage takes `--workers`; one that does not
 *   works in its own thread alone.
 * @throws {StageError} With `usage`, for missing or extra folders, an unknown
 *   option, or a number of workers that is not a whole number from 1.
 */
export function parseStageArguments(argv: string[], usage: string, threads = true): StageArguments {
  let parsed
  try {
    parsed = parseArgs({args: argv, options: threads ? {workers: {type: 'string'}} : {}, allowPositionals: true})
  } catch {
    throw new StageError(usage)
  }
  const [input, output, cache] = parsed.positionals
  const workers = threads ? Number(parsed.values.workers ?? availableParallelism()) : 1
  if (!input || !output || parsed.positionals.length > 3 || !Number.isInteger(workers) || workers < 1) {
    throw new StageError(usage)
  }
  return {folders: [input, output, cache], workers}
}
