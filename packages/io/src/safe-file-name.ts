import {createHash} from 'node:crypto'

const extension = /\.(?:txt|md|html?|jsonl|json)(?:\.gz)?$/i
const windowsReserved = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i

function shortHash(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 8)
}

/**
 * A file name for an article's outputs that cannot escape the output folder:
 * the id without its file extension, with every path separator and unusual
 * character replaced. When anything had to change, a short hash of the full
 * id keeps distinct ids apart.
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
  return cleaned === '' ? shortHash(id) : `${cleaned}-${shortHash(id)}`
}

/**
 * Hand out `safeFileName`s that are unique within one output folder: ids that
 * differ only in their extension (`a.txt`, `a.html`), or that would take a
 * name the stage itself uses (`index`), get the hash of their id appended.
 *
 * @param reserved Names the stage writes itself.
 */
export function uniqueFileNames(reserved: Iterable<string> = []): (id: string) => string {
  const used = new Set(reserved)
  return (id) => {
    let name = safeFileName(id)
    if (used.has(name)) name = `${name}-${shortHash(id)}`
    used.add(name)
    return name
  }
}
