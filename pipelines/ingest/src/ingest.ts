// Turbo stage `ingest`: every article under corpus/ as one validated record.
import {basename, dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
// The entry without the schemas: this stage checks no record against one,
// and loading zod took about 70 ms of a run after one file changed.
import {
  codeVersion,
  failuresName,
  openAtomicWriter,
  openFileIndex,
  openRecordFolder,
  StageError,
  stageMain,
  startProgress,
  toJsonLine
} from '@sourcing/io/without-schemas'
import {countInputs, readArticles} from '@sourcing/ingest'
import type {Failure} from '@sourcing/schema'

/**
 * Read the corpus folder into this stage's record folder.
 *
 * @param argv `CORPUS_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]`: with a cache
 *   folder, the stats of the corpus files and of the output's record shards
 *   are kept there, and a file whose stats have not changed since it was
 *   read is not read again, nor a shard listed again.
 * @returns The line saying what the stage did.
 */
async function ingest(argv: string[]): Promise<string> {
  const [corpusArgument, outArgument, cacheArgument] = argv
  if (!corpusArgument || !outArgument) throw new StageError('usage: ingest CORPUS_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]')
  const out = resolve(outArgument)
  const version = codeVersion(fileURLToPath(new URL('..', import.meta.url)))
  // The stats of the corpus files and of the record shards are kept outside
  // the output folder: they are of this machine's files, and Turbo would
  // cache them with the records.
  const cache = cacheArgument ? resolve(cacheArgument) : undefined
  const articles = await openRecordFolder(out, version, {shardIndex: cache && join(cache, 'records.json')})
  const fileKeys = cache === undefined ? undefined : openFileIndex(join(cache, 'corpus-files.json'))
  const failures = await openAtomicWriter(join(out, failuresName))

  // Read from the corpus folder's parent, so the paths that reports show are
  // `corpus/article.txt`, not relative to wherever the stage runs.
  const corpus = resolve(corpusArgument)
  process.chdir(dirname(corpus))

  let read = 0
  let unchanged = 0
  let failed = 0
  const inputs = [basename(corpus)]
  const progress = startProgress({label: 'ingest', total: () => countInputs(inputs), stream: process.stderr})
  try {
    // A file whose path and bytes this code read before keeps its record unread.
    const known = (key: string) => articles.made(key) !== undefined
    for await (const result of readArticles(inputs, {unchanged: known, fileKeys})) {
      progress.tick()
      if (result.ok === 'unchanged') {
        read++
        unchanged++
        await articles.reuse(result.id, result.key)
      } else if (result.ok) {
        read++
        await articles.add(result.article.id, result.key, JSON.stringify(result.article))
      } else {
        failed++
        const failure: Failure = {id: result.failure.id, stage: 'ingest', reason: result.failure.reason}
        await failures.write(toJsonLine(failure))
        progress.log(`ingest: ${failure.id}: ${failure.reason}\n`)
      }
    }
  } catch (error) {
    await Promise.all([articles.abort(), failures.abort()])
    throw error
  } finally {
    progress.stop()
  }
  await Promise.all([articles.finish(), failures.close()])
  fileKeys?.save()
  return `ingest: ${read} articles (${unchanged} unchanged), ${failed} failed`
}

await stageMain('ingest', () => ingest(process.argv.slice(2)))
