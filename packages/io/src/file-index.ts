import {readFileSync, type BigIntStats} from 'node:fs'
import {writeFileAtomic} from './atomic.js'

/**
 * Keys (content hashes) of files by their stats, kept between runs, so that
 * a run need not read and hash a file that has not changed since the last
 * one. Like git's index, a file whose device, inode, size, modification time
 * and change time are all what they were when it was read is taken to hold
 * the bytes it held then. The change time is what makes this safe: every
 * write, rename or `touch -d` sets it to the current time, and nothing can
 * set it back, so a file changed since it was read shows a later one.
 */
export interface FileIndex {
  /** The key noted for the file at `path`, when its stats are those it had then. */
  get(path: string, stats: BigIntStats): string | undefined
  /** Note the key of the file at `path`, read with these stats (taken before it was read). */
  set(path: string, stats: BigIntStats, key: string): void
  /** Write the index, with only the files asked about or noted in this run. */
  save(): void
}

/**
 * A file changed in the same tick of its file system's clock as the stats
 * were taken keeps the time they show: "racily clean", as git calls it.
 * So a file is noted only when its times are this much older than the run:
 * longer than the coarsest clock of a common file system (FAT's 2 s), with
 * room for the lag of the kernel's coarse clock. Such a file is read again
 * next run, and noted then.
 */
const racyMargin = 3_000_000_000n

/** Stats that identify one version of a file's content, as kept: device, inode, size, mtime and ctime (ns), and the key. */
type Entry = [string, string, string, string, string, string]

/**
 * Open the index kept at `path`; a missing or damaged one is empty, which
 * costs only a read of every file.
 *
 * @param path File the index is kept in.
 * @param now When this run started, in ns since the epoch: only files whose
 *   times are at least 3 s older are noted.
 */
export function openFileIndex(path: string, now = BigInt(Date.now()) * 1_000_000n): FileIndex {
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
      if (stats.mtimeNs >= now - racyMargin || stats.ctimeNs >= now - racyMargin) return
      kept.set(file, [String(stats.dev), String(stats.ino), String(stats.size), String(stats.mtimeNs), String(stats.ctimeNs), key])
      noted = true
    },
    save() {
      // Asked about every file it held and told of none: it is as it was.
      if (!noted && kept.size === earlier.size) return
      writeFileAtomic(path, JSON.stringify({files: Object.fromEntries(kept)}))
    }
  }
}

function sameFile(entry: Entry, stats: BigIntStats): boolean {
  const [dev, ino, size, mtimeNs, ctimeNs] = entry
  return (
    ctimeNs === String(stats.ctimeNs) &&
    mtimeNs === String(stats.mtimeNs) &&
    size === String(stats.size) &&
    ino === String(stats.ino) &&
    dev === String(stats.dev)
  )
}

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
    if (Array.isArray(entry) && entry.length === 6 && entry.every((field) => typeof field === 'string')) {
      entries.set(file, entry as Entry)
    }
  }
  return entries
}
