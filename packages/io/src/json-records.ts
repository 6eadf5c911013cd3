import type {z} from 'zod'
import {parseRecord, RecordError} from '@sourcing/schema'
import {readRawLines, type RawLine} from './json-lines.js'

/**
 * Parse and validate one line against the schema of the stage that wrote it.
 *
 * @param line Line as read, with where it is.
 * @param schema Schema the record must satisfy.
 * @returns The record.
 * @throws {RecordError} Naming the line and the bad field paths.
 */
export function parseJsonLine<Schema extends z.ZodType>(
  {raw, where}: RawLine,
  schema: Schema
): z.output<Schema> {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    throw new RecordError(where, [], `${where}: not JSON: ${(error as Error).message}`)
  }
  return parseRecord(schema, value, where)
}

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
  for await (const line of readRawLines(path)) yield parseJsonLine(line, schema)
}
