// Lines cleanArticle removes from PolNeAR, whose texts are article bodies
// only, so every removed line is a loss:
//   node scripts/polnear.js [train|dev|both] [--list]   (after a build)
// prints the share of non-blank lines removed per split and the count per
// reason; --list prints every removed line with its reason.
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {readArticles} from '@sourcing/ingest'
import {cleanArticle} from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const shared = resolve(join(here, '../../../../shared'))
const which = process.argv[2] ?? 'both'
const list = process.argv.includes('--list')

for (const split of which === 'both' ? ['train', 'dev'] : [which]) {
  let lines = 0
  let lost = 0
  const byReason = new Map()
  for await (const result of readArticles([join(shared, `data/polnear/${split}.jsonl`)])) {
    if (!result.ok) continue
    const {id, text, removed} = cleanArticle(result.article)
    lines += text.split('\n').filter((line) => line.trim()).length
    lost += removed.length
    for (const span of removed) {
      byReason.set(span.reason, (byReason.get(span.reason) ?? 0) + 1)
      if (list) console.log(`${split}\t${span.reason}\t${id}\t${text.slice(span.start, span.end).slice(0, 160)}`)
    }
  }
  const reasons = [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${reason} ${count}`)
  console.log(`polnear ${split}: ${lost}/${lines} lines removed (${((100 * lost) / lines).toFixed(2)}%); ${reasons.join(', ')}`)
}
