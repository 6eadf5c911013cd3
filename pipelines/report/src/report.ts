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
  parseJsonLine,
  readJsonLines,
  readRawLines,
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

/** One article's report, as the cache keeps it; its file name is given out in input order. */
interface Rendered {
  markdown: string
  json: string
  summary: ArticleSummary
}

function render(article: TaggedArticle): Rendered {
  const analysis = parseRecord(analysisSchema, {...article, score: scoreArticle(article)}, article.id)
  return {
    markdown: renderArticleReport(analysis),
    json: JSON.stringify(analysis, null, 2) + '\n',
    summary: summarizeArticle(analysis, {href: ''})
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
for await (const line of readRawLines(join(input, 'tagged.jsonl'))) {
  // A line the cache has a report for was validated and scored by this same
  // code before: only new or changed articles are parsed and rendered.
  const cached = cache?.get(line.raw)
  let rendered: Rendered
  if (cached === undefined) {
    const article = parseJsonLine(line, taggedArticleSchema)
    try {
      rendered = render(article)
    } catch (error) {
      addFailure(corpus, {id: article.id, stage: 'report', reason: oneLine(error)})
      continue
    }
    cache?.set(line.raw, JSON.stringify(rendered))
  } else {
    rendered = JSON.parse(cached)
  }
  const name = fileName(rendered.summary.id)
  await reports.write(`${name}.md`, rendered.markdown)
  await reports.write(`${name}.json`, rendered.json)
  addArticle(corpus, {...rendered.summary, href: `${name}.md`})
  written++
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
