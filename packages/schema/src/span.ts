import {z} from 'zod'

/** Fields of a span; records that point into the text extend them. */
export const spanShape = {
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string()
}

/**
 * Whether a record's span ends at or after its start: the refinement every
 * record with span fields shares, since zod cannot compare two fields in
 * their shape.
 *
 * @param span
 *   Record with span fields.
 * @returns
 *   Whether `end` is not before `start`.
 */
export function endsAfterStart(span: {start: number; end: number}): boolean {
  return span.end >= span.start
}

/** The issue zod reports when {@link endsAfterStart} fails: on `end`, where the fix goes. */
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
