export {openAtomicWriter, writeFileAtomic} from './atomic.js'
export {readJsonLines, toJsonLine} from './json-lines.js'
export {outputFolder} from './output-folder.js'
export {safeFileName} from './safe-file-name.js'
