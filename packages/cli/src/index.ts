export {analyzeArticle, type Outcome} from './analyze-article.js'
export {analyzePaths, type AnalyzeOptions} from './analyze.js'
export {main, type Io} from './cli.js'
export {mapOrdered} from './ordered.js'
