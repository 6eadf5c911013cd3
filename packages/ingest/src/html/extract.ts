import {Readability} from '@mozilla/readability'
import {languageOf} from '../article.js'
import {toIsoDate} from '../date.js'
import type {Article, Origin} from '@sourcing/schema'
import {parseHTML} from 'linkedom'
import {blockText} from './block-text.js'

/** What {@link extractHtml} reads out of a page. */
export interface HtmlExtract {
  /** The article body as plain text, paragraphs separated by blank lines. */
  text: string
  title: string | null
  byline: string | null
  /** ISO date or timestamp. */
  date: string | null
  /** Site name. */
  outlet: string | null
  /** Canonical URL. */
  url: string | null
  /** Which extractor produced `text`. */
  extractor: 'readability' | 'paragraphs'
}

/**
 * Below this many characters Readability has most likely picked a teaser box
 * or a comment rather than the story, and the paragraph rule is tried too.
 */
const minimumBody = 500

/**
 * Extract the article body and metadata from a saved web page.
 *
 * The body comes from Mozilla Readability (the Firefox Reader View
 * extractor), turned into plain text paragraph by paragraph; when Readability
 * finds nothing or too little, the densest cluster of `<p>` elements is used.
 * The headline is returned as `title` and left out of `text`.
 *
 * @param html The page's HTML.
 * @returns Body text and metadata (headline, byline, date, site name, canonical URL).
 */
export function extractHtml(html: string): HtmlExtract {
  const {document} = parseHTML(asDocument(html))
  // Readability rewrites the document, so read what it does not know first.
  const url = canonicalUrl(document)
  const extraDate = pageDate(document)
  const fallback = paragraphText(document)
  const headings = [...document.querySelectorAll('h1')].map((heading) => clean(heading.textContent))

  const {depth, elements} = shape(document)
  const parsed =
    depth > maximumDepth || elements > maximumElements
      ? null
      : new Readability(document as unknown as Document, {serializer: (node: Node) => node}).parse()
  const content = parsed?.content ? blockText(parsed.content, {skip: dropped}) : ''
  const pageTitle = clean(parsed?.title)
  // "Headline | Site name" titles: the <h1> is the headline without the suffix.
  const title = headings.find((heading) => heading && pageTitle?.startsWith(heading)) ?? pageTitle
  const useFallback = content.length < minimumBody && fallback.length > content.length

  return {
    text: withoutHeadline(useFallback ? fallback : content, [title, ...headings]),
    title,
    byline: clean(parsed?.byline),
    date: toIsoDate(parsed?.publishedTime ?? undefined) ?? extraDate,
    outlet: clean(parsed?.siteName),
    url,
    extractor: useFallback ? 'paragraphs' : 'readability'
  }
}

/**
 * An article from a saved web page: `text` is the extracted body (see
 * {@link extractHtml}), not the HTML, so every offset later points into it.
 *
 * @param html The page's HTML.
 * @param origin Where the page came from.
 * @param id Article id; defaults to `origin.path`.
 * @returns The article with the page's metadata.
 */
export function articleFromHtml(html: string, origin: Origin, id = origin.path): Article {
  const page = extractHtml(html)
  return {
    id,
    origin,
    text: page.text,
    title: page.title,
    date: page.date,
    byline: page.byline,
    outlet: page.outlet,
    url: page.url,
    language: languageOf(page.text)
  }
}

/**
 * Readability's time grows faster than the square of the page's depth (a
 * second at 500 nested elements, minutes at 5,000) and by about 50 µs an
 * element. The 181 aeb pages nest at most 51 deep and hold at most 1,600
 * elements; pages far beyond that go to the linear paragraph rule.
 */
const maximumDepth = 150
const maximumElements = 20_000

/**
 * Depth of the deepest element and number of elements, walked without
 * recursion.
 *
 * @param document Parsed page.
 * @returns Nesting depth (0 for an empty document) and element count.
 */
function shape(document: Document): {depth: number; elements: number} {
  let depth = 0
  let elements = 0
  const stack: Array<[Element, number]> = document.documentElement ? [[document.documentElement, 1]] : []
  while (stack.length > 0) {
    const [element, level] = stack.pop()!
    elements++
    if (level > depth) depth = level
    for (const child of element.children) stack.push([child, level + 1])
  }
  return {depth, elements}
}

/**
 * A page as linkedom needs it: without `<html>` it takes the first element
 * for the root (and fails on a page of scripts), and without `<body>` it
 * leaves the content outside the body, where Readability does not look.
 *
 * @param html A page or a fragment of one.
 * @returns A whole document.
 */
function asDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`
  if (/<html[\s>]/i.test(html)) return html
  return `<!doctype html><html><head></head><body>${html}</body></html>`
}

/** Figure captions and image credits are not body text. */
const dropped: ReadonlySet<string> = new Set(['FIGCAPTION'])

/**
 * Trim a metadata string, null when empty.
 *
 * @param value Raw value.
 * @returns Trimmed value or null.
 */
function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : null
}

/**
 * Drop the first paragraph when it is the headline (Readability keeps an
 * `<h1>` that sits inside the article container): the headline is `title`.
 *
 * @param text Body text.
 * @param headlines The page title and the texts of its `<h1>` elements.
 * @returns Body text without a leading headline.
 */
function withoutHeadline(text: string, headlines: ReadonlyArray<string | null>): string {
  const end = text.indexOf('\n\n')
  const first = (end === -1 ? text : text.slice(0, end)).trim()
  return headlines.includes(first) ? text.slice(end === -1 ? text.length : end + 2) : text
}

/**
 * The page's canonical address: `<link rel=canonical>`, else `og:url`.
 *
 * @param document Parsed page.
 * @returns Absolute URL or null.
 */
function canonicalUrl(document: Document): string | null {
  const link = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content')
  const value = clean(link) ?? clean(og)
  return value && /^https?:\/\//i.test(value) ? value : null
}

/** Publication-date meta tags Readability does not read, most specific first. */
const dateSelectors = [
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="sailthru.date"]'
]

/**
 * Publication date from meta tags and `<time>` elements, for pages whose
 * JSON-LD and `article:published_time` say nothing.
 *
 * @param document Parsed page.
 * @returns ISO date or null.
 */
function pageDate(document: Document): string | null {
  for (const selector of dateSelectors) {
    const date = toIsoDate(document.querySelector(selector)?.getAttribute('content'))
    if (date) return date
  }

  const time =
    document.querySelector('[itemprop="datePublished"]') ?? document.querySelector('time[datetime]')
  return toIsoDate(time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? time?.textContent)
}

/**
 * The main-content rule used when Readability gives up: the element whose own
 * `<p>` children hold the most text, read paragraph by paragraph.
 *
 * @param document Parsed page.
 * @returns Body text, or '' when the page has no paragraphs.
 */
function paragraphText(document: Document): string {
  const weight = new Map<Element, number>()
  for (const paragraph of document.querySelectorAll('p')) {
    const parent = paragraph.parentElement
    if (!parent) continue
    const length = (paragraph.textContent ?? '').trim().length
    weight.set(parent, (weight.get(parent) ?? 0) + length)
  }

  let best: Element | undefined
  let bestWeight = 0
  for (const [element, value] of weight) {
    if (value > bestWeight) {
      best = element
      bestWeight = value
    }
  }

  return best ? blockText(best, {skip: dropped}) : ''
}
