import {join} from 'node:path'
import type {Stage} from '@sourcing/schema'
import type {z} from 'zod'
import {codeVersion} from './code-version.js'
import {mapRecords} from './map-records.js'
import {startProgress} from './progress.js'
import {countArticles} from './record-folder.js'
import {StageError} from './stage-error.js'
import {stageMain} from './stage-main.js'

export interface StageOptions<In extends z.ZodType, Out> {
  stage: Stage
  inputSchema: In
  /** Loads the stage's work on one record (see `mapRecords`). */
  loadTransform: () => Promise<(record: z.output<In>) => Out>
  /** Folder of the stage's package, whose built code versions the records it writes. */
  packageFolder: string
}

/**
 * The command line of a pipeline stage: `INPUT_FOLDER OUTPUT_FOLDER
 * [CACHE_FOLDER]`. Reads the previous stage's record folder and failures and
 * writes this stage's; an article whose input record this code already
 * transformed keeps its output record, so a run after one article changed
 * redoes that one alone. With a cache folder, the stats of the output's
 * record shards are kept there, so a run lists only the shards that changed.
 * On a terminal, stderr shows a progress bar while the stage runs. Prints
 * the line saying what the stage did, or, through `stageMain`, what is wrong
 * with its arguments or folders.
 *
 * @param argv Arguments after the script name.
 */
export async function runStage<In extends z.ZodType, Out>(
  argv: string[],
  options: StageOptions<In, Out>
): Promise<void> {
  await stageMain(options.stage, async () => {
    const [input, output, cache] = argv
    if (!input || !output) throw new StageError(`usage: ${options.stage} INPUT_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]`)
    const progress = startProgress({label: options.stage, total: () => countArticles(input), stream: process.stderr})
    const counts = await mapRecords({
      input,
      inputSchema: options.inputSchema,
      output,
      version: codeVersion(options.packageFolder),
      shardIndex: cache ? join(cache, 'records.json') : undefined,
      stage: options.stage,
      loadTransform: options.loadTransform,
      progress
    }).finally(() => progress.stop())
    return `${options.stage}: ${counts.written} articles (${counts.reused} unchanged), ${counts.failed} failed`
  })
}
