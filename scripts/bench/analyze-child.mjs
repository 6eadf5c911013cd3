// Runs `sourcing analyze` in this process and reports what it cost: wall
// time, peak resident memory (worker threads included) and output size.
import {performance} from 'node:perf_hooks'
import {main} from '@sourcing/cli'

const started = performance.now()
let bytes = 0
let lines = 0
const code = await main(process.argv.slice(2), {
  stdout(chunk) {
    bytes += chunk.length
    lines += chunk.split('\n').length - 1
  },
  stderr() {},
  stdin: async () => ''
})
process.stdout.write(
  JSON.stringify({
    code,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    records: lines,
    bytes
  }) + '\n'
)
