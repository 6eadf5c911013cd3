import {execFile} from 'node:child_process'
import {mkdtemp, readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {corpusSchema, indexJsonSchema, renderCorpusIndex} from '@sourcing/report'
import {analysisSchema, failureSchema} from '@sourcing/schema'
import {beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))

/**
 * Run one built stage script the way its package.json script does: from its
 * own folder, so paths recorded from the input (`../../corpus/...`) match
 * what `pnpm turbo run report` writes.
 */
async function stage(name: string, input: string, output: string): Promise<void> {
  await run(process.execPath, [join('dist', `${name}.js`), input, output], {cwd: join(root, 'pipelines', name)})
}

describe('the report stage on the shipped corpus', () => {
  let fresh = ''
  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), 'sourcing-pipeline-'))
    const folder = (name: string) => join(work, name)
    await stage('ingest', '../../corpus', folder('ingest'))
    await stage('clean', folder('ingest'), folder('clean'))
    await stage('tag', folder('clean'), folder('tag'))
    await stage('report', folder('tag'), folder('reports'))
    fresh = folder('reports')
  }, 120_000)

  it('writes JSON reports the exported analysis schema accepts, one per Markdown report', async () => {
    const names = await readdir(fresh)
    const articles = names.filter((name) => name.endsWith('.md') && name !== 'index.md')
    expect(articles.length).toBeGreaterThan(0)
    for (const name of articles) {
      const json = JSON.parse(await readFile(join(fresh, name.replace(/\.md$/, '.json')), 'utf8'))
      expect(analysisSchema.safeParse(json).success, name).toBe(true)
    }
  })

  it('accounts for every input article in index.json, as analysed or failed', async () => {
    const corpus = indexJsonSchema.decode(JSON.parse(await readFile(join(fresh, 'index.json'), 'utf8')))
    const inputs = (await readdir(join(root, 'corpus'))).filter((name) => !name.startsWith('.'))
    const ids = [...corpus.articles.keys(), ...corpus.failures.keys()]
    expect(ids).toHaveLength(inputs.length)
    const failures = (await readFile(join(fresh, 'failures.jsonl'), 'utf8')).split('\n').filter(Boolean)
    expect(failures.map((line) => failureSchema.parse(JSON.parse(line)))).toEqual([...corpus.failures.values()])
  })

  it('writes the corpus figures as an aggregate that index.md is made from', async () => {
    const corpus = corpusSchema.decode(JSON.parse(await readFile(join(fresh, 'corpus.json'), 'utf8')))
    const index = await readFile(join(fresh, 'index.md'), 'utf8')
    expect(renderCorpusIndex(corpus, {charts: {scores: 'scores.svg', checks: 'checks.svg'}})).toBe(index)
  })

  it('embeds the charts it writes in index.md', async () => {
    const index = await readFile(join(fresh, 'index.md'), 'utf8')
    for (const chart of ['scores.svg', 'checks.svg']) {
      expect(index).toContain(`](${chart})`)
      expect(await readFile(join(fresh, chart), 'utf8')).toMatch(/^<svg /)
    }
  })

  it('matches the committed reports (run `pnpm turbo run report` when this fails)', async () => {
    const committed = join(root, 'reports')
    const expected = (await readdir(committed)).sort()
    expect((await readdir(fresh)).sort()).toEqual(expected)
    for (const name of expected) {
      const text = await readFile(join(fresh, name), 'utf8')
      expect(text, `reports/${name} is out of date`).toBe(await readFile(join(committed, name), 'utf8'))
    }
  })
})
