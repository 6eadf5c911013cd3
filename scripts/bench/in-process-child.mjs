// Times, in this thread, the bare retext-english parse of a corpus and the
// full analysis stage by stage; prints the figures as JSON for bench.mjs.
import {readFile} from 'node:fs/promises'
import {performance} from 'node:perf_hooks'
import {cleanArticle} from '@sourcing/clean'
import {articleFromJsonRecord} from '@sourcing/ingest'
import {scoreArticle} from '@sourcing/score'
import {tagArticle} from '@sourcing/tag'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

// Per-article times settle within a few thousand articles; the rest of a
// large corpus would only make the run longer.
const limit = Number(process.argv[3] ?? 5000)
const all = (await readFile(process.argv[2], 'utf8'))
  .split('\n', limit)
  .filter(Boolean)
  .map((line) => JSON.parse(line))

// The bench corpus repeats its texts; a repeated text finds the JIT and every
// cache warm and would flatter the figures. So both paths warm up on texts
// they are not timed on, then are timed on each distinct text once. V8 takes
// a few hundred articles to optimise the analysis (timed after 100, the
// next 400 ran twice as slowly as the ones after them), a second or two of a
// corpus run, so the warm-up is 400 articles.
const warmUpArticles = 400
const seen = new Set()
const distinct = all.filter((record) => !seen.has(record.text) && seen.add(record.text))
const warmUp = distinct.slice(0, warmUpArticles)
const records = distinct.slice(warmUpArticles)

/** Time the bare parse and each analysis stage over the corpus, in this thread. */
function inProcess() {
  const parser = unified().use(retextEnglish)
  for (const record of warmUp) {
    parser.parse(record.text)
    const {article} = articleFromJsonRecord(record, {path: 'warm-up.jsonl', format: 'jsonl', line: 1})
    const tagged = tagArticle(cleanArticle(article))
    JSON.stringify({...tagged, score: scoreArticle(tagged)})
  }
  let started = performance.now()
  for (const record of records) parser.parse(record.text)
  const parseSeconds = (performance.now() - started) / 1000

  const stages = {ingest: 0, clean: 0, tag: 0, score: 0, json: 0}
  const origin = {path: 'corpus.jsonl', format: 'jsonl'}
  for (const [index, record] of records.entries()) {
    let time = performance.now()
    const step = (stage) => {
      const now = performance.now()
      stages[stage] += now - time
      time = now
    }
    const ingested = articleFromJsonRecord(record, {...origin, line: index + 1})
    step('ingest')
    if (!ingested.ok) throw new Error(`bench corpus record ${index + 1}: ${ingested.failure.reason}`)
    const cleaned = cleanArticle(ingested.article)
    step('clean')
    const tagged = tagArticle(cleaned)
    step('tag')
    const analysis = {...tagged, score: scoreArticle(tagged)}
    step('score')
    JSON.stringify(analysis)
    step('json')
  }
  const analysisSeconds = Object.values(stages).reduce((sum, ms) => sum + ms, 0) / 1000
  return {articles: records.length, parseSeconds, analysisSeconds, stages}
}


process.stdout.write(JSON.stringify(inProcess()) + '\n')
