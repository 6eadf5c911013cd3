// Turbo stage `clean`: boilerplate spans and metadata for every ingested article.
import {fileURLToPath} from 'node:url'
import {runStage} from '@sourcing/io'
import {articleSchema} from '@sourcing/schema'

await runStage(process.argv.slice(2), {
  stage: 'clean',
  inputSchema: articleSchema,
  transformModule: new URL('transform.js', import.meta.url).href,
  packageFolder: fileURLToPath(new URL('..', import.meta.url)),
  threads: false
})
