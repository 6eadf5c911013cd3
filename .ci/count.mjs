// Print vitest's JSON results as the one line CI reads: "N passed, N failed".
// A run that wrote no results (a crashed build, say) counts as one failure.
import {readFile} from 'node:fs/promises'

const path = process.argv[2] ?? '.vitest/results.json'
let results
try {
  results = JSON.parse(await readFile(path, 'utf8'))
} catch {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0)
console.log(`${results.numPassedTests} passed, ${failed} failed`)
process.exit(failed > 0 || results.numTotalTests === 0 ? 1 : 0)
