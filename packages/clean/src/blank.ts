import type {Removed} from '@sourcing/schema'

/**
 * Replace every removed stretch with spaces of the same length, keeping line
 * breaks, so the tagger reads only the body while every offset it reports
 * still points into the original text.
 *
 * @param text The article text as given.
 * @param removed Spans the cleaner took out (sorted or not).
 */
export function blankRemoved(text: string, removed: readonly Removed[]): string {
  if (removed.length === 0) return text
  const parts: string[] = []
  let position = 0
  for (const span of [...removed].sort((a, b) => a.start - b.start)) {
    const start = Math.max(span.start, position)
    if (span.end <= start) continue
    parts.push(text.slice(position, start), text.slice(start, span.end).replace(/[^\r\n]/g, ' '))
    position = span.end
  }
  parts.push(text.slice(position))
  return parts.join('')
}
