import {execFile} from 'node:child_process'
import {realpathSync} from 'node:fs'
import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'

// Every public package, packed as it would be published, must install and
// work in an empty project outside the workspace: no `workspace:` leftovers,
// types and JSON Schema files included. The test fetches nothing: the
// packages' registry dependencies are linked to the copies the workspace
// install put in place, since resolving their version ranges offline needs
// registry metadata that an install from the lockfile never downloads.

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const packages = (await readdir(join(root, 'packages'))).sort()
let project = ''

const consumer = `
import retextAttribution from '@sourcing/retext-attribution'
import {cleanArticle} from '@sourcing/clean'
import {articleFromText} from '@sourcing/ingest'
import {tagArticle} from '@sourcing/tag'
import {scoreArticle} from '@sourcing/score'
import {renderArticleReport} from '@sourcing/report'
import {analysisSchema, type Analysis} from '@sourcing/schema'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'

const text = 'The bridge will reopen on Monday, the mayor, Ana Ruiz, told reporters.\\n'
const article = articleFromText(text, {path: 'a.txt', format: 'txt', line: null})
const tagged = tagArticle(cleanArticle(article))
const analysis: Analysis = analysisSchema.parse({...tagged, score: scoreArticle(tagged)})
const processor = unified().use(retextEnglish).use(retextAttribution)
const file = new VFile(text)
processor.runSync(processor.parse(file), file)
console.log(JSON.stringify({
  attributions: analysis.attributions.map((a) => a.source?.text),
  plugin: file.data.attributions?.map((a) => a.speaker),
  report: renderArticleReport(analysis).startsWith('#')
}))
`

/** Links to the copies of every public package's registry dependencies that the workspace install resolved, by name. */
async function registryDependencies(): Promise<Record<string, string>> {
  const links: Record<string, string> = {}
  for (const name of packages) {
    const folder = join(root, 'packages', name)
    const {dependencies = {}} = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    for (const dependency of Object.keys(dependencies)) {
      if (!dependency.startsWith('@sourcing/')) links[dependency] = `link:${realpathSync(join(folder, 'node_modules', dependency))}`
    }
  }
  return links
}

describe('packed packages', () => {
  beforeAll(async () => {
    const tarballs = await mkdtemp(join(tmpdir(), 'sourcing-packs-'))
    const names: Record<string, string> = {}
    for (const name of packages) {
      const {stdout} = await run('pnpm', ['pack', '--pack-destination', tarballs], {cwd: join(root, 'packages', name)})
      names[`@sourcing/${name}`] = `file:${stdout.trim().split('\n').at(-1)}`
    }
    const installed = await registryDependencies()
    project = await mkdtemp(join(tmpdir(), 'sourcing-consumer-'))
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: {...names, 'retext-english': installed['retext-english'], unified: installed.unified, vfile: installed.vfile},
        pnpm: {overrides: {...installed, ...names}}
      })
    )
    await writeFile(join(project, 'consumer.ts'), consumer)
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          target: 'ES2022',
          strict: true,
          outDir: 'out',
          skipLibCheck: false,
          types: []
        },
        files: ['consumer.ts']
      })
    )
    await run('pnpm', ['install', '--offline', '--ignore-workspace'], {cwd: project})
  }, 240_000)

  it('install with no workspace: protocol left in their manifests', async () => {
    const {stdout} = await run('grep', ['-rl', 'workspace:', 'node_modules/@sourcing/', '--include=package.json'], {
      cwd: project
    }).catch((error: {stdout: string}) => error)
    expect(stdout).toBe('')
  })

  it('type-check a TypeScript consumer, which runs the analysis and the plugin alone', async () => {
    await run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project])
    const {stdout} = await run(process.execPath, [join(project, 'out', 'consumer.js')], {cwd: project})
    const result = JSON.parse(stdout)
    expect(result.attributions).toEqual(['the mayor, Ana Ruiz'])
    expect(result.plugin).toEqual(['Ana Ruiz'])
    expect(result.report).toBe(true)
  })

  it('ship the command and the JSON Schema files', async () => {
    const {stdout} = await run(join(project, 'node_modules', '.bin', 'sourcing'), ['--help'])
    expect(stdout).toContain('Usage: sourcing')
    const schemas = await readdir(join(project, 'node_modules', '@sourcing', 'schema', 'json-schema'))
    expect(schemas).toContain('analysis.schema.json')
  })
})
