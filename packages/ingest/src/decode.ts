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

/** Text decoded from a file's bytes, or one line saying why it cannot be. */
export type DecodedText = {ok: true; text: string} | {ok: false; reason: string}

/**
 * Decode a text file: UTF-16 when it opens with a UTF-16 byte-order mark,
 * else UTF-8 (see {@link decodeUtf8}). A NUL byte outside UTF-16 means the
 * file is not text at all (an image, a PDF, a UTF-16 file without its mark).
 *
 * @param bytes The file's bytes.
 * @returns The text without its byte-order mark, or the reason it is not text:
 *   `binary file (NUL byte at byte 12)`, `invalid UTF-8 at byte 8`,
 *   `invalid UTF-16LE at byte 40`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null
  if (utf16) {
    try {
      return {ok: true, text: new TextDecoder(utf16, {fatal: true}).decode(bytes)}
    } catch {
      return {ok: false, reason: `invalid ${utf16.toUpperCase()} (odd length or unpaired surrogate)`}
    }
  }

  const nul = bytes.indexOf(0)
  if (nul !== -1) return {ok: false, reason: `binary file (NUL byte at byte ${nul})`}
  const decoded = decodeUtf8(bytes)
  return decoded.ok ? decoded : {ok: false, reason: `invalid UTF-8 at byte ${decoded.byte}`}
}
