export {bandOf, minimumAttributions, minimumWords, rubricVersion, scoreArticle} from './score.js'
export {anonymousPeople, plural, rubric, runChecks, uncertainShare, type CheckId} from './checks.js'
export {computeMetrics} from './metrics.js'
export {findings, flagKinds, type Findings, type Flag, type FlagKind, type Hedge} from './findings.js'
export {groupSources, normalisePhrase, sourceKey, type Source} from './sources.js'
export {classifyReason, statesReason, type AnonymityReason, type StatedReason} from './reasons.js'
export {countWords, indexBody, type Body, type Range} from './body.js'
export {
  characterisingCuePattern,
  findAll,
  hedgePattern,
  opinionPattern,
  uncreditedMediaPattern,
  type Match
} from './patterns.js'
export {typeOfWork, type WorkLabel, type WorkType} from './work.js'
export {uncertainRanges, type PointRange} from './uncertain.js'
