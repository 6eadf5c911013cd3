import {randomBytes} from 'node:crypto'
import {createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {mkdir, rename, rm} from 'node:fs/promises'
import {dirname} from 'node:path'
import {once} from 'node:events'

/** A name beside `path` for writing it before it is renamed into place. */
export function temporaryPath(path: string): string {
  return `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
}

/**
 * Write a file so that readers see either the old content or the new, never
 * half of it: write beside it, then rename over it.
 *
 * Synchronous: stages write thousands of small files one after another, and
 * waiting on the event loop for each costs more than the writing.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true})
  const temporary = temporaryPath(path)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

/**
 * Stream lines into a file that appears, complete, only when `close` is
 * called; `abort` leaves the previous file as it was.
 */
export async function openAtomicWriter(path: string) {
  await mkdir(dirname(path), {recursive: true})
  const temporary = temporaryPath(path)
  const stream = createWriteStream(temporary)
  await once(stream, 'open')

  return {
    /** Write a chunk, waiting when the stream asks for it. */
    async write(chunk: string): Promise<void> {
      if (!stream.write(chunk)) await once(stream, 'drain')
    },
    /** Finish the file and move it into place. */
    async close(): Promise<void> {
      stream.end()
      await once(stream, 'finish')
      await rename(temporary, path)
    },
    /** Drop what was written. */
    async abort(): Promise<void> {
      // Ending rather than destroying lets pending writes settle, so none of
      // them fails later on a destroyed stream.
      stream.end()
      await once(stream, 'close')
      await rm(temporary, {force: true})
    }
  }
}
