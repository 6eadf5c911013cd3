import {mkdtemp, mkdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {mapJsonLines} from './map-json-lines.js'
import {codeVersion, openStageCache} from './stage-cache.js'

const record = z.strictObject({id: z.string(), text: z.string()})

async function stage(folder: string, version: string, transformed: string[]) {
  return mapJsonLines({
    input: join(folder, 'in.jsonl'),
    inputSchema: record,
    output: join(folder, 'out.jsonl'),
    failuresOutput: join(folder, 'failures.jsonl'),
    stage: 'tag',
    transform(article) {
      transformed.push(article.id)
      return {id: article.id, words: article.text.split(' ').length}
    },
    idOf: (article) => article.id,
    cache: openStageCache(join(folder, 'cache'), version)
  })
}

describe('a stage with a cache', () => {
  it('transforms only the records that changed, with the same output', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-cache-'))
    const lines = (texts: string[]) =>
      texts.map((text, index) => JSON.stringify({id: `a${index}`, text})).join('\n') + '\n'
    await writeFile(join(folder, 'in.jsonl'), lines(['Officials said so.', 'A spokesman declined to comment.']))
    const first: string[] = []
    expect(await stage(folder, 'v1', first)).toEqual({written: 2, cached: 0, failed: 0})
    const output = await readFile(join(folder, 'out.jsonl'), 'utf8')

    const second: string[] = []
    expect(await stage(folder, 'v1', second)).toEqual({written: 2, cached: 2, failed: 0})
    expect(second).toEqual([])
    expect(await readFile(join(folder, 'out.jsonl'), 'utf8')).toBe(output)

    await writeFile(join(folder, 'in.jsonl'), lines(['Officials said so.', 'The spokesman said nothing more.']))
    const third: string[] = []
    expect(await stage(folder, 'v1', third)).toEqual({written: 2, cached: 1, failed: 0})
    expect(third).toEqual(['a1'])
  })

  it('redoes everything when the code version changes, and drops entries no longer used', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-cache-'))
    await writeFile(join(folder, 'in.jsonl'), JSON.stringify({id: 'a', text: 'x y'}) + '\n')
    await stage(folder, 'v1', [])
    const again: string[] = []
    await stage(folder, 'v2', again)
    expect(again).toEqual(['a'])
    const cache = openStageCache(join(folder, 'cache'), 'v2')
    const line = JSON.stringify({id: 'a', text: 'x y'})
    expect(cache.get(line)).toBeDefined()
    expect(await cache.finish()).toEqual({kept: 1, deleted: 0})
    expect(openStageCache(join(folder, 'cache'), 'v1').get(line)).toBeUndefined()
  })
})

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

    const before = await codeVersion(stageFolder)
    expect(await codeVersion(stageFolder)).toBe(before)
    await writeFile(join(library, 'dist', 'index.js'), 'export const x = 2')
    const after = await codeVersion(stageFolder)
    expect(after).not.toBe(before)
    await writeFile(join(stageFolder, 'node_modules', 'zod', 'dist', 'index.js'), 'same version, other file')
    expect(await codeVersion(stageFolder)).toBe(after)
  })
})
