import {readFileSync, statSync} from 'node:fs'
import {readdir, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {writeFileAtomic} from './atomic.js'

/**
 * Size and modification time of a file as a stage left it: when both are
 * unchanged, the file is the one it wrote (the test make and rsync use).
 */
export interface FileSignature {
  size: number
  mtimeMs: number
}

/**
 * A folder that one stage owns: every file is written atomically, and
 * `finish` deletes the files this run did not write, so articles removed from
 * the corpus do not leave reports behind (Turbo restores outputs but never
 * deletes stale ones).
 *
 * @param folder Folder to own; created when missing.
 */
export function outputFolder(folder: string) {
  const written = new Set<string>()

  function claim(name: string): string {
    if (written.has(plain(name))) throw new Error(`output file written twice: ${name}`)
    written.add(name)
    return name
  }

  return {
    folder,
    /**
     * Write one file, unless it already holds exactly this content: an
     * incremental run then rewrites only what changed, and unchanged files
     * keep their modification times.
     *
     * @param name A plain file name (see `safeFileName`), never a path.
     * @returns The file's signature as written or found.
     */
    write(name: string, content: string): FileSignature {
      const path = join(folder, claim(name))
      const bytes = Buffer.from(content)
      if (!holds(path, bytes)) writeFileAtomic(path, bytes)
      return signatureOf(path)!
    },
    /**
     * Keep files of an earlier run without reading them, when their
     * signatures show they are the files that run wrote: all of them, or
     * none.
     *
     * @param files Signatures by file name.
     * @returns Whether they were kept; when not, write them.
     */
    keep(files: Record<string, FileSignature>): boolean {
      const names = Object.keys(files)
      const unchanged = names.every((name) => {
        const found = signatureOf(join(folder, plain(name)))
        return found !== undefined && found.size === files[name]!.size && found.mtimeMs === files[name]!.mtimeMs
      })
      if (unchanged) for (const name of names) claim(name)
      return unchanged
    },
    /**
     * Delete every file in the folder that this run did not write.
     *
     * @returns The names deleted, sorted.
     */
    async finish(): Promise<string[]> {
      const entries = await readdir(folder, {withFileTypes: true})
      const stale = entries
        .filter((entry) => entry.isFile() && !written.has(entry.name))
        .map((entry) => entry.name)
        .sort()
      await Promise.all(stale.map((name) => rm(join(folder, name), {force: true})))
      return stale
    }
  }
}

/** The name itself, when it is a plain file name; a name with a path in it is refused. */
function plain(name: string): string {
  if (name !== name.replace(/^.*[\\/]/, '')) {
    throw new Error(`output file name must not contain a path: ${JSON.stringify(name)}`)
  }
  return name
}

/** Whether a file holds exactly these bytes: a file of another size is not read. */
function holds(path: string, bytes: Buffer): boolean {
  try {
    return statSync(path).size === bytes.length && readFileSync(path).equals(bytes)
  } catch {
    return false
  }
}

function signatureOf(path: string): FileSignature | undefined {
  try {
    const {size, mtimeMs} = statSync(path)
    return {size, mtimeMs}
  } catch {
    return undefined
  }
}
