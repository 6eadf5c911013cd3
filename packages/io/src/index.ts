export {openAtomicWriter, writeFileAtomic} from './atomic.js'
export {
  countLines,
  parseJsonLine,
  readJsonLines,
  readRawLines,
  toJsonLine,
  type RawLine
} from './json-lines.js'
export {
  mapJsonLines,
  oneLine,
  type MapJsonLinesOptions,
  type StageCounts
} from './map-json-lines.js'
export {outputFolder, type FileSignature} from './output-folder.js'
export {
  startProgress,
  type Progress,
  type ProgressOptions,
  type ProgressStream
} from './progress.js'
export {runStage, type StageOptions} from './run-stage.js'
export {safeFileName, uniqueFileNames} from './safe-file-name.js'
export {codeVersion, openStageCache, type StageCache} from './stage-cache.js'
