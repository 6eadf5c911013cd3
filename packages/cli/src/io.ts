/** Where a command writes; the real streams in `bin`, buffers in tests. */
export interface Io {
  stdout: (chunk: string) => void | Promise<void>
  stderr: (chunk: string) => void | Promise<void>
  /** All of standard input, for commands that read it when given no files. */
  stdin: () => Promise<string>
}

/** Thrown for a bad command line; `main` prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
