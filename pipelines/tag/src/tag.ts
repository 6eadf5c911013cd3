// Turbo stage `tag`: attributions, claims and readability for every cleaned article.
import {fileURLToPath} from 'node:url'
import {mapJsonLines} from '@sourcing/io'
import {tagArticle} from '@sourcing/tag'
import {cleanedArticleSchema} from '@sourcing/schema'

const input = new URL('../../clean/out/', import.meta.url)
const out = new URL('../out/', import.meta.url)

const counts = await mapJsonLines({
  input: fileURLToPath(new URL('cleaned.jsonl', input)),
  inputSchema: cleanedArticleSchema,
  output: fileURLToPath(new URL('tagged.jsonl', out)),
  failuresInput: fileURLToPath(new URL('failures.jsonl', input)),
  failuresOutput: fileURLToPath(new URL('failures.jsonl', out)),
  stage: 'tag',
  transform: tagArticle,
  idOf: (article) => article.id
})
console.log(`tag: ${counts.written} articles, ${counts.failed} failed`)
