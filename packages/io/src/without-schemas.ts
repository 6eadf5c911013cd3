// The part of this package that validates no record and so loads neither the
// schemas nor zod (about 70 ms): what a stage that validates nothing, such as
// ingestion, needs. The package's main entry has all of it too.
export {openAtomicWriter, writeFileAtomic} from './atomic.js'
export {codeVersion} from './code-version.js'
export {openFileIndex, type FileIndex} from './file-index.js'
export {countLines, readRawLines, toJsonLine, type RawLine} from './json-lines.js'
export {oneLine} from './one-line.js'
export {mapOrdered} from './ordered.js'
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
  openRecordFolder,
  readManifest,
  readRecord,
  recordHash,
  type ManifestEntry,
  type RecordFolder
} from './record-folder.js'
export {StageError} from './stage-error.js'
export {stageMain} from './stage-main.js'
