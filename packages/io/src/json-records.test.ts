import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {readJsonLines} from './json-records.js'

async function temporaryFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sourcing-records-'))
}

const record = z.strictObject({id: z.string(), words: z.int()})

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

describe('readJsonLines', () => {
  it('reads valid records in order, skipping blank lines and CRLF endings', async () => {
    const path = join(await temporaryFolder(), 'a.jsonl')
    await writeFile(path, '{"id":"a","words":3}\r\n\r\n{"id":"b","words":5}\n')
    expect(await collect(readJsonLines(path, record))).toEqual([
      {id: 'a', words: 3},
      {id: 'b', words: 5}
    ])
  })

  it('names the file, the line and the bad field', async () => {
    const path = join(await temporaryFolder(), 'b.jsonl')
    await writeFile(path, '{"id":"a","words":3}\n{"id":"b","words":"five"}\n')
    await expect(collect(readJsonLines(path, record))).rejects.toThrow(
      /b\.jsonl:2: invalid record[\s\S]*at words/
    )
  })

  it('names the line that is not JSON', async () => {
    const path = join(await temporaryFolder(), 'c.jsonl')
    await writeFile(path, '{"id":"a","words":3}\n{"id":\n')
    await expect(collect(readJsonLines(path, record))).rejects.toThrow(/c\.jsonl:2: not JSON/)
  })
})
