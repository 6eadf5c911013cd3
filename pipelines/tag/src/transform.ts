// The tag stage's work on one record, as `runStage` loads it: in the stage's
// thread, and in each thread of its pool.
export {tagArticle as default} from '@sourcing/tag'
