import {readFileSync} from 'node:fs'
import {RecordError} from '@sourcing/schema'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {StageError} from './stage-error.js'
import {stageMain} from './stage-main.js'

function fileError(): Error {
  try {
    readFileSync('/no/such/folder/manifest.jsonl')
  } catch (error) {
    return error as Error
  }
  throw new Error('unreachable')
}

describe('stageMain', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    process.exitCode = undefined
  })

  it.each([
    {kind: 'a usage error', error: new StageError('usage: clean INPUT_FOLDER OUTPUT_FOLDER'), line: 'clean: usage: clean INPUT_FOLDER OUTPUT_FOLDER'},
    {kind: 'a record that is not what its stage writes', error: new RecordError('out record of a.txt', [], 'out record of a.txt: invalid record\n  ✖ Invalid input\n    → at text'), line: 'clean: out record of a.txt: invalid record ✖ Invalid input → at text'},
    {kind: 'a file it cannot read', error: fileError(), line: expect.stringMatching(/^clean: ENOENT: no such file or directory, open '\/no\/such\/folder\/manifest\.jsonl'$/)}
  ])('prints $kind on one line naming the stage, and exits 1', async ({error, line}) => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    await stageMain('clean', () => Promise.reject(error))
    expect(printed.mock.calls).toEqual([[line]])
    expect(process.exitCode).toBe(1)
  })

  it('prints a bug with its stack', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    await stageMain('clean', () => Promise.reject(new TypeError('cannot read properties of undefined')))
    expect(printed.mock.calls[0]?.[0]).toMatch(/^clean: TypeError: cannot read properties of undefined\n\s+at /)
    expect(process.exitCode).toBe(1)
  })

  it('prints the line the stage returns', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {})
    await stageMain('clean', () => Promise.resolve('clean: 5 articles (0 unchanged), 0 failed'))
    expect(printed.mock.calls).toEqual([['clean: 5 articles (0 unchanged), 0 failed']])
    expect(process.exitCode).toBeUndefined()
  })
})
