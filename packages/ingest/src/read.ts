import {createHash} from 'node:crypto'
import {
  closeSync,
  createReadStream,
  fstatSync,
  openSync,
  readFileSync,
  statSync,
  type Dirent,
  type Stats
} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {dirname, isAbsolute, join, relative, sep} from 'node:path'
import {createGunzip, gunzip, type ZlibOptions} from 'node:zlib'
import {promisify} from 'node:util'
import type {InputFormat, Origin} from '@sourcing/schema'
import type * as Jsonc from 'jsonc-parser'
import {articleFromJsonRecord, articleFromText, type IngestResult} from './article.js'
import {decodeText, decodeUtf8} from './decode.js'

const gunzipAsync = promisify<Buffer, ZlibOptions, Buffer>(gunzip)

/** Options of {@link readArticles}. */
export interface ReadOptions {
  /**
   * Largest article, in bytes after decompression: a whole file, or one
   * JSON Lines record (default 10 MB, ten times a very long feature).
   */
  maxBytes?: number
  /**
   * Whether an earlier run already read a whole file with this key (see
   * {@link KeyedResult}): such a file is neither decoded nor parsed again,
   * and comes back as an {@link UnchangedFile}. JSON Lines records are always
   * parsed, since their ids are inside them. Only with this option do
   * articles carry keys.
   */
  unchanged?: (key: string) => boolean
  /**
   * The keys of whole files an earlier run read, by their stats: a file
   * whose stats give a key that `unchanged` knows is not even opened. Only
   * with `unchanged`.
   */
  fileKeys?: FileKeys
}

/**
 * Keys of whole files by the file system's stats of each, kept between runs
 * (`openFileIndex` of `@sourcing/io` keeps them the way git's index does).
 */
export interface FileKeys {
  /** The key of the file at `path` when it was read with these stats, if that is known and trusted. */
  get(path: string, stats: FileStats): string | undefined
  /** Note the key of the file at `path`, read with these stats. */
  set(path: string, stats: FileStats, key: string): void
}

/** The stats of a file that tell one version of it from another, as `fs.Stats` has them. */
export interface FileStats {
  dev: number
  ino: number
  size: number
  mtimeMs: number
  ctimeMs: number
}

/**
 * An article with the key of what it was read from (a hash of the file's
 * path and bytes, or of a JSON Lines record's path, line number and bytes),
 * or why an input could not become an article.
 */
export type KeyedResult = (Extract<IngestResult, {ok: true}> & {key: string}) | Extract<IngestResult, {ok: false}>

/** What {@link readArticles} yields, with keys when it was given `unchanged`. */
type Read = IngestResult | KeyedResult | UnchangedFile

/** A whole file that {@link ReadOptions.unchanged} said an earlier run read: its id and key. */
export interface UnchangedFile {
  ok: 'unchanged'
  id: string
  key: string
}

const megabyte = 1024 * 1024
/** Whole files read ahead of the one being yielded. */
const filesAhead = 16
const defaultMaxBytes = 10 * megabyte

/** A file to read: where it is, what it is called in ids, and its format. */
interface Source {
  /** Path to open and to report: as given, or the folder given joined with the file. */
  path: string
  /** Id of a whole-file article: the path as given, or relative to the folder given. */
  id: string
  format: InputFormat | null
  gzip: boolean
  /** Set when the path could not be read at all. */
  problem?: string
}

const formats: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl'
}

/**
 * Read articles from files and folders, one at a time, without loading a
 * corpus into memory.
 *
 * Reads `.txt`, `.md`, `.html`/`.htm` and `.jsonl` files and their `.gz`
 * variants; folders are walked recursively (dot files are skipped). Files are
 * read in sorted order of their paths, records of a JSON Lines file in line
 * order. Every input that cannot become an article is yielded as a failure
 * naming the problem, including ids seen before: nothing is silently dropped
 * or overwritten.
 *
 * @param paths Files and folders.
 * @yields One result per article or per failed input.
 */
