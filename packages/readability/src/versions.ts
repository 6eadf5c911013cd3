import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** Packages whose formulas, word lists or counting rules shape the grades. */
export const formulaPackages = [
  'automated-readability',
  'coleman-liau',
  'dale-chall',
  'dale-chall-formula',
  'flesch',
  'flesch-kincaid',
  'gunning-fog',
  'retext-readability',
  'smog-formula',
  'spache',
  'spache-formula',
  'syllable'
] as const

/**
 * Packages whose algorithm is reproduced here rather than run: the
 * hard-sentence votes are retext-readability's, computed from the one walk's
 * counts (a test checks this version against the installed devDependency and
 * the lists against its output).
 */
export const reproducedPackages: Readonly<Record<string, string>> = {'retext-readability': '8.0.0'}

/**
 * Versions of the formula packages: read from the installed packages' own
 * `package.json` so the report header never drifts from what ran, or the
 * version reproduced (see {@link reproducedPackages}).
 *
 * @returns
 *   Package name to version, in name order.
 */
export function formulaVersions(): Record<string, string> {
  const versions: Record<string, string> = {}
  for (const name of formulaPackages) versions[name] = reproducedPackages[name] ?? installedVersion(name)
  return versions
}

/**
 * Version of an installed package: its entry point is resolved, then the
 * nearest `package.json` with that name is read, since some of these
 * packages do not export their `package.json`.
 *
 * @param name
 *   Package name.
 * @returns
 *   Its version.
 */
function installedVersion(name: string): string {
  let folder = dirname(fileURLToPath(import.meta.resolve(name)))
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: string
        version?: string
      }
      if (manifest.name === name && manifest.version) return manifest.version
    } catch {
      // No manifest in this folder: keep walking up.
    }
    const parent = dirname(folder)
    if (parent === folder) throw new Error(`Cannot find the package.json of \`${name}\``)
    folder = parent
  }
}
