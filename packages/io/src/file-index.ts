import {readFileSync, type Stats} from 'node:fs'
import {writeFileAtomic} from './atomic.js'

// Keys (content hashes) of files by their stats, kept between runs, so that
// a run need not read and hash a file that has not changed since the last
// one. Like git's index, a file whose device, inode, size, modification time
// and change time are all what they were when it was read is taken to hold
// the bytes it held then. The change time is what makes this safe: every
// write, rename or `touch -d` sets it to the current time, and nothing can
// set it back, so a file changed since it was read shows a later one.

/** The stats of a file that tell one version of it from another. */
export type FileStats = Pick<Stats, 'dev' | 'ino' | 'size' | 'mtimeMs' | 'ctimeMs'>

/** Keys of files by their stats, as kept between runs (see `openFileIndex`). */
export interface FileIndex {
  /** The key noted for the file at `path`, when its stats are those it had then. */
  get(path: string, stats: FileStats): string | undefined
  /** Note the key of the file at `path`, read with these stats (taken before it was read). */
  set(path: string, stats: FileStats, key: string): void
  /** Write the index, with only the files asked about or noted in this run. */
  save(): void
}

/**
 * A file changed in the same tick of its file system's clock as the stats
 * were taken keeps the time they show: "racily clean", as git calls it.
 * So a file is noted only when its times are this much older than the run:
 * longer than the coarsest clock of a common file system (FAT's 2 s), with
 * room for the lag of the kernel's coarse clock. Such a file is read again
 * next run, and noted then. A change after the run started then shows a
 * change time at least a second after the one noted, so times in ms, as
 * floating point numbers (a fraction of a microsecond apart), tell them apart.
 * This takes the file system's clock to be within a second of this
 * machine's, as it is for local disks.
 */
const racyMargin = 3000

/** Stats that identify one version of a file's content, as kept: device, inode, size, mtime and ctime (ms), and the key. */
type Entry = [number, number, number, number, number, string]

/**
 * Open the index kept at `path`; a missing or damaged one is empty, which
 * costs only a read of every file.
 *
 * @param path File the index is kept in.
 * @param now When this run started, in ms since the epoch: only files whose
 *   times are at least 3 s older are noted.
 */
export function openFileIndex(path: string, now = Date.now()): FileIndex {
  const earlier = readIndex(path)
  const kept = new Map<string, Entry>()
  let noted = false
  return {
    get(file, stats) {
      const entry = earlier.get(file)
      if (entry === undefined || !sameFile(entry, stats)) return undefined
      kept.set(file, entry)
      return entry[5]
    },
    set(file, stats, key) {
      if (stats.mtimeMs >= now - racyMargin || stats.ctimeMs >= now - racyMargin) return
      kept.set(file, [stats.dev, stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs, key])
      noted = true
    },
    save() {
      // Asked about every file it held and told of none: it is as it was.
      if (!noted && kept.size === earlier.size) return
      writeFileAtomic(path, JSON.stringify({files: Object.fromEntries(kept)}))
    }
  }
}

/** Whether a file's stats are those noted: the change time first, as the one most likely to differ. */
function sameFile([dev, ino, size, mtimeMs, ctimeMs]: Entry, stats: FileStats): boolean {
  return (
    ctimeMs === stats.ctimeMs &&
    mtimeMs === stats.mtimeMs &&
    size === stats.size &&
    ino === stats.ino &&
    dev === stats.dev
  )
}

/** The entries of the index kept at `path`, dropping any that is not an entry; none when it is missing or not JSON. */
function readIndex(path: string): Map<string, Entry> {
  let files: unknown
  try {
    files = (JSON.parse(readFileSync(path, 'utf8')) as {files?: unknown}).files
  } catch {
    return new Map()
  }
  const entries = new Map<string, Entry>()
  if (typeof files !== 'object' || files === null) return entries
  for (const [file, entry] of Object.entries(files)) {
    if (isEntry(entry)) entries.set(file, entry)
  }
  return entries
}

function isEntry(value: unknown): value is Entry {
  return (
    Array.isArray(value) &&
    value.length === 6 &&
    value.slice(0, 5).every((field) => typeof field === 'number') &&
    typeof value[5] === 'string'
  )
}
