import {z} from 'zod'
import {spanSchema} from './span.js'

/**
 * The six source categories of the Markkula Center journalistic-sourcing
 * benchmark; the last three are anonymous in the sense of the standards.
 */
export const sourceTypes = [
  'named-person',
  'named-organization',
  'document',
  'unnamed-person',
  'unnamed-group',
  'anonymous'
] as const

/** Stakeholder role of a source (sourcing-standards C9). */
export const sourceRoles = [
  'official',
  'politician',
  'police-military',
  'judicial',
  'business',
  'expert',
  'advocacy',
  'citizen',
  'media',
  'unknown'
] as const

/** How the words are reported: quoted, paraphrased, or a paraphrase with quoted words. */
export const quoteKinds = ['direct', 'indirect', 'mixed'] as const

/** How sure the tagger is of an attribution: a quote or verb pattern, a resolved pronoun, or a heuristic guess. */
export const confidences = ['high', 'medium', 'low'] as const

/** One reported statement: who said what, how, and how identifiable they are. */
export const attributionSchema = z.strictObject({
  /** The reporting phrase: "said", "told the Associated Press", "according to". */
  cue: spanSchema,
  /** The source mention as written, null when the sentence elides it. */
  source: spanSchema.nullable(),
  /** What is attributed: the quotation or the reported clause. */
  content: spanSchema.nullable(),
  quote: z.enum(quoteKinds),
  sourceType: z.enum(sourceTypes),
  anonymous: z.boolean(),
  /** Where the article says why the source's name is withheld. */
  justification: spanSchema.nullable(),
  /** 0 "a source" .. 3 affiliation + role + why they know; null when named. */
  specificity: z.int().min(0).max(3).nullable(),
  hedged: z.boolean(),
  /** The hedge phrases that distance the writer from the claim. */
  hedges: z.array(spanSchema),
  /** Who the mention resolves to ("he" -> the person it refers to). */
  speaker: z.string().nullable(),
  role: z.enum(sourceRoles),
  /** high: quote or verb pattern; medium: resolved through a pronoun; low: heuristic. */
  confidence: z.enum(confidences)
})

/** A body sentence that states a checkable claim and that nothing attributes. */
export const claimSchema = spanSchema

export type SourceType = (typeof sourceTypes)[number]
export type SourceRole = (typeof sourceRoles)[number]
export type QuoteKind = (typeof quoteKinds)[number]
export type Confidence = (typeof confidences)[number]
export type Attribution = z.infer<typeof attributionSchema>
export type Claim = z.infer<typeof claimSchema>
