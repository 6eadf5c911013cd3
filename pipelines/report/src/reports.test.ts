import {execFile} from 'node:child_process'
import {mkdtemp, readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))

/** Run one built stage script the way its package.json script does. */
async function stage(name: string, input: string, output: string): Promise<void> {
  await run(process.execPath, [join(root, 'pipelines', name, 'dist', `${name}.js`), input, output])
}

describe('the committed reports', () => {
  it('are what the pipeline writes for corpus/ now (run `pnpm turbo run report` when this fails)', async () => {
    const work = await mkdtemp(join(tmpdir(), 'sourcing-pipeline-'))
    const folder = (name: string) => join(work, name)
    await stage('ingest', join(root, 'corpus'), folder('ingest'))
    await stage('clean', folder('ingest'), folder('clean'))
    await stage('tag', folder('clean'), folder('tag'))
    await stage('report', folder('tag'), folder('reports'))

    const committed = join(root, 'reports')
    const expected = (await readdir(committed)).sort()
    expect((await readdir(folder('reports'))).sort()).toEqual(expected)
    for (const name of expected) {
      const fresh = await readFile(join(folder('reports'), name), 'utf8')
      expect(fresh, `reports/${name} is out of date`).toBe(await readFile(join(committed, name), 'utf8'))
    }
  })
})
