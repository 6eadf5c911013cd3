import {closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync} from 'node:fs'
import {readdir, rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {temporaryPath, writeFileAtomic} from './atomic.js'

/**
 * Size and modification time of a file as a stage left it: when both are
 * unchanged, the file is the one it wrote (the test make and rsync use).
 */
export interface FileSignature {
  size: number
  mtimeMs: number
}

/**
 * A folder that one stage owns: every file is written atomically, and
 * `finish` deletes the files this run did not write, so articles removed from
 * the corpus do not leave reports behind (Turbo restores outputs but never
 * deletes stale ones).
 *
 * @param folder Folder to own; created when missing.
 */
export function outputFolder(folder: string) {
  const written = new Set<string>()

  function claim(name: string): string {
    if (written.has(plain(name))) throw new Error(`${join(folder, name)}: output file written twice in one run`)
    written.add(name)
    return name
  }

  /**
   * Open one file to write a piece at a time, for a file that grows with
   * the corpus (an index with a row per article): the pieces go to a
   * temporary file beside it, which replaces the file on `close` unless
   * the file already held the same bytes.
   *
   * @param name A plain file name (see `safeFileName`), never a path.
   * @returns The file: `write` pieces, then `close` it, or `abort` to
   *   leave the old file as it was.
   */
  function open(name: string): PieceWriter {
    return openPieceWriter(join(folder, claim(name)))
  }

  return {
    folder,
    /**
     * Write one file, unless it already holds exactly this content: an
     * incremental run then rewrites only what changed, and unchanged files
     * keep their modification times.
     *
     * @param name A plain file name (see `safeFileName`), never a path.
     * @param content The text, or its pieces in order: a corpus index is
     *   written piece by piece, since as one string it would outgrow the
     *   longest string V8 can make (about 512 MB) at a few hundred thousand
     *   articles.
     * @returns The file's signature as written or found.
     */
    write(name: string, content: string | Iterable<string>): FileSignature {
      if (typeof content !== 'string') {
        const file = open(name)
        try {
          for (const piece of content) file.write(piece)
        } catch (error) {
          file.abort()
          throw error
        }
        return file.close()
      }
      const path = join(folder, claim(name))
      const bytes = Buffer.from(content)
      if (!holds(path, bytes)) writeFileAtomic(path, bytes)
      return signatureOf(path)!
    },
    open,
    /**
     * Keep files of an earlier run without reading them, when their
     * signatures show they are the files that run wrote: all of them, or
     * none.
     *
     * @param files Signatures by file name.
     * @returns Whether they were kept; when not, write them.
     */
    keep(files: Record<string, FileSignature>): boolean {
      const names = Object.keys(files)
      const unchanged = names.every((name) => {
        const found = signatureOf(join(folder, plain(name)))
        return found !== undefined && found.size === files[name]!.size && found.mtimeMs === files[name]!.mtimeMs
      })
      if (unchanged) for (const name of names) claim(name)
      return unchanged
    },
    /**
     * Delete every file in the folder that this run did not write.
     *
     * @returns The names deleted, sorted.
     */
    async finish(): Promise<string[]> {
      const entries = await readdir(folder, {withFileTypes: true})
      const stale = entries
        .filter((entry) => entry.isFile() && !written.has(entry.name))
        .map((entry) => entry.name)
        .sort()
      await Promise.all(stale.map((name) => rm(join(folder, name), {force: true})))
      return stale
    }
  }
}

/**
 * The name itself, when it is a plain file name; a name with a path in it is
 * refused, since it could write outside the folder or miss `finish`.
 *
 * @param name File name to check.
 * @returns The same name.
 * @throws {Error} Naming the name, when it holds a path.
 */
function plain(name: string): string {
  if (name !== name.replace(/^.*[\\/]/, '')) {
    throw new Error(`${JSON.stringify(name)}: output file name must not contain a path`)
  }
  return name
}

/** Whether a file holds exactly these bytes: a file of another size is not read. */
function holds(path: string, bytes: Buffer): boolean {
  try {
    return statSync(path).size === bytes.length && readFileSync(path).equals(bytes)
  } catch {
    return false
  }
}

/** How much is written, or compared, at a time. */
const blockSize = 1 << 20

/** A file written a piece at a time (see `outputFolder().open`). */
export interface PieceWriter {
  /** Add a piece at the end of the file. */
  write(piece: string): void
  /** Put the file in place, unless it already held these bytes. */
  close(): FileSignature
  /** Drop what was written. */
  abort(): void
}

/** Start writing the file at `path` through a temporary file beside it. */
function openPieceWriter(path: string): PieceWriter {
  mkdirSync(dirname(path), {recursive: true})
  const temporary = temporaryPath(path)
  const file = openSync(temporary, 'w')
  let open = true
  // Pieces are gathered into writes of about a megabyte: an index has a
  // piece per article, and a system call for each would cost more than the
  // writing.
  let pending: string[] = []
  let pendingLength = 0

  function flush(): void {
    writeSync(file, pending.join(''))
    pending = []
    pendingLength = 0
  }

  function abort(): void {
    if (open) closeSync(file)
    open = false
    rmSync(temporary, {force: true})
  }

  return {
    write(piece) {
      if (!open) throw new Error(`${path} is already closed`)
      pending.push(piece)
      pendingLength += piece.length
      if (pendingLength >= blockSize) flush()
    },
    close() {
      if (!open) throw new Error(`${path} is already closed`)
      try {
        flush()
        closeSync(file)
        open = false
        if (sameBytes(path, temporary)) rmSync(temporary)
        else renameSync(temporary, path)
      } catch (error) {
        abort()
        throw error
      }
      return signatureOf(path)!
    },
    abort
  }
}

/** Whether two files hold the same bytes, compared a block at a time; a missing file holds nothing. */
function sameBytes(a: string, b: string): boolean {
  let size: number
  try {
    size = statSync(a).size
  } catch {
    return false
  }
  if (size !== statSync(b).size) return false
  const left = Buffer.alloc(blockSize)
  const right = Buffer.alloc(blockSize)
  const first = openSync(a, 'r')
  const second = openSync(b, 'r')
  try {
    for (let offset = 0; offset < size; offset += blockSize) {
      const length = readSync(first, left, 0, blockSize, offset)
      if (readSync(second, right, 0, blockSize, offset) !== length || !left.subarray(0, length).equals(right.subarray(0, length))) {
        return false
      }
    }
    return true
  } finally {
    closeSync(first)
    closeSync(second)
  }
}

/** The signature of the file at `path`; undefined when there is none. */
function signatureOf(path: string): FileSignature | undefined {
  try {
    const {size, mtimeMs} = statSync(path)
    return {size, mtimeMs}
  } catch {
    return undefined
  }
}
