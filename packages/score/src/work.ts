import type {TaggedArticle} from '@sourcing/schema'

/**
 * Kinds of work (Trust Project "type of work" indicator). Only `news` is
 * graded: the rubric asks what a report owes its readers about its sources,
 * which is not what a column, a review or a running live page sets out to do.
 */
export type WorkType = 'news' | 'opinion' | 'review' | 'live'

/** The type of work and the label it was read from, null for plain news. */
export interface WorkLabel {
  type: WorkType
  label: string | null
}

/** A label ends at a colon or bar, or at a dash with spaces ("Live - ..."), not "Live-stream". */
const separator = String.raw`(?:\s*[:|]|\s+[–—-]\s)`

/**
 * Section labels publishers put before a headline ("Opinion: ...",
 * "EDITORIAL | ...") or as the first line of the body. Anchored, bounded and
 * without nested quantifiers, so they cannot backtrack on long lines.
 */
const headlineLabels: Array<[Exclude<WorkType, 'news'>, RegExp]> = [
  ['opinion', new RegExp(String.raw`^\s*(?:opinion|op-ed|editorial|commentary|column|viewpoint|perspective|letters?(?: to the editor)?|our view|guest essay)${separator}`, 'i')],
  ['review', new RegExp(String.raw`^\s*(?:review|film review|book review|theat(?:er|re) review|album review)${separator}`, 'i')],
  ['live', new RegExp(String.raw`^\s*(?:live|live updates|live blog|as it happened)${separator}`, 'i')]
]

/** Path segments of article URLs that name the section. */
const urlLabels: Array<[Exclude<WorkType, 'news'>, RegExp]> = [
  ['opinion', /\/(?:opinion|opinions|commentisfree|op-ed|oped|editorials?|commentary|columns?|letters)\//i],
  ['review', /\/reviews?\//i],
  ['live', /\/(?:live|live-news|liveblog|live-updates)\//i]
]

/** Headline phrases that mark a running page rather than a report. */
const liveHeadline = /\b(?:live updates|as it happened|live blog)\b/i

/**
 * What kind of work an article is, from the labels its publisher gives it:
 * a section label before the headline or on the first body line, the section
 * in its URL, or a live-page headline. No label means news: an unlabelled
 * column is graded like news, which the report's method section says.
 *
 * @param article
 *   Article (title, url and text are read).
 * @returns
 *   Type of work and the label that shows it.
 */
export function typeOfWork(article: Pick<TaggedArticle, 'title' | 'url' | 'text'>): WorkLabel {
  const firstLine = article.text.slice(0, 200).split('\n', 1)[0] ?? ''
  for (const line of [article.title ?? '', firstLine]) {
    for (const [type, pattern] of headlineLabels) {
      const match = pattern.exec(line)
      if (match) return {type, label: match[0].trim()}
    }
    const live = liveHeadline.exec(line)
    if (live) return {type: 'live', label: live[0]}
  }
  for (const [type, pattern] of urlLabels) {
    const match = article.url ? pattern.exec(article.url) : null
    if (match) return {type, label: match[0]}
  }
  return {type: 'news', label: null}
}
