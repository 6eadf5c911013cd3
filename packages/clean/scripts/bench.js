// Throughput of ingest + clean, in articles per second:
//   node scripts/bench.js [SHARED]   (SHARED defaults to /work/shared beside the repository)
// on PolNeAR train (JSON Lines, plain text) and on the aeb pages (gzipped HTML, Readability).
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {readArticles} from '@sourcing/ingest'
import {cleanArticle} from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const shared = resolve(process.argv[2] ?? join(here, '../../../../shared'))

for (const [name, path] of [
  ['polnear train.jsonl', join(shared, 'data/polnear/train.jsonl')],
  ['aeb html.gz pages', join(shared, 'data/aeb/html')]
]) {
  const start = performance.now()
  let articles = 0
  let failures = 0
  let characters = 0
  for await (const result of readArticles([path])) {
    if (!result.ok) {
      failures++
      continue
    }
    const cleaned = cleanArticle(result.article)
    articles++
    characters += cleaned.text.length
  }
  const seconds = (performance.now() - start) / 1000
  console.log(
    `${name}: ${articles} articles (${failures} failures: duplicate ids, other languages) in ${seconds.toFixed(2)} s = ` +
      `${Math.round(articles / seconds)} articles/s, ${(characters / seconds / 1e6).toFixed(2)} M chars/s`
  )
}
