import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import type {z} from 'zod'
import {parseRecord, RecordError} from '@sourcing/schema'

/** One non-blank line of a JSON Lines file, as written, and where it is. */
export interface RawLine {
  raw: string
  /** `path:line`, to name the record in errors. */
  where: string
}

/**
 * The non-blank lines of a JSON Lines file, unparsed: a stage whose cache
 * already holds the output for a line need not parse or validate it.
 *
 * @param path File to read.
 */
export async function* readRawLines(path: string): AsyncGenerator<RawLine> {
  const lines = createInterface({
    input: createReadStream(path, {encoding: 'utf8'}),
    crlfDelay: Number.POSITIVE_INFINITY
  })
  let line = 0
  for await (const raw of lines) {
    line++
    if (raw.trim() !== '') yield {raw, where: `${path}:${line}`}
  }
}

/**
 * How many lines a file has, found in its bytes without decoding them: to
 * size a progress bar before the file is read. Blank lines count too (the
 * stages write none).
 *
 * @param path File to count.
 */
export async function countLines(path: string): Promise<number> {
  let lines = 0
  let last = 0x0a
  // Chunks of 16 MB: the count runs beside a busy stage, which lets it read
  // on only now and then, so the fewer reads the sooner the bar has its total.
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 24}) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++
    last = chunk[chunk.length - 1] ?? last
  }
  // A last line with no newline after it is a line too.
  return last === 0x0a ? lines : lines + 1
}

/**
 * Parse and validate one line against the schema of the stage that wrote it.
 *
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

/** One record as a line of JSON Lines. */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n'
}
