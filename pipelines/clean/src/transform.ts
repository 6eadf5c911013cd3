// The clean stage's work on one record, as `runStage` loads it. The stage runs
// it in its own thread alone (`threads: false` in clean.ts): its line rules
// take less time than sending a record to a worker and its output back.
export {cleanArticle as default} from '@sourcing/clean'
