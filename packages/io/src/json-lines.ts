import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import type {z} from 'zod'
import {parseRecord, RecordError} from '@sourcing/schema'

/**
 * Read a JSON Lines file one record at a time, validating each against the
 * schema of the stage that wrote it.
 *
 * Streams, so a corpus of any size is read in constant memory.
 *
 * @param path File to read.
 * @param schema Schema every record must satisfy.
 * @returns The records, in file order.
 * @throws {RecordError} Naming `path:line` and the bad field paths, for the first bad line.
 */
export async function* readJsonLines<Schema extends z.ZodType>(
  path: string,
  schema: Schema
): AsyncGenerator<z.output<Schema>> {
  const lines = createInterface({
    input: createReadStream(path, {encoding: 'utf8'}),
    crlfDelay: Number.POSITIVE_INFINITY
  })
  let line = 0
  for await (const raw of lines) {
    line++
    if (raw.trim() === '') continue
    const where = `${path}:${line}`
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new RecordError(where, [], `${where}: not JSON: ${(error as Error).message}`)
    }
    yield parseRecord(schema, value, where)
  }
}

/** One record as a line of JSON Lines. */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n'
}
