export {
  analyzeAndRender,
  analyzeArticle,
  type Outcome,
  type Printed,
  type Rendering
} from './analyze-article.js'
export {analyzePaths, type AnalyzeOptions} from './analyze.js'
export {checkArticle, checkPaths, type CheckOptions} from './check.js'
export {main} from './cli.js'
export {UsageError, type Io} from './io.js'
