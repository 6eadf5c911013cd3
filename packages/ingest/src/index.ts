export {
  articleFromJsonRecord,
  articleFromText,
  languageOf,
  type IngestFailure,
  type IngestResult
} from './article.js'
export {decodeText, decodeUtf8, type Decoded, type DecodedText} from './decode.js'
export {
  countInputs,
  readArticles,
  type FileKeys,
  type FileStats,
  type KeyedResult,
  type ReadOptions,
  type UnchangedFile
} from './read.js'
export {toIsoDate} from './date.js'
export {nonEnglish} from './language.js'
export {dominantScript, mostCommonScript, scriptCounts, type Script, type ScriptCounts} from './script.js'
export {characterTest, forEachRun, type CharacterTest} from './characters.js'
