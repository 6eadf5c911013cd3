// Turbo stage `ingest`: every article under corpus/ as one validated record.
import {join} from 'node:path'
import {openAtomicWriter, toJsonLine} from '@sourcing/io'
import {readArticles} from '@sourcing/ingest'
import type {Failure} from '@sourcing/schema'

const [corpus, out] = process.argv.slice(2)
if (!corpus || !out) throw new Error('usage: ingest CORPUS_FOLDER OUTPUT_FOLDER')

const articles = await openAtomicWriter(join(out, 'articles.jsonl'))
const failures = await openAtomicWriter(join(out, 'failures.jsonl'))
let read = 0
let failed = 0
for await (const result of readArticles([corpus])) {
  if (result.ok) {
    read++
    await articles.write(toJsonLine(result.article))
  } else {
    failed++
    const failure: Failure = {id: result.failure.id, stage: 'ingest', reason: result.failure.reason}
    await failures.write(toJsonLine(failure))
    console.error(`ingest: ${failure.id}: ${failure.reason}`)
  }
}
await Promise.all([articles.close(), failures.close()])
console.log(`ingest: ${read} articles read, ${failed} failed`)
