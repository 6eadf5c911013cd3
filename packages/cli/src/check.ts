import {blankRemoved, cleanArticle} from '@sourcing/clean'
import {readArticles} from '@sourcing/ingest'
import retextAttribution from '@sourcing/retext-attribution'
import type {Article} from '@sourcing/schema'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'

const prose = unified().use(retextEnglish).use(retextAttribution).freeze()

// Markdown drafts: the tree becomes prose (nlcst) without code, front matter
// or HTML, and the attribution rules run on that.
const markdown = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkRetext, ParseEnglish)
  .use(retextAttribution)
  .freeze()

/** Options of {@link checkArticle} and {@link checkPaths}. */
export interface CheckOptions {
  /** Rule ids whose messages are dropped. */
  rulesOff: ReadonlySet<string>
  /** Keep the informational message of every attribution found. */
  verbose: boolean
}

/**
 * Check one article's sourcing the way a linter does: its findings are the
 * vfile messages of the attribution rules. Scraped text is cleaned first, so
 * captions and promos raise nothing; Markdown is read as Markdown.
 *
 * @param article As ingestion gave it; its `origin.path` names the file.
 * @param options Rules turned off, and whether to keep every attribution found.
 * @returns A file with the messages, positions in the article's text.
 */
export async function checkArticle(article: Article, options: CheckOptions): Promise<VFile> {
  const isMarkdown = article.origin.format === 'md'
  const file = new VFile({
    path: article.origin.path,
    value: isMarkdown ? article.text : blankRemoved(article.text, cleanArticle(article).removed)
  })
  if (isMarkdown) {
    await markdown.run(markdown.parse(file), file)
  } else {
    prose.runSync(prose.parse(file), file)
  }
  file.messages = file.messages.filter(
    (message) =>
      !(message.ruleId && options.rulesOff.has(message.ruleId)) &&
      (options.verbose || message.fatal !== undefined)
  )
  return file
}

/**
 * A failure to read an input, as a fatal message on a file named for it, so
 * the reporter lists it beside the files that were checked.
 *
 * @param path Input that could not be read.
 * @param reason Why, as ingestion said.
 * @returns A file with one fatal message.
 */
export function unreadable(path: string, reason: string): VFile {
  const file = new VFile({path})
  // Fatal, as `file.fail` would make it, but kept rather than thrown.
  file.message(reason, {ruleId: 'unreadable', source: 'sourcing'}).fatal = true
  return file
}

/**
 * Check files and folders (.txt, .md, .html, .jsonl and folders of them).
 *
 * @param paths Files and folders to read.
 * @param options Rules turned off, and whether to keep every attribution found.
 * @returns One file per article, in input order, with its messages.
 */
export async function* checkPaths(paths: string[], options: CheckOptions): AsyncGenerator<VFile> {
  for await (const result of readArticles(paths)) {
    yield result.ok
      ? await checkArticle(result.article, options)
      : unreadable(result.failure.path, result.failure.reason)
  }
}
