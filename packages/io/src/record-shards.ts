import {createHash} from 'node:crypto'
import {existsSync, readdirSync, rmSync, statSync, type Stats} from 'node:fs'
import {join} from 'node:path'
import type {FileIndex} from './file-index.js'

/**
 * The files in the shards of a record folder (`records/ab/`), as a run found
 * them when it started: what `made` may reuse and what `finish` deletes.
 */
export interface RecordShards {
  /** Hashes of the complete records in the folder. */
  stored: ReadonlySet<string>
  /** Note that the run wrote the record with this hash, which changed its shard. */
  wrote(hash: string): void
  /**
   * Delete every file in the shards but the records listed: those the new
   * manifest no longer lists and leftovers of killed writes. Then note, in
   * the index, the shards the run left as they were.
   *
   * @returns How many files were deleted.
   */
  finish(listed: ReadonlySet<string>): number
}

/**
 * Find what the shards of a folder's records hold. Listing the 256 shards of
 * 10,000 records took about 20 ms, and a stage listed them twice a run; with
 * an index of the shards' stats (see `openFileIndex`), a shard whose stats
 * are those it had when a run found it holding exactly the records the
 * earlier manifest puts in it holds them still, and is not listed. Adding,
 * deleting or renaming a file in a folder sets the folder's change time, so
 * a record deleted or added behind the stage's back shows, and its shard is
 * listed.
 *
 * @param records The `records` folder of a record folder.
 * @param expected Hashes of the records the earlier manifest lists.
 * @param index Stats of the shards, kept between runs.
 */
export function openRecordShards(records: string, expected: Iterable<string>, index?: FileIndex): RecordShards {
  const expectedHashes = new Map<string, Set<string>>()
  for (const hash of expected) {
    const shard = hash.slice(0, 2)
    const hashes = expectedHashes.get(shard)
    if (hashes) hashes.add(hash)
    else expectedHashes.set(shard, new Set([hash]))
  }

  const shards = new Map<string, Shard>()
  const stored = new Set<string>()
  for (const name of existsSync(records) ? readdirSync(records) : []) {
    const path = join(records, name)
    // Stats first, then the names: a change in between shows in later stats.
    const stats = index && statsOf(path)
    const hashes = expectedHashes.get(name)
    const known = stats && hashes && index.get(path, stats)
    const shard: Shard =
      known && hashes && known === keyOf(hashes) ? {hashes, leftovers: [], stats, noted: true} : readShard(path, stats)
    shards.set(name, shard)
    for (const hash of shard.hashes) stored.add(hash)
  }

  const changed = new Set<string>()
  return {
    stored,
    wrote: (hash) => void changed.add(hash.slice(0, 2)),
    finish(listed) {
      let deleted = 0
      for (const [name, shard] of shards) {
        const unlisted = [...shard.leftovers]
        for (const hash of shard.hashes) if (!listed.has(hash)) unlisted.push(`${hash}.json`)
        for (const file of unlisted) rmSync(join(records, name, file), {force: true})
        deleted += unlisted.length
        if (unlisted.length > 0) changed.add(name)
        // A shard the index gave is noted again by `get`.
        if (index && shard.stats && !shard.noted && !changed.has(name)) {
          index.set(join(records, name), shard.stats, keyOf(shard.hashes))
        }
      }
      index?.save()
      return deleted
    }
  }
}

/** What a shard holds. */
interface Shard {
  /** Hashes of its complete records. */
  hashes: Set<string>
  /** Its other files: leftovers of killed writes. */
  leftovers: string[]
  /** Its stats when the run found what it holds, when there is an index. */
  stats: Stats | undefined
  /** Whether the index gave what it holds. */
  noted: boolean
}

/** List a shard's folder: its records by hash, and the leftovers of killed writes. */
function readShard(path: string, stats: Stats | undefined): Shard {
  const shard: Shard = {hashes: new Set(), leftovers: [], stats, noted: false}
  for (const name of readdirSync(path)) {
    if (name.endsWith('.json')) shard.hashes.add(name.slice(0, -'.json'.length))
    else shard.leftovers.push(name)
  }
  return shard
}

/** What a shard holds, as one key: a hash of the hashes of its records in order. */
function keyOf(hashes: Iterable<string>): string {
  return createHash('sha256').update([...hashes].sort().join('\n')).digest('hex')
}

/** A shard's stats; undefined when they cannot be read, so the shard is listed instead (and that fails with the reason). */
function statsOf(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
