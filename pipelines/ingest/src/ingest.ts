// Turbo stage `ingest`: every article under corpus/ as one validated record.
import {fileURLToPath} from 'node:url'
import {openAtomicWriter, toJsonLine} from '@sourcing/io'
import {readArticles} from '@sourcing/ingest'
import type {Failure} from '@sourcing/schema'

const corpus = fileURLToPath(new URL('../../../corpus', import.meta.url))
const out = new URL('../out/', import.meta.url)

const articles = await openAtomicWriter(fileURLToPath(new URL('articles.jsonl', out)))
const failures = await openAtomicWriter(fileURLToPath(new URL('failures.jsonl', out)))
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
