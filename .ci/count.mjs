// Print vitest's JSON results as the one line CI reads: "N passed, N failed".
// A run that wrote no results (a crashed build, say) counts as one failure,
// and so does a test file that failed with none of its tests failing (an
// error while loading it or in a beforeAll hook, whose tests are skipped).
import {readFile} from 'node:fs/promises'

const path = process.argv[2] ?? '.vitest/results.json'
let results
try {
  results = JSON.parse(await readFile(path, 'utf8'))
} catch {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
const brokenFiles = results.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')
).length
const failed = results.numFailedTests + brokenFiles
console.log(`${results.numPassedTests} passed, ${failed} failed`)
process.exit(failed > 0 || results.numTotalTests === 0 || !results.success ? 1 : 0)
