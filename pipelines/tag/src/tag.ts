// Turbo stage `tag`: attributions, claims and readability for every cleaned article.
import {join} from 'node:path'
import {mapJsonLines} from '@sourcing/io'
import {tagArticle} from '@sourcing/tag'
import {cleanedArticleSchema} from '@sourcing/schema'

const [input, out] = process.argv.slice(2)
if (!input || !out) throw new Error('usage: tag INPUT_FOLDER OUTPUT_FOLDER')

const counts = await mapJsonLines({
  input: join(input, 'cleaned.jsonl'),
  inputSchema: cleanedArticleSchema,
  output: join(out, 'tagged.jsonl'),
  failuresInput: join(input, 'failures.jsonl'),
  failuresOutput: join(out, 'failures.jsonl'),
  stage: 'tag',
  transform: tagArticle,
  idOf: (article) => article.id
})
console.log(`tag: ${counts.written} articles, ${counts.failed} failed`)
