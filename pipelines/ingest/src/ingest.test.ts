// The ingest stage with a cache folder trusts a corpus file whose stats are
// as they were when it was read, and reads any other again.
import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const script = fileURLToPath(new URL('../dist/ingest.js', import.meta.url))

async function ingest(...folders: string[]): Promise<string> {
  const {stdout} = await promisify(execFile)(process.execPath, [script, ...folders])
  return stdout.trim()
}

/** Every file under a folder with its content, by path relative to it. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(folder, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(folder.length)] = await readFile(join(entry.parentPath, entry.name), 'utf8')
  }
  return files
}

describe('the ingest stage with a cache folder', () => {
  it('reads again a file changed behind its back with its size and modification time kept, and writes what a run without the cache writes', async () => {
    const work = await mkdtemp(join(tmpdir(), 'sourcing-ingest-cache-'))
    const corpus = join(work, 'corpus')
    await mkdir(corpus)
    await writeFile(join(corpus, 'a.txt'), 'Officials said the bridge would close on Monday for repairs.')
    await writeFile(join(corpus, 'b.txt'), 'A spokesman declined to comment on the closure of the bridge.')
    await writeFile(join(corpus, 'c.txt'), 'Residents said they had not been told how long it would last.')
    // Files changed in the last 3 s are not trusted (a change in the same
    // tick of the clock would not show), so these are let age first.
    await sleep(3200)
    const out = join(work, 'out')
    const cache = join(work, 'cache')
    expect(await ingest(corpus, out, cache)).toBe('ingest: 3 articles (0 unchanged), 0 failed')
    expect(await ingest(corpus, out, cache)).toBe('ingest: 3 articles (3 unchanged), 0 failed')

    const b = join(corpus, 'b.txt')
    const {atime, mtime} = await stat(b)
    await writeFile(b, 'A SPOKESMAN declined to comment on the closure of the bridge.')
    await utimes(b, atime, mtime)
    expect(await ingest(corpus, out, cache)).toBe('ingest: 3 articles (2 unchanged), 0 failed')

    const fresh = join(work, 'fresh')
    await ingest(corpus, fresh)
    expect(await snapshot(out)).toEqual(await snapshot(fresh))
  })

  it('loads neither zod nor the schemas, which it does not need (about 70 ms)', async () => {
    const work = await mkdtemp(join(tmpdir(), 'sourcing-ingest-cache-'))
    await mkdir(join(work, 'corpus'))
    await writeFile(join(work, 'corpus', 'a.txt'), 'Officials said the bridge would close on Monday for repairs.')
    // A resolve hook that names every module of zod or of the schemas that is loaded.
    const hook = `export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context)
      if (/zod|schema\\/dist/.test(resolved.url)) process.stderr.write(resolved.url + '\\n')
      return resolved
    }`
    const register = `import {register} from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}))`
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [
      '--import',
      `data:text/javascript,${encodeURIComponent(register)}`,
      script,
      join(work, 'corpus'),
      join(work, 'out'),
      join(work, 'cache')
    ])
    expect({stdout, stderr}).toEqual({stdout: 'ingest: 1 articles (0 unchanged), 0 failed\n', stderr: ''})
  })
})
