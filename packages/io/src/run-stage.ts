import {join} from 'node:path'
import type {Stage} from '@sourcing/schema'
import type {z} from 'zod'
import {codeVersion} from './code-version.js'
import {mapRecords} from './map-records.js'
import {startProgress} from './progress.js'
import {countArticles} from './record-folder.js'
import {parseStageArguments} from './stage-arguments.js'
import {stageMain} from './stage-main.js'

/** Options of {@link runStage}. */
export interface StageOptions<In extends z.ZodType> {
  /** The stage, as its lines and failure records name it. */
  stage: Stage
  /** Schema of the previous stage's records, checked before the transform sees one. */
  inputSchema: In
  /** URL of the module whose default export is the stage's work on one record (see `mapRecords`). */
  transformModule: string
  /** Folder of the stage's package, whose built code versions the records it writes. */
  packageFolder: string
  /**
   * Whether the transform costs enough to spread over threads: the tag
   * stage's analysis does; the clean stage's line rules take less time than
   * sending a record to a thread and its output back.
   */
  threads: boolean
}

/**
 * The command line of a pipeline stage: `INPUT_FOLDER OUTPUT_FOLDER
 * [CACHE_FOLDER] [--workers N]`. Reads the previous stage's record folder
 * and failures and writes this stage's; an article whose input record this
 * code already transformed keeps its output record, so a run after one
 * article changed redoes that one alone. In a stage with `threads`, once
 * more than a few records need transforming, they go to a pool of
 * `--workers` threads (default: one per core). With a cache folder, the stats of the output's
 * record shards are kept there, so a run lists only the shards that changed.
 * On a terminal, stderr shows a progress bar while the stage runs. Prints
 * the line saying what the stage did, or, through `stageMain`, what is wrong
 * with its arguments or folders.
 *
 * @param argv Arguments after the script name.
 * @param options The stage, its input schema and its transform module.
 */
export async function runStage<In extends z.ZodType>(argv: string[], options: StageOptions<In>): Promise<void> {
  await stageMain(options.stage, async () => {
    const usage = `usage: ${options.stage} INPUT_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]${options.threads ? ' [--workers N]' : ''}`
    const {
      folders: [input, output, cache],
      workers
    } = parseStageArguments(argv, usage, options.threads)
    const progress = startProgress({label: options.stage, total: () => countArticles(input), stream: process.stderr})
    const counts = await mapRecords({
      input,
      inputSchema: options.inputSchema,
      output,
      version: codeVersion(options.packageFolder),
      shardIndex: cache ? join(cache, 'records.json') : undefined,
      stage: options.stage,
      transformModule: options.transformModule,
      workers,
      progress
    }).finally(() => progress.stop())
    return `${options.stage}: ${counts.written} articles (${counts.reused} unchanged), ${counts.failed} failed`
  })
}
