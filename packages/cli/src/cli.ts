import {analyzeCommand, analyzeUsage} from './analyze-command.js'
import {checkCommand, checkUsage} from './check-command.js'
import {UsageError, type Io} from './io.js'

const usage = `Usage: sourcing <command> [options]

Commands:
${analyzeUsage}
${checkUsage}
  -h, --help          show this help
`

const commands: Record<string, (args: string[], io: Io) => Promise<number>> = {
  analyze: analyzeCommand,
  check: checkCommand
}

/**
 * Run the `sourcing` command.
 *
 * @param argv Arguments after the program name.
 * @returns The exit code: 0 on success, 1 when articles failed or a check
 *   found problems, 2 on a usage error.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv
  if (name === '-h' || name === '--help' || args.includes('--help') || args.includes('-h')) {
    await io.stdout(usage)
    return 0
  }
  const command = name === undefined ? undefined : commands[name]
  if (!command) {
    await io.stderr(`${name === undefined ? '' : `sourcing: unknown command '${name}'\n\n`}${usage}`)
    return 2
  }
  try {
    return await command(args, io)
  } catch (error) {
    // parseArgs reports unknown flags and bad values with a TypeError code.
    const usageProblem =
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    if (!usageProblem) throw error
    await io.stderr(`sourcing ${error.message}\n\n${usage}`)
    return 2
  }
}
