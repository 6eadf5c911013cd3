import {mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {openFileIndex} from './file-index.js'
import {recordHash} from './record-folder.js'
import {openRecordShards} from './record-shards.js'

const said = recordHash('{"id":"a","text":"Officials said the bridge would close."}')
const declined = recordHash('{"id":"b","text":"A spokesman declined to comment."}')
const hour = 3_600_000

/**
 * A records folder holding two records, and a shard index noted by a run
 * that found them there, as a run an hour later sees them. The test goes on
 * once the file system's clock has moved on, as it has an hour later, so a
 * change made then shows.
 */
async function noted() {
  const folder = await mkdtemp(join(tmpdir(), 'sourcing-shards-'))
  const records = join(folder, 'records')
  for (const hash of [said, declined]) {
    mkdirSync(join(records, hash.slice(0, 2)), {recursive: true})
    writeFileSync(join(records, hash.slice(0, 2), `${hash}.json`), '{}')
  }
  const last = statSync(join(records, declined.slice(0, 2))).ctimeMs
  do writeFileSync(join(folder, 'clock'), '')
  while (statSync(join(folder, 'clock')).ctimeMs === last)
  const index = join(folder, 'shards.json')
  const now = Date.now() + hour
  const first = openRecordShards(records, [said, declined], openFileIndex(index, now))
  first.finish(new Set([said, declined]))
  const again = () => openRecordShards(records, [said, declined], openFileIndex(index, now))
  return {records, index, again}
}

describe('the shards of a record folder', () => {
  it('note in the index the shards a run found as the earlier manifest says, and find the records there on the next run', async () => {
    const {index, again} = await noted()
    expect(Object.keys(JSON.parse(readFileSync(index, 'utf8')).files)).toHaveLength(2)
    expect([...again().stored].sort()).toEqual([said, declined].sort())
  })

  it('see a record deleted behind the stage’s back', async () => {
    const {records, again} = await noted()
    rmSync(join(records, said.slice(0, 2), `${said}.json`))
    expect([...again().stored]).toEqual([declined])
  })

  it('see a file added behind the stage’s back, and delete it with the records no longer listed', async () => {
    const {records, again} = await noted()
    const stray = join(records, said.slice(0, 2), `${said}.json.123-abcd.tmp`)
    writeFileSync(stray, '{"id":')
    const shards = again()
    expect(shards.finish(new Set([said]))).toBe(2)
    expect(() => statSync(stray)).toThrow()
    expect(() => statSync(join(records, declined.slice(0, 2), `${declined}.json`))).toThrow()
    expect([...again().stored]).toEqual([said])
  })

  it('list a shard the index knows when the earlier manifest puts other records in it', async () => {
    const {records, index} = await noted()
    const neighbour = `${said.slice(0, 2)}${'0'.repeat(62)}`
    const shards = openRecordShards(records, [said, neighbour], openFileIndex(index))
    expect([...shards.stored].sort()).toEqual([said, declined].sort())
  })
})
