import {z} from 'zod'

/** Whether a JSON value is an object: not null, not an array. */
function isJsonObject(input: unknown): boolean {
  return typeof input === 'object' && input !== null && !Array.isArray(input)
}

/**
 * A record keyed by free text (source names, outlets, article ids) read into
 * a `Map`: a name such as `__proto__` is then a key like any other, where
 * on a plain object it would reach the prototype. The JSON side is checked
 * as an object only, and its values by the map schema it decodes to, since
 * `z.record` copies keys by assignment: a key `__proto__` would set the
 * copy's prototype, and the entry would be lost on the way in or out.
 *
 * @param value
 *   Schema of the values.
 * @returns
 *   Codec between a JSON object and a `Map`.
 */
export function mapOf<Value>(value: z.ZodType<Value, Value>) {
  return z.codec(z.custom<Record<string, Value>>(isJsonObject, {message: 'expected an object'}), z.map(z.string(), value), {
    decode: (record) => new Map(Object.entries(record)),
    encode: (map) => Object.fromEntries(map)
  })
}
