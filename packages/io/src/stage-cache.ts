import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {readdir, readFile, realpath, rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {writeFileAtomic} from './atomic.js'

/**
 * Results of one stage per input record, on disk, so a re-run after one
 * article changed redoes that article alone. An entry's key hashes the input
 * record as written (its JSON line) together with the version of the code
 * that made it, so a code change makes every entry miss.
 */
export interface StageCache {
  /** The cached output for an input, if this code made one before. */
  get(input: string): string | undefined
  /** Keep the output made for an input. */
  set(input: string, output: string): void
  /** Delete every entry this run did not use, so the cache does not grow. */
  finish(): Promise<{kept: number; deleted: number}>
}

/**
 * Open (or create) a stage cache in `folder` for the code version `version`.
 *
 * @param folder Folder of the cache; entries are files in two-character shards.
 * @param version Version of the stage's code and configuration (see `codeVersion`).
 */
export function openStageCache(folder: string, version: string): StageCache {
  const used = new Set<string>()
  const pathOf = (key: string) => join(folder, key.slice(0, 2), key)
  const keyOf = (input: string) => createHash('sha256').update(version).update('\0').update(input).digest('hex')

  return {
    get(input) {
      const key = keyOf(input)
      try {
        const output = readFileSync(pathOf(key), 'utf8')
        used.add(key)
        return output
      } catch {
        return undefined
      }
    },
    set(input, output) {
      const key = keyOf(input)
      // A run killed mid-write must not leave a half entry that later hits.
      writeFileAtomic(pathOf(key), output)
      used.add(key)
    },
    async finish() {
      if (!existsSync(folder)) return {kept: 0, deleted: 0}
      let deleted = 0
      for (const shard of await readdir(folder)) {
        for (const name of await readdir(join(folder, shard))) {
          if (used.has(name)) continue
          await rm(join(folder, shard, name), {force: true})
          deleted++
        }
      }
      return {kept: used.size, deleted}
    }
  }
}

/** The folder of package `name` as seen from `from`, by Node's node_modules lookup. */
function findPackage(from: string, name: string): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(folder) === folder) return undefined
  }
}

async function* filesUnder(folder: string): AsyncGenerator<string> {
  const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* filesUnder(path)
    else if (entry.isFile()) yield path
  }
}

/**
 * A version of the code a stage runs: a hash of the built files (`dist/`) and
 * manifests of the stage's package and every workspace package it depends on
 * (those named with `scope`), plus the name and version of every other
 * dependency they declare.
 *
 * @param packageFolder Folder of the stage's package.
 * @param scope npm scope of the workspace's own packages.
 */
export async function codeVersion(packageFolder: string, scope = '@sourcing/'): Promise<string> {
  const hash = createHash('sha256')
  const seen = new Set<string>()
  const visit = async (folder: string): Promise<void> => {
    const real = await realpath(folder)
    if (seen.has(real)) return
    seen.add(real)
    const manifest = await readFile(join(real, 'package.json'), 'utf8')
    const {name, version, dependencies = {}} = JSON.parse(manifest) as {
      name: string
      version: string
      dependencies?: Record<string, string>
    }
    hash.update(`${name}@${version}\0`)
    if (real !== (await realpath(packageFolder)) && !name.startsWith(scope)) return
    hash.update(manifest)
    for await (const file of filesUnder(join(real, 'dist'))) {
      hash.update(file.slice(real.length)).update(await readFile(file))
    }
    for (const dependency of Object.keys(dependencies).sort()) {
      const found = findPackage(real, dependency)
      if (found) await visit(found)
      else hash.update(`${dependency} missing\0`)
    }
  }
  await visit(packageFolder)
  return hash.digest('hex')
}