export function readArticles(
  paths: string[],
  options?: Omit<ReadOptions, 'unchanged' | 'fileKeys'>
): AsyncGenerator<IngestResult>
export function readArticles(
  paths: string[],
  options: ReadOptions & Required<Pick<ReadOptions, 'unchanged'>>
): AsyncGenerator<KeyedResult | UnchangedFile>
export async function* readArticles(
  paths: string[],
  options: ReadOptions = {}
): AsyncGenerator<Read> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  const seen = new Map<string, string>()
  const sources = (await Promise.all(paths.map(expand))).flat()
  sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  // Whole files are taken a few ahead of the one being yielded, so gzipped
  // ones inflate on the thread pool while earlier ones are parsed.
  const reading = new Map<number, Promise<Read>>()
  const readAhead = (index: number) => {
    const source = sources[index]
    if (source && !source.problem && source.format !== null && source.format !== 'jsonl' && !reading.has(index)) {
      reading.set(index, readWhole(source, source.format, maxBytes, options.unchanged, options.fileKeys))
    }
  }

  for (const [index, source] of sources.entries()) {
    for (let next = index; next < index + filesAhead; next++) readAhead(next)
    const whole = reading.get(index)
    reading.delete(index)
    const results = source.problem
      ? [fail(source, null, source.id, source.problem)]
      : source.format === null
        ? [fail(source, null, source.id, `unsupported file type (${source.path})`)]
        : whole
          ? [await whole]
          : readJsonLines(source, 'jsonl', maxBytes, options.unchanged !== undefined)

    for await (const result of results) {
      if (!result.ok) {
        yield result
        continue
      }

      const id = result.ok === 'unchanged' ? result.id : result.article.id
      const line = result.ok === 'unchanged' ? null : result.article.origin.line
      const first = seen.get(id)
      if (first === undefined) {
        seen.set(id, line === null ? source.path : `${source.path}:${line}`)
        yield result
      } else {
        yield fail(source, line, id, `duplicate id (first seen at ${first})`)
      }
    }
  }
}

/**
 * How many results {@link readArticles} will yield for these paths, counted
 * without decoding or parsing: one per whole file or unreadable input, one
 * per non-blank line of a JSON Lines file. To size a progress bar: a JSON
 * Lines file that turns out not to be one yields fewer.
 *
 * @param paths Files and folders, as for `readArticles`.
 * @param options `maxBytes`, as for `readArticles`.
 * @returns The count.
 */
export async function countInputs(paths: string[], options: Pick<ReadOptions, 'maxBytes'> = {}): Promise<number> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  let count = 0
  for (const source of (await Promise.all(paths.map(expand))).flat()) {
    count += source.problem || source.format !== 'jsonl' ? 1 : await countRecords(source, maxBytes)
  }
  return count
}

/**
 * Non-blank lines of a JSON Lines file, at least one (an empty or unreadable
 * file is one failure).
 *
 * @param file The file.
 * @param maxBytes Longest line kept.
 * @returns The count.
 */
async function countRecords(file: Source, maxBytes: number): Promise<number> {
  let records = 0
  try {
    for await (const {bytes, tooLong} of lines(file, maxBytes)) {
      if (tooLong || bytes.some((byte) => byte > 0x20)) records++
    }
  } catch {
    return 1
  }
  return Math.max(records, 1)
}

/**
 * The files a path stands for.
 *
 * @param path A file or folder as the user gave it.
 * @returns Files to read, or one source carrying the problem.
 */
async function expand(path: string): Promise<Source[]> {
  let info: Stats
  try {
    info = await stat(path)
  } catch (error) {
    return [problem(path, path, readProblem(error))]
  }

  if (info.isDirectory()) return walk(path)
  return [info.isFile() ? source(path, path) : problem(path, path, notRegular(info))]
}

/**
 * Every file under a folder, without following a symbolic link back into
 * the tree (a link to an ancestor would loop forever, one to a sibling would
 * read it twice): such links, broken links, unreadable folders and special
 * files come back as problems. Names starting with `.` are skipped.
 *
 * @param root The folder as the user gave it.
 * @returns Files, with ids relative to `root`, and problems.
 */
