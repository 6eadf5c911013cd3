/** One line of an article, with offsets into the text as given. */
export interface Line {
  /** 0-based line number. */
  index: number
  /** Offset of the line's first character. */
  start: number
  /** Offset just past its last character, before `\n` (a CRLF's `\r` is inside). */
  end: number
  /** The line without surrounding white space (no-break spaces included). */
  value: string
}

/**
 * Split a text into lines, keeping offsets into the original text so that
 * spans built from lines point into it exactly, whatever the line endings.
 *
 * @param text Article text.
 * @returns Every line, blank ones included.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (;;) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    lines.push({index: lines.length, start, end, value: text.slice(start, end).trim()})
    if (newline === -1) return lines
    start = newline + 1
  }
}
