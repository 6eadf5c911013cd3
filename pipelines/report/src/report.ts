// Turbo stage `report`: score every tagged article and write its Markdown and
// JSON report, the corpus index (Markdown, CSV, JSON, charts) and the
// failures of every stage, into reports/.
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  codeVersion,
  countLines,
  oneLine,
  type FileSignature,
  openStageCache,
  outputFolder,
  parseJsonLine,
  readJsonLines,
  readRawLines,
  startProgress,
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

/**
 * What the cache keeps of one article's report: its summary for the index,
 * and the signatures of the two files written for it, so an unchanged report
 * is kept without being read, rendered or written.
 */
interface Reported {
  summary: ArticleSummary
  markdown: FileSignature
  json: FileSignature
}

/** Score and render one article, and write its two files. */
function report(article: TaggedArticle, name: string): Reported {
  const analysis = parseRecord(analysisSchema, {...article, score: scoreArticle(article)}, article.id)
  return {
    summary: summarizeArticle(analysis, {href: `${name}.md`}),
    markdown: reports.write(`${name}.md`, renderArticleReport(analysis)),
    json: reports.write(`${name}.json`, JSON.stringify(analysis, null, 2) + '\n')
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
const tagged = join(input, 'tagged.jsonl')
const progress = startProgress({label: 'report', total: () => countLines(tagged), stream: process.stderr})
try {
  for await (const line of readRawLines(tagged)) {
    progress.tick()
    // A line the cache knows was scored and reported by this same code before;
    // when its files are still the ones written then, nothing more is done.
    const cached = cache?.get(line.raw)
    const known: Reported | undefined = cached === undefined ? undefined : JSON.parse(cached)
    const name = known ? fileName(known.summary.id) : undefined
    if (known && reports.keep({[`${name}.md`]: known.markdown, [`${name}.json`]: known.json})) {
      addArticle(corpus, known.summary)
      written++
      continue
    }
    const article = parseJsonLine(line, taggedArticleSchema)
    let reported: Reported
    try {
      reported = report(article, name ?? fileName(article.id))
    } catch (error) {
      addFailure(corpus, {id: article.id, stage: 'report', reason: oneLine(error)})
      continue
    }
    cache?.set(line.raw, JSON.stringify(reported))
    addArticle(corpus, reported.summary)
    written++
  }
} finally {
  progress.stop()
}

const failures = sortedFailures(corpus)
reports.write('index.md', renderCorpusIndex(corpus, {charts}))
reports.write('index.csv', corpusCsv(corpus))
reports.write('index.json', corpusJson(corpus))
reports.write(charts.scores, scoreChartSvg(corpus))
reports.write(charts.checks, checkChartSvg(corpus))
reports.write('failures.jsonl', failures.map(toJsonLine).join(''))
const stale = await reports.finish()
await cache?.finish()

for (const failure of failures) {
  console.error(`report: ${failure.id}: ${failure.stage} failed: ${failure.reason}`)
}
console.log(
  `report: ${written} reports written, ${failures.length} failed` +
    (stale.length > 0 ? `, ${stale.length} stale files removed` : '')
)
