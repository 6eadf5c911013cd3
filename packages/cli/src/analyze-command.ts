import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {countInputs} from '@sourcing/ingest'
import {startProgress} from '@sourcing/io'
import type {Failure} from '@sourcing/schema'
import {analyzePaths} from './analyze.js'
import {UsageError, type Io} from './io.js'

/**
 * `sourcing analyze`: analyse every article, print the analyses, name every
 * article that failed and end with the counts.
 *
 * @param args Arguments after `analyze`.
 * @param io Where to write, and where the progress bar is.
 * @returns 0 when every article was analysed or failures are allowed, else 1.
 */
export async function analyzeCommand(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: {type: 'boolean', default: false},
      'allow-failures': {type: 'boolean', default: false},
      workers: {type: 'string', default: String(availableParallelism())}
    }
  })
  if (positionals.length === 0) throw new UsageError('give at least one file or folder')
  const workers = Number(values.workers)
  if (!Number.isInteger(workers) || workers < 1) {
    throw new UsageError('--workers takes a whole number from 1 up')
  }

  const failures: Failure[] = []
  let analysed = 0
  let otherLanguage = 0
  const rendering = values.json ? 'json' : 'summary'
  // The inputs are counted beside the run, only when a bar is drawn: the ETA
  // appears once the count is in.
  const progress = startProgress({
    label: 'analyze',
    total: () => countInputs(positionals),
    ...io.progress,
    print: io.stderr
  })
  try {
    for await (const outcome of analyzePaths(positionals, {workers, rendering})) {
      progress.tick()
      if (!outcome.ok) {
        failures.push(outcome.failure)
        const {id, stage, reason} = outcome.failure
        await progress.log(`sourcing: ${id}: ${stage} failed: ${reason}\n`)
        continue
      }
      analysed++
      if (outcome.language !== 'English') {
        otherLanguage++
        await progress.log(
          `sourcing: ${outcome.id}: not English (looks like ${outcome.language}): cleaned, not graded\n`
        )
      }
      await io.stdout(outcome.text)
    }
  } finally {
    progress.stop()
  }

  const total = analysed + failures.length
  const notGraded = otherLanguage > 0 ? ` (${otherLanguage} not English, not graded)` : ''
  await io.stderr(
    `sourcing: ${total} ${total === 1 ? 'article' : 'articles'}: ${analysed} analysed${notGraded}, ${failures.length} failed\n`
  )
  return failures.length > 0 && !values['allow-failures'] ? 1 : 0
}
