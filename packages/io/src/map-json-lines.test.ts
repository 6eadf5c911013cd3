import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {mapJsonLines, oneLine} from './map-json-lines.js'
import {openStageCache} from './stage-cache.js'

const sentence = z.strictObject({id: z.string(), text: z.string()})

describe('mapJsonLines', () => {
  it('transforms every record and turns a throwing one into a failure, carrying earlier failures', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-map-'))
    const input = join(folder, 'in.jsonl')
    const failuresInput = join(folder, 'failures-in.jsonl')
    await writeFile(
      input,
      [
        {id: 'a', text: 'Officials said the talks would resume.'},
        {id: 'b', text: ''},
        {id: 'c', text: 'A spokesman declined to comment.'}
      ]
        .map((record) => JSON.stringify(record))
        .join('\n')
    )
    await writeFile(failuresInput, '{"id":"z","stage":"ingest","reason":"empty file"}\n')

    const counts = await mapJsonLines({
      input,
      inputSchema: sentence,
      output: join(folder, 'out.jsonl'),
      failuresInput,
      failuresOutput: join(folder, 'failures.jsonl'),
      stage: 'tag',
      transform(record) {
        if (record.text === '') throw new Error('no text to tag\nafter cleaning')
        return {id: record.id, words: record.text.split(' ').length}
      },
      idOf: (record) => record.id
    })

    expect(counts).toEqual({written: 2, cached: 0, failed: 1})
    expect(await readFile(join(folder, 'out.jsonl'), 'utf8')).toBe(
      '{"id":"a","words":6}\n{"id":"c","words":5}\n'
    )
    expect(await readFile(join(folder, 'failures.jsonl'), 'utf8')).toBe(
      '{"id":"z","stage":"ingest","reason":"empty file"}\n' +
        '{"id":"b","stage":"tag","reason":"no text to tag after cleaning"}\n'
    )
  })

  it('ticks the progress once for every record read, failed and cached ones included', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-map-'))
    const input = join(folder, 'in.jsonl')
    await writeFile(input, '{"id":"a","text":"Officials said so."}\n\n{"id":"b","text":""}\n')
    let ticks = 0
    const run = () =>
      mapJsonLines({
        input,
        inputSchema: sentence,
        output: join(folder, 'out.jsonl'),
        failuresOutput: join(folder, 'failures.jsonl'),
        stage: 'tag',
        transform(record) {
          if (record.text === '') throw new Error('no text to tag')
          return record
        },
        idOf: (record) => record.id,
        cache: openStageCache(join(folder, 'cache'), 'v1'),
        progress: {tick: () => ticks++}
      })
    await run()
    expect(await run()).toEqual({written: 1, cached: 1, failed: 1})
    expect(ticks).toBe(4)
  })

  it('leaves the previous output in place when the input is invalid', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-map-'))
    const input = join(folder, 'in.jsonl')
    const output = join(folder, 'out.jsonl')
    await writeFile(input, '{"id":"a","text":"fine"}\n{"id":"b"}\n')
    await writeFile(output, 'previous\n')
    await expect(
      mapJsonLines({
        input,
        inputSchema: sentence,
        output,
        failuresOutput: join(folder, 'failures.jsonl'),
        stage: 'clean',
        transform: (record) => record,
        idOf: (record) => record.id
      })
    ).rejects.toThrow(/in\.jsonl:2: invalid record[\s\S]*at text/)
    expect(await readFile(output, 'utf8')).toBe('previous\n')
  })
})

describe('oneLine', () => {
  it('joins the lines of a multi-line message', () => {
    expect(oneLine(new Error('a:\n  ✖ bad\n    → at text\n'))).toBe('a: ✖ bad → at text')
  })
})
