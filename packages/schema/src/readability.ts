import {z} from 'zod'
import {endsAfterStart, endsAfterStartIssue, spanShape} from './span.js'

const grade = z.number().nullable()

/** Counts taken once from the parsed tree; every formula works from these. */
export const readabilityCountsSchema = z.strictObject({
  sentences: z.int().nonnegative(),
  words: z.int().nonnegative(),
  syllables: z.int().nonnegative(),
  letters: z.int().nonnegative(),
  characters: z.int().nonnegative(),
  polysyllabicWords: z.int().nonnegative(),
  complexWords: z.int().nonnegative(),
  daleChallDifficultWords: z.int().nonnegative(),
  spacheUnfamiliarWords: z.int().nonnegative()
})

/** A sentence that retext-readability's formulas find hard to read. */
export const hardSentenceSchema = z
  .strictObject({
    ...spanShape,
    /** How many of retext-readability's formulas found the sentence too hard. */
    votes: z.int().nonnegative()
  })
  .refine(endsAfterStart, endsAfterStartIssue)

/**
 * Document-level readability. Grades are null when the text is too short for
 * the formulas to mean anything.
 */
export const readabilitySchema = z.strictObject({
  counts: readabilityCountsSchema,
  fleschReadingEase: grade,
  fleschKincaidGrade: grade,
  gunningFog: grade,
  smog: grade,
  colemanLiau: grade,
  automatedReadability: grade,
  /** Raw New Dale-Chall score. */
  daleChall: grade,
  /** Grade band of the Dale-Chall score, as `[from, to]`. */
  daleChallGrade: z.tuple([z.number(), z.number()]).nullable(),
  spache: grade,
  /** Median of FK, fog, SMOG, Coleman-Liau, ARI and the Dale-Chall band midpoint. */
  consensusGrade: grade,
  hardSentences: z.array(hardSentenceSchema),
  /** Package versions of the formulas used, for the report header. */
  formulas: z.record(z.string(), z.string())
})

export type ReadabilityCounts = z.infer<typeof readabilityCountsSchema>
export type HardSentence = z.infer<typeof hardSentenceSchema>
export type Readability = z.infer<typeof readabilitySchema>
