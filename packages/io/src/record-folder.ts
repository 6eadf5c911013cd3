import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {isLeftoverTemporary, openAtomicWriter, writeFileAtomic} from './atomic.js'
import {openFileIndex} from './file-index.js'
import {countLines, readLineBatches, toJsonLine, type RawLine} from './json-lines.js'
import {openRecordShards} from './record-shards.js'
import {StageError} from './stage-error.js'

// A stage's output folder holds one file per record, named by the hash of its
// content (`records/ab/ab12….json`), and a manifest listing the articles in
// corpus order with the hash of the record each one has here and of the
// record it was made from upstream. A later stage, or a re-run of this one,
// compares manifests instead of reading records: after one article changed,
// only that article's record is read, transformed and written, and the rest
// is neither read, hashed nor copied.

/** File of a stage folder listing its articles: a header, then one entry per article. */
const manifestName = 'manifest.jsonl'
/** Folder of a stage folder holding its records, in shards by the first two characters of their hash. */
const recordsName = 'records'
/** File of a stage folder with the failures of that stage and every one before it. */
export const failuresName = 'failures.jsonl'

/** What names a record: the hex SHA-256 of its JSON. */
export const hashPattern = /^[\da-f]{64}$/

/** The first line of a record folder's manifest (see `manifestHeaderSchema`). */
export interface ManifestHeader {
  /** Version of the code that wrote the records (see `codeVersion`). */
  version: string
}

/** One article of a record folder's manifest (see `manifestEntrySchema`). */
export interface ManifestEntry {
  /** Article id. */
  id: string
  /** Hash of the input the record was made from: the upstream record, or the source file. */
  from: string
  /** Hash of the record's JSON, which names its file. */
  hash: string
}

/**
 * A manifest line, parsed and checked by hand against what
 * `manifestHeaderSchema` or `manifestEntrySchema` accepts; undefined when it
 * is not JSON or fails the check. That took a fraction of the time zod's
 * parse did, and a stage reads two manifests of every article before it
 * starts. A line that fails is parsed again with `parseWithSchema`, which
 * says what is wrong with it; the schemas, and zod, are loaded only then,
 * so a stage that validates no record of its own (ingestion) never loads zod.
 *
 * @param line Manifest line as read.
 * @param check `isManifestHeader` or `isManifestEntry`.
 */
function fastParse<T>(line: RawLine, check: (value: unknown) => value is T): T | undefined {
  try {
    const value: unknown = JSON.parse(line.raw)
    return check(value) ? value : undefined
  } catch {
    return undefined
  }
}

/**
 * Parse a manifest line that failed the check with its schema.
 *
 * @throws {RecordError} Naming the line and what is wrong with it.
 */
async function parseWithSchema<T>(line: RawLine, schema: keyof typeof import('./manifest-schema.js')): Promise<T> {
  const [{parseJsonLine}, schemas] = await Promise.all([import('./json-records.js'), import('./manifest-schema.js')])
  return parseJsonLine(line, schemas[schema]) as T
}

/** Whether a parsed value is a manifest header: the version as a string, nothing else. */
function isManifestHeader(value: unknown): value is ManifestHeader {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as {version?: unknown}).version === 'string' &&
    Object.keys(value).length === 1
  )
}

/** Whether a parsed value is a manifest entry: the three fields as strings, the hash in hex, nothing else. */
function isManifestEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false
  const {id, from, hash} = value as Record<string, unknown>
  return (
    typeof id === 'string' &&
    typeof from === 'string' &&
    typeof hash === 'string' &&
    hashPattern.test(hash) &&
    Object.keys(value).length === 3
  )
}

/**
 * The hash that names a record: SHA-256 of its JSON text.
 *
 * @param json Record as written.
 */
export function recordHash(json: string): string {
  return createHash('sha256').update(json).digest('hex')
}

/** Where the record with this hash is in a record folder: `records/ab/ab12….json`. */
function recordPath(folder: string, hash: string): string {
  return join(folder, recordsName, hash.slice(0, 2), `${hash}.json`)
}

/**
 * Make sure a folder is a stage's record folder, so that reading one that is
 * not fails with what is wrong rather than with the first missing file.
 *
 * @param folder Output folder of a stage.
 * @throws {StageError} When the folder holds no manifest.
 */
export function assertRecordFolder(folder: string): void {
  if (!existsSync(join(folder, manifestName))) {
    throw new StageError(
      `${folder} is not the output folder of a pipeline stage (it holds no ${manifestName}): run the stage before this one first`
    )
  }
}

/**
 * The articles of a record folder, in corpus order, with the hash of each
 * one's record.
 *
 * @param folder Output folder of a stage.
 * @throws {RecordError} When a manifest line is not an entry, naming it.
 * @throws {StageError} When the folder holds no manifest.
 */
export async function* readManifest(folder: string): AsyncGenerator<ManifestEntry> {
  for await (const entries of readManifestBatches(folder)) yield* entries
}

/**
 * The articles of a record folder, as {@link readManifest} gives them, in
 * batches: a stage goes through thousands of unchanged ones, and a promise
 * for each cost more than comparing it.
 *
 * @param folder Output folder of a stage.
 * @param version When given, the manifest is read only if code of this
 *   version wrote it; otherwise there are no batches.
 * @throws {RecordError} When a manifest line is not an entry, naming it.
 * @throws {StageError} When the folder holds no manifest.
 */
