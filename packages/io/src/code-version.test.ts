import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {codeVersion} from './code-version.js'

describe('codeVersion', () => {
  it('changes when a built file of a workspace dependency changes, not otherwise', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sourcing-version-'))
    const make = async (folder: string, manifest: object, code: string) => {
      await mkdir(join(folder, 'dist'), {recursive: true})
      await writeFile(join(folder, 'package.json'), JSON.stringify(manifest))
      await writeFile(join(folder, 'dist', 'index.js'), code)
    }
    const stageFolder = join(root, 'stage')
    const library = join(stageFolder, 'node_modules', '@sourcing', 'clean')
    await make(stageFolder, {name: 'stage', version: '1.0.0', dependencies: {'@sourcing/clean': '*', zod: '*'}}, 'run()')
    await make(library, {name: '@sourcing/clean', version: '0.1.0'}, 'export const x = 1')
    await make(join(stageFolder, 'node_modules', 'zod'), {name: 'zod', version: '4.0.0'}, 'third party')

    const before = codeVersion(stageFolder)
    expect(codeVersion(stageFolder)).toBe(before)
    await writeFile(join(library, 'dist', 'index.js'), 'export const x = 2')
    const after = codeVersion(stageFolder)
    expect(after).not.toBe(before)
    await writeFile(join(stageFolder, 'node_modules', 'zod', 'dist', 'index.js'), 'same version, other file')
    expect(codeVersion(stageFolder)).toBe(after)
  })
  it('tells apart the same bytes split between files another way', async () => {
    const version = async (files: Record<string, string>) => {
      const folder = await mkdtemp(join(tmpdir(), 'sourcing-version-'))
      await mkdir(join(folder, 'dist'))
      await writeFile(join(folder, 'package.json'), JSON.stringify({name: 'stage', version: '1.0.0'}))
      for (const [name, code] of Object.entries(files)) await writeFile(join(folder, 'dist', name), code)
      return codeVersion(folder)
    }
    expect(await version({a: 'bc'})).not.toBe(await version({ab: 'c'}))
  })
})
