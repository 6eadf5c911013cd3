import type {Article, CleanedArticle} from '@sourcing/schema'
import {findBoilerplate} from './boilerplate.js'
import {readMetadata} from './metadata.js'

/**
 * Clean one article: find the lines that are not body and complete its
 * metadata from the text. The text itself is not changed, so every offset
 * computed later still points into the text as given.
 *
 * Text extracted from HTML skips the context classifier (see
 * `BoilerplateOptions`). Metadata the input carried (JSON fields, HTML meta tags) wins over what is
 * read from the text.
 *
 * @param article An ingested article.
 * @returns The article with `removed` spans and `wireCredits`, and `title`,
 *   `date` and `byline` filled in where the input had none.
 */
export function cleanArticle(article: Article): CleanedArticle {
  // HTML input was already cut down to the story by Readability, which sees
  // the page's structure: the text-only context classifier would only lose
  // the lists and tables of the story.
  const removed = findBoilerplate(article.text, {context: article.origin.format !== 'html'})
  const found = readMetadata(article.text, removed)
  return {
    ...article,
    title: article.title ?? found.title,
    date: article.date ?? found.date,
    byline: article.byline ?? found.byline,
    removed,
    wireCredits: found.wireCredits
  }
}