export async function* readManifestBatches(folder: string, version?: string): AsyncGenerator<ManifestEntry[]> {
  assertRecordFolder(folder)
  let header = true
  for await (const lines of readLineBatches(join(folder, manifestName))) {
    const entries: ManifestEntry[] = []
    for (const line of lines) {
      if (!header) {
        entries.push(fastParse(line, isManifestEntry) ?? (await parseWithSchema<ManifestEntry>(line, 'manifestEntrySchema')))
        continue
      }
      header = false
      const written = (fastParse(line, isManifestHeader) ?? (await parseWithSchema<ManifestHeader>(line, 'manifestHeaderSchema'))).version
      if (version !== undefined && written !== version) return
    }
    yield entries
  }
}

/**
 * How many articles a record folder's manifest lists, counted without
 * parsing it: to size a progress bar.
 *
 * @param folder Output folder of a stage.
 */
export async function countArticles(folder: string): Promise<number> {
  return Math.max(0, (await countLines(join(folder, manifestName))) - 1)
}

/**
 * The JSON text of one record of a record folder.
 *
 * @param folder Output folder of a stage.
 * @param hash Hash from its manifest entry.
 */
export function readRecord(folder: string, hash: string): string {
  return readFileSync(recordPath(folder, hash), 'utf8')
}

/** Where a stage writes its records, reusing those an earlier run of the same code made. */
export interface RecordFolder {
  /**
   * The hash of the record an earlier run of this code version made from the
   * input `from`, when that record is still in the folder.
   */
  made(from: string): string | undefined
  /**
   * List an article with the record an earlier run of this code made from
   * `from`, when there is one; resolves to whether there was.
   */
  reuse(id: string, from: string): Promise<boolean>
  /** The JSON text of a record in the folder. */
  read(hash: string): string
  /** List an article whose record is already in the folder. */
  keep(entry: ManifestEntry): Promise<void>
  /** Write an article's record (unless the same record is there) and list it; resolves to its hash. */
  add(id: string, from: string, json: string): Promise<string>
  /** Write the manifest and delete the records it does not list, and stale JSON Lines files beside it. */
  finish(): Promise<{listed: number; deleted: number}>
  /** Leave the folder's manifest as it was. */
  abort(): Promise<void>
}

/**
 * Open a stage's output folder for a run of the code version `version`.
 *
 * Records are written atomically as they are made and the manifest replaces
 * the old one only in `finish`, so a run that is killed leaves the previous
 * manifest, every record it lists, and some extra records the next run
 * deletes.
 *
 * @param folder Output folder of the stage.
 * @param version Version of the stage's code and configuration.
 * @param options `shardIndex`: a file, outside the folder, to keep the stats
 *   of its shards in between runs, so that a run need not list the shards
 *   that have not changed (see `openRecordShards`).
 */
export async function openRecordFolder(
  folder: string,
  version: string,
  options: {shardIndex?: string} = {}
): Promise<RecordFolder> {
  const earlier = await earlierRun(folder, version)
  // Found once, so asking for an earlier record costs a lookup, not a stat.
  const shards = openRecordShards(
    join(folder, recordsName),
    earlier.values(),
    options.shardIndex === undefined ? undefined : openFileIndex(options.shardIndex)
  )
  const manifest = await openAtomicWriter(join(folder, manifestName))
  await manifest.write(toJsonLine({version}))
  const listed = new Set<string>()
  let entries = 0

  const list = async (entry: ManifestEntry) => {
    listed.add(entry.hash)
    entries++
    await manifest.write(toJsonLine(entry))
  }

  const made = (from: string) => {
    const hash = earlier.get(from)
    return hash !== undefined && shards.stored.has(hash) ? hash : undefined
  }

  return {
    made,
    async reuse(id, from) {
      const hash = made(from)
      if (hash !== undefined) await list({id, from, hash})
      return hash !== undefined
    },
    read: (hash) => readRecord(folder, hash),
    keep: list,
    async add(id, from, json) {
      const hash = recordHash(json)
      const path = recordPath(folder, hash)
      if (!listed.has(hash) && !existsSync(path)) {
        writeFileAtomic(path, json)
        shards.wrote(hash)
      }
      await list({id, from, hash})
      return hash
    },
    async finish() {
      await manifest.close()
      return {listed: entries, deleted: deleteStale(folder) + shards.finish(listed)}
    },
    abort: () => manifest.abort()
  }
}

/** What an earlier run of the same code made: the hash of the record made from each input. */
async function earlierRun(folder: string, version: string): Promise<Map<string, string>> {
  const made = new Map<string, string>()
  if (!existsSync(join(folder, manifestName))) return made
  try {
    for await (const entries of readManifestBatches(folder, version)) {
      for (const entry of entries) made.set(entry.from, entry.hash)
    }
  } catch {
    // A damaged manifest costs only the reuse of what it lists.
    return new Map()
  }
  return made
}

/**
 * Delete JSON Lines files beside the manifest, such as the output of an
 * older version of the stage (Turbo restores and keeps what it finds there),
 * and leftovers of killed writes. Nothing else is touched, so a folder given
 * by mistake loses no file of its own, and neither does a write of this
 * process still in flight, such as the stage's failures.jsonl.
 */
function deleteStale(folder: string): number {
  let deleted = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    if (!entry.isFile() || entry.name === manifestName || entry.name === failuresName) continue
    if (!entry.name.endsWith('.jsonl') && !isLeftoverTemporary(entry.name)) continue
    rmSync(join(folder, entry.name), {force: true})
    deleted++
  }
  return deleted
}
