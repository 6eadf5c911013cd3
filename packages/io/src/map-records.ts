import {join} from 'node:path'
import {failureSchema, type Failure, type Stage} from '@sourcing/schema'
import type {z} from 'zod'
import {openAtomicWriter} from './atomic.js'
import {toJsonLine} from './json-lines.js'
import {parseJsonLine, readJsonLines} from './json-records.js'
import {mapOrdered} from './ordered.js'
import {poolAfter} from './pool.js'
import type {Progress} from './progress.js'
import {
  assertRecordFolder,
  failuresName,
  openRecordFolder,
  readManifestBatches,
  readRecord,
  type ManifestEntry
} from './record-folder.js'
import transformRecords from './transform-worker.js'

/** Options of {@link mapRecords}. */
export interface MapRecordsOptions<In extends z.ZodType> {
  /** Record folder of the previous stage. */
  input: string
  /** Schema of the previous stage's records, checked before the transform sees one. */
  inputSchema: In
  /** Record folder of this stage. */
  output: string
  /** Version of this stage's code: records an earlier run of it made are reused. */
  version: string
  /** A file, outside `output`, to keep the stats of its record shards in between runs (see `openRecordFolder`). */
  shardIndex?: string
  /** This stage, as its failure records name it. */
  stage: Stage
  /**
   * URL of the module whose default export is the stage's work on one
   * (validated) record, which may throw for that record alone. It is loaded
   * for the first record that is not reused: a run with nothing to redo does
   * not load the analysis code (for the tag stage, about 130 ms of a run
   * after one article changed).
   */
  transformModule: string
  /** Threads to transform on once more than a few records need it (see `poolAfter`); default 1, this thread. */
  workers?: number
  /** Ticked once for every article read, whether transformed, reused or failed. */
  progress?: Pick<Progress, 'tick'>
}

/** One article of the input manifest: with the output record an earlier run made from its record, or with that record, validated, to transform. */
interface Step {
  entry: ManifestEntry
  kept?: string
  record?: unknown
}

/** How many articles a stage passed on, how many it reused from an earlier run, how many failed. */
export interface StageCounts {
  written: number
  reused: number
  failed: number
}

/**
 * Run one pipeline stage from record folder to record folder: validate each
 * input record, transform it, and write the result. An article whose input
 * record is the one an earlier run of the same code saw is not read again:
 * its output record is kept. With more than one worker, records are
 * transformed on a pool of threads once there are more than a few; the
 * output is the same, in the same order.
 *
 * Failures of earlier stages are carried forward, so none is lost; a record
 * whose transform throws becomes a failure naming its id, the stage and the
 * reason, and the stage goes on with the next one. An interrupted run leaves
 * the previous manifest and failures as they were.
 *
 * @param options Folders, schema, transform module and code version.
 * @returns How many articles were written, reused and failed.
 */
export async function mapRecords<In extends z.ZodType>(options: MapRecordsOptions<In>): Promise<StageCounts> {
  assertRecordFolder(options.input)
  const out = await openRecordFolder(options.output, options.version, {shardIndex: options.shardIndex})
  const failures = await openAtomicWriter(join(options.output, failuresName))
  const counts: StageCounts = {written: 0, reused: 0, failed: 0}
  const workers = options.workers ?? 1
  const pool = poolAfter({
    filename: new URL('transform-worker.js', import.meta.url).href,
    workers,
    here: transformRecords
  })

  /** The input manifest as steps, in order. */
  async function* steps(): AsyncGenerator<Step> {
    for await (const entries of readManifestBatches(options.input)) {
      for (const entry of entries) {
        options.progress?.tick()
        const kept = out.made(entry.hash)
        yield kept === undefined ? {entry, record: readValidRecord(options.input, entry, options.inputSchema)} : {entry, kept}
      }
    }
  }

  /** Transform a batch's records; kept entries pass through. */
  async function transform(batch: Step[]) {
    const records = batch.flatMap((step) => (step.kept === undefined ? [step.record] : []))
    const results = records.length > 0 ? await pool.run({module: options.transformModule, records}, records.length) : []
    return batch.map(({entry, kept}) => ({entry, kept, result: kept === undefined ? results.shift() : undefined}))
  }

  try {
    for await (const failure of readJsonLines(join(options.input, failuresName), failureSchema)) {
      await failures.write(toJsonLine(failure))
    }
    for await (const {entry, kept, result} of mapOrdered(steps(), transform, {batchSize: 8, concurrency: 2 * workers})) {
      if (kept !== undefined) {
        await out.keep({id: entry.id, from: entry.hash, hash: kept})
        counts.written++
        counts.reused++
      } else if (result?.ok) {
        await out.add(entry.id, entry.hash, result.json)
        counts.written++
      } else if (result) {
        const failure: Failure = {id: entry.id, stage: options.stage, reason: result.reason}
        counts.failed++
        await failures.write(toJsonLine(failure))
      }
    }
  } catch (error) {
    await Promise.all([out.abort(), failures.abort()])
    throw error
  } finally {
    await pool.destroy()
  }
  await failures.close()
  await out.finish()
  return counts
}

/**
 * Read and validate the record of one article of a record folder.
 *
 * @param folder Record folder of the stage that wrote it.
 * @param entry The article's manifest entry.
 * @param schema Schema of that stage's records.
 * @throws {RecordError} Naming the folder, the article and the bad fields: a
 *   record that is not what its stage writes means the folders are out of
 *   step, not that one article is bad, so stages let it stop them.
 */
export function readValidRecord<Schema extends z.ZodType>(
  folder: string,
  entry: ManifestEntry,
  schema: Schema
): z.output<Schema> {
  return parseJsonLine({raw: readRecord(folder, entry.hash), where: `${folder} record of ${entry.id}`}, schema)
}
