import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {countLines, readLineBatches, readRawLines} from './json-lines.js'

async function linesOf(content: string): Promise<Array<{raw: string; where: string}>> {
  const path = join(await mkdtemp(join(tmpdir(), 'sourcing-lines-')), 'a.jsonl')
  await writeFile(path, content)
  const lines = []
  for await (const line of readRawLines(path)) lines.push({...line, where: line.where.slice(path.length)})
  return lines
}

// Longer than one read of the file, with a two-byte character across each chunk boundary.
const long = `{"text":"${'é'.repeat(100_000)}"}`

describe('readRawLines', () => {
  it.each([
    {name: 'LF', content: '{"id":"a"}\n{"id":"b"}\n', lines: [['{"id":"a"}', ':1'], ['{"id":"b"}', ':2']]},
    {name: 'CRLF and blank lines', content: '{"id":"a"}\r\n\r\n  \n{"id":"b"}\r\n', lines: [['{"id":"a"}', ':1'], ['{"id":"b"}', ':4']]},
    {name: 'no newline at the end', content: '{"id":"a"}\n{"id":"b"}', lines: [['{"id":"a"}', ':1'], ['{"id":"b"}', ':2']]},
    {name: 'lines longer than a read', content: `${long}\n{"id":"b"}\n${long}`, lines: [[long, ':1'], ['{"id":"b"}', ':2'], [long, ':3']]},
    {name: 'nothing', content: '', lines: []}
  ])('gives the non-blank lines with their numbers: $name', async ({content, lines}) => {
    expect(await linesOf(content)).toEqual(lines.map(([raw, where]) => ({raw, where})))
  })

  it('gives every line of a file of many reads once, in batches that together hold them all', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'sourcing-lines-')), 'many.jsonl')
    const ids = Array.from({length: 20_000}, (_, index) => `{"id":"article-${index}"}`)
    await writeFile(path, ids.join('\n') + '\n')
    const batches = []
    for await (const batch of readLineBatches(path)) batches.push(batch.map((line) => line.raw))
    expect(batches.length).toBeGreaterThan(1)
    expect(batches.flat()).toEqual(ids)
  })
})

describe('countLines', () => {
  it.each([
    {content: '', lines: 0},
    {content: '{"id":"a"}\n', lines: 1},
    {content: '{"id":"a"}\n{"id":"b"}', lines: 2},
    {content: '{"id":"a"}\r\n\r\n{"id":"b"}\r\n', lines: 3},
    {content: `${'{"id":"a"}\n'.repeat(200_000)}{"id":"b"}`, lines: 200_001}
  ])('counts $lines lines, blank ones and a last one with no newline included', async ({content, lines}) => {
    const path = join(await mkdtemp(join(tmpdir(), 'sourcing-lines-')), 'count.jsonl')
    await writeFile(path, content)
    expect(await countLines(path)).toBe(lines)
  })
})