async function walk(root: string): Promise<Source[]> {
  const files: Source[] = []
  const realRoot = await realpath(root)
  // Each folder with its id, the path relative to the root with `/`: built
  // name by name, as path.relative for every file took 26 ms of a re-run
  // over 10,000 files.
  const folders = [{folder: root, id: ''}]
  while (folders.length > 0) {
    const {folder, id: folderId} = folders.pop()!
    let entries: Dirent[]
    try {
      entries = await readdir(folder, {withFileTypes: true})
    } catch (error) {
      files.push(problem(folder, folderId || folder, readProblem(error)))
      continue
    }

    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const full = join(folder, entry.name)
      const id = folderId === '' ? entry.name : `${folderId}/${entry.name}`
      if (entry.isDirectory()) folders.push({folder: full, id})
      else if (entry.isFile()) files.push(source(full, id))
      else if (!entry.isSymbolicLink()) files.push(problem(full, id, notRegular(entry)))
      else {
        const target = await followLink(full, realRoot)
        if (target === 'folder') folders.push({folder: full, id})
        else if (target === 'file') files.push(source(full, id))
        else files.push(problem(full, id, target))
      }
    }
  }

  return files
}

/**
 * What a symbolic link inside a walked tree leads to.
 *
 * @param path The link.
 * @param realRoot Real path of the tree being walked.
 * @returns `file`, `folder` (outside the tree, safe to walk), or the problem.
 */
