// Extract every aeb page with articleFromHtml (+ cleanArticle when built) and
// write the extract_score.py input, then print the score.
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {join} from 'node:path'
import {extractHtml} from '../dist/index.js'

const dir = process.argv[2] ?? '/work/shared/data/aeb'
const out = process.argv[3] ?? '/tmp/aeb-html.jsonl'
const rows = []
for (const name of readdirSync(join(dir, 'html')).sort()) {
  const html = gunzipSync(readFileSync(join(dir, 'html', name))).toString('utf8')
  const page = extractHtml(html)
  rows.push(JSON.stringify({id: name, text: page.text, removed: [], extractor: page.extractor}))
}
writeFileSync(out, rows.join('\n') + '\n')
console.log(execFileSync('python3', ['/work/shared/eval/extract_score.py', 'aeb', join(dir, 'ground-truth.json'), out]).toString())
