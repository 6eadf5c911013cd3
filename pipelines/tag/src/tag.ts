// Turbo stage `tag`: attributions, claims and readability for every cleaned article.
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {codeVersion, mapJsonLines, openStageCache} from '@sourcing/io'
import {tagArticle} from '@sourcing/tag'
import {cleanedArticleSchema} from '@sourcing/schema'

const [input, out, cacheFolder] = process.argv.slice(2)
if (!input || !out) throw new Error('usage: tag INPUT_FOLDER OUTPUT_FOLDER [CACHE_FOLDER]')

// With a cache folder, articles this code version already processed are
// taken from it, so a run after one article changed redoes that one alone.
const packageFolder = fileURLToPath(new URL('..', import.meta.url))
const cache = cacheFolder ? openStageCache(cacheFolder, await codeVersion(packageFolder)) : undefined

const counts = await mapJsonLines({
  input: join(input, 'cleaned.jsonl'),
  inputSchema: cleanedArticleSchema,
  output: join(out, 'tagged.jsonl'),
  failuresInput: join(input, 'failures.jsonl'),
  failuresOutput: join(out, 'failures.jsonl'),
  stage: 'tag',
  transform: tagArticle,
  idOf: (article) => article.id,
  cache
})
console.log(`tag: ${counts.written} articles (${counts.cached} from the cache), ${counts.failed} failed`)
