import {execFile, spawn} from 'node:child_process'
import {cp, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {failuresName, openRecordFolder, readManifest, readRecord, recordHash} from '@sourcing/io'
import {beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))
const script = join(root, 'pipelines', 'report', 'dist', 'report.js')

async function stage(name: string, input: string, output: string): Promise<void> {
  await run(process.execPath, [join('dist', `${name}.js`), input, output], {cwd: join(root, 'pipelines', name)})
}

/** The records of a stage's folder for the shipped corpus, repeated under new ids and headlines. */
async function repeated(source: string, copies: number, headline: string): Promise<string> {
  const folder = `${source}-${headline}`
  const records = []
  for await (const entry of readManifest(source)) records.push(JSON.parse(readRecord(source, entry.hash)))
  const out = await openRecordFolder(folder, 'test')
  for (let copy = 0; copy < copies; copy++) {
    for (const record of records) {
      const json = JSON.stringify({...record, id: `${copy}-${record.id}`, title: `${headline} ${record.title}`})
      await out.add(`${copy}-${record.id}`, recordHash(json), json)
    }
  }
  await out.finish()
  await writeFile(join(folder, failuresName), '')
  return folder
}

async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const name of (await readdir(folder)).sort()) files.set(name, await readFile(join(folder, name), 'utf8'))
  return files
}

// Hundreds of articles: enough for a stage to start its pool of workers, and
// for the report stage to take long enough to be killed half-way.
let work = ''
let before = ''
let after = ''
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourcing-large-'))
  await stage('ingest', '../../corpus', join(work, 'ingest'))
  await stage('clean', join(work, 'ingest'), join(work, 'clean'))
  await stage('tag', join(work, 'clean'), join(work, 'tag'))
  before = await repeated(join(work, 'tag'), 60, 'Before')
  after = await repeated(join(work, 'tag'), 60, 'After')
}, 120_000)

describe('the tag stage on a pool of workers', () => {
  it('writes the same records with 2 workers as in one thread', async () => {
    const cleaned = await repeated(join(work, 'clean'), 60, 'Pooled')
    const tag = join(root, 'pipelines', 'tag', 'dist', 'tag.js')
    await run(process.execPath, [tag, cleaned, join(work, 'tag-pooled'), '--workers', '2'])
    await run(process.execPath, [tag, cleaned, join(work, 'tag-alone'), '--workers', '1'])
    const records = async (folder: string) => {
      const found: string[] = []
      for await (const entry of readManifest(folder)) found.push(`${entry.id} ${readRecord(folder, entry.hash)}`)
      return found
    }
    const pooled = await records(join(work, 'tag-pooled'))
    expect(pooled).toHaveLength(300)
    expect(pooled).toEqual(await records(join(work, 'tag-alone')))
  })
})

describe('the report stage on a pool of workers', () => {
  it('writes the same files with 2 workers as in one thread', async () => {
    const pooled = join(work, 'pooled')
    const alone = join(work, 'alone')
    await run(process.execPath, [script, after, pooled, '--workers', '2'])
    await run(process.execPath, [script, after, alone, '--workers', '1'])
    expect(await snapshot(pooled)).toEqual(await snapshot(alone))
  })
})

describe('a report run killed half-way', () => {
  it('leaves every report either as it was or complete, and a re-run finishes the job', async () => {
    const old = join(work, 'old')
    const fresh = join(work, 'fresh')
    await run(process.execPath, [script, before, old])
    const started = performance.now()
    await run(process.execPath, [script, after, fresh])
    const duration = performance.now() - started
    const oldFiles = await snapshot(old)
    const freshFiles = await snapshot(fresh)

    const interrupted = join(work, 'interrupted')
    await cp(old, interrupted, {recursive: true})
    const child = spawn(process.execPath, [script, after, interrupted], {stdio: 'ignore'})
    await new Promise((resolve) => setTimeout(resolve, duration / 2))
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('close', resolve))

    let changed = 0
    for (const [name, content] of await snapshot(interrupted)) {
      if (name.endsWith('.tmp')) continue
      const versions = [oldFiles.get(name), freshFiles.get(name)]
      expect(versions, `${name} is half-written or unknown`).toContain(content)
      if (content === freshFiles.get(name) && content !== oldFiles.get(name)) changed++
    }
    expect(changed, 'the run was killed before it wrote anything').toBeGreaterThan(0)

    await run(process.execPath, [script, after, interrupted])
    expect(await snapshot(interrupted)).toEqual(freshFiles)
  })
})
