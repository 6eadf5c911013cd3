import type {Article} from '@sourcing/schema'
import {analyzeAndRender, type Printed, type Rendering} from './analyze-article.js'

/** A batch of work for a worker thread. */
export interface Batch {
  articles: Article[]
  rendering: Rendering
}

/** Worker-thread entry: analyse and render a batch of articles. */
export default function analyzeBatch({articles, rendering}: Batch): Printed[] {
  return articles.map((article) => analyzeAndRender(article, rendering))
}
