import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {openAtomicWriter} from './atomic.js'

describe('openAtomicWriter', () => {
  it.each([
    {name: 'one short line', lines: ['{"id":"a"}\n']},
    {name: 'lines filling many pieces', lines: Array.from({length: 30_000}, (_, index) => `{"id":"article-${index}"}\n`)},
    {name: 'one line longer than a piece', lines: [`{"text":"${'word '.repeat(30_000)}"}\n`, '{"id":"b"}\n']}
  ])('writes what it is given, in order: $name', async ({lines}) => {
    const path = join(await mkdtemp(join(tmpdir(), 'sourcing-atomic-')), 'out.jsonl')
    const writer = await openAtomicWriter(path)
    for (const line of lines) await writer.write(line)
    await writer.close()
    expect(await readFile(path, 'utf8')).toBe(lines.join(''))
  })
})
