import {createRequire} from 'node:module'
import type * as CliProgress from 'cli-progress'

// The bar's packages are CommonJS, loaded only when a bar is drawn: importing
// them cost every stage about 30 ms, and under Turbo no stage draws a bar.
const require = createRequire(import.meta.url)
const loadCliProgress = () => require('cli-progress') as typeof CliProgress
const isCI = () => (require('ci-info') as typeof import('ci-info')).isCI

/** A stream a progress bar may be drawn on: a bar needs a terminal. */
export type ProgressStream = NodeJS.WritableStream & {isTTY?: boolean; columns?: number}

/** Options of {@link startProgress}. */
export interface ProgressOptions {
  /** What runs, shown first on the bar: the stage or the command. */
  label: string
  /**
   * How many articles the run has, or how to count them: counted only when a
   * bar is drawn, and the bar shows no ETA until the count is in.
   */
  total?: number | (() => Promise<number>)
  /** Where to draw the bar; with none, or one that is not a terminal, nothing is drawn. */
  stream?: ProgressStream
  /**
   * Whether this runs under CI, where nothing is drawn (default: `isCI` of
   * ci-info, which reads `CI`, `CI=false` included, and the CI services' own variables).
   */
  ci?: boolean
  /** How {@link Progress.log} writes when no bar is drawn (default: to the stream). */
  print?: (message: string) => void | Promise<void>
}

/** A running progress bar, or a stand-in that draws nothing. */
export interface Progress {
  /** Count articles done (default one). */
  tick(count?: number): void
  /** Print a message ending in a newline above the bar, so the bar does not overwrite it. */
  log(message: string): void | Promise<void>
  /** Erase the bar; call it when the run ends, whether it succeeded or threw. */
  stop(): void
}

/**
 * Start a progress bar with the count of articles done, the rate and, when
 * the total is known, how far along the run is and the time left.
 *
 * A bar is drawn only on a terminal and not under CI: piped or redirected
 * output, logs and CI get nothing. Give it stderr: stdout carries the run's
 * results.
 *
 * @param options What runs, how many articles it has and where to draw.
 * @returns The bar, or a stand-in that draws nothing.
 */
export function startProgress(options: ProgressOptions): Progress {
  const {stream} = options
  const print = options.print ?? ((message: string) => void stream?.write(message))
  if (stream?.isTTY !== true || (options.ci ?? isCI())) {
    return {tick() {}, log: print, stop() {}}
  }
  const cliProgress = loadCliProgress()

  let total = typeof options.total === 'number' ? options.total : undefined
  // A multi-bar, not a single one: only it prints messages above the bar,
  // and a single bar restores the cursor to where it started, which is wrong
  // once messages have scrolled the screen.
  const bars = new cliProgress.MultiBar({
    stream,
    format: (settings, params) => progressLine(cliProgress.Format, options.label, total, settings, params),
    barsize: 20,
    clearOnComplete: true,
    // Redraw even when the line is unchanged: a message above the bar clears it.
    forceRedraw: true,
    // Trim the line to the terminal's width rather than switching wrapping off,
    // which a run killed by Ctrl-C could not switch back on.
    linewrap: true,
    hideCursor: false
  })
  const bar = bars.create(total ?? 0, 0)
  if (typeof options.total === 'function') {
    options.total().then(
      (counted) => {
        total = counted
        bar.setTotal(counted)
      },
      // The count only sizes the bar: a file that cannot be read fails the
      // run itself, with its own error.
      () => {}
    )
  }

  let stopped = false
  return {
    tick(count = 1) {
      bar.increment(count)
    },
    log(message) {
      // After the bar is gone a redraw would start its timer again, and the
      // timer would keep the process alive.
      if (stopped) return print(message)
      bars.log(message)
      bars.update()
    },
    stop() {
      if (stopped) return
      stopped = true
      // Draw once more so messages logged since the last redraw come out:
      // stop() alone drops them.
      bars.update()
      bars.stop()
    }
  }
}

/**
 * One line of the bar: `tag [======----] 60% | 600/1000 | 212 articles/s | ETA 2s`,
 * or `analyze 600 articles | 212 articles/s` when the total is not known.
 *
 * @param format The bar's formatters.
 * @param label What runs.
 * @param total How many articles the run has, when known.
 * @param settings The bar's settings, for its drawing and time format.
 * @param params Where the bar is.
 * @returns The line.
 */
function progressLine(
  format: typeof CliProgress.Format,
  label: string,
  total: number | undefined,
  settings: CliProgress.Options,
  params: CliProgress.Params
): string {
  const seconds = ((params.stopTime ?? Date.now()) - params.startTime) / 1000
  const rate = seconds > 0 ? params.value / seconds : 0
  const speed = `${Math.round(rate)} articles/s`
  if (total === undefined) return `${label} ${params.value} articles | ${speed}`
  const percent = Math.floor(params.progress * 100)
  const remaining = Math.max(0, total - params.value)
  const left = rate > 0 ? format.TimeFormat(Math.ceil(remaining / rate), settings, 1) : '?'
  const bar = format.BarFormat(params.progress, settings)
  return `${label} [${bar}] ${percent}% | ${params.value}/${total} | ${speed} | ETA ${left}`
}
