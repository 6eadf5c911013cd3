import {UsageError, type Io} from './io.js'

const usage = `Usage: sourcing <command> [options]

Commands:
  analyze PATH...     analyse articles (.txt, .md, .html, .jsonl, also
                      gzipped, and folders of them)
    --json            print one JSON analysis per article (JSON Lines)
    --allow-failures  exit 0 even when some articles could not be analysed
    --workers N       worker threads (default: one per core); the output is
                      the same whatever N

  check [PATH...]     check drafts for sourcing problems, like a linter
                      (reads standard input when given no PATH)
    --markdown        read standard input as Markdown
    --rule-off ID     drop the messages of rule ID (repeatable)
    --quiet           report only files with warnings
    --silent          report only fatal errors
    --verbose         also list every attribution found
    --json            print the messages as JSON on stdout

  -h, --help          show this help
`

type Command = (args: string[], io: Io) => Promise<number>

/**
 * Each command's code is loaded when it runs: `check` brings in remark and
 * the reporters, and `analyze` with workers leaves the analysis to them, so
 * loading it all up front would only delay the start.
 */
const commands: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze-command.js')).analyzeCommand,
  check: async () => (await import('./check-command.js')).checkCommand
}

/**
 * Run the `sourcing` command.
 *
 * @param argv Arguments after the program name.
 * @param io Where to write, and where standard input and the progress bar are.
 * @returns The exit code: 0 on success, 1 when articles failed or a check
 *   found problems, 2 on a usage error.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv
  if (name === '-h' || name === '--help' || args.includes('--help') || args.includes('-h')) {
    await io.stdout(usage)
    return 0
  }
  const load = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!load) {
    await io.stderr(`${name === undefined ? '' : `sourcing: unknown command '${name}'\n\n`}${usage}`)
    return 2
  }
  try {
    return await (await load())(args, io)
  } catch (error) {
    // parseArgs reports unknown flags and bad values with a TypeError code.
    const usageProblem =
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    if (!usageProblem) throw error
    await io.stderr(`sourcing ${name}: ${error.message}\n\n${usage}`)
    return 2
  }
}
