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
  mapOrdered,
  type FileSignature,
  type ManifestEntry,
  openRecordFolder,
  outputFolder,
  parseStageArguments,
  poolAfter,
  readJsonLines,
  readManifest,
  readValidRecord,
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
  renderCorpusIndex,
  scoreChartSvg,
  sortedFailures,
  type ArticleSummary
} from '@sourcing/report'
import {failureSchema, taggedArticleSchema} from '@sourcing/schema'
import {renderReports, type RenderResult, type ToRender} from './render.js'

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

/** A report an earlier run of this code made, as the cache holds it under `hash`. */
interface EarlierReport {
  hash: string
  reported: Reported
}

/** One manifest entry in the stage's stream: a report kept from an earlier run, or an article to render. */
type Step = {entry: ManifestEntry; kept: EarlierReport} | {entry: ManifestEntry; toRender: ToRender}

/** A step with its outcome, in manifest order. */
type Done = {entry: ManifestEntry; kept: EarlierReport} | {entry: ManifestEntry; name: string; result: RenderResult}

/**
 * Write the reports of every tagged article, the corpus index and the
 * failures of every stage.
 *
 * @param argv `INPUT_FOLDER REPORTS_FOLDER [CACHE_FOLDER] [--workers N]`:
 *   `--workers` is how many threads render once more than a few articles
 *   need rendering (default: one per core; 1 renders in this thread).
 * @returns The line saying what the stage did.
 */
async function reportStage(argv: string[]): Promise<string> {
  const {
    folders: [input, folder, cacheFolder],
    workers
  } = parseStageArguments(argv, 'usage: report INPUT_FOLDER REPORTS_FOLDER [CACHE_FOLDER] [--workers N]')
  assertRecordFolder(input)

  // With a cache folder, an article whose tagged record this code version
  // already reported on is not scored and rendered again, and its unchanged
  // files are not rewritten.
  const cache = cacheFolder ? await openRecordFolder(cacheFolder, codeVersion(packageFolder)) : undefined
  const reports = outputFolder(folder)
  const fileName = uniqueFileNames(['index', 'corpus', 'failures', 'scores', 'checks'])
  const charts = {scores: 'scores.svg', checks: 'checks.svg'}

  /** The report an earlier run of this code made from a tagged record, and its hash in the cache. */
  function earlier(entry: ManifestEntry): EarlierReport | undefined {
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

  const progress = startProgress({label: 'report', total: () => countArticles(input), stream: process.stderr})
  /**
   * The manifest as steps: an article whose tagged record this same code
   * reported on before, and whose files are still the ones written then, is
   * kept; any other is read to be rendered.
   *
   * @param tagged The tag stage's record folder.
   */
  async function* steps(tagged: string): AsyncGenerator<Step> {
    for await (const entry of readManifest(tagged)) {
      progress.tick()
      const known = earlier(entry)
      const name = fileName(entry.id)
      if (known && reports.keep({[`${name}.md`]: known.reported.markdown, [`${name}.json`]: known.reported.json})) {
        yield {entry, kept: known}
      } else {
        yield {entry, toRender: {article: readValidRecord(tagged, entry, taggedArticleSchema), name}}
      }
    }
  }

  const pool = poolAfter({
    filename: new URL('render-worker.js', import.meta.url).href,
    workers,
    here: renderReports
  })
  /** Render a batch's articles; kept reports pass through. */
  async function render(batch: Step[]): Promise<Done[]> {
    const toRender = batch.flatMap((step) => ('toRender' in step ? [step.toRender] : []))
    const results = toRender.length > 0 ? await pool.run(toRender, toRender.length) : []
    return batch.map((step) => ('kept' in step ? step : {entry: step.entry, name: step.toRender.name, result: results.shift()!}))
  }

  let written = 0
  let unchanged = 0
  try {
    for await (const done of mapOrdered(steps(input), render, {batchSize: 8, concurrency: workers * 2})) {
      const {entry} = done
      if ('kept' in done) {
        await cache?.keep({id: entry.id, from: entry.hash, hash: done.kept.hash})
        add(done.kept.reported)
        written++
        unchanged++
        continue
      }
      if (!done.result.ok) {
        addFailure(corpus, {id: entry.id, stage: 'report', reason: done.result.reason})
        continue
      }
      const {markdown, json, ...summary} = done.result.rendered
      const reported: Reported = {
        ...summary,
        markdown: reports.write(`${done.name}.md`, markdown),
        json: reports.write(`${done.name}.json`, json)
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
    await pool.destroy()
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
