// Turbo stage `report`: score every tagged article and write its Markdown and
// JSON report, the corpus index (Markdown, CSV, JSON, charts), the corpus
// figures as a mergeable aggregate and the failures of every stage, into
// reports/. Articles stream through: the index files get a row per article as
// it comes, and the figures are counts, so memory does not grow with the
// corpus.
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  assertRecordFolder,
  codeVersion,
  countArticles,
  failuresName,
  oneLine,
  type FileSignature,
  type ManifestEntry,
  openRecordFolder,
  outputFolder,
  readJsonLines,
  readManifest,
  readValidRecord,
  StageError,
  stageMain,
  startProgress,
  toJsonLine,
  uniqueFileNames
} from '@sourcing/io'
import {
  addArticle,
  addFailure,
  checkChartSvg,
  corpusJson,
  csvIndex,
  emptyCorpus,
  jsonIndex,
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

/**
 * What the cache keeps of one article's report: the signatures of the two
 * files written for it, so an unchanged report is kept without being read,
 * rendered or written, and its summary for the index, as the JSON text
 * index.json takes as it is.
 */
interface Reported {
  summary: ArticleSummary
  summaryJson: string
  markdown: FileSignature
  json: FileSignature
}

/**
 * A cache entry: the files' signatures on the first line, the summary's JSON
 * on the second (`JSON.stringify` never writes a line break).
 */
function encodeReported({summaryJson, markdown, json}: Reported): string {
  return `${JSON.stringify({markdown, json})}\n${summaryJson}`
}

/** What `encodeReported` wrote. */
function decodeReported(text: string): Reported {
  const lineEnd = text.indexOf('\n')
  const summaryJson = text.slice(lineEnd + 1)
  const files = JSON.parse(text.slice(0, lineEnd)) as Pick<Reported, 'markdown' | 'json'>
  return {...files, summary: JSON.parse(summaryJson) as ArticleSummary, summaryJson}
}

const packageFolder = fileURLToPath(new URL('..', import.meta.url))

/**
 * Write the reports of every tagged article, the corpus index and the
 * failures of every stage.
 *
 * @param argv `INPUT_FOLDER REPORTS_FOLDER [CACHE_FOLDER]`.
 * @returns The line saying what the stage did.
 */
async function reportStage(argv: string[]): Promise<string> {
  const [input, folder, cacheFolder] = argv
  if (!input || !folder) throw new StageError('usage: report INPUT_FOLDER REPORTS_FOLDER [CACHE_FOLDER]')
  assertRecordFolder(input)

  // With a cache folder, an article whose tagged record this code version
  // already reported on is not scored and rendered again, and its unchanged
  // files are not rewritten.
  const cache = cacheFolder ? await openRecordFolder(cacheFolder, await codeVersion(packageFolder)) : undefined
  const reports = outputFolder(folder)
  const fileName = uniqueFileNames(['index', 'corpus', 'failures', 'scores', 'checks'])
  const charts = {scores: 'scores.svg', checks: 'checks.svg'}

  /** Score and render one article, and write its two files. */
  function report(article: TaggedArticle, name: string): Reported {
    const analysis = parseRecord(analysisSchema, {...article, score: scoreArticle(article)}, article.id)
    const summary = summarizeArticle(analysis, {href: `${name}.md`})
    return {
      summary,
      summaryJson: JSON.stringify(summary),
      markdown: reports.write(`${name}.md`, renderArticleReport(analysis)),
      json: reports.write(`${name}.json`, JSON.stringify(analysis) + '\n')
    }
  }

  /** The report an earlier run of this code made from a tagged record, and its hash in the cache. */
  function earlier(entry: ManifestEntry): {hash: string; reported: Reported} | undefined {
    const hash = cache?.made(entry.hash)
    return cache && hash !== undefined ? {hash, reported: decodeReported(cache.read(hash))} : undefined
  }

  const corpus = emptyCorpus()
  for await (const failure of readJsonLines(join(input, failuresName), failureSchema)) {
    addFailure(corpus, failure)
  }
  const files = [reports.open('index.csv'), reports.open('index.json')] as const
  const indexes = [csvIndex(files[0].write), jsonIndex(files[1].write)]

  /** Count one article's summary into the corpus and give it its rows. */
  function add({summary, summaryJson}: Reported): void {
    addArticle(corpus, summary)
    for (const index of indexes) index.add(summary, summaryJson)
  }

  let written = 0
  let unchanged = 0
  const progress = startProgress({label: 'report', total: () => countArticles(input), stream: process.stderr})
  try {
    for await (const entry of readManifest(input)) {
      progress.tick()
      // An article whose tagged record this same code reported on before;
      // when its files are still the ones written then, nothing more is done.
      const known = earlier(entry)
      const name = known ? fileName(known.reported.summary.id) : undefined
      if (known && reports.keep({[`${name}.md`]: known.reported.markdown, [`${name}.json`]: known.reported.json})) {
        await cache?.keep({id: entry.id, from: entry.hash, hash: known.hash})
        add(known.reported)
        written++
        unchanged++
        continue
      }
      const article = readValidRecord(input, entry, taggedArticleSchema)
      let reported: Reported
      try {
        reported = report(article, name ?? fileName(article.id))
      } catch (error) {
        addFailure(corpus, {id: article.id, stage: 'report', reason: oneLine(error)})
        continue
      }
      await cache?.add(entry.id, entry.hash, encodeReported(reported))
      add(reported)
      written++
    }
  } catch (error) {
    await cache?.abort()
    for (const file of files) file.abort()
    throw error
  } finally {
    progress.stop()
  }

  const failures = sortedFailures(corpus)
  for (const index of indexes) index.end(failures)
  for (const file of files) file.close()
  reports.write('index.md', renderCorpusIndex(corpus, {charts}))
  reports.write('corpus.json', corpusJson(corpus) + '\n')
  reports.write(charts.scores, scoreChartSvg(corpus))
  reports.write(charts.checks, checkChartSvg(corpus))
  reports.write(failuresName, failures.map(toJsonLine))
  const stale = await reports.finish()
  await cache?.finish()

  for (const failure of failures) {
    console.error(`report: ${failure.id}: ${failure.stage} failed: ${failure.reason}`)
  }
  return (
    `report: ${written} reports (${unchanged} unchanged), ${failures.length} failed` +
    (stale.length > 0 ? `, ${stale.length} stale files removed` : '')
  )
}

await stageMain('report', () => reportStage(process.argv.slice(2)))
