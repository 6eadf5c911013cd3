// Turbo stage `clean`: boilerplate spans and metadata for every ingested article.
import {fileURLToPath} from 'node:url'
import {mapJsonLines} from '@sourcing/io'
import {cleanArticle} from '@sourcing/clean'
import {articleSchema} from '@sourcing/schema'

const input = new URL('../../ingest/out/', import.meta.url)
const out = new URL('../out/', import.meta.url)

const counts = await mapJsonLines({
  input: fileURLToPath(new URL('articles.jsonl', input)),
  inputSchema: articleSchema,
  output: fileURLToPath(new URL('cleaned.jsonl', out)),
  failuresInput: fileURLToPath(new URL('failures.jsonl', input)),
  failuresOutput: fileURLToPath(new URL('failures.jsonl', out)),
  stage: 'clean',
  transform: cleanArticle,
  idOf: (article) => article.id
})
console.log(`clean: ${counts.written} articles, ${counts.failed} failed`)
