import {z} from 'zod'
import {endsAfterStart, endsAfterStartIssue, spanShape} from './span.js'

/** How a check came out; a check that does not apply earns its points. */
export const checkStatuses = ['pass', 'partial', 'fail', 'not-applicable'] as const

/** Score bands, best first. */
export const bands = ['Strong', 'Good', 'Adequate with exceptions', 'Weak', 'Poor'] as const

/** An exact phrase that a check rests on, and the paragraph (1-based) it is in. */
export const evidenceSchema = z
  .strictObject({
    ...spanShape,
    paragraph: z.int().positive(),
    note: z.string().nullable()
  })
  .refine(endsAfterStart, endsAfterStartIssue)

/** One rubric check (R1-R10) with what it found and why. */
export const checkSchema = z.strictObject({
  id: z.string().regex(/^R\d+$/),
  title: z.string(),
  points: z.number().nonnegative(),
  max: z.number().positive(),
  status: z.enum(checkStatuses),
  /** Set when too much of the check's evidence is low-confidence. */
  uncertain: z.boolean(),
  reason: z.string(),
  evidence: z.array(evidenceSchema),
  /** Newsroom standards the check comes from. */
  standards: z.array(z.string()),
  /** What the writer could do to earn the points, null when nothing is missing. */
  advice: z.string().nullable()
})

/** One metric (M1-M16), with the counts it is made of so corpora can merge. */
export const metricSchema = z.strictObject({
  id: z.string().regex(/^M\d+[a-z]?$/),
  name: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable()
})

/** An article's sourcing score: the total and band, every check behind them, and the article's metrics. */
export const scoreSchema = z.strictObject({
  rubricVersion: z.string(),
  /** False when the article is too short or too thinly attributed to grade. */
  graded: z.boolean(),
  total: z.number().nullable(),
  band: z.enum(bands).nullable(),
  /** Why no grade was given, when graded is false. */
  ungradedReason: z.string().nullable(),
  checks: z.array(checkSchema),
  metrics: z.array(metricSchema)
})

export type CheckStatus = (typeof checkStatuses)[number]
export type Band = (typeof bands)[number]
export type Evidence = z.infer<typeof evidenceSchema>
export type Check = z.infer<typeof checkSchema>
export type Metric = z.infer<typeof metricSchema>
export type Score = z.infer<typeof scoreSchema>
