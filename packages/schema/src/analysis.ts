import {z} from 'zod'
import {attributionSchema, claimSchema} from './attribution.js'
import {cleanedArticleSchema} from './clean.js'
import {readabilitySchema} from './readability.js'
import {scoreSchema} from './score.js'

/** An article after the tag stage: attributions, unattributed claims, readability. */
export const taggedArticleSchema = cleanedArticleSchema.extend({
  attributions: z.array(attributionSchema),
  claims: z.array(claimSchema),
  readability: readabilitySchema
})

/** The full analysis of one article: what `sourcing analyze --json` prints. */
export const analysisSchema = taggedArticleSchema.extend({
  score: scoreSchema
})

export type TaggedArticle = z.infer<typeof taggedArticleSchema>
export type Analysis = z.infer<typeof analysisSchema>
