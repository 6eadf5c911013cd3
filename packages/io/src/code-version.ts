import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {readdir, readFile, realpath} from 'node:fs/promises'
import {dirname, join} from 'node:path'

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
