import {readFile} from 'node:fs/promises'
import {phrases, wireCreditPatterns, matchesLine} from '@sourcing/clean'
import {performance} from 'node:perf_hooks'
const all = (await readFile('/tmp/s21/train.jsonl', 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l))
const lines = all.flatMap((r) => r.text.split('\n').map((l) => l.trim()).filter(Boolean))
console.log('lines', lines.length, 'mean length', lines.reduce((a, l) => a + l.length, 0) / lines.length)
const times = phrases.map(() => 0)
for (let round = 0; round < 3; round++)
  phrases.forEach((entry, i) => {
    const t = performance.now()
    for (const l of lines) matchesLine(entry, l)
    times[i] += performance.now() - t
  })
const total = times.reduce((a, b) => a + b)
console.log('total ms per round', total / 3)
const order = times.map((t, i) => [t, i]).sort((a, b) => b[0] - a[0]).slice(0, 15)
for (const [t, i] of order) console.log((t / 3).toFixed(1), phrases[i].reason, String(phrases[i].pattern).slice(0, 150), phrases[i].maxLength, phrases[i].holds)
