import {z} from 'zod'
import {articleSchema} from './article.js'

/** Why the cleaner took a stretch of text out of the article body. */
export const removalReasons = [
  'byline',
  'caption',
  'credit',
  'promo',
  'related-links',
  'paywall',
  'comments',
  'share-widget',
  'translation-notice',
  'duplicate',
  'timestamp',
  'dateline-meta',
  'other'
] as const

/** A stretch of the article body the cleaner took out, and why. */
export const removedSchema = z
  .strictObject({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    reason: z.enum(removalReasons)
  })
  .refine((span) => span.end > span.start, {
    message: 'a removed span must not be empty',
    path: ['end']
  })

/**
 * An article after cleaning: the input's text untouched, the boilerplate as
 * spans of it, and metadata completed from the text (headline line, date
 * stamps, bylines, wire credits).
 */
export const cleanedArticleSchema = articleSchema.extend({
  removed: z.array(removedSchema),
  wireCredits: z.array(z.string())
})

export type RemovalReason = (typeof removalReasons)[number]
export type Removed = z.infer<typeof removedSchema>
export type CleanedArticle = z.infer<typeof cleanedArticleSchema>
