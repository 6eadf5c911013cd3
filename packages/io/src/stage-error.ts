/** A problem with how a stage was run or with the folders it was given: its message is all a user needs. */
export class StageError extends Error {
  override name = 'StageError'
}
