import {oneLine} from './one-line.js'
import {StageError} from './stage-error.js'

/**
 * Run a pipeline stage and print the line it returns. A problem with what
 * the stage was given (its command line, a folder no stage wrote, a record
 * that is not what its stage writes, a file it cannot read or write) comes
 * out as one line naming the stage, and the exit code is 1; anything else is
 * a bug, printed with its stack.
 *
 * @param stage Name of the stage, to start the error line.
 * @param run The stage; resolves to the line saying what it did.
 */
export async function stageMain(stage: string, run: () => Promise<string>): Promise<void> {
  try {
    console.log(await run())
  } catch (error) {
    const problem = await isInputProblem(error)
    console.error(`${stage}: ${problem ? oneLine(error) : error instanceof Error ? error.stack : String(error)}`)
    process.exitCode = 1
  }
}

/** Whether an error is about the stage's input rather than a bug in it; file system errors carry a `code` such as `ENOENT`. */
async function isInputProblem(error: unknown): Promise<boolean> {
  // Loaded here rather than on import, so that a stage that validates no
  // record (ingestion) never loads zod; any RecordError thrown was made by it.
  const {RecordError} = await import('@sourcing/schema')
  return (
    error instanceof StageError ||
    error instanceof RecordError ||
    (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error)
  )
}
