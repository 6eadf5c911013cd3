import {join} from 'node:path'
import type {Stage} from '@sourcing/schema'
import type {z} from 'zod'
import {countLines} from './json-lines.js'
import {mapJsonLines} from './map-json-lines.js'
import {startProgress} from './progress.js'
import {codeVersion, openStageCache} from './stage-cache.js'

export interface StageOptions<In extends z.ZodType, Out> {
  stage: Stage
  /** File names of the stage's records in its input and output folders. */
  files: {input: string; output: string}
  inputSchema: In
  transform: (record: z.output<In>) => Out
  idOf: (record: z.output<In>) => string
  /** Folder of the stage's package, whose code versions the cache. */
  packageFolder: string
}

/**
 * The command line of a pipeline stage: `INPUT_FOLDER OUTPUT_FOLDER
 * [CACHE_FOLDER]`. Reads the previous stage's records and failures from the
 * input folder and writes this stage's to the output folder; with a cache
 * folder, articles this code version already processed are taken from it, so
 * a run after one article changed redoes that one alone. On a terminal,
 * stderr shows a progress bar while the stage runs.
 *
 * @param argv Arguments after the script name.
 * @returns A line saying what the stage did.
 */
export async function runStage<In extends z.ZodType, Out>(
  argv: string[],
  options: StageOptions<In, Out>
): Promise<string> {
  const [input, output, cacheFolder] = argv
  if (!input || !output) {
    throw new Error(`usage: ${options.stage} INPUT_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]`)
  }
  const cache = cacheFolder
    ? openStageCache(cacheFolder, await codeVersion(options.packageFolder))
    : undefined
  const records = join(input, options.files.input)
  const progress = startProgress({
    label: options.stage,
    total: () => countLines(records),
    stream: process.stderr
  })
  const counts = await mapJsonLines({
    input: records,
    inputSchema: options.inputSchema,
    output: join(output, options.files.output),
    failuresInput: join(input, 'failures.jsonl'),
    failuresOutput: join(output, 'failures.jsonl'),
    stage: options.stage,
    transform: options.transform,
    idOf: options.idOf,
    cache,
    progress
  }).finally(() => progress.stop())
  return `${options.stage}: ${counts.written} articles (${counts.cached} from the cache), ${counts.failed} failed`
}
