import {closeSync, createReadStream, openSync, readSync} from 'node:fs'
import {StringDecoder} from 'node:string_decoder'

/** One non-blank line of a JSON Lines file, as written, and where it is. */
export interface RawLine {
  raw: string
  /** `path:line`, to name the record in errors. */
  where: string
}

/** Bytes read at a time by {@link readLineBatches}. */
const chunkBytes = 1 << 16

/**
 * The non-blank lines of a JSON Lines file, unparsed: a stage whose cache
 * already holds the output for a line need not parse or validate it. Lines
 * end at LF; a CR before it is dropped.
 *
 * @param path File to read.
 */
export async function* readRawLines(path: string): AsyncGenerator<RawLine> {
  for await (const lines of readLineBatches(path)) yield* lines
}

/**
 * The non-blank lines of a JSON Lines file, as {@link readRawLines} gives
 * them, in batches of those that end in one chunk of the file.
 *
 * Read a chunk at a time and split by hand: a read stream through readline
 * took longer than parsing the lines of a stage's manifest, and batches
 * spare a caller with thousands of lines a promise for each. The chunks are
 * read synchronously, since a trip through the thread pool for each cost
 * more than the read; every tenth of a second the event loop gets a turn,
 * so a progress bar still redraws while a long file is worked through.
 *
 * @param path File to read.
 */
export async function* readLineBatches(path: string): AsyncGenerator<RawLine[]> {
  const descriptor = openSync(path, 'r')
  const decoder = new StringDecoder('utf8')
  const chunk = Buffer.allocUnsafe(chunkBytes)
  let pending = ''
  let line = 0
  let turn = performance.now()
  const batch = (texts: string[]): RawLine[] => {
    const lines: RawLine[] = []
    for (const text of texts) {
      line++
      if (text.trim() !== '') lines.push({raw: text.endsWith('\r') ? text.slice(0, -1) : text, where: `${path}:${line}`})
    }
    return lines
  }
  try {
    for (let read; (read = readSync(descriptor, chunk, 0, chunkBytes, null)) > 0; ) {
      const texts = (pending + decoder.write(chunk.subarray(0, read))).split('\n')
      pending = texts.pop()!
      yield batch(texts)
      if (performance.now() - turn > 100) {
        await new Promise(setImmediate)
        turn = performance.now()
      }
    }
    yield batch([pending + decoder.end()])
  } finally {
    closeSync(descriptor)
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
 * One record as a line of JSON Lines.
 *
 * @param value Record.
 * @returns Its JSON and a newline.
 */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n'
}
