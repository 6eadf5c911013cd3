// Turbo stage `tag`: attributions, claims and readability for every cleaned article.
import {fileURLToPath} from 'node:url'
import {runStage} from '@sourcing/io'
import {cleanedArticleSchema} from '@sourcing/schema'
import {tagArticle} from '@sourcing/tag'

const summary = await runStage(process.argv.slice(2), {
  stage: 'tag',
  files: {input: 'cleaned.jsonl', output: 'tagged.jsonl'},
  inputSchema: cleanedArticleSchema,
  transform: tagArticle,
  idOf: (article) => article.id,
  packageFolder: fileURLToPath(new URL('..', import.meta.url))
})
console.log(summary)
