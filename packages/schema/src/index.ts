export {spanSchema, type Span} from './span.js'
export {
  articleSchema,
  inputFormats,
  isoDateSchema,
  originSchema,
  type Article,
  type InputFormat,
  type Origin
} from './article.js'
export {
  cleanedArticleSchema,
  removalReasons,
  removedSchema,
  type CleanedArticle,
  type RemovalReason,
  type Removed
} from './clean.js'
export {
  attributionSchema,
  claimSchema,
  confidences,
  quoteKinds,
  sourceRoles,
  sourceTypes,
  type Attribution,
  type Claim,
  type Confidence,
  type QuoteKind,
  type SourceRole,
  type SourceType
} from './attribution.js'
export {
  hardSentenceSchema,
  readabilityCountsSchema,
  readabilitySchema,
  type HardSentence,
  type Readability,
  type ReadabilityCounts
} from './readability.js'
export {
  bands,
  checkSchema,
  checkStatuses,
  evidenceSchema,
  metricSchema,
  scoreSchema,
  type Band,
  type Check,
  type CheckStatus,
  type Evidence,
  type Metric,
  type Score
} from './score.js'
export {
  analysisSchema,
  taggedArticleSchema,
  type Analysis,
  type TaggedArticle
} from './analysis.js'
export {parseRecord, RecordError} from './parse.js'
export {failureSchema, stages, type Failure, type Stage} from './failure.js'
