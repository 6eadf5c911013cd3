import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {isLeftoverTemporary, openAtomicWriter, temporaryPath} from './atomic.js'
import {toJsonLine} from './json-lines.js'

async function temporaryFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sourcing-atomic-'))
}

describe('openAtomicWriter', () => {
  it.each([
    {name: 'one short line', lines: ['{"id":"a"}\n']},
    {name: 'lines filling many pieces', lines: Array.from({length: 30_000}, (_, index) => `{"id":"article-${index}"}\n`)},
    {name: 'one line longer than a piece', lines: [`{"text":"${'word '.repeat(30_000)}"}\n`, '{"id":"b"}\n']}
  ])('writes what it is given, in order: $name', async ({lines}) => {
    const path = join(await temporaryFolder(), 'out.jsonl')
    const writer = await openAtomicWriter(path)
    for (const line of lines) await writer.write(line)
    await writer.close()
    expect(await readFile(path, 'utf8')).toBe(lines.join(''))
  })

  it('shows the new file only once it is closed', async () => {
    const path = join(await temporaryFolder(), 'out.jsonl')
    await writeFile(path, 'old\n')
    const writer = await openAtomicWriter(path)
    await writer.write(toJsonLine({id: 'a'}))
    expect(await readFile(path, 'utf8')).toBe('old\n')
    await writer.close()
    expect(await readFile(path, 'utf8')).toBe('{"id":"a"}\n')
  })

  it('keeps the previous file when aborted', async () => {
    const folder = await temporaryFolder()
    const path = join(folder, 'out.jsonl')
    await writeFile(path, 'old\n')
    const writer = await openAtomicWriter(path)
    await writer.write('half')
    await writer.abort()
    expect(await readFile(path, 'utf8')).toBe('old\n')
    expect(await readdir(folder)).toEqual(['out.jsonl'])
  })
})

describe('isLeftoverTemporary', () => {
  it.each([
    ['a temporary file of another process', `failures.jsonl.${process.pid + 1}-0badc0de.tmp`, true],
    ['a temporary file of this process', temporaryPath('failures.jsonl'), false],
    ['a finished file', 'failures.jsonl', false],
    ['a .tmp file named some other way', 'draft.tmp', false]
  ])('takes %s for a leftover: %s', (_, name, leftover) => {
    expect(isLeftoverTemporary(name)).toBe(leftover)
  })
})
