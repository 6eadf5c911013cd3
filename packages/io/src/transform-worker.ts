import {oneLine} from './one-line.js'

/** A batch of validated records for a stage's transform, the module whose default export it is. */
export interface TransformTask {
  module: string
  records: unknown[]
}

/** A record's output as JSON text, or why the transform threw for it. */
export type Transformed = {ok: true; json: string} | {ok: false; reason: string}

/**
 * Apply a stage's transform to a batch of records: the work `mapRecords`
 * does in its own thread and, as the default export of this module, in the
 * threads of its pool. A record for which the transform throws is a failure
 * of that record alone.
 */
export default async function transformRecords({module, records}: TransformTask): Promise<Transformed[]> {
  const transform = ((await import(module)) as {default: (record: unknown) => unknown}).default
  return records.map((record): Transformed => {
    try {
      return {ok: true, json: JSON.stringify(transform(record))}
    } catch (error) {
      return {ok: false, reason: oneLine(error)}
    }
  })
}
