import {oneLine} from '@sourcing/io'
import {renderArticleReport, summarizeArticle, type ArticleSummary} from '@sourcing/report'
import type {Analysis, TaggedArticle} from '@sourcing/schema'
import {findings, scoreArticle} from '@sourcing/score'

/**
 * One article's report, rendered: its summary for the corpus figures and the
 * index files, also as the JSON text index.json takes, and the texts of its
 * Markdown and JSON files.
 */
export interface Rendered {
  summary: ArticleSummary
  summaryJson: string
  markdown: string
  json: string
}

/** A tagged article to report on, and the name its two files get. */
export interface ToRender {
  article: TaggedArticle
  name: string
}

/** A rendered report, or why the article could not be scored or rendered. */
export type RenderResult = {ok: true; rendered: Rendered} | {ok: false; reason: string}

/**
 * Score and render the reports of tagged articles. Pure, so the report stage
 * runs it in its own thread or on a pool of workers alike; an article that
 * fails is a failure of that article alone.
 *
 * @param items Articles and the names of their files (`NAME.md`, `NAME.json`).
 * @returns One result per article, in order.
 */
export function renderReports(items: readonly ToRender[]): RenderResult[] {
  return items.map(({article, name}): RenderResult => {
    try {
      const found = findings(article)
      const analysis: Analysis = {...article, score: scoreArticle(article, found)}
      const summary = summarizeArticle(analysis, {href: `${name}.md`, found})
      const rendered = {
        summary,
        summaryJson: JSON.stringify(summary),
        markdown: renderArticleReport(analysis, found),
        json: JSON.stringify(analysis) + '\n'
      }
      return {ok: true, rendered}
    } catch (error) {
      return {ok: false, reason: oneLine(error)}
    }
  })
}
