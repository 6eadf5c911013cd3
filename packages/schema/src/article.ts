import {z} from 'zod'

/** Calendar date as `YYYY-MM-DD`, or a full ISO 8601 timestamp. */
export const isoDateSchema = z.union([z.iso.date(), z.iso.datetime({offset: true})])

/** The kinds of file an article can be read from. */
export const inputFormats = ['txt', 'md', 'html', 'jsonl'] as const

/** Where an article came from, so every error and report can name it. */
export const originSchema = z.strictObject({
  /** Path of the file, as given or relative to the folder given. */
  path: z.string(),
  format: z.enum(inputFormats),
  /** 1-based line of the record in a JSON Lines file; null for whole files. */
  line: z.int().positive().nullable()
})

/**
 * An article as ingestion hands it on: the text exactly as given, plus the
 * metadata the input itself carried (JSON fields, HTML meta tags). Metadata
 * that has to be read out of the text is the cleaner's job.
 */
export const articleSchema = z.strictObject({
  id: z.string().min(1),
  origin: originSchema,
  text: z.string(),
  title: z.string().nullable(),
  date: isoDateSchema.nullable(),
  byline: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  /**
   * `English`, or what the text looks like when it is not (`German`,
   * `Cyrillic script`). The sourcing rules are for English: other texts are
   * cleaned and reported, but not tagged or graded.
   */
  language: z.string().min(1)
})

export type InputFormat = (typeof inputFormats)[number]
export type Origin = z.infer<typeof originSchema>
export type Article = z.infer<typeof articleSchema>
