import {failureSchema, type Failure, type Stage} from '@sourcing/schema'
import type {z} from 'zod'
import {openAtomicWriter} from './atomic.js'
import {parseJsonLine, readJsonLines, readRawLines, toJsonLine} from './json-lines.js'
import type {Progress} from './progress.js'
import type {StageCache} from './stage-cache.js'

export interface MapJsonLinesOptions<In extends z.ZodType, Out> {
  /** The previous stage's records. */
  input: string
  inputSchema: In
  /** Where this stage's records go. */
  output: string
  /** Failures of earlier stages, carried forward so none is lost. */
  failuresInput?: string
  /** All failures so far: the earlier stages' and this one's. */
  failuresOutput: string
  stage: Stage
  /** The stage's work on one record; may throw for that record alone. */
  transform: (record: z.output<In>) => Out
  /** Id of a record, to name it in a failure. */
  idOf: (record: z.output<In>) => string
  /** Outputs of earlier runs, so only records that changed are transformed again. */
  cache?: StageCache
  /** Ticked once for every record read, whether transformed, cached or failed. */
  progress?: Pick<Progress, 'tick'>
}

/** How many records a stage passed on, how many came from the cache, how many failed. */
export interface StageCounts {
  written: number
  cached: number
  failed: number
}

/**
 * Run one pipeline stage over a JSON Lines file: validate every input record,
 * transform it, and write the results and the failures atomically, so an
 * interrupted run leaves the previous outputs as they were.
 *
 * A record whose transform throws becomes a failure naming its id, the stage
 * and the reason; the stage goes on with the next record.
 */
export async function mapJsonLines<In extends z.ZodType, Out>(
  options: MapJsonLinesOptions<In, Out>
): Promise<StageCounts> {
  const writer = await openAtomicWriter(options.output)
  const failures = await openAtomicWriter(options.failuresOutput)
  const counts: StageCounts = {written: 0, cached: 0, failed: 0}
  const {cache, progress} = options
  try {
    if (options.failuresInput) {
      for await (const failure of readJsonLines(options.failuresInput, failureSchema)) {
        await failures.write(toJsonLine(failure))
      }
    }
    for await (const line of readRawLines(options.input)) {
      progress?.tick()
      // A line the cache has an output for was validated and transformed by
      // this same code before: only new or changed lines are parsed.
      const cached = cache?.get(line.raw)
      if (cached !== undefined) {
        counts.written++
        counts.cached++
        await writer.write(cached)
        continue
      }
      const record = parseJsonLine(line, options.inputSchema)
      let output: string
      try {
        output = toJsonLine(options.transform(record))
      } catch (error) {
        const failure: Failure = {
          id: options.idOf(record),
          stage: options.stage,
          reason: oneLine(error)
        }
        counts.failed++
        await failures.write(toJsonLine(failure))
        continue
      }
      cache?.set(line.raw, output)
      counts.written++
      await writer.write(output)
    }
  } catch (error) {
    await Promise.all([writer.abort(), failures.abort()])
    throw error
  }
  await Promise.all([writer.close(), failures.close()])
  await cache?.finish()
  return counts
}

/** The message of an error on one line, as failure records and stderr want it. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
}
