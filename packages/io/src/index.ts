export {openAtomicWriter, writeFileAtomic} from './atomic.js'
export {
  countLines,
  parseJsonLine,
  readJsonLines,
  readRawLines,
  toJsonLine,
  type RawLine
} from './json-lines.js'
export {codeVersion} from './code-version.js'
export {openFileIndex, type FileIndex} from './file-index.js'
export {
  mapRecords,
  oneLine,
  readValidRecord,
  type MapRecordsOptions,
  type StageCounts
} from './map-records.js'
export {outputFolder, type FileSignature, type PieceWriter} from './output-folder.js'
export {
  startProgress,
  type Progress,
  type ProgressOptions,
  type ProgressStream
} from './progress.js'
export {
  assertRecordFolder,
  countArticles,
  failuresName,
  manifestEntrySchema,
  openRecordFolder,
  readManifest,
  readRecord,
  recordHash,
  type ManifestEntry,
  type RecordFolder
} from './record-folder.js'
export {runStage, type StageOptions} from './run-stage.js'
export {StageError} from './stage-error.js'
export {stageMain} from './stage-main.js'
export {safeFileName, uniqueFileNames} from './safe-file-name.js'
