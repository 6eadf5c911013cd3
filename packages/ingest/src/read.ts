import {createReadStream} from 'node:fs'
import {readdir, readFile, stat} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {createGunzip, gunzip} from 'node:zlib'
import {promisify} from 'node:util'
import type {InputFormat, Origin} from '@sourcing/schema'
import jsonc from 'jsonc-parser'
import {articleFromJsonRecord, articleFromText, type IngestResult} from './article.js'
import {decodeUtf8} from './decode.js'
import {articleFromHtml} from './html.js'

const gunzipAsync = promisify(gunzip)

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
export async function* readArticles(paths: string[]): AsyncGenerator<IngestResult> {
  const seen = new Map<string, string>()
  const sources = (await Promise.all(paths.map(expand))).flat()
  sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  for (const source of sources) {
    const results = source.problem
      ? [fail(source, null, source.id, source.problem)]
      : source.format === null
        ? [fail(source, null, source.id, `unsupported file type (${source.path})`)]
        : source.format === 'jsonl'
          ? readJsonLines(source, source.format)
          : [await readWhole(source, source.format)]

    for await (const result of results) {
      if (!result.ok) {
        yield result
        continue
      }

      const {id, origin} = result.article
      const first = seen.get(id)
      if (first === undefined) {
        seen.set(id, origin.line === null ? origin.path : `${origin.path}:${origin.line}`)
        yield result
      } else {
        yield fail(source, origin.line, id, `duplicate id (first seen at ${first})`)
      }
    }
  }
}

/**
 * The files a path stands for.
 *
 * @param path A file or folder as the user gave it.
 * @returns Files to read, or one source carrying the problem.
 */
async function expand(path: string): Promise<Source[]> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const problem = code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? 'error'})`
    return [{path, id: path, format: null, gzip: false, problem}]
  }

  if (!info.isDirectory()) return [source(path, path)]

  const entries = await readdir(path, {recursive: true, withFileTypes: true})
  const files: Source[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    const rel = relative(path, full).split(sep).join('/')
    if (rel.split('/').some((part) => part.startsWith('.'))) continue
    files.push(source(full, rel))
  }

  return files
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
 * @returns The article, or why the file could not be read.
 */
async function readWhole(file: Source, format: Exclude<InputFormat, 'jsonl'>): Promise<IngestResult> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file.path)
    if (file.gzip) bytes = await gunzipAsync(bytes)
  } catch (error) {
    return fail(file, null, file.id, readProblem(error))
  }

  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) return fail(file, null, file.id, `invalid UTF-8 at byte ${decoded.byte}`)
  if (decoded.text.trim() === '') return fail(file, null, file.id, 'empty file')

  const origin: Origin = {path: file.path, format, line: null}
  const article =
    format === 'html'
      ? articleFromHtml(decoded.text, origin, file.id)
      : articleFromText(decoded.text, origin, file.id)
  if (article.text.trim() === '') return fail(file, null, file.id, 'no article text found in the page')
  return {ok: true, article}
}

/**
 * Read a JSON Lines file record by record, streaming.
 *
 * @param file The file.
 * @param format `jsonl`.
 * @yields One result per non-blank line.
 */
async function* readJsonLines(file: Source, format: 'jsonl'): AsyncGenerator<IngestResult> {
  let records = 0
  try {
    for await (const {bytes, number, offset} of lines(file)) {
      const decoded = decodeUtf8(bytes)
      const fallbackId = `${file.id}:${number}`
      if (!decoded.ok) {
        yield fail(file, number, fallbackId, `invalid UTF-8 at byte ${offset + decoded.byte}`)
        records++
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

      yield articleFromJsonRecord(value, {path: file.path, format, line: number}, file.id)
    }
  } catch (error) {
    yield fail(file, null, file.id, readProblem(error))
    return
  }

  if (records === 0) yield fail(file, null, file.id, 'empty file')
}

/**
 * Split a (possibly gzipped) file into lines of bytes, so each line can be
 * checked for UTF-8 on its own and its byte offset reported.
 *
 * @param file The file.
 * @yields Each line without its line ending, its 1-based number and byte offset.
 */
async function* lines(file: Source): AsyncGenerator<{bytes: Buffer; number: number; offset: number}> {
  const raw = createReadStream(file.path)
  const stream = file.gzip ? raw.pipe(createGunzip()) : raw
  // pipe() does not forward errors of the file stream.
  if (file.gzip) raw.on('error', (error) => stream.destroy(error))

  // Pieces of a line that spans chunks, joined once the line ends.
  let pending: Buffer[] = []
  let number = 0
  let offset = 0
  const line = (tail: Buffer) => {
    const bytes = pending.length > 0 ? Buffer.concat([...pending, tail]) : tail
    pending = []
    number++
    const start = offset
    offset += bytes.length + 1
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length
    return {bytes: bytes.subarray(0, end), number, offset: start}
  }

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0
    let newline = chunk.indexOf(0x0a)
    while (newline !== -1) {
      yield line(chunk.subarray(from, newline))
      from = newline + 1
      newline = chunk.indexOf(0x0a, from)
    }
    if (from < chunk.length) pending.push(chunk.subarray(from))
  }

  if (pending.length > 0) yield line(Buffer.alloc(0))
}

/**
 * Name what is wrong with a line that `JSON.parse` rejected, with the column,
 * which V8's own message does not always give.
 *
 * @param text The line.
 * @returns `invalid JSON at column 12 (ValueExpected)`.
 */
function jsonProblem(text: string): string {
  const errors: jsonc.ParseError[] = []
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
 * @returns Reason.
 */
function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'invalid gzip data'
  if (code === 'EACCES') return 'permission denied'
  return `cannot read (${code ?? (error as Error).message})`
}
