import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {toJsonLine} from '@sourcing/io'
import type {Failure} from '@sourcing/schema'
import {analyzePaths} from './analyze.js'

const usage = `Usage: sourcing <command> [options]

Commands:
  analyze PATH...   analyse articles (.txt, .md, .html, .jsonl, folders)

Options for analyze:
  --json            print one JSON analysis per article (JSON Lines)
  --allow-failures  exit 0 even when some articles could not be analysed
  --workers N       worker threads (default: one per core); output is the
                    same whatever N
  -h, --help        show this help
`

/** Where the command writes; the real streams in `bin`, buffers in tests. */
export interface Io {
  stdout: (chunk: string) => void | Promise<void>
  stderr: (chunk: string) => void | Promise<void>
}

/**
 * Run the `sourcing` command.
 *
 * @param argv Arguments after the program name.
 * @returns The exit code: 0 when every article was analysed (or failures are
 *   allowed), 1 when any failed, 2 on a usage error.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help') {
    await io.stdout(usage)
    return command === undefined ? 2 : 0
  }
  if (command !== 'analyze') {
    await io.stderr(`sourcing: unknown command '${command}'\n\n${usage}`)
    return 2
  }

  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: {type: 'boolean', default: false},
        'allow-failures': {type: 'boolean', default: false},
        workers: {type: 'string', default: String(availableParallelism())},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
  } catch (error) {
    await io.stderr(`sourcing: ${(error as Error).message}\n\n${usage}`)
    return 2
  }
  if (parsed.values.help) {
    await io.stdout(usage)
    return 0
  }
  if (parsed.positionals.length === 0) {
    await io.stderr(`sourcing analyze: give at least one file or folder\n\n${usage}`)
    return 2
  }

  const workers = Number(parsed.values.workers)
  if (!Number.isInteger(workers) || workers < 1) {
    await io.stderr(`sourcing analyze: --workers takes a whole number from 1 up\n\n${usage}`)
    return 2
  }

  const failures: Failure[] = []
  let analysed = 0
  for await (const outcome of analyzePaths(parsed.positionals, {workers})) {
    if (!outcome.ok) {
      failures.push(outcome.failure)
      const {id, stage, reason} = outcome.failure
      await io.stderr(`sourcing: ${id}: ${stage} failed: ${reason}\n`)
      continue
    }
    analysed++
    const {analysis} = outcome
    await io.stdout(
      parsed.values.json
        ? toJsonLine(analysis)
        : `${analysis.id}\t${formatScore(analysis.score)}\t${analysis.attributions.length} attributions\n`
    )
  }

  const total = analysed + failures.length
  await io.stderr(
    `sourcing: ${total} ${total === 1 ? 'article' : 'articles'}: ${analysed} analysed, ${failures.length} failed\n`
  )
  return failures.length > 0 && !parsed.values['allow-failures'] ? 1 : 0
}

function formatScore(score: {graded: boolean; total: number | null; band: string | null}): string {
  return score.graded ? `${score.total}/100 ${score.band}` : 'not graded'
}
