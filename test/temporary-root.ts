import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/**
 * Vitest global setup: every temporary folder a test makes, in the test
 * workers or in the CLI and Turbo runs they start, goes under one root that
 * is removed when the run ends, so test runs leave nothing behind in the
 * machine's temporary folder. `os.tmpdir()` reads `TMPDIR`, and workers and
 * child processes inherit it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'sourcing-tests-'))
  process.env.TMPDIR = root
  return () => rmSync(root, {recursive: true, force: true})
}
