// Turbo stage `clean`: boilerplate spans and metadata for every ingested article.
import {join} from 'node:path'
import {mapJsonLines} from '@sourcing/io'
import {cleanArticle} from '@sourcing/clean'
import {articleSchema} from '@sourcing/schema'

const [input, out] = process.argv.slice(2)
if (!input || !out) throw new Error('usage: clean INPUT_FOLDER OUTPUT_FOLDER')

const counts = await mapJsonLines({
  input: join(input, 'articles.jsonl'),
  inputSchema: articleSchema,
  output: join(out, 'cleaned.jsonl'),
  failuresInput: join(input, 'failures.jsonl'),
  failuresOutput: join(out, 'failures.jsonl'),
  stage: 'clean',
  transform: cleanArticle,
  idOf: (article) => article.id
})
console.log(`clean: ${counts.written} articles, ${counts.failed} failed`)
