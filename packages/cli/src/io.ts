import type {ProgressOptions} from '@sourcing/io'

/** Where a command writes; the real streams in `bin`, buffers in tests. */
export interface Io {
  stdout: (chunk: string) => void | Promise<void>
  stderr: (chunk: string) => void | Promise<void>
  /** All of standard input, for commands that read it when given no files. */
  stdin: () => Promise<string>
  /** Where long runs may draw a progress bar (stderr's stream in `bin`); none, no bar. */
  progress?: Pick<ProgressOptions, 'stream' | 'ci'>
}

/**
 * Thrown for a bad command line; `main` prints it after the command's name,
 * as it prints parseArgs's own errors, with the usage, and exits 2.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}
