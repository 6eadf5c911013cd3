export {renderArticleReport} from './article.js'
export {articleSummarySchema, maxSummarySources, summarizeArticle, type ArticleSummary} from './summary.js'
export {
  addArticle,
  addFailure,
  corpusJson,
  corpusJsonPieces,
  corpusSchema,
  emptyCorpus,
  mergeCorpora,
  sortedArticles,
  sortedFailures,
  type Corpus
} from './corpus.js'
export {renderCorpusIndex, type CorpusIndexOptions} from './corpus-index.js'
export {corpusCsv, corpusCsvPieces} from './csv.js'
export {checkChartSvg, scoreChartSvg} from './chart.js'
export {corpusMetrics, wilson, type CorpusMetric, type Figure} from './aggregate.js'
