import {z} from 'zod'

/**
 * A record that failed its schema, with the article it belongs to and the
 * paths of the bad fields, ready to print.
 */
export class RecordError extends Error {
  override name = 'RecordError'

  constructor(
    /** Id or location of the record, as the user would recognise it. */
    readonly where: string,
    readonly issues: z.core.$ZodIssue[],
    message: string
  ) {
    super(message)
  }
}

/**
 * Validate one record crossing a stage boundary.
 *
 * @param schema Schema of the record.
 * @param value Parsed JSON.
 * @param where Id or location named in the error (`corpus/a.txt`, `pipelines/tag/out record of corpus/a.txt`).
 * @returns The typed record.
 * @throws {RecordError} Naming `where` and every bad field path.
 */
export function parseRecord<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  where: string
): z.output<Schema> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new RecordError(
    where,
    result.error.issues,
    `${where}: invalid record\n${z.prettifyError(result.error)}`
  )
}
