import {readFile} from 'node:fs/promises'
import {phrases, phraseOf, matchesLine} from '@sourcing/clean'
import {performance} from 'node:perf_hooks'
const all = (await readFile('/tmp/s21/train.jsonl', 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l))
const lines = all.flatMap((r) => r.text.split('\n').map((l) => l.trim()).filter(Boolean))
const flagsets = new Map()
for (const p of phrases) { const f = p.pattern.flags; (flagsets.get(f) ?? flagsets.set(f, []).get(f)).push(p.pattern.source) }
console.log([...flagsets].map(([f, s]) => f + ':' + s.length))
console.log('backrefs', phrases.filter((p) => /\\\d|\(\?<[a-z]/i.test(p.pattern.source)).length)
const unions = [...flagsets].map(([f, s]) => new RegExp(s.map((x) => `(?:${x})`).join('|'), f))
const any = (v) => unions.some((u) => u.test(v))
let hits = 0
for (let r = 0; r < 3; r++) {
  let t = performance.now(); let n = 0
  for (const l of lines) if (phraseOf(l)) n++
  const a = performance.now() - t
  t = performance.now(); let m = 0
  for (const l of lines) if (any(l) && phraseOf(l)) m++
  const b = performance.now() - t
  t = performance.now(); let k = 0
  for (const l of lines) if (any(l)) k++
  console.log('phraseOf', a.toFixed(1), 'union-gated', b.toFixed(1), n, m, 'union hits', k)
}
