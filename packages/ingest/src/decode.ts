const strict = new TextDecoder('utf-8', {fatal: true})
const lenient = new TextDecoder('utf-8')

/** Text decoded from bytes, or where the bytes stop being UTF-8. */
export type Decoded = {ok: true; text: string} | {ok: false; byte: number}

/**
 * Decode UTF-8 strictly. A byte-order mark is dropped: it marks the encoding
 * and is not part of the text, so offsets count from the first real character.
 *
 * @param bytes Encoded text.
 * @returns The text, or the offset of the first byte that is not valid UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return {ok: true, text: strict.decode(bytes)}
  } catch {
    return {ok: false, byte: firstInvalidByte(bytes)}
  }
}

/**
 * Offset of the first invalid sequence, found by decoding leniently and
 * mapping the first replacement character that the input did not itself
 * contain back to its byte offset. Only runs on input already known bad.
 *
 * @param bytes Invalid UTF-8.
 * @returns 0-based byte offset.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = lenient.decode(bytes)
  const encoder = new TextEncoder()
  // A leading BOM is dropped by the decoder but still occupies three bytes.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  let from = 0
  for (;;) {
    const index = text.indexOf('\uFFFD', from)
    if (index === -1) return bytes.length
    const byte = bom + encoder.encode(text.slice(0, index)).length
    const literal = bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd
    if (!literal) return byte
    from = index + 1
  }
}
