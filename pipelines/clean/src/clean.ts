// Turbo stage `clean`: boilerplate spans and metadata for every ingested article.
import {fileURLToPath} from 'node:url'
import {cleanArticle} from '@sourcing/clean'
import {runStage} from '@sourcing/io'
import {articleSchema} from '@sourcing/schema'

await runStage(process.argv.slice(2), {
  stage: 'clean',
  inputSchema: articleSchema,
  transform: cleanArticle,
  packageFolder: fileURLToPath(new URL('..', import.meta.url))
})
