// The clean stage's work on one record, as `runStage` loads it: in the stage's
// thread, and in each thread of its pool.
export {cleanArticle as default} from '@sourcing/clean'
