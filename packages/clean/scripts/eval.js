// Measure ingestion and cleaning on the shared benchmarks and print the figures:
//   node scripts/eval.js [SHARED]   (SHARED defaults to ../../../shared, i.e. /work/shared)
// 1. seed gold: boilerplate precision/recall/F1 from score.py, and metadata against the gold;
// 2. aeb, HTML path: readArticles on the pages + cleanArticle, scored by extract_score.py,
//    and how many pages the language check fails;
// 3. aeb, plain-text path: the whole visible text of each page, cleaned, scored the same way;
// 4. PolNeAR dev: share of body lines removed (its texts are bodies only, so every one is a loss).
// Scorer inputs are written to $TMPDIR/sourcing-eval/.
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import {articleFromText, readArticles} from '@sourcing/ingest'
import {blockText} from '@sourcing/ingest/html'
import {parseHTML} from 'linkedom'
import {cleanArticle} from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const shared = resolve(process.argv[2] ?? join(here, '../../../../shared'))
const out = join(tmpdir(), 'sourcing-eval')
mkdirSync(out, {recursive: true})

const write = (name, records) => {
  const file = join(out, name)
  writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n') + '\n')
  return file
}

const python = (...args) => execFileSync('python3', args, {encoding: 'utf8'}).trim()

async function cleaned(paths, options) {
  const records = []
  for await (const result of readArticles(paths, options)) {
    if (result.ok) records.push(cleanArticle(result.article))
    else console.error(`skipped ${result.failure.path}: ${result.failure.reason}`)
  }
  return records
}

// 1. Seed gold.
const gold = JSON.parse(readFileSync(join(shared, 'gold/seeds.gold.json'), 'utf8'))
const seeds = await cleaned([join(shared, 'corpus')])
const seedFile = write(
  'seeds.jsonl',
  seeds.map(({id, text, removed}) => ({id, text, removed, attributions: []}))
)
const seedScore = JSON.parse(
  python(join(shared, 'eval/score.py'), 'seeds', join(shared, 'gold/seeds.gold.json'), seedFile, '--json')
    .split('\n')
    .slice(0, -1)
    .join('\n')
)
const {precision, recall, f1} = seedScore.boilerplate
console.log(`seeds boilerplate P=${precision} R=${recall} F1=${f1}`)
let metadataRight = 0
let metadataTotal = 0
for (const article of seeds) {
  const expected = gold[article.id].metadata
  for (const field of ['title', 'date', 'byline', 'wireCredits']) {
    metadataTotal++
    if (JSON.stringify(article[field]) === JSON.stringify(expected[field])) metadataRight++
    else console.log(`  ${article.id} ${field}: got ${JSON.stringify(article[field])}, gold ${JSON.stringify(expected[field])}`)
  }
}
console.log(`seeds metadata ${metadataRight}/${metadataTotal} fields right`)

// 2. aeb, HTML path.
const aeb = join(shared, 'data/aeb')
const truth = join(aeb, 'ground-truth.json')
// Scored on all 181 pages as the published figures are; the language check
// should mark exactly the non-English pages.
const pages = await cleaned([join(aeb, 'html')])
console.log(`aeb pages marked not English: ${pages.filter((page) => page.language !== 'English').length}`)
const extracted = write('aeb-html-raw.jsonl', pages.map(({id, text}) => ({id, text, removed: []})))
const htmlFile = write('aeb-html.jsonl', pages.map(({id, text, removed}) => ({id, text, removed})))
console.log(`aeb html, extraction only: ${python(join(shared, 'eval/extract_score.py'), 'aeb', truth, extracted)}`)
console.log(`aeb html, extraction + clean: ${python(join(shared, 'eval/extract_score.py'), 'aeb', truth, htmlFile)}`)

// 3. aeb, plain-text path: the page's visible text with no HTML structure.
const plain = []
for (const name of readdirSync(join(aeb, 'html')).sort()) {
  const html = gunzipSync(readFileSync(join(aeb, 'html', name))).toString('utf8')
  const {document} = parseHTML(html)
  const text = blockText(document.body ?? document)
  const article = cleanArticle(articleFromText(text, {path: name, format: 'txt', line: null}))
  plain.push(article)
}
const unextracted = write('aeb-text-raw.jsonl', plain.map(({id, text}) => ({id, text, removed: []})))
const plainFile = write('aeb-text.jsonl', plain.map(({id, text, removed}) => ({id, text, removed})))
console.log(`aeb text, no cleaning: ${python(join(shared, 'eval/extract_score.py'), 'aeb', truth, unextracted)}`)
console.log(`aeb text, cleaned: ${python(join(shared, 'eval/extract_score.py'), 'aeb', truth, plainFile)}`)

// 4. PolNeAR dev: bodies only, so removed lines are losses.
let lines = 0
let lost = 0
const lostExamples = []
let failed = 0
for await (const result of readArticles([join(shared, 'data/polnear/dev.jsonl')])) {
  if (!result.ok) {
    failed++
    continue
  }
  const {text, removed} = cleanArticle(result.article)
  lines += text.split('\n').filter((line) => line.trim()).length
  lost += removed.length
  for (const span of removed.slice(0, 2)) lostExamples.push(`${span.reason}: ${text.slice(span.start, span.end).slice(0, 100)}`)
}
console.log(`polnear dev body lines removed: ${lost}/${lines} (${((100 * lost) / lines).toFixed(2)}%), ${failed} articles failed`)
if (process.env.VERBOSE) console.log(lostExamples.join('\n'))
