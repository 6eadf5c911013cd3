import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {openAtomicWriter} from './atomic.js'
import {openRecordFolder, readManifest, readRecord, recordHash, type ManifestEntry} from './record-folder.js'

const said = JSON.stringify({id: 'a', text: 'Officials said the bridge would close.'})
const declined = JSON.stringify({id: 'b', text: 'A spokesman declined to comment.'})

async function entries(folder: string): Promise<ManifestEntry[]> {
  const found: ManifestEntry[] = []
  for await (const entry of readManifest(folder)) found.push(entry)
  return found
}

async function recordFiles(folder: string): Promise<string[]> {
  const records = join(folder, 'records')
  const shards = await readdir(records)
  return (await Promise.all(shards.map((shard) => readdir(join(records, shard))))).flat().sort()
}

describe('a record folder', () => {
  it('lists articles in the order added, each record stored once under its hash', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-records-'))
    const out = await openRecordFolder(folder, 'v1')
    await out.add('a', 'in-a', said)
    await out.add('b', 'in-b', declined)
    await out.add('b-again', 'in-b2', declined)
    expect(await out.finish()).toEqual({listed: 3, deleted: 0})

    expect(await entries(folder)).toEqual([
      {id: 'a', from: 'in-a', hash: recordHash(said)},
      {id: 'b', from: 'in-b', hash: recordHash(declined)},
      {id: 'b-again', from: 'in-b2', hash: recordHash(declined)}
    ])
    expect(readRecord(folder, recordHash(said))).toBe(said)
    expect(await recordFiles(folder)).toHaveLength(2)
  })

  it('finds what an earlier run of the same code made from an input, and nothing for other code', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-records-'))
    const first = await openRecordFolder(folder, 'v1')
    await first.add('a', 'in-a', said)
    await first.finish()

    const again = await openRecordFolder(folder, 'v1')
    expect(again.made('in-a')).toBe(recordHash(said))
    expect(again.made('in-changed')).toBeUndefined()
    await again.abort()
    const otherCode = await openRecordFolder(folder, 'v2')
    expect(otherCode.made('in-a')).toBeUndefined()
    await otherCode.abort()
  })

  it('deletes the records the new manifest does not list, leftovers of killed writes and older outputs, and no other file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-records-'))
    const first = await openRecordFolder(folder, 'v1')
    await first.add('a', 'in-a', said)
    await first.add('b', 'in-b', declined)
    await first.finish()
    const shard = join(folder, 'records', recordHash(said).slice(0, 2))
    await writeFile(join(shard, `${recordHash(said)}.json.123-abcd.tmp`), '{"id":')
    await writeFile(join(folder, 'tagged.jsonl'), `${said}\n`)
    await writeFile(join(folder, 'failures.jsonl'), '')
    await writeFile(join(folder, `failures.jsonl.${process.pid + 1}-0badc0de.tmp`), '{"id":')
    await writeFile(join(folder, 'notes.md'), 'not the stage’s')

    const second = await openRecordFolder(folder, 'v1')
    await second.keep({id: 'a', from: 'in-a', hash: second.made('in-a')!})
    expect(await second.finish()).toEqual({listed: 1, deleted: 4})
    expect(await recordFiles(folder)).toEqual([`${recordHash(said)}.json`])
    expect((await readdir(folder)).sort()).toEqual(['failures.jsonl', 'manifest.jsonl', 'notes.md', 'records'])
  })

  it('leaves a write of its own process beside the manifest alone while it is in flight', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-records-'))
    const records = await openRecordFolder(folder, 'v1')
    await records.add('a', 'in-a', said)
    const failures = await openAtomicWriter(join(folder, 'failures.jsonl'))
    await failures.write('{"id":"b","stage":"ingest","reason":"empty file"}\n')
    await records.finish()
    await failures.close()
    expect(await readFile(join(folder, 'failures.jsonl'), 'utf8')).toBe('{"id":"b","stage":"ingest","reason":"empty file"}\n')
  })

  it('keeps the previous manifest and every record it lists when a run is abandoned', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-records-'))
    const first = await openRecordFolder(folder, 'v1')
    await first.add('a', 'in-a', said)
    await first.finish()
    const manifest = await readFile(join(folder, 'manifest.jsonl'), 'utf8')

    const killed = await openRecordFolder(folder, 'v1')
    await killed.add('b', 'in-b', declined)
    await killed.abort()
    expect(await readFile(join(folder, 'manifest.jsonl'), 'utf8')).toBe(manifest)
    expect(readRecord(folder, recordHash(said))).toBe(said)
  })

  it('reuses nothing from a damaged manifest, and names the bad line when read', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-records-'))
    const first = await openRecordFolder(folder, 'v1')
    await first.add('a', 'in-a', said)
    await first.finish()
    await writeFile(join(folder, 'manifest.jsonl'), '{"version":"v1"}\n{"id":"a","from":"in-a"}\n')

    const damaged = await openRecordFolder(folder, 'v1')
    expect(damaged.made('in-a')).toBeUndefined()
    await damaged.abort()
    await expect(entries(folder)).rejects.toThrow(/manifest\.jsonl:2.*hash/s)
  })

  const hash = recordHash(said)
  it.each([
    {line: '{"id":"a","from":"in-a"}', problem: /manifest\.jsonl:3.*hash/s},
    {line: `{"id":"a","from":"in-a","hash":"${hash.toUpperCase()}"}`, problem: /manifest\.jsonl:3.*hash/s},
    {line: `{"id":7,"from":"in-a","hash":"${hash}"}`, problem: /manifest\.jsonl:3.*id/s},
    {line: `{"id":"a","from":"in-a","hash":"${hash}","note":"x"}`, problem: /manifest\.jsonl:3.*note/s},
    {line: `["a","in-a","${hash}"]`, problem: /manifest\.jsonl:3: invalid record/},
    {line: '{"id":"a",', problem: /manifest\.jsonl:3: not JSON/}
  ])('names the line and what is wrong with it: $line', async ({line, problem}) => {
    const folder = await mkdtemp(join(tmpdir(), 'sourcing-records-'))
    await writeFile(join(folder, 'manifest.jsonl'), `{"version":"v1"}\n{"id":"b","from":"in-b","hash":"${hash}"}\n${line}\n`)
    await expect(entries(folder)).rejects.toThrow(problem)
  })
})
