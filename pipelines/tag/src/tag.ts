// Turbo stage `tag`: attributions, claims and readability for every cleaned article.
import {fileURLToPath} from 'node:url'
import {runStage} from '@sourcing/io'
import {cleanedArticleSchema} from '@sourcing/schema'

await runStage(process.argv.slice(2), {
  stage: 'tag',
  inputSchema: cleanedArticleSchema,
  transformModule: new URL('transform.js', import.meta.url).href,
  packageFolder: fileURLToPath(new URL('..', import.meta.url)),
  threads: true
})
