import {failureSchema, type Failure, type Stage} from '@sourcing/schema'
import type {z} from 'zod'
import {openAtomicWriter} from './atomic.js'
import {readJsonLines, toJsonLine} from './json-lines.js'
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
  const output = await openAtomicWriter(options.output)
  const failures = await openAtomicWriter(options.failuresOutput)
  const counts: StageCounts = {written: 0, cached: 0, failed: 0}
  const {cache} = options
  try {
    if (options.failuresInput) {
      for await (const failure of readJsonLines(options.failuresInput, failureSchema)) {
        await failures.write(toJsonLine(failure))
      }
    }
    for await (const record of readJsonLines(options.input, options.inputSchema)) {
      const cached = cache?.get(record)
      if (cached !== undefined) {
        counts.written++
        counts.cached++
        await output.write(cached)
        continue
      }
      let line: string
      try {
        line = toJsonLine(options.transform(record))
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
      cache?.set(record, line)
      counts.written++
      await output.write(line)
    }
  } catch (error) {
    await Promise.all([output.abort(), failures.abort()])
    throw error
  }
  await Promise.all([output.close(), failures.close()])
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
