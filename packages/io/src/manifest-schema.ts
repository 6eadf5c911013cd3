import {z} from 'zod'
import {hashPattern, type ManifestEntry, type ManifestHeader} from './record-folder.js'

/** The first line of a manifest. */
export const manifestHeaderSchema = z.strictObject({
  /** Version of the code that wrote the records (see `codeVersion`). */
  version: z.string()
}) satisfies z.ZodType<ManifestHeader>

/** Every later line of a manifest: one article. */
export const manifestEntrySchema = z.strictObject({
  /** Article id. */
  id: z.string(),
  /** Hash of the input the record was made from: the upstream record, or the source file. */
  from: z.string(),
  /** Hash of the record's JSON, which names its file. */
  hash: z.string().regex(hashPattern)
}) satisfies z.ZodType<ManifestEntry>
