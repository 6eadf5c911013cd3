import type {Piscina} from 'piscina'

/** Options of {@link poolAfter}. */
export interface PoolAfterOptions<Task, Result> {
  /** Module of the worker threads: its default export does what `here` does. */
  filename: string
  /** Threads of the pool; with 1 everything runs in this thread. */
  workers: number
  /** Items done in this thread before the pool starts; default 64. */
  before?: number
  /** The work on a task in this thread. */
  here: (task: Task) => Result | Promise<Result>
}

/**
 * A pool of worker threads that starts only once `before` items have been
 * done in this thread: a pool takes a few tenths of a second to start and
 * load the code, more than a run that redoes a few articles spends on them.
 * Its threads stay until `destroy`: piscina ends idle ones at once by
 * default, and when the stage's own thread fell behind for a moment, new
 * ones loaded the code again.
 *
 * @param options Worker module, threads, and the work to do in this thread.
 * @returns `run` for each task and `destroy` to end the threads.
 */
export function poolAfter<Task, Result>(options: PoolAfterOptions<Task, Result>) {
  // Loaded with the pool's first task: a run that starts no pool does not load piscina (about 20 ms).
  let pool: Promise<Piscina<Task, Result>> | undefined
  let doneHere = 0
  return {
    /**
     * Do a task, here or on the pool.
     *
     * @param task The work, as the worker module takes it.
     * @param items How many items (articles) it holds.
     */
    async run(task: Task, items: number): Promise<Result> {
      if (options.workers <= 1 || doneHere < (options.before ?? 64)) {
        doneHere += items
        return options.here(task)
      }
      pool ??= import('piscina').then(
        ({Piscina}) => new Piscina({filename: options.filename, minThreads: options.workers, maxThreads: options.workers})
      )
      return (await pool).run(task)
    },
    /** End the pool's threads, if it started. */
    async destroy(): Promise<void> {
      await (await pool)?.destroy()
    }
  }
}
