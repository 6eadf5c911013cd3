// Writes the JSON Schema of every stage record, so that users in other
// languages can validate what the pipeline writes.
import {mkdir, writeFile} from 'node:fs/promises'
import {z} from 'zod'
import * as schemas from '../dist/index.js'

const records = {
  article: schemas.articleSchema,
  'cleaned-article': schemas.cleanedArticleSchema,
  'tagged-article': schemas.taggedArticleSchema,
  analysis: schemas.analysisSchema,
  failure: schemas.failureSchema
}

const folder = new URL('../json-schema/', import.meta.url)
await mkdir(folder, {recursive: true})
for (const [name, schema] of Object.entries(records)) {
  const json = z.toJSONSchema(schema, {io: 'output'})
  await writeFile(new URL(`${name}.schema.json`, folder), JSON.stringify(json, null, 2) + '\n')
}
