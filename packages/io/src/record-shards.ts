import {createHash} from 'node:crypto'
import {existsSync, readdirSync, rmSync, statSync, type BigIntStats} from 'node:fs'
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
  const expectedNames = new Map<string, Set<string>>()
  for (const hash of expected) {
    const shard = hash.slice(0, 2)
    const names = expectedNames.get(shard) ?? new Set()
    names.add(`${hash}.json`)
    expectedNames.set(shard, names)
  }

  const files = new Map<string, string[]>()
  const statsAtStart = new Map<string, BigIntStats>()
  for (const shard of existsSync(records) ? readdirSync(records) : []) {
    const path = join(records, shard)
    // Stats first, then the names: a change in between shows in later stats.
    const stats = index && statsOf(path)
    if (stats) statsAtStart.set(shard, stats)
    const names = expectedNames.get(shard)
    const known = stats && names && index.get(path, stats)
    files.set(shard, known && names && known === keyOf(names) ? [...names] : readdirSync(path))
  }

  const stored = new Set<string>()
  for (const names of files.values()) {
    for (const name of names) {
      const hash = hashOf(name)
      if (hash !== undefined) stored.add(hash)
    }
  }

  const changed = new Set<string>()
  return {
    stored,
    wrote: (hash) => void changed.add(hash.slice(0, 2)),
    finish(listed) {
      let deleted = 0
      for (const [shard, names] of files) {
        for (const name of names) {
          const hash = hashOf(name)
          if (hash !== undefined && listed.has(hash)) continue
          rmSync(join(records, shard, name), {force: true})
          changed.add(shard)
          deleted++
        }
        const stats = statsAtStart.get(shard)
        if (index && stats && !changed.has(shard)) index.set(join(records, shard), stats, keyOf(names))
      }
      index?.save()
      return deleted
    }
  }
}

/** The hash a complete record file is named by; undefined for a leftover of a killed write. */
function hashOf(name: string): string | undefined {
  return name.endsWith('.json') ? name.slice(0, -'.json'.length) : undefined
}

/** What a shard holds, as one key: a hash of its file names in order. */
function keyOf(names: Iterable<string>): string {
  return createHash('sha256').update([...names].sort().join('\n')).digest('hex')
}

function statsOf(path: string): BigIntStats | undefined {
  try {
    return statSync(path, {bigint: true})
  } catch {
    return undefined
  }
}
