import type {Article} from '@sourcing/schema'
import {analyzeArticle, type Outcome} from './analyze-article.js'

/** Worker-thread entry: analyse a batch of articles. */
export default function analyzeBatch(articles: Article[]): Outcome[] {
  return articles.map(analyzeArticle)
}
