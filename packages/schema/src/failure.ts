import {z} from 'zod'

/** The pipeline's stages, in the order an article goes through them. */
export const stages = ['ingest', 'clean', 'tag', 'score', 'report'] as const

/**
 * An article that could not go through a stage: kept with its id, the stage
 * and a one-line reason so that every input is either analysed or accounted
 * for.
 */
export const failureSchema = z.strictObject({
  id: z.string(),
  stage: z.enum(stages),
  reason: z.string()
})

export type Stage = (typeof stages)[number]
export type Failure = z.infer<typeof failureSchema>
