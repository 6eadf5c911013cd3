import {z} from 'zod'

/** Fields of a span; records that point into the text extend them. */
export const spanShape = {
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string()
}

/** Refinement shared by every record with span fields. */
export function endsAfterStart(span: {start: number; end: number}): boolean {
  return span.end >= span.start
}

export const endsAfterStartIssue = {
  message: 'a span must not end before it starts',
  path: ['end']
}

/**
 * A stretch of an article's text: half-open offsets in UTF-16 code units into
 * the text exactly as it was given, plus the text they cover, so a reader of
 * the JSON can check the offsets without the article at hand.
 */
export const spanSchema = z.strictObject(spanShape).refine(endsAfterStart, endsAfterStartIssue)

export type Span = z.infer<typeof spanSchema>
