export {renderArticleReport} from './article.js'
export {articleSummarySchema, maxSummarySources, summarizeArticle, type ArticleSummary} from './summary.js'
export {
  addArticle,
  addFailure,
  corpusJson,
  corpusSchema,
  emptyCorpus,
  listedRows,
  mergeCorpora,
  sortedFailures,
  type Corpus
} from './corpus.js'
export {renderCorpusIndex, type CorpusIndexOptions} from './corpus-index.js'
export {csvIndex, indexJsonSchema, jsonIndex, type IndexFile, type Sink} from './index-files.js'
export {checkChartSvg, scoreChartSvg} from './chart.js'
export {corpusMetrics, median, wilson, type CorpusMetric, type Figure, type FigureState} from './aggregate.js'
export {mostCommon, type Tally, type TallyRow} from './tally.js'
