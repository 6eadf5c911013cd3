import {randomBytes} from 'node:crypto'
import {createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {mkdir, rename, rm} from 'node:fs/promises'
import {dirname} from 'node:path'
import {once} from 'node:events'

/**
 * A name beside a file for writing it before it is renamed into place; it
 * holds this process's id, so {@link isLeftoverTemporary} can tell another
 * process's leftovers from this one's writes in flight.
 *
 * @param path
 *   File to be written.
 * @returns
 *   Path of its temporary file.
 */
export function temporaryPath(path: string): string {
  return `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
}

/**
 * Whether a file name is one `temporaryPath` gave in another process: what
 * a killed write leaves behind. This process's own may be a write still in
 * flight, which deleting would make fail when it renames the file into place.
 *
 * @param name
 *   File name.
 * @returns
 *   Whether it can be deleted as a leftover.
 */
export function isLeftoverTemporary(name: string): boolean {
  const pid = /\.(\d+)-[\da-f]+\.tmp$/.exec(name)?.[1]
  return pid !== undefined && Number(pid) !== process.pid
}

/**
 * Write a file so that readers see either the old content or the new, never
 * half of it: write beside it, then rename over it.
 *
 * Synchronous: stages write thousands of small files one after another, and
 * waiting on the event loop for each costs more than the writing.
 *
 * @param path
 *   File to write; missing folders are made.
 * @param content
 *   Its whole content.
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

/** Characters {@link openAtomicWriter} gathers before it writes them. */
const pieceLength = 1 << 16

/**
 * Stream lines into a file that appears, complete, only when `close` is
 * called; `abort` leaves the previous file as it was.
 *
 * Lines are gathered and written 64 K characters at a time: a manifest is
 * 10,000 lines for 10,000 articles, and a stream write for each took longer
 * than making them.
 *
 * @param path
 *   File to write; missing folders are made.
 * @returns
 *   Writer with `write`, `close` and `abort`.
 */
export async function openAtomicWriter(path: string) {
  await mkdir(dirname(path), {recursive: true})
  const temporary = temporaryPath(path)
  const stream = createWriteStream(temporary)
  await once(stream, 'open')
  let gathered: string[] = []
  let length = 0

  const flush = async () => {
    const piece = gathered.join('')
    gathered = []
    length = 0
    if (!stream.write(piece)) await once(stream, 'drain')
  }

  return {
    /** Write a chunk: gathered with the ones before it, written once there are enough, waiting when the stream asks for it. */
    async write(chunk: string): Promise<void> {
      gathered.push(chunk)
      length += chunk.length
      if (length >= pieceLength) await flush()
    },
    /** Finish the file and move it into place. */
    async close(): Promise<void> {
      if (length > 0) await flush()
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
