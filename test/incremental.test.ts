// The stages re-run after one article changed: each redoes that article
// alone, and what they write is what a run from nothing writes.
import {execFile} from 'node:child_process'
import {appendFile, cp, mkdtemp, readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))

/** Run the four stages over `work/corpus`, each from its own folder as `pnpm turbo run report` does; their summary lines. */
async function pipeline(work: string): Promise<string[]> {
  const stages: Array<[string, string[]]> = [
    ['ingest', ['corpus', 'ingest']],
    ['clean', ['ingest', 'clean']],
    ['tag', ['clean', 'tag']],
    ['report', ['tag', 'reports', 'report-cache']]
  ]
  const lines = []
  for (const [name, folders] of stages) {
    const script = join(root, 'pipelines', name, 'dist', `${name}.js`)
    const {stdout} = await run(process.execPath, [script, ...folders.map((folder) => join(work, folder))])
    lines.push(stdout.trim())
  }
  return lines
}

/** Every file under a folder with its content, by path relative to it. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(folder, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path.slice(folder.length)] = await readFile(path, 'utf8')
  }
  return files
}

describe('a pipeline re-run after one article changed', () => {
  it('redoes that article alone in every stage and writes what a run from nothing writes', async () => {
    const work = await mkdtemp(join(tmpdir(), 'sourcing-incremental-'))
    await cp(join(root, 'corpus'), join(work, 'corpus'), {recursive: true})
    const articles = (await readdir(join(work, 'corpus'))).sort()
    await pipeline(work)

    await appendFile(join(work, 'corpus', articles[1]!), '\nA spokesman for the ministry declined to comment.\n')
    expect(await pipeline(work)).toEqual([
      `ingest: ${articles.length} articles (${articles.length - 1} unchanged), 0 failed`,
      `clean: ${articles.length} articles (${articles.length - 1} unchanged), 0 failed`,
      `tag: ${articles.length} articles (${articles.length - 1} unchanged), 0 failed`,
      `report: ${articles.length} reports (${articles.length - 1} unchanged), 0 failed`
    ])

    const fresh = await mkdtemp(join(tmpdir(), 'sourcing-incremental-fresh-'))
    await cp(join(work, 'corpus'), join(fresh, 'corpus'), {recursive: true})
    await pipeline(fresh)
    for (const folder of ['ingest', 'clean', 'tag', 'reports']) {
      expect(await snapshot(join(work, folder)), folder).toEqual(await snapshot(join(fresh, folder)))
    }
  }, 240_000)
})
