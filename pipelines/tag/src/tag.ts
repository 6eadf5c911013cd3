// Turbo stage `tag`: attributions, claims and readability for every cleaned article.
import {fileURLToPath} from 'node:url'
import {runStage} from '@sourcing/io'
import {cleanedArticleSchema} from '@sourcing/schema'
import {tagArticle} from '@sourcing/tag'

await runStage(process.argv.slice(2), {
  stage: 'tag',
  inputSchema: cleanedArticleSchema,
  transform: tagArticle,
  packageFolder: fileURLToPath(new URL('..', import.meta.url))
})
