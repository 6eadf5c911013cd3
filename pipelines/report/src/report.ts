// Turbo stage `report`: score every tagged article and write its Markdown and
// JSON report, the corpus index (Markdown, CSV, JSON, charts) and the
// failures of every stage, into reports/.
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  codeVersion,
  oneLine,
  openStageCache,
  outputFolder,
  readJsonLines,
  toJsonLine,
  uniqueFileNames
} from '@sourcing/io'
import {
  addArticle,
  addFailure,
  checkChartSvg,
  corpusCsv,
  corpusJson,
  emptyCorpus,
  renderArticleReport,
  renderCorpusIndex,
  scoreChartSvg,
  sortedFailures,
  summarizeArticle,
  type ArticleSummary
} from '@sourcing/report'
import {
  analysisSchema,
  failureSchema,
  parseRecord,
  taggedArticleSchema,
  type TaggedArticle
} from '@sourcing/schema'
import {scoreArticle} from '@sourcing/score'

const [input, folder, cacheFolder] = process.argv.slice(2)
if (!input || !folder) throw new Error('usage: report INPUT_FOLDER REPORTS_FOLDER [CACHE_FOLDER]')

// With a cache folder, an article this code version already reported on is
// not scored and rendered again, and its unchanged files are not rewritten.
const packageFolder = fileURLToPath(new URL('..', import.meta.url))
const cache = cacheFolder ? openStageCache(cacheFolder, await codeVersion(packageFolder)) : undefined

interface Rendered {
  markdown: string
  json: string
  summary: ArticleSummary
}

function render(article: TaggedArticle, name: string): Rendered {
  const analysis = parseRecord(analysisSchema, {...article, score: scoreArticle(article)}, article.id)
  return {
    markdown: renderArticleReport(analysis),
    json: JSON.stringify(analysis, null, 2) + '\n',
    summary: summarizeArticle(analysis, {href: `${name}.md`})
  }
}
const reports = outputFolder(folder)
const fileName = uniqueFileNames(['index', 'failures', 'scores', 'checks'])
const charts = {scores: 'scores.svg', checks: 'checks.svg'}

const corpus = emptyCorpus()
for await (const failure of readJsonLines(join(input, 'failures.jsonl'), failureSchema)) {
  addFailure(corpus, failure)
}

let written = 0
const tagged = readJsonLines(join(input, 'tagged.jsonl'), taggedArticleSchema)
for await (const article of tagged) {
  try {
    const name = fileName(article.id)
    const key = {article, name}
    const cached = cache?.get(key)
    const rendered: Rendered = cached === undefined ? render(article, name) : JSON.parse(cached)
    if (cached === undefined) cache?.set(key, JSON.stringify(rendered))
    await reports.write(`${name}.md`, rendered.markdown)
    await reports.write(`${name}.json`, rendered.json)
    addArticle(corpus, rendered.summary)
    written++
  } catch (error) {
    addFailure(corpus, {id: article.id, stage: 'report', reason: oneLine(error)})
  }
}

const failures = sortedFailures(corpus)
await reports.write('index.md', renderCorpusIndex(corpus, {charts}))
await reports.write('index.csv', corpusCsv(corpus))
await reports.write('index.json', corpusJson(corpus))
await reports.write(charts.scores, scoreChartSvg(corpus))
await reports.write(charts.checks, checkChartSvg(corpus))
await reports.write('failures.jsonl', failures.map(toJsonLine).join(''))
const stale = await reports.finish()
await cache?.finish()

for (const failure of failures) {
  console.error(`report: ${failure.id}: ${failure.stage} failed: ${failure.reason}`)
}
console.log(
  `report: ${written} reports written, ${failures.length} failed` +
    (stale.length > 0 ? `, ${stale.length} stale files removed` : '')
)
