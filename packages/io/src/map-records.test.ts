import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {mapRecords} from './map-records.js'
import {openRecordFolder, readManifest, readRecord} from './record-folder.js'

const sentence = z.strictObject({id: z.string(), text: z.string()})

/** A record folder as the previous stage would write it, with its failures. */
async function upstream(records: Array<{id: string; text?: string}>, failures = ''): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'sourcing-map-in-'))
  const out = await openRecordFolder(folder, 'upstream')
  for (const record of records) await out.add(record.id, `source of ${record.id}`, JSON.stringify(record))
  await out.finish()
  await writeFile(join(folder, 'failures.jsonl'), failures)
  return folder
}

async function outputs(folder: string): Promise<string[]> {
  const found: string[] = []
  for await (const entry of readManifest(folder)) found.push(readRecord(folder, entry.hash))
  return found
}

let modules = 0

/**
 * A transform module, as a data: URL: counts a sentence's words and throws
 * for an empty one. It notes in `seen` that it was loaded and each record it
 * transformed.
 */
function countWords(seen: string[] = []): string {
  const key = `countWords${modules++}`
  Object.assign(globalThis, {[key]: seen})
  const source = `globalThis.${key}.push('(loaded)')
    export default (record) => {
      globalThis.${key}.push(record.id)
      if (record.text === '') throw new Error('no text to tag\\nafter cleaning')
      return {id: record.id, words: record.text.split(' ').length}
    }`
  return `data:text/javascript,${encodeURIComponent(source)}`
}

const identity = `data:text/javascript,${encodeURIComponent('export default (record) => record')}`

describe('mapRecords', () => {
  it('transforms every record in order and turns a throwing one into a failure, carrying earlier failures', async () => {
    const input = await upstream(
      [
        {id: 'a', text: 'Officials said the talks would resume.'},
        {id: 'b', text: ''},
        {id: 'c', text: 'A spokesman declined to comment.'}
      ],
      '{"id":"z","stage":"ingest","reason":"empty file"}\n'
    )
    const output = await mkdtemp(join(tmpdir(), 'sourcing-map-out-'))
    const counts = await mapRecords({input, inputSchema: sentence, output, version: 'v1', stage: 'tag', transformModule: countWords()})

    expect(counts).toEqual({written: 2, reused: 0, failed: 1})
    expect(await outputs(output)).toEqual(['{"id":"a","words":6}', '{"id":"c","words":5}'])
    expect(await readFile(join(output, 'failures.jsonl'), 'utf8')).toBe(
      '{"id":"z","stage":"ingest","reason":"empty file"}\n' +
        '{"id":"b","stage":"tag","reason":"no text to tag after cleaning"}\n'
    )
  })

  it('transforms only the articles whose input changed, with the same output as a full run', async () => {
    const output = await mkdtemp(join(tmpdir(), 'sourcing-map-out-'))
    const run = (input: string, version: string, transformed: string[]) =>
      mapRecords({input, inputSchema: sentence, output, version, stage: 'tag', transformModule: countWords(transformed)})
    const first = await upstream([
      {id: 'a', text: 'Officials said so.'},
      {id: 'b', text: 'A spokesman declined to comment.'}
    ])
    await run(first, 'v1', [])

    const edited = await upstream([
      {id: 'a', text: 'Officials said so.'},
      {id: 'b', text: 'The spokesman said nothing more.'}
    ])
    const transformed: string[] = []
    expect(await run(edited, 'v1', transformed)).toEqual({written: 2, reused: 1, failed: 0})
    expect(transformed).toEqual(['(loaded)', 'b'])
    const fresh = await mkdtemp(join(tmpdir(), 'sourcing-map-out-'))
    await mapRecords({input: edited, inputSchema: sentence, output: fresh, version: 'v1', stage: 'tag', transformModule: countWords()})
    expect(await outputs(output)).toEqual(await outputs(fresh))

    const newCode: string[] = []
    await run(edited, 'v2', newCode)
    expect(newCode).toEqual(['(loaded)', 'a', 'b'])
  })

  it('loads the transform for the first record to redo, and not at all when every record is reused', async () => {
    const input = await upstream([
      {id: 'a', text: 'Officials said so.'},
      {id: 'b', text: 'A spokesman declined to comment.'}
    ])
    const output = await mkdtemp(join(tmpdir(), 'sourcing-map-out-'))
    const run = (seen: string[]) =>
      mapRecords({input, inputSchema: sentence, output, version: 'v1', stage: 'tag', transformModule: countWords(seen)})
    const first: string[] = []
    await run(first)
    expect(first).toEqual(['(loaded)', 'a', 'b'])
    const second: string[] = []
    expect(await run(second)).toEqual({written: 2, reused: 2, failed: 0})
    expect(second).toEqual([])
  })

  it('ticks the progress once for every article read, failed and reused ones included', async () => {
    const input = await upstream([
      {id: 'a', text: 'Officials said so.'},
      {id: 'b', text: ''}
    ])
    const output = await mkdtemp(join(tmpdir(), 'sourcing-map-out-'))
    let ticks = 0
    const run = () =>
      mapRecords({
        input,
        inputSchema: sentence,
        output,
        version: 'v1',
        stage: 'tag',
        transformModule: countWords(),
        progress: {tick: () => ticks++}
      })
    await run()
    expect(await run()).toEqual({written: 1, reused: 1, failed: 1})
    expect(ticks).toBe(4)
  })

  it('stops, naming the article and the field, and leaves the previous output when an input record is invalid', async () => {
    const input = await upstream([{id: 'a', text: 'fine'}, {id: 'b'}])
    const output = await mkdtemp(join(tmpdir(), 'sourcing-map-out-'))
    await writeFile(join(output, 'failures.jsonl'), 'previous\n')
    await expect(
      mapRecords({input, inputSchema: sentence, output, version: 'v1', stage: 'clean', transformModule: identity})
    ).rejects.toThrow(/record of b: invalid record[\s\S]*at text/)
    expect(await readFile(join(output, 'failures.jsonl'), 'utf8')).toBe('previous\n')
  })
})

describe('mapRecords on a folder no stage wrote', () => {
  it('says the folder is not a stage output and writes nothing', async () => {
    const input = await mkdtemp(join(tmpdir(), 'sourcing-map-in-'))
    const output = join(input, 'out')
    await expect(
      mapRecords({input, inputSchema: sentence, output, version: 'v1', stage: 'clean', transformModule: identity})
    ).rejects.toThrow(/is not the output folder of a pipeline stage \(it holds no manifest\.jsonl\): run the stage before this one first/)
    await expect(readFile(join(output, 'manifest.jsonl'), 'utf8')).rejects.toThrow(/ENOENT/)
  })
})
