import {createHash} from 'node:crypto'

const extension = /\.(?:txt|md|html?|jsonl|json)(?:\.gz)?$/i
const windowsReserved = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i

/**
 * A file name for an article's outputs that cannot escape the output folder
 * and cannot collide: the id without its file extension, with every path
 * separator and unusual character replaced. When anything had to change, a
 * short hash of the full id keeps distinct ids apart.
 *
 * @param id Article id, as ingestion gave it (a path, a URL, a record id).
 * @returns A plain file name stem, without extension.
 */
export function safeFileName(id: string): string {
  const stem = id.replace(extension, '')
  const cleaned = stem
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '')
    .slice(0, 100)
  if (cleaned !== '' && cleaned === stem && !windowsReserved.test(cleaned)) return cleaned
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8)
  return cleaned === '' ? hash : `${cleaned}-${hash}`
}
