export {analyzePaths, type Outcome} from './analyze.js'
export {main, type Io} from './cli.js'