async function followLink(path: string, realRoot: string): Promise<'file' | 'folder' | string> {
  let info: Stats
  let target: string
  let parent: string
  try {
    info = await stat(path)
    target = await realpath(path)
    parent = await realpath(dirname(path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? 'broken symbolic link' : readProblem(error)
  }

  if (info.isFile()) return 'file'
  if (!info.isDirectory()) return notRegular(info)
  const inside = relative(realRoot, target)
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return 'folder'
  return parent === target || parent.startsWith(target + sep)
    ? 'symbolic link loop (links to a folder it is inside, not followed)'
    : 'symbolic link to a folder already in the tree (not followed)'
}

/**
 * Name a file that is neither a regular file nor a folder: reading a FIFO
 * would wait forever for a writer.
 *
 * @param info Its type.
 * @returns Reason.
 */
function notRegular(info: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string {
  const kind = info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'a device'
  return `not a regular file (${kind})`
}

/**
 * A source that could not be read at all.
 *
 * @param path Path to report.
 * @param id Id it would have had.
 * @param reason The problem.
 * @returns The source.
 */
function problem(path: string, id: string, reason: string): Source {
  return {path, id, format: null, gzip: false, problem: reason}
}

/**
 * Describe one file by its name.
 *
 * @param path Path to open.
 * @param id Id for whole-file articles.
 * @returns The source.
 */
function source(path: string, id: string): Source {
  const gzip = /\.gz$/i.test(path)
  const name = gzip ? path.slice(0, -3) : path
  const dot = name.lastIndexOf('.')
  const extension = dot > name.lastIndexOf('/') ? name.slice(dot).toLowerCase() : ''
  return {path, id, format: formats[extension] ?? null, gzip}
}

/**
 * A failure result.
 *
 * @param source File.
 * @param line 1-based line or null.
 * @param id Id of the article that failed.
 * @param reason One-line reason.
 * @returns The result.
 */
function fail(source: Source, line: number | null, id: string, reason: string): IngestResult {
  return {ok: false, failure: {id, path: source.path, line, reason}}
}

/**
 * Read a text, Markdown or HTML file as one article.
 *
 * @param file The file.
 * @param format Its format.
 * @param maxBytes Largest file accepted, after decompression.
 * @param unchanged Whether an earlier run read the same bytes from the same path.
 * @param fileKeys Keys of files by their stats, to skip reading unchanged ones.
 * @returns The article, or why the file could not be read, or that it is unchanged.
 */
async function readWhole(
  file: Source,
  format: Exclude<InputFormat, 'jsonl'>,
  maxBytes: number,
  unchanged?: (key: string) => boolean,
  fileKeys?: FileKeys
): Promise<Read> {
  if (unchanged && fileKeys) {
    const stats = statsOf(file.path)
    const known = stats && fileKeys.get(file.path, stats)
    if (known && unchanged(known)) return {ok: 'unchanged', id: file.id, key: known}
  }
  let read: {bytes: Buffer; stats: Stats}
  try {
    read = await readBounded(file, maxBytes)
  } catch (error) {
    return fail(file, null, file.id, readProblem(error, maxBytes))
  }
  const {bytes, stats} = read
  const key = unchanged && sourceKey(file, null, bytes)
  if (key) fileKeys?.set(file.path, stats, key)
  if (key && unchanged(key)) return {ok: 'unchanged', id: file.id, key}

  const decoded = decodeText(bytes)
  if (!decoded.ok) return fail(file, null, file.id, decoded.reason)
  if (decoded.text.trim() === '') return fail(file, null, file.id, 'empty file')

  const origin: Origin = {path: file.path, format, line: null}
  // Loading the HTML extractor (linkedom and Readability) takes about 0.2 s,
  // much of what a re-run over an unchanged text corpus costs, and every
  // later stage imports this package: so it is loaded when a page comes in.
  const html = format === 'html' ? await import('./html/index.js') : undefined
  let article
  try {
    article = html
      ? html.articleFromHtml(decoded.text, origin, file.id)
      : articleFromText(decoded.text, origin, file.id)
  } catch (error) {
    return fail(file, null, file.id, `cannot parse the page (${(error as Error).message.split('\n')[0]})`)
  }
  if (article.text.trim() === '') return fail(file, null, file.id, 'no article text found in the page')
  return key ? {ok: true, article, key} : {ok: true, article}
}

/**
 * A file's stats.
 *
 * @param path The file.
 * @returns Its stats, or undefined when they cannot be had: reading it says why.
 */
function statsOf(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

/**
 * The key of what an article is read from: its path, line (in JSON Lines)
 * and bytes, since the id and origin of the article depend on the first two.
 *
 * @param file The file.
 * @param line 1-based line of a JSON Lines record, or null for a whole file.
 * @param bytes The file's or the line's bytes.
 * @returns Hex SHA-256.
 */
function sourceKey(file: Source, line: number | null, bytes: Buffer): string {
  return createHash('sha256').update(`${file.path}\0${line ?? ''}\0`).update(bytes).digest('hex')
}

/**
 * Name a size limit.
 *
 * @param maxBytes The limit.
 * @returns `the 10 MB limit` form, without the article.
 */
function limit(maxBytes: number): string {
  return `${Number((maxBytes / megabyte).toFixed(2))} MB limit`
}

/** Thrown when an input is over the size limit. */
class TooLarge extends Error {
  override name = 'TooLarge'
}

/**
 * A whole file's bytes, decompressed, refusing files over the limit before
 * reading them (and gzip bombs while inflating).
 *
 * @param file The file.
 * @param maxBytes Largest size accepted.
 * @returns Its bytes, and its stats from before they were read.
 * @throws {TooLarge} When the file is over the limit.
 */
async function readBounded(file: Source, maxBytes: number): Promise<{bytes: Buffer; stats: Stats}> {
  // Synchronous: a corpus is mostly small files, whose reads the page cache
  // answers at once, and each asynchronous call costs a trip through the
  // thread pool several times longer than the read.
  const descriptor = openSync(file.path, 'r')
  let bytes: Buffer
  let stats: Stats
  try {
    stats = fstatSync(descriptor)
    const {size} = stats
    if (size > maxBytes) throw new TooLarge(`file of ${(size / megabyte).toFixed(1)} MB`)
    bytes = readFileSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
  if (!file.gzip) return {bytes, stats}
  try {
    return {bytes: await gunzipAsync(bytes, {maxOutputLength: maxBytes}), stats}
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge('decompressed file')
    throw error
  }
}

/**
 * Read a JSON Lines file record by record, streaming.
 *
 * @param file The file.
 * @param format `jsonl`.
 * @param maxBytes Longest line accepted.
 * @param keyed Whether each article carries the key of its line.
 * @yields One result per non-blank line.
 */
async function* readJsonLines(file: Source, format: 'jsonl', maxBytes: number, keyed: boolean): AsyncGenerator<Read> {
  let records = 0
  try {
    for await (const {bytes, number, offset, tooLong} of lines(file, maxBytes)) {
      const fallbackId = `${file.id}:${number}`
      if (number === 1 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        // Lines of UTF-16 cannot be split at 0x0A bytes.
        yield fail(file, null, file.id, 'UTF-16 JSON Lines are not supported (convert the file to UTF-8)')
        return
      }
      if (tooLong) {
        records++
        yield fail(file, number, fallbackId, `line longer than the ${limit(maxBytes)}`)
        continue
      }

      const nul = bytes.indexOf(0)
      if (nul !== -1 && records === 0) {
        yield fail(file, null, file.id, `binary file, not JSON Lines (NUL byte at byte ${offset + nul})`)
        return
      }
      const decoded = decodeUtf8(bytes)
      if (!decoded.ok) {
        records++
        yield fail(file, number, fallbackId, `invalid UTF-8 at byte ${offset + decoded.byte}`)
        continue
      }

      const text = decoded.text
      if (text.trim() === '') continue
      records++

      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        yield fail(file, number, fallbackId, jsonProblem(text))
        continue
      }

      const result = articleFromJsonRecord(value, {path: file.path, format, line: number}, file.id)
      yield result.ok && keyed ? {...result, key: sourceKey(file, number, bytes)} : result
    }
  } catch (error) {
    yield fail(file, null, file.id, readProblem(error, maxBytes))
    return
  }

  if (records === 0) yield fail(file, null, file.id, 'empty file')
}

/** One line of a JSON Lines file, as bytes. */
interface ByteLine {
  /** The line without its line ending; empty when it was too long. */
  bytes: Buffer
  /** 1-based line number. */
  number: number
  /** Byte offset of the line in the (decompressed) file. */
  offset: number
  /** Whether the line was over the limit and left unread. */
  tooLong: boolean
}

/**
 * Split a (possibly gzipped) file into lines of bytes, so each line can be
 * checked for UTF-8 on its own and its byte offset reported. A line over the
 * limit is skipped as it streams past rather than buffered.
 *
 * @param file The file.
 * @param maxBytes Longest line kept.
 * @yields Each line.
 */
async function* lines(file: Source, maxBytes: number): AsyncGenerator<ByteLine> {
  const raw = createReadStream(file.path)
  const stream = file.gzip ? raw.pipe(createGunzip()) : raw
  // pipe() does not forward errors of the file stream.
  if (file.gzip) raw.on('error', (error) => stream.destroy(error))

  // Pieces of a line that spans chunks, joined once the line ends.
  let pending: Buffer[] = []
  let pendingBytes = 0
  let tooLong = false
  let number = 0
  let offset = 0
  const line = (tail: Buffer): ByteLine => {
    const length = pendingBytes + tail.length
    const bytes = tooLong || length > maxBytes ? Buffer.alloc(0) : pending.length > 0 ? Buffer.concat([...pending, tail]) : tail
    const result = {
      bytes: bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes,
      number: ++number,
      offset,
      tooLong: tooLong || length > maxBytes
    }
    offset += length + 1
    pending = []
    pendingBytes = 0
    tooLong = false
    return result
  }

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0
    let newline = chunk.indexOf(0x0a)
    while (newline !== -1) {
      yield line(chunk.subarray(from, newline))
      from = newline + 1
      newline = chunk.indexOf(0x0a, from)
    }
    if (from < chunk.length) {
      pendingBytes += chunk.length - from
      if (pendingBytes > maxBytes) {
        tooLong = true
        pending = []
      } else pending.push(chunk.subarray(from))
    }
  }

  if (pendingBytes > 0) yield line(Buffer.alloc(0))
}

/**
 * Name what is wrong with a line that `JSON.parse` rejected, with the column,
 * which V8's own message does not always give.
 *
 * @param text The line.
 * @returns `invalid JSON at column 12 (ValueExpected)`.
 */
function jsonProblem(text: string): string {
  // Required here, not imported: only a bad record needs it, and importing it
  // cost every stage that uses this package about 15 ms.
  const jsonc = createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc
  const errors: Jsonc.ParseError[] = []
  jsonc.parse(text, errors, {disallowComments: true, allowTrailingComma: false})
  const first = errors[0]
  return first
    ? `invalid JSON at column ${first.offset + 1} (${jsonc.printParseErrorCode(first.error)})`
    : 'invalid JSON'
}

/**
 * One line for an error thrown while reading a file.
 *
 * @param error The error.
 * @param maxBytes The size limit, for errors about it.
 * @returns Reason.
 */
function readProblem(error: unknown, maxBytes = defaultMaxBytes): string {
  if (error instanceof TooLarge) return `${error.message} over the ${limit(maxBytes)}`
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'invalid gzip data'
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ELOOP') return 'symbolic link loop'
  return `cannot read (${code ?? (error as Error).message})`
}
