import {execFile} from 'node:child_process'
import {Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {startProgress, type ProgressOptions} from './progress.js'

/** A stream that keeps what is written to it, a terminal or not. */
function fakeStream(isTTY: boolean) {
  const chunks: string[] = []
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk))
        done()
      }
    }),
    {isTTY, columns: 120}
  )
  return {stream, written: () => chunks.join('')}
}

/** Four articles, two done in the first second, two in the next. */
async function run(options: Omit<ProgressOptions, 'label' | 'stream'>, isTTY: boolean): Promise<string> {
  const {stream, written} = fakeStream(isTTY)
  const progress = startProgress({label: 'tag', stream, ...options})
  await vi.advanceTimersByTimeAsync(0)
  progress.tick(2)
  await vi.advanceTimersByTimeAsync(1000)
  progress.tick()
  progress.tick()
  progress.stop()
  return written()
}

describe('startProgress', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it.each([
    {
      when: 'on a terminal with the total known',
      options: {total: 4, ci: false},
      isTTY: true,
      shows: ['tag [==========----------] 50% | 2/4 | 2 articles/s | ETA 1s', '4/4']
    },
    {
      when: 'on a terminal once the total is counted',
      options: {total: async () => 4, ci: false},
      isTTY: true,
      shows: ['50% | 2/4 | 2 articles/s | ETA 1s']
    },
    {
      when: 'on a terminal with the total unknown',
      options: {ci: false},
      isTTY: true,
      shows: ['tag 2 articles | 2 articles/s', 'tag 4 articles']
    }
  ])('draws the count, rate and progress $when', async ({options, isTTY, shows}) => {
    const written = await run(options, isTTY)
    for (const line of shows) expect(written).toContain(line)
    if (options.total === undefined) expect(written).not.toContain('ETA')
  })

  it.each([
    {when: 'when stderr is piped or redirected', isTTY: false, ci: false},
    {when: 'under CI, even on a terminal', isTTY: true, ci: true},
    {when: 'under CI with output redirected', isTTY: false, ci: true}
  ])('draws nothing $when', async ({isTTY, ci}) => {
    const counted = vi.fn(async () => 4)
    expect(await run({total: counted, ci}, isTTY)).toBe('')
    expect(counted, 'counted articles for a bar not drawn').not.toHaveBeenCalled()
  })

  it('erases the bar when the run ends', async () => {
    const written = await run({total: 4, ci: false}, true)
    // The last thing written clears from the bar's line down.
    expect(written.endsWith('\u001B[0J')).toBe(true)
  })

  it.each([
    {when: 'above the bar on a terminal', isTTY: true},
    {when: 'on the stream when no bar is drawn', isTTY: false}
  ])('prints messages $when, stopped or not', async ({isTTY}) => {
    const {stream, written} = fakeStream(isTTY)
    const progress = startProgress({label: 'ingest', stream, ci: false})
    await progress.log('ingest: notes.pdf: unsupported file type\n')
    progress.stop()
    await progress.log('ingest: 1 articles read, 1 failed\n')
    expect(written()).toMatch(/notes\.pdf: unsupported file type\n[\s\S]*1 articles read, 1 failed\n$/)
  })

  it('prints messages with `print` when no bar is drawn', async () => {
    const {stream, written} = fakeStream(false)
    const printed: string[] = []
    const progress = startProgress({label: 'analyze', stream, print: (message) => void printed.push(message)})
    await progress.log('sourcing: notes.pdf: ingest failed: unsupported file type\n')
    progress.stop()
    expect(printed).toEqual(['sourcing: notes.pdf: ingest failed: unsupported file type\n'])
    expect(written()).toBe('')
  })
})

describe('startProgress under a CI service', () => {
  // ci-info reads the environment when it loads: each case is a process of its own.
  const script = `
    import {Writable} from 'node:stream'
    import {startProgress} from '@sourcing/io'
    let written = ''
    const stream = Object.assign(new Writable({write(chunk, _, done) { written += chunk; done() }}), {isTTY: true})
    const progress = startProgress({label: 'tag', total: 1, stream})
    progress.tick()
    progress.stop()
    console.log(written.length > 0 ? 'drawn' : 'nothing')
  `
  const folder = fileURLToPath(new URL('..', import.meta.url))

  it.each([
    {env: {CI: 'true'}, expected: 'nothing'},
    {env: {CI: '1'}, expected: 'nothing'},
    {env: {GITHUB_ACTIONS: 'true'}, expected: 'nothing'},
    {env: {CI: 'false'}, expected: 'drawn'},
    {env: {}, expected: 'drawn'}
  ])('with $env on a terminal: $expected', async ({env, expected}) => {
    const {stdout} = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], {
      cwd: folder,
      env: {PATH: process.env.PATH, ...env}
    })
    expect(stdout.trim()).toBe(expected)
  })
})
