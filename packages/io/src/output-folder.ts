import {readdir, readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {writeFileAtomic} from './atomic.js'

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

  return {
    folder,
    /**
     * Write one file, unless it already holds exactly this content: an
     * incremental run then rewrites only what changed, and unchanged files
     * keep their modification times.
     *
     * @param name A plain file name (see `safeFileName`), never a path.
     * @returns Whether the file was (re)written.
     */
    async write(name: string, content: string): Promise<boolean> {
      if (name !== basenameOnly(name)) {
        throw new Error(`output file name must not contain a path: ${JSON.stringify(name)}`)
      }
      if (written.has(name)) throw new Error(`output file written twice: ${name}`)
      written.add(name)
      const path = join(folder, name)
      const current = await readFile(path, 'utf8').catch(() => undefined)
      if (current === content) return false
      await writeFileAtomic(path, content)
      return true
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

function basenameOnly(name: string): string {
  return name.replace(/^.*[\\/]/, '')
}
