export {blankRemoved} from './blank.js'
export {findBoilerplate, looksLikeHeadline, type BoilerplateOptions} from './boilerplate.js'
export {cleanArticle} from './clean.js'
export {splitLines, type Line} from './lines.js'
export {readMetadata, type TextMetadata} from './metadata.js'
export {isWireCredit, matchesLine, phraseOf, phrases, wireCreditPatterns, type LinePattern, type Phrase} from './phrases.js'
export {
  endsSentence,
  endsWithPhotoCredit,
  isBylineLine,
  isDateStamp,
  isDeskLine,
  isGluedCard,
  isHandleByline,
  isLifeDates,
  isNameLine,
  isPostSignature,
  isStampLine,
  isTitleCase,
  stopwordDensity,
  wordCount,
  words
} from './signals.js'
