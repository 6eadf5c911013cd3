import {coreCues, cueLexicon} from './cue-lexicon.js'
import {
  afterDateline,
  agentPlural,
  inNumber,
  isAdjunct,
  isAdverb,
  isCompoundAdjective,
  isModal,
  looksLikeVerb,
  mediumWords,
  skipAdjunctsAndOccasion,
  phraseAfter,
  phraseBefore,
  showVerbs,
  beforeCount,
  documentWithParticiplesBefore,
  isParticiple,
  isRecordNoun,
  type Range,
  sentenceSubject,
  subjectStart,
  skipAdjuncts,
  speakingNoun,
  proportionSubject,
  questionedGroup,
  requestsAnonymity,
  selfNamingEnd,
  subjectEndBefore,
  firstWord,
} from './phrases.js'
import type {Quote, QuoteIndex} from './quotes.js'
import type {Sentence, Token} from './tokens.js'
import {
  apostrophes,
  clauseJoiners,
  clauseVerbs,
  cueAuxiliaries,
  determiners,
  documentNouns,
  documentVerbs,
  groupNouns,
  hedgeAdverbs,
  hedgeWords,
  leadingDigit,
  modal,
  notInSubject,
  occasionOpeners,
  organizationNouns,
  passiveReportVerbs,
  personNouns,
  personPronouns,
  personTitles,
  postNouns,
  prepositions,
  pronouns,
  quantifierPronouns,
  linkingConjunctions,
  smallNumbers,
  stanceVerbs,
  timeWords,
  weekdaysAndMonths,
  year
} from './words.js'

/** How the parts of an attribution are laid out around its cue. */
export type Pattern =
  | 'forward' // Source cue content: "He said the talks would resume."
  | 'trailing' // Content, source cue: "The talks will resume, he said."
  | 'inverted' // Content, cue source: "The talks will resume, said the officials."
  | 'according' // "according to the officials"
  | 'passive' // No source: "The suspect is believed to have fled ..."
  | 'agent' // A passive with its agent: "The mayor was criticised by residents for ..."
  | 'participle' // "..., saying the plan was unfair"
  | 'continuation' // A quote that goes on with no cue of its own.

/** Offsets of a stretch of text. */
export interface Offsets {
  start: number
  end: number
}

/** One attribution as laid out in its sentence, before sources are resolved. */
export interface Frame {
  sentence: Sentence
  pattern: Pattern
  cue: Offsets
  /** Source phrase, as token range of the sentence. */
  source: Range | null
  content: Offsets | null
  /** Whether the content is a whole quotation. */
  quoted: boolean
  hedges: Offsets[]
}

/** Settings of the cue finder. */
export interface CueSettings {
  /** Lowest PolNeAR cue precision a reporting verb needs. */
  minPrecision: number
}

/** Longest aside between a subject and its cue, in tokens. */
const maxAside = 40
/** Longest description after an inverted source, in tokens. */
const maxAppositive = 60

const tellVerbs = new Set(['told', 'tell', 'tells', 'telling', 'assured', 'informed'])
const beForms = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being'])
const pastParticiple = /^(\w+ed|told)$/
const addressees = new Set(['reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'members', 'parliament', 'congress', 'me', 'us', 'him', 'her', 'them', 'viewers', 'listeners', 'delegates', 'students'])
/** Longest stretch of addressee and occasion before the "that" of the content: "told reporters at a news conference in Lagos that". */
const maxAddressee = 16
const connectors = new Set([',', 'but', 'and', 'while', 'whereas', ';', '—', '–'])
const coordinating = new Set(['and', 'but'])
/** Marks inside a name or a title: "U.S.", "AT&T", "Tribune/Channel 4", "Macy's". */
const wordPunctuation = new Set(['.', "'", '’', '&', '/'])
const finalPunctuation = new Set(['.', '!', '?', ';', ':', ','])
const haveForms = new Set(['have', 'has', 'had', 'having'])
const openingQuotes = new Set(['“', '"', '‘', "'", '«', '„', "''"])
const closingQuotes = new Set(['”', '"', '’', "'", '»', "''"])

/** What a source issues, so that a participle after it reports the source: "a statement saying". */
const issuedNouns = new Set(['statement', 'statements', 'release', 'communique', 'communiqué', 'email', 'emails', 'tweet', 'tweets', 'post'])
const issueVerbs = new Set(['sent', 'put', 'wrote', 'gave', 'read', 'posted', 'issued', 'released'])
/** Documents that say things themselves: "a new poll showing", "a report detailing". */
const selfReporting = new Set(['report', 'reports', 'poll', 'polls', 'survey', 'surveys'])
const discourseAdverbs = new Set(['however', 'though', 'also', 'too', 'then', 'moreover', 'meanwhile', 'instead', 'therefore', 'nonetheless', 'nevertheless'])
const finiteAfterNoun = /^(is|are|was|were|has|have|had|will|would|can|could|may|might|show|shows|showed|put|suggest|suggested|indicate|indicated)$/
const perfectAuxiliary = /^ha(s|ve|d)$/
const callVerb = /^call(s|ed|ing)?$/
const viewVerb = /^view(s|ed)?$/
/** Verbs that characterise someone or something "as" what the source calls it (PolNeAR train: "describe X as" 47 of 52, "portray" 17 of 22). */
const characteriseVerb = /^(describ(e|es|ed|ing)|portray(s|ed|ing)?|characteri[sz](e|es|ed|ing)|hail(s|ed|ing))$/
const pointVerb = /^point(s|ed|ing)?$/
const makeVerb = /^(make|makes|made|making)$/
const documentQuoteVerb = /^(read|reads|continued|continues)$/
const continueVerb = /^continue[ds]$/
/** Articles before "call" that make it a noun: "a call for proposals". */
const articles = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those'])
const indefiniteArticle = /^an?$/
/** A pronoun with a contracted "has" or "is", not a possessive: "who's called for". */
const contractedIs = /^(who|he|she|it|that|there)['’]s$/
/** Adverbs that join a reporting verb only after an auxiliary: "have long warned", "has still not said". */
const auxiliaryAdverbs = new Set(['long', 'still', 'just'])
/** Adverbs of two words after an auxiliary, neither an adverb alone: "have so far voiced", "has thus far declined". */
const pairedAdverbs = new Set(['so far', 'thus far', 'as yet'])
/** Verbs of starting or going on, part of the verb group before a reporting -ing form: "began urging". */
const aspectVerb = /^(begin|begins|began|begun|start|starts|started|continue|continues|continued|keep|keeps|kept)$/
/** Auxiliaries proper, which an adverbial phrase may follow inside a verb group. */
const verbAuxiliary = /^(has|have|had|is|are|was|were|will|would|did|does|do)$/
const possessive = /^(his|her|its|their|our|my|your)$|'s$/
/** A subject with "will" contracted onto it: "I'll say", "They’ll argue" (PolNeAR train and dev mark none of 21). */
const willContracted = /['’]ll$/
/** Forms of "be" before a passive "asked": "was asked", "is asked to call police". */
const passiveBe = /^(is|are|was|were|been|being)$/
const askVerb = /^ask/
const objectPronoun = /^(him|her|them|it|me|us)$/
const phrasalParticle = /^(back|up|out|off|down|over|home|again|twice|once|yesterday)$/
const notAddressee = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|in|that)$/i
const withOrTo = /^(with|to)$/
const ofOrAbout = /^(of|about)$/
const relativePronoun = /^(who|whose|which|whom)$/
const relativeThat = /^(that|who)$/
/** Words that open a reduced clause, an adjunct of the cue before them: "said the spokesperson when contacted". */
const subordinator = /^(when|while|as|after|before)$/
/** Verbs of saying that put their source after them ("…, said the official"), unlike "…, called the remarks …". */
const sayVerb = /^(said|says|added|adds|wrote|writes)$/
const digits = /^\d+$/
const subjectPronoun = /^(he|she|they|we|i)$/
const declining = /^(declined|refused)$/

/** What a refusal withholds when it reports one: PolNeAR train marks 12 of its 13 "refused to say/comment/answer/discuss" and no other refusal. */
const spokenRefusals: ReadonlySet<string> = new Set(['comment', 'say', 'answer', 'discuss', 'confirm', 'elaborate', 'disclose', 'specify', 'respond'])
const addVerb = /^add(s|ed|ing)?$/
const respondVerb = /^respond(s|ed|ing)?$/
const replyVerb = /^(reply|replies|replied|replying)$/
const concludeVerb = /^conclud(e|es|ed|ing)$/
const claimVerb = /^claim(s|ed|ing)?$/
const declareVerb = /^declar(e|es|ed|ing)$/
const recallVerb = /^recall(s|ed|ing)?$/
const pledgeVerb = /^pledg(e|es|ed|ing)$/
/** Words of what is pledged after its count, within which a clause would show its verb: "500 new homes would". */
const maxPledgedThing = 5
const rejectVerb = /^reject(s|ed|ing)?$/
/** What is turned down, not gainsaid, when rejected: "rejected the offer", "rejected the reforms". */
const rejectedProposals = new Set(['offer', 'offers', 'proposal', 'proposals', 'reform', 'reforms', 'plan', 'plans', 'bid', 'bids', 'deal', 'deals', 'request', 'requests', 'application', 'applications', 'bill', 'bills', 'amendment', 'amendments', 'motion', 'motions', 'demand', 'demands', 'budget', 'nomination', 'settlement', 'package', 'appeal', 'appeals', 'invitation', 'ultimatum'])
/** What is won, not asserted, when claimed: "claimed victory", "claimed the title", "claimed 30 lives". */
const claimedPrizes = new Set(['victory', 'victories', 'lives', 'life', 'title', 'titles', 'crown', 'seat', 'seats', 'prize', 'medal', 'championship', 'trophy', 'win'])
/** Events that are concluded, not conclusions: "concluded its hearing", "concluded their talks". */
const concludedEvents = new Set(['hearing', 'hearings', 'meeting', 'meetings', 'visit', 'session', 'sessions', 'talks', 'negotiations', 'trial', 'conference', 'ceremony', 'tour', 'trip', 'summit', 'season', 'campaign', 'deliberations', 'testimony', 'speech'])
/** What is recalled that is no memory: products called back, envoys called home. */
const recalledThings = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats', 'vehicles', 'cars', 'products', 'units', 'models', 'devices', 'batteries', 'drugs'])
/** What is told that is no report: "tells the truth", "told lies", "told a joke". */
const toldTales = new Set(['truth', 'lie', 'lies', 'joke', 'jokes'])
/** Words before a number that make a quantity of it: "more than 2%", "nearly 300". */
const approximators = new Set(['more', 'less', 'fewer', 'nearly', 'almost', 'about', 'roughly', 'around', 'over', 'another', 'some', 'just', 'up'])
const finiteAuxiliary = /^(are|were|have|had|will|would|could|can|may|might|must|should)$/
const goVerb = /^(go|goes|went|gone|going)$/
const reflexivePronoun = /^(myself|yourself|himself|herself|itself|ourselves|yourselves|themselves)$/

/** Finite verbs that open a sentence's predicate after a relative clause on its subject: "who reported early were surviving". */
const finiteVerbAfter = /^(is|are|was|were|has|have|had|will|would)$/
/** Words that say when, which no list of adverbs in -ly holds: "reported early". */
const timing = new Set(['early', 'late', 'earlier', 'later'])
/** Endings of adjectives that may stand before a plural noun: "critical", "territorial", "credible". */
const adjectiveEnding = /(ical|ial|ible|able|ive|ous)$/
/** Words that make a clause of what follows a cue, rather than an adjunct: "said at the time it was late". */
const clauseMarker = /^(that|he|she|they|we|i|it|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)$/

/**
 * Verbs of belief and forecast that report a group's view when a clause with
 * its own verb follows: "Analysts believe the bank will cut rates", "police
 * suspect he may have fled", "traders estimate the crop will be smaller",
 * "economists forecast growth will slow" (PolNeAR train marks 7 of 10
 * "forecast", nouns included).
 */
const beliefVerbs = new Set(['believe', 'believed', 'reckon', 'reckoned', 'think', 'thought', 'fear', 'feared', 'suspect', 'suspected', 'worry', 'expect', 'expected', 'estimate', 'estimated', 'forecast', 'forecasts', 'forecasted'])
/**
 * Verbs that pass a verdict on what another said or did, named by their
 * object: "Romania condemned the attack", "condemning the remarks as
 * divisive". The lexicon, mined from verbs of saying, lacks them, though
 * PolNeAR train marks all 13 "condemned/condemning" with an object.
 * "dismissed" is left out: train marks 11 of its 12 with an object, but dev
 * none of 2, and it would cost PolNeAR dev precision.
 */
const verdictVerbs = new Set(['condemned', 'condemns', 'condemning'])

/** Verbs that voice a stance named by their object: "expressed concern", "voiced doubts". */
const expressionVerbs = new Set(['express', 'expresses', 'expressed', 'expressing', 'voice', 'voices', 'voiced', 'voicing'])
/**
 * Verb forms that report with their complement (see `complementPrecision`),
 * each with the word that opens it: "alleged that", "threatened to",
 * "questioned whether".
 */
const complementReports: ReadonlyMap<string, string> = new Map([
  ...complementForms('that', 'allege alleges alleged estimate estimates estimated estimating agree agrees agreed assess assesses assessed submit submits submitted ruled stress stresses recommend recommends recommended project projects projected accept accepts accepted recall recalls forecast forecasts forecasted'),
  ...complementForms('that', 'counter countered retort retorts retorted lament laments lamented speculate speculates speculated boast boasts boasted protested muse mused scoffed objected deny charge charged charging caution'),
  // "demanded that the city replace the pipes" (PolNeAR train marks 3 of 6, our beds all); "demanded an apology"
  // names a thing wanted, which the beds mark as borderline at most, and "meet demands that" is the noun.
  ...complementForms('that', 'demanded demanding'),
  ...complementForms('to', 'threaten threatens threatened threatening'),
  ...complementForms('whether', 'question questions questioned')
])

/**
 * Pair each verb form with the word that opens its complement.
 *
 * @param complement Word that opens the complement ("that", "to").
 * @param forms Verb forms, separated by spaces.
 * @returns One entry per form.
 */
function complementForms(complement: string, forms: string): Array<[string, string]> {
  return forms.split(' ').map((form) => [form, complement])
}

/** Every word that can head a cue, so that all other words are passed over with one lookup. */
/** The American "-ize" of a verb form: "recognizing", "criticized". */
const americanIze = /iz(?=(e|es|ed|ing)$)/

/**
 * The British "-ise" forms of the lexicon's "-ize" verbs ("recognising"):
 * PolNeAR train, in American English, may lack them, and a word the lexicon
 * lacks is never read as a cue.
 */
const britishIseForms = [...cueLexicon.keys()].filter((word) => americanIze.test(word)).map((word) => word.replace(americanIze, 'is'))

const cueWords: ReadonlySet<string> = new Set([
  ...cueLexicon.keys(),
  ...britishIseForms,
  ...passiveReportVerbs,
  ...hedgeAdverbs,
  ...documentVerbs,
  ...complementReports.keys(),
  'regarded', 'seen', 'considered', 'expected',
  'according', 'per', 'refused', 'put', 'puts', 'posted', 'posts', 'blamed', 'blames', 'call', 'calls', 'called', 'calling', 'view', 'views', 'viewed', 'quoted', 'point', 'points', 'pointed', 'read', 'reads', 'continued', 'continues',
  'hails', 'hailed', 'hailing',
  ...verdictVerbs,
  ...beliefVerbs,
  'heard', 'make', 'makes', 'made', 'making',
  ...expressionVerbs,
  'describe', 'portray', 'portrays', 'portrayed', 'portraying',
  'characterize', 'characterizes', 'characterized', 'characterizing', 'characterise', 'characterises', 'characterised', 'characterising'
])

interface Cue {
  head: number
  start: number
  end: number
  /**
   * `hedge`: an adverb that reports with no source ("the bridge reportedly cost ...");
   * `issued`: a participle after what the subject issued ("the union issued a statement saying ...").
   */
  kind: 'verb' | 'according' | 'passive' | 'hedge' | 'issued'
}

/**
 * Find the attribution frames of one sentence.
 *
 * @param sentence The sentence.
 * @param quotes Quotations of the whole text.
 * @param settings Cue settings.
 * @returns Frames in cue order.
 */
export function framesOf(sentence: Sentence, quotes: QuoteIndex, settings: CueSettings): Frame[] {
  const tokens = sentence.tokens
  const frames: Frame[] = []
  for (const cue of findCues(tokens, settings)) {
    const frame = frameOf(sentence, cue, quotes, frames)
    // A cue inside a quotation is the speaker's own report, part of what they
    // said, unless it relays a third party's position by name ("… this time the
    // union insists that …").
    if (frame && (!quotes.covering(tokens[cue.start]!.start) || relaysNamedParty(frame))) frames.push(frame)
  }
  if (frames.length === 0 && quotes.opensWithin(sentence.start, sentence.end)) {
    const frame = colonFrame(sentence, quotes)
    if (frame) frames.push(frame)
  }
  const kept = withoutDescribingParticiples(withoutNestedPassives(frames))
  clipContents(kept)
  for (const frame of kept) citedAsSource(frame, kept)
  return kept
}

/** Words that end the head of a cited source: "sources close to", "a person familiar with". */
const citedPostmodifiers = new Set(['of', 'in', 'at', 'on', 'from', 'with', 'within', 'close', 'familiar', 'briefed', 'who', 'that', 'which'])

/**
 * "The agency reported, citing a person with knowledge of the talks, that
 * the bid had been raised": whom a report cites is the source of
 * what it reports, as the annotated beds read it, and the outlet's report is
 * an attribution of its own. A cited reason stays the content ("cut its
 * outlook, citing higher fuel costs"), and so does a citation with no report
 * beside it.
 *
 * @param frame A frame of the sentence, rewritten in place when it cites a source.
 * @param frames Every frame of the sentence.
 */
function citedAsSource(frame: Frame, frames: readonly Frame[]): void {
  const tokens = frame.sentence.tokens
  const cue = tokens.find((token) => token.end === frame.cue.end)
  if (cue?.lower !== 'citing' || frame.content === null) return
  const report = frames.find((other) => other !== frame && other.content !== null && other.source !== null && !overlaps(other.content, frame.cue))
  if (!report) return
  const start = tokens.findIndex((token) => token.start === frame.content!.start)
  let end = start
  while (end < tokens.length && tokens[end]!.end <= frame.content.end && tokens[end]!.word && !(end > start && citedPostmodifiers.has(tokens[end]!.lower))) end++
  const head = tokens[end - 1]
  if (start < 0 || !head || !(head.capitalised || personNouns.has(head.lower) || documentNouns.has(head.lower) || organizationNouns.has(head.lower))) return
  let last = end
  while (last < tokens.length && tokens[last]!.end <= frame.content.end && tokens[last]!.value !== ',') last++
  frame.source = [start, last]
  frame.content = report.content
}

/** Whether two stretches of text share a character. */
function overlaps(a: Offsets, b: Offsets): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * "The deal is expected to close next year, the company said": the sourced
 * report that carries an agentless one is the only attribution the seeds list.
 * A relative clause stays apart ("forensic experts, some of whom are believed
 * to be migrants"): it describes someone, the writer's aside.
 */
function withoutNestedPassives(frames: Frame[]): Frame[] {
  const carriers = frames.filter((frame) => frame.source !== null && frame.content !== null)
  if (carriers.length === 0) return frames
  return frames.filter((frame) => frame.pattern !== 'passive' || !carriers.some((carrier) => carries(carrier, frame)))
}

/**
 * "According to a survey cited by the centre, ...": a passive inside another
 * frame's source describes that source and reports nothing of its own.
 */
function withoutDescribingParticiples(frames: Frame[]): Frame[] {
  const sourced = frames.filter((frame) => frame.source !== null)
  if (sourced.length === 0) return frames
  return frames.filter((frame) => (frame.pattern !== 'agent' && frame.pattern !== 'passive') || !sourced.some((other) => cueInSource(frame, other)))
}

/** Whether a frame's cue stands inside another frame's source. */
function cueInSource(frame: Frame, other: Frame): boolean {
  const tokens = other.sentence.tokens
  const [start, end] = other.source!
  return other !== frame && tokens[start]!.start <= frame.cue.start && frame.cue.end <= tokens[end - 1]!.end
}

/**
 * Whether a sourced frame's content holds a passive's cue in the same clause:
 * not in a relative clause, and with no new clause between the two cues
 * ("authorities were accused of ... - and officials admitted ...").
 */
function carries(carrier: Frame, passive: Frame): boolean {
  const content = carrier.content!
  if (passive.cue.start < content.start || passive.cue.start >= content.end) return false
  const tokens = passive.sentence.tokens
  const cue = tokens.findIndex((token) => token.start === passive.cue.start)
  const other = tokens.findIndex((token) => token.start === carrier.cue.start)
  if (tokens.slice(Math.max(0, cue - 3), cue).some((token) => relativePronoun.test(token.lower))) return false
  return !opensClauseBetween(tokens, Math.min(cue, other), Math.max(cue, other))
}

/** Whether a conjunction, dash or bracket opens a clause of its own between two tokens; "and" only before a name or pronoun, not inside a list. */
function opensClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) {
    const lower = tokens[index]!.lower
    if (clauseBreaks.has(lower)) return true
    const next = tokens[index + 1]
    if (lower === 'and' && next?.word && (next.capitalised || subjectPronoun.test(next.lower))) return true
  }
  return false
}

const clauseBreaks = new Set(['but', ';', '—', '–', '(', ')'])

/** Longest verb phrase between a subject and the colon that introduces its quotation. */
const maxColonLead = 6

/**
 * "The coach was blunt: “We were not good enough.”", "The chairman put it
 * bluntly: “…”": a quotation after a colon, with no reporting verb, is the
 * subject's words when the subject is a person, a body, a document ("The
 * statement read: “…”") or a personal pronoun.
 */
function colonFrame(sentence: Sentence, quotes: QuoteIndex): Frame | null {
  const tokens = sentence.tokens
  const colon = tokens.findIndex((token) => token.value === ':')
  const opening = tokens[colon + 1]
  if (colon < 2 || !opening) return null
  const quote = quotes.opening(opening.start)
  if (!quote || quote.end < sentenceEnd(tokens)) return null
  const subject = sentenceSubject(tokens)
  if (!subject || subject[1] >= colon || colon - subject[1] > maxColonLead) return null
  for (let index = subject[1]; index < colon; index++) if (!tokens[index]!.word) return null
  const speaker = tokens.slice(subject[0], subject[1]).some((token) => (token.capitalised && !determiners.has(token.lower)) || personNouns.has(token.lower) || personTitles.has(token.lower) || organizationNouns.has(token.lower) || documentNouns.has(token.lower) || subjectPronoun.test(token.lower))
  if (!speaker || countedCrowd(tokens, subject)) return null
  return {sentence, pattern: 'forward', cue: {start: tokens[subject[1]]!.start, end: tokens[colon - 1]!.end}, source: subject, content: {start: quote.start, end: quote.end}, quoted: true, hedges: []}
}

/** Nouns that count a crowd by the size of its number: "Tens of thousands", "Hundreds of nurses". */
const crowdCounts = /^(tens|dozens|scores|hundreds|thousands|millions|crowds)$/

/**
 * "Tens of thousands march in Madrid against rents: “…”", "Hundreds of
 * farmers block roads: “…”": a crowd counted by its size does something,
 * and the quotation after the colon is one marcher's, not words the crowd
 * said.
 */
function countedCrowd(tokens: Token[], subject: Range): boolean {
  const first = tokens[subject[0]]!
  const head = determiners.has(first.lower) ? tokens[subject[0] + 1] : first
  return head !== undefined && crowdCounts.test(head.lower)
}

/**
 * Find the cues of one sentence: each cue word goes to the readers of
 * `cueReaders` in turn until one settles it.
 *
 * @param tokens Tokens of the sentence.
 * @param settings Cue settings.
 * @returns Cues in sentence order.
 */
function findCues(tokens: Token[], settings: CueSettings): Cue[] {
  const cues: Cue[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.word && cueWords.has(token.lower)) index = readCue(tokens, index, cues, settings)
  }
  return cues
}

/**
 * Read one kind of cue at a cue word. A reader pushes the cue the word heads,
 * if any, and returns the index of the last token it took, or -1 to leave the
 * word to the readers after it. One small function per kind keeps each one
 * cheap for the optimiser to compile again when new input deoptimises it.
 */
type CueReader = (tokens: Token[], index: number, cues: Cue[], settings: CueSettings) => number

/** Readers in the order they are tried: the special constructions before the reporting verbs of the lexicon, which settle every word left. */
const cueReaders: readonly CueReader[] = [
  readAccording,
  readPassive,
  readQuoted,
  readHedge,
  readFinding,
  readParticiple,
  readCall,
  readPointOut,
  readMakeClear,
  readPost,
  readBlame,
  readVerdict,
  readPut,
  readDocumentQuote,
  readCharacterisation,
  readBelief,
  readHearing,
  readExpression,
  readReportingVerb
]

function readCue(tokens: Token[], index: number, cues: Cue[], settings: CueSettings): number {
  for (const read of cueReaders) {
    const last = read(tokens, index, cues, settings)
    if (last >= 0) return last
  }
  return index
}

/** The token at `at`, or `undefined` outside the sentence, found without reading past the ends of the array. */
function tokenOrNone(tokens: Token[], at: number): Token | undefined {
  return at >= 0 && at < tokens.length ? tokens[at] : undefined
}

/** "according to the officials". */
function readAccording(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (lower === 'per') {
    if (citesAfterPer(tokens, index)) cues.push({head: index, start: index, end: index + 1, kind: 'according'})
    return index
  }
  if (lower !== 'according') return -1
  if (tokenOrNone(tokens, index + 1)?.lower === 'to') cues.push({head: index, start: index, end: index + 2, kind: 'according'})
  return index
}

/** Words that open what "per" cites: "per the company's annual report", "per a person familiar with". */
const perOpeners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'])

/** Most words from "per" to the head of what it cites: "per the company's most recent annual report". */
const maxPerPhrase = 8

/**
 * Whether "per" cites a source, as "according to" does, after a comma: "..., per the company's annual
 * report", "..., per two people familiar with the talks". A record or people head what it cites; a rate
 * ("120 euros per MWh"), a rule followed ("per the agreement", "per his wishes") or a name ("Per Olsen")
 * is no source.
 */
function citesAfterPer(tokens: Token[], index: number): boolean {
  const next = tokenOrNone(tokens, index + 1)
  if (tokenOrNone(tokens, index - 1)?.value !== ',' || !next?.word || !(perOpeners.has(next.lower) || smallNumbers.has(next.lower))) return false
  for (let at = index + 2; at < tokens.length && at - index <= maxPerPhrase; at++) {
    const token = tokens[at]!
    if (!token.word || prepositions.has(token.lower)) return false
    if (documentNouns.has(token.lower) || speakingNoun(token.lower)) return true
  }
  return false
}

/**
 * "The suspect is believed to have fled", "it has been reported that": a report
 * with no source. A degree adverb hedges a shared belief the same way, as
 * does a view held "as" something then ("is widely thought to", "is widely
 * regarded as", "has long been seen as"): PolNeAR train marks 10 of 12 such
 * "widely" passives, but only half of the bare "is seen as".
 */
function readPassive(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (lower === 'expected') return readExpectation(tokens, index, cues)
  if (!passiveReportVerbs.has(lower) && !regardVerbs.has(lower)) return -1
  let start = index - 1
  let hedged = false
  // "are still believed", "is also widely thought": adverbs of time leave the report as it is; degree adverbs make it a belief held widely.
  for (let skipped = 0; skipped < 2 && start >= 0 && (hedgesAt(tokens, start) || passiveTimeAdverbs.has(tokens[start]!.lower)); skipped++) {
    hedged ||= hedgesAt(tokens, start)
    start--
  }
  if (start < 0 || !beForms.has(tokens[start]!.lower)) return -1
  if (tokens[start]!.lower === 'been') {
    // "has long been seen as", "has been reported".
    if (hedgesAt(tokens, start - 1)) {
      hedged = true
      start--
    }
    if (start > 0 && perfectAuxiliary.test(tokens[start - 1]!.lower)) start--
  }
  const next = tokenOrNone(tokens, index + 1)?.lower
  // "is widely considered inadequate", "is widely considered the favourite", "… to be dead": "considered" needs no "as".
  const bareComplement = lower === 'considered' && next !== undefined && tokens[index + 1]!.word && (next === 'to' || !prepositions.has(next))
  const regards = hedged && regardVerbs.has(lower) && (next === 'as' || bareComplement)
  // "was confirmed to Reuters by a spokesman": "to" names who was told, and the agent is the source.
  const infinitive = next === 'to' && skipRecipient(tokens, index + 1) === index + 1
  const expletive = tokens[start - 1]?.lower === 'it'
  const clause = infinitive || next === 'that' || (expletive && (opensBareClause(tokens[index + 1]) || thatAfterPlace(tokens, index + 1)))
  if (!regards && !(passiveReportVerbs.has(lower) && clause)) return -1
  // "The central bank is understood to have warned that ...": what the subject said, heard from someone unnamed;
  // "is understood to have asked for a transfer" reports a deed, no words.
  if (lower === 'understood' && infinitive && tokenOrNone(tokens, index + 2)?.lower === 'have' && coreCues.has(tokenOrNone(tokens, index + 3)?.lower ?? '') && thatAhead(tokens, index + 4)) {
    cues.push({head: index + 3, start, end: index + 4, kind: 'verb'})
    return index + 3
  }
  cues.push({head: index, start, end: regards && next === 'as' ? index + 2 : index + 1, kind: 'passive'})
  return index
}

/** Longest one told before "that", in words: "told the party's chief whip that". */
const maxTold = 5

/**
 * Whether "that" opens a clause within `longest` words from `from`, past the
 * one told or addressed: "warned that", "told the whip that", "made clear to
 * donors that".
 */
function thatAhead(tokens: Token[], from: number, longest = maxTold): boolean {
  for (let at = from; at < tokens.length && at - from <= longest; at++) {
    if (tokens[at]!.lower === 'that') return true
    if (!tokens[at]!.word && !isInner(tokens[at]!)) return false
  }
  return false
}

/** Most words of a place or group between an impersonal passive and its clause: "among senior diplomats". */
const maxPlaceBeforeClause = 4

/**
 * "It is widely believed in the capital that ...", "It is thought among diplomats
 * that ...": a short phrase of plain words after a preposition, then the clause.
 */
function thatAfterPlace(tokens: Token[], at: number): boolean {
  if (!prepositions.has(tokens[at]?.lower ?? '') || tokens[at]!.lower === 'by') return false
  for (let index = at + 1; index < tokens.length && index - at <= maxPlaceBeforeClause + 1; index++) {
    const token = tokens[index]!
    if (token.lower === 'that') return index > at + 1
    if (!token.word || looksLikeVerb(token)) return false
  }
  return false
}

/**
 * "The board is expected to decide next week": a forecast nobody is named
 * for, read like "is believed to". PolNeAR train marks 72 of its 85 "is
 * expected to"; only the infinitive counts, not "as expected".
 */
function readExpectation(tokens: Token[], index: number, cues: Cue[]): number {
  let start = index - 1
  if (start >= 0 && isAdverb(tokens[start]!)) start--
  if (start < 0 || !beForms.has(tokens[start]!.lower) || tokenOrNone(tokens, index + 1)?.lower !== 'to') return -1
  if (tokens[start]!.lower === 'been' && start > 0 && perfectAuxiliary.test(tokens[start - 1]!.lower)) start--
  cues.push({head: index, start, end: index + 1, kind: 'passive'})
  return index
}

/**
 * Whether the word after an impersonal passive opens its clause with no
 * "that" ("It is understood the firm has offered ...", "It is believed two
 * men were hurt"), not an adverb ("it was reported live").
 */
function opensBareClause(token: Token | undefined): boolean {
  return token !== undefined && token.word && (token.capitalised || leadingDigit.test(token.value) || determiners.has(token.lower) || subjectPronoun.test(token.lower))
}

/** Whether a degree adverb stands at `at`. */
function hedgesAt(tokens: Token[], at: number): boolean {
  return at >= 0 && degreeAdverbs.has(tokens[at]!.lower)
}

/** Adverbs that make a passive a belief held widely: "is widely thought", "has long been seen". */
const degreeAdverbs = new Set(['widely', 'generally', 'commonly', 'broadly', 'universally', 'long'])
/** Adverbs of time and addition inside a passive report: "are still believed", "was also reported". */
const passiveTimeAdverbs = new Set(['still', 'also', 'now', 'already', 'originally', 'initially', 'previously', 'first'])
/** Verbs of a view held "as" something: "is widely regarded as". */
const regardVerbs = new Set(['regarded', 'seen', 'viewed', 'considered'])

/** "a government official was quoted by Xinhua as saying": the one quoted is the source. */
function readQuoted(tokens: Token[], index: number, cues: Cue[]): number {
  if (tokens[index]!.lower !== 'quoted') return -1
  const saying = tokens.findIndex((other, at) => at > index && at <= index + 8 && other.lower === 'saying' && tokens[at - 1]!.lower === 'as')
  if (index === 0 || !beForms.has(tokens[index - 1]!.lower) || saying < 0) return index
  cues.push({head: index, start: index - 1, end: saying + 1, kind: 'verb'})
  return saying
}

/** "The government reportedly believes ...": the subject holds the view, the report is unsourced. */
function readHedge(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (!hedgeAdverbs.has(lower)) return -1
  const next = tokenOrNone(tokens, index + 1)
  if (next?.word && stanceVerbs.has(next.lower)) {
    cues.push({head: index + 1, start: index, end: index + 2, kind: 'verb'})
    return index + 1
  }
  if (lower === 'reportedly' && !(next?.word && cueLexicon.has(next.lower))) {
    // "Shipping lines reportedly lost $30 million": a report with no source; the subject did not say it.
    // PolNeAR marks the adverb alone as the cue; "allegedly" it rarely marks at all.
    cues.push({head: index, start: index, end: index + 1, kind: 'hedge'})
  }
  return index
}

/** "The audit found that ...", "polls also show ...": a document's findings. */
function readFinding(tokens: Token[], index: number, cues: Cue[]): number {
  const token = tokens[index]!
  if (!documentVerbs.has(token.lower) || token.capitalised) return -1
  const before = skipAuxiliariesBack(tokens, index - 1)
  // "The commission found that ...": PolNeAR train marks 36 of its 43 "found that", whoever found it.
  // Not "finds that pitch compelling", where "that" is a determiner.
  const finding = token.lower === 'found' && (tokenOrNone(tokens, index + 1)?.lower === 'that' || opensFoundClause(tokens, index + 1) || findsBefore(tokens, index, before + 1))
  const subjectEnd = subjectEndBefore(tokens, before + 1)
  const noun = subjectEnd > 0 ? tokens[subjectEnd - 1]!.lower : ''
  const evidence = documentNouns.has(noun) || documentHeads(tokens, subjectEnd) || (showVerbs.has(token.lower) && recordsShow(tokens, before + 1, cues.length > 0)) || documentWithParticiplesBefore(tokens, before + 1)
  if (finding || evidence || obtainedDocumentsBefore(tokens, before + 1)) cues.push({head: index, start: extendBack(tokens, index), end: index + 1, kind: 'verb'})
  return index
}

/**
 * "The deaths were preventable, the coroner has found.", "..., the judge
 * found, and ...": a finding set after its clause, whoever found it (PolNeAR
 * train marks all 6 such trailing findings).
 */
function findsBefore(tokens: Token[], index: number, subjectEnd: number): boolean {
  const next = tokenOrNone(tokens, index + 1)
  if (next && next.value !== ',' && !finalPunctuation.has(next.value)) return false
  const subject = phraseBefore(tokens, subjectEnd)
  return subject !== null && subject[0] > 0 && tokens[subject[0] - 1]!.value === ','
}

/**
 * Whether a document heads the subject that ends at `end`, before the
 * phrase saying whose or of what it is ("The report by the Water Watch
 * (NWW) found ...", "A study of 2,000 patients shows ...").
 */
function documentHeads(tokens: Token[], end: number): boolean {
  const subject = phraseBefore(tokens, end)
  // "filings by states that ...", "voters in all 50 states": no noun ends the subject, so the verb is a noun.
  const last = tokens[end - 1]
  if (!subject || !last || !(last.word || last.value === ')') || prepositions.has(last.lower) || determiners.has(last.lower) || leadingDigit.test(last.value)) return false
  for (let index = subject[0] + 1; index < subject[1]; index++) {
    const token = tokens[index]!
    if (token.word && prepositions.has(token.lower)) return documentLinks.has(token.lower) && documentNouns.has(tokens[index - 1]!.lower)
  }
  return false
}

/** Prepositions between a document and its author or topic: "a study by", "a poll of", "footage from". */
const documentLinks = new Set(['by', 'of', 'from', 'on', 'into', 'for'])

/** Longest agent after "obtained by", in tokens: "obtained by the Associated Press". */
const maxObtainer = 5

/** Whether documents obtained by someone end at `end`: "Emails obtained by the newspaper show ...". */
function obtainedDocumentsBefore(tokens: Token[], end: number): boolean {
  for (let by = end - 2; by > 0 && end - by <= maxObtainer; by--) {
    if (tokens[by]!.lower === 'by') return documentsBefore(tokens, by - 1) !== null
  }
  return false
}

/**
 * Whether records are the subject of a show verb at `end`: bare ("company
 * accounts show", "the results show"; PolNeAR rarely marks the other
 * evidence nouns' "show": "the statistics show part of the picture"), with a
 * participle after them ("tax returns filed last week show", which
 * subjectEndBefore steps over) or an aside between commas ("the accounts for
 * 2012, filed in March, show", "the documents, which include two audits,
 * show").
 */
function recordsShow(tokens: Token[], end: number, afterReport: boolean): boolean {
  // "testing data to show how students perform": an infinitive says what the records are for, not what they show;
  // "off the show": after a determiner "show" is a noun.
  const previous = tokens[end - 1]?.lower ?? ''
  if (previous === 'to' || determiners.has(previous)) return false
  if (tokens[end - 1]?.value === ',') return recordsBeforeAside(tokens, end - 1) !== null
  // "He said the footage released Friday did not show ...": after a report in the sentence, a participle
  // phrase before "show" is most often inside that report's clause, which PolNeAR leaves to the outer report.
  return recordsHead(tokens, end) || (!afterReport && participleAfterRecords(tokens, end) > 0)
}

/** Longest participle phrase between records and their show verb, in tokens: "filed at Companies House last week". */
const maxRecordsParticiple = 8

/**
 * Index of the participle of records with a participle phrase and no comma
 * that end at `end`, or -1: "Company accounts filed last week show", "Police
 * logs obtained by the BBC show", "Court documents filed on Monday showed".
 * Only before a show verb, where a noun for records makes the participle
 * theirs: stepping back over participles for every subject took a verb's
 * object for its source.
 */
function participleAfterRecords(tokens: Token[], end: number): number {
  for (let at = end - 1; at > 0 && end - at <= maxRecordsParticiple; at--) {
    const token = tokens[at]!
    // "emails leaked last week that showed": the show verb is a relative clause's, not the records'.
    if ((!token.word && !isInner(token)) || relativeThat.test(token.lower) || relativePronoun.test(token.lower)) return -1
    if (isParticiple(token) && isRecordNoun(tokens[at - 1]!)) return headsOwnPhrase(tokens, at) ? at : -1
  }
  return -1
}

/**
 * Whether the records before the participle at `at` head their phrase, not
 * the object of a preposition in it: "Police logs obtained", not "the
 * average of polls taken", whose head is no record.
 */
function headsOwnPhrase(tokens: Token[], at: number): boolean {
  const phrase = phraseBefore(tokens, at)
  return phrase !== null && !tokens.slice(phrase[0], at).some((token) => prepositions.has(token.lower))
}

/**
 * The source of a show verb when records are set apart from it: with their
 * participle phrase, as the seeds mark it ("Company accounts filed last
 * week"), or before an aside, whose list may hold commas of its own ("The
 * records, including invoices, receipts and transfers,"). Not when records
 * head the subject as usually read, which leaves out when they came out ("a
 * poll released Friday"), as PolNeAR marks it.
 */
function recordsApart(tokens: Token[], cue: Cue): Range | null {
  if (!showVerbs.has(tokens[cue.head]!.lower)) return null
  if (tokens[cue.start - 1]?.value === ',') return recordsBeforeAside(tokens, cue.start - 1)
  if (recordsHead(tokens, cue.start)) return null
  const participle = participleAfterRecords(tokens, cue.start)
  const records = participle > 0 ? phraseBefore(tokens, participle) : null
  return records && [records[0], cue.start]
}

/** Records before the aside that ends at the comma `close`, or null. */
function recordsBeforeAside(tokens: Token[], close: number): Range | null {
  const open = asideOpening(tokens, close)
  return open > 0 && recordsHead(tokens, open) ? phraseBefore(tokens, open) : null
}

/** Longest aside between records and their show verb, in tokens. */
const maxRecordsAside = 30

/** Words that open an aside about records: "which include", "that cover", "including". */
const asideOpeners = new Set(['which', 'that', 'including', 'both', 'all'])

/**
 * Index of the comma opening an aside that ends at the comma `close`, or -1 when none opens with a relative
 * word or participle. A comma before any other word is one of a list's inside the aside, stepped over: "The
 * files, which include two audits, dozens of emails and a memo, show".
 */
function asideOpening(tokens: Token[], close: number): number {
  for (let open = close - 2; open > 0 && close - open <= maxRecordsAside; open--) {
    const token = tokens[open]!
    if (token.word || isInner(token) || (token.value === ',' && inNumber(tokens, open))) continue
    if (token.value !== ',') return -1
    const first = tokens[open + 1]!
    if (asideOpeners.has(first.lower) || isParticiple(first)) return open
  }
  return -1
}

/** Whether records head the phrase that ends at `end`: "accounts", "Company accounts for the year to June". */
function recordsHead(tokens: Token[], end: number): boolean {
  const phrase = phraseBefore(tokens, end)
  if (!phrase) return false
  for (let index = phrase[0]; index < phrase[1]; index++) {
    const token = tokens[index]!
    const next = tokens[index + 1]
    const closes = index === phrase[1] - 1 || (next?.word === true && prepositions.has(next.lower))
    if (closes && isRecordNoun(token)) return true
    if (token.word && prepositions.has(token.lower)) return false
  }
  return false
}

/** Longest subject of a clause after "found" without "that", in tokens. */
const maxFoundSubject = 5

/**
 * Whether a clause with its own finite verb follows "found" ("the probe found
 * importers had been paid", "the panel found the rules were broken"), not an
 * object ("police found a body in the river", "found someone he would hire",
 * "found the article and would publish it", "found themselves blindsided"):
 * an auxiliary, or a quotation opening on a verb, within a short subject,
 * before any mark, conjunction, relative word or pronoun that opens another
 * clause.
 */
function opensFoundClause(tokens: Token[], start: number): boolean {
  const first = tokenOrNone(tokens, start)
  if (!first?.word || foundObjectStart.test(first.lower) || (start > 1 && beForms.has(tokens[start - 2]!.lower))) return false
  for (let at = start + 1; at < tokens.length && at - start <= maxFoundSubject; at++) {
    const token = tokens[at]!
    if (foundClauseVerb.test(token.lower)) return true
    // "found the process “lacked transparency”": the clause's verb in the words of the finding.
    if (openingQuotes.has(token.value) && at > start && tokens[at + 1] && looksLikeVerb(tokens[at + 1]!)) return true
    if (!token.word || foundSubjectEnd.test(token.lower) || relativePronoun.test(token.lower) || subjectPronoun.test(token.lower)) return false
  }
  return false
}

/**
 * Words after "found" that begin no clause: a particle ("found out"), a
 * reflexive ("found themselves") or the infinitive of a reduced passive,
 * whose subject was found and found nothing ("schools found to lack control").
 */
const foundObjectStart = /^(out|to|.*selves|.*self)$/
/** Words that end the subject of a clause after "found" before its verb could come. */
const foundSubjectEnd = /^(that|and|or|but|to|if|because)$/
/** Finite auxiliaries that open the verb of a clause after "found". */
const foundClauseVerb = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does)$/

/** An -ing form after a noun: what a source issued, or a participle modifying the noun. */
function readParticiple(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  const previous = tokenOrNone(tokens, index - 1)
  if (!lower.endsWith('ing') || !previous?.word) return -1
  // "issued a statement saying ...": the one who issued it speaks, as PolNeAR marks it.
  if (issuedNouns.has(previous.lower) || (lower === 'saying' && documentNouns.has(previous.lower))) {
    cues.push({head: index, start: index, end: index + 1, kind: 'issued'})
    return index
  }
  // "a letter urging ...", "a resolution calling for ...": a participle modifying a noun, not a finite report.
  if ((documentNouns.has(previous.lower) && !selfReporting.has(previous.lower)) || (lower === 'calling' && modifiesNoun(previous))) return index
  return -1
}

/** "called for", "called on", "called the plan “a disaster”", "calling them reckless". */
function readCall(tokens: Token[], index: number, cues: Cue[]): number {
  if (!callVerb.test(tokens[index]!.lower)) return -1
  const previous = tokenOrNone(tokens, index - 1)
  const next = tokenOrNone(tokens, index + 1)
  // "a call for proposals", "his call for calm": the noun, not a source calling.
  if (previous && (articles.has(previous.lower) || (possessive.test(previous.lower) && !contractedIs.test(previous.lower)))) return index
  if (headsCompoundNoun(tokens, index) || namedInFreeRelative(tokens, index)) return index
  // "a play called “Brokers”": a participle naming the noun before it. PolNeAR train marks 7 of 23.
  if (next && openingQuotes.has(next.value) && previous && !previous.capitalised && !pronouns.has(previous.lower) && modifiesNoun(previous)) return index
  if (next?.lower === 'for' || next?.lower === 'on') cues.push({head: index, start: extendBack(tokens, index), end: index + 2, kind: 'verb'})
  // "Obama called the holiday “a celebration of faith”": a characterisation in the source's words.
  else if (tokens.slice(index + 1, index + 7).some((other) => openingQuotes.has(other.value)) || characterises(tokens, index + 1)) cues.push({head: index, start: extendBack(tokens, index), end: index + 1, kind: 'verb'})
  return index
}

/** Longest subject between "what" and the verb it is the object of: "what the survivors of the camp have". */
const maxFreeRelativeSubject = 6

/**
 * The "what" that a free relative opens a few plain words before the verb at
 * `index` ("what the ministry called", "what survivors have said"), or -1.
 */
function freeRelativeOpening(tokens: Token[], index: number): number {
  return wordBackOver(tokens, index, maxFreeRelativeSubject, freeRelativeWords)
}

const freeRelativeWords: ReadonlySet<string> = new Set(['what'])

/**
 * "The union condemned what it called a “betrayal”", "insisted they would
 * not negotiate with what he called “armed gangs”", "blamed the queues
 * on what it described as smuggling": a name given inside a free relative
 * is the object of the clause around it, reported by that clause's verb, as
 * PolNeAR (11 of 14 in train) and our annotators mark it, not a second
 * report of its own. A pronoun names the outer clause's subject again; a
 * noun after a plain verb is a source of its own ("stopped them for what
 * police described as a curfew violation").
 */
function namedInFreeRelative(tokens: Token[], index: number): boolean {
  const what = freeRelativeOpening(tokens, index)
  if (what < 0) return false
  return verdictVerbs.has(tokenOrNone(tokens, what - 1)?.lower ?? '') || (index - what === 2 && pronouns.has(tokens[what + 1]!.lower))
}

/**
 * "confirms what survivors have said for years", "consistent with what
 * climate models predict for the region": "what" is the verb's object, so
 * what follows the verb (an adjunct, or nothing) is not what was said. A
 * clause after it holds the "what" ("what Trump says his plan would do"), a
 * name after "as" is the thing said ("what police described as a curfew
 * violation"), after "That was" or "This is" the free relative points back
 * to words already quoted, and a colon or a quotation after it brings the
 * words ("Here's what he said: “…”"): each of these still reports.
 */
function freeRelativeObject(tokens: Token[], index: number): boolean {
  const next = tokenOrNone(tokens, index + 1)
  if (next?.word && !prepositions.has(next.lower)) return false
  const what = freeRelativeOpening(tokens, index)
  if (what < 0) return false
  const before = tokenOrNone(tokens, what - 1)?.lower ?? ''
  if (beForms.has(before) || contractedIs.test(before)) return false
  // "Here’s what he said: “…”", "what the minister said on Monday: “…”": the words follow; a closing mark does not.
  return !openingQuotes.has(next?.value ?? '') && tokens.findIndex((token, at) => at > index && token.value === ':') < 0
}

/** Longest run of modifiers between a determiner and a noun "call": "a brief conference call". */
const maxCallModifiers = 3

/**
 * "told reporters on a conference call that ...", "in a phone call with
 * his counterpart", "during a short video call": "call" heads a noun phrase
 * whose determiner stands a few plain words back, right after a preposition,
 * a verb or the clause's start. A determiner after a noun opens a time
 * phrase instead ("The union this week calls for ..."), and "called" or
 * "calling" are never the noun.
 */
function headsCompoundNoun(tokens: Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  if (lower !== 'call' && lower !== 'calls') return false
  for (let at = index - 1; at >= 0 && index - at <= maxCallModifiers; at--) {
    const token = tokens[at]!
    if (!token.word || token.capitalised || isAdverb(token)) return false
    if (articles.has(token.lower) || possessive.test(token.lower) || digits.test(token.lower)) {
      if (at === index - 1) return false
      const before = tokenOrNone(tokens, at - 1)
      return !before?.word || prepositions.has(before.lower) || looksLikeVerb(before) || haveForms.has(before.lower)
    }
    // "the media would call him": a verb group, not a modifier.
    if (looksLikeVerb(token) || prepositions.has(token.lower) || modal.test(token.lower) || verbAuxiliary.test(token.lower)) return false
  }
  return false
}

/** "Critics pointed out that ...": PolNeAR train marks 52 of its 61 "point out"; "pointed to" is no report. */
function readPointOut(tokens: Token[], index: number, cues: Cue[]): number {
  if (!pointVerb.test(tokens[index]!.lower) || tokenOrNone(tokens, index + 1)?.lower !== 'out' || tokenOrNone(tokens, index - 1)?.lower === 'to') return -1
  cues.push({head: index, start: extendBack(tokens, index), end: index + 2, kind: 'verb'})
  return index + 1
}

/** Longest addressee of "made clear to ... that", in tokens: "to the Greek prime minister". */
const maxClearAddressee = 5

/**
 * "The minister made clear that the offer stood", "She has made it clear to
 * donors that ...": PolNeAR train marks 28 of its 49 "make clear", nearly
 * all before a clause; with an object ("made clear his opposition") it voices
 * a stance, and is left to other readers, as are an infinitive and a passive.
 */
function readMakeClear(tokens: Token[], index: number, cues: Cue[]): number {
  // "failed to make clear", "is expected to make clear": not made yet; "it was made clear": a passive with no source.
  const previous = tokenOrNone(tokens, index - 1)?.lower ?? ''
  if (!makeVerb.test(tokens[index]!.lower) || previous === 'to' || beForms.has(previous)) return -1
  const clear = tokenOrNone(tokens, index + 1)?.lower === 'it' ? index + 2 : index + 1
  if (tokenOrNone(tokens, clear)?.lower !== 'clear') return -1
  const after = tokenOrNone(tokens, clear + 1)?.lower
  if (after !== 'that' && !(after === 'to' && thatAhead(tokens, clear + 1, maxClearAddressee + 1))) return -1
  cues.push({head: index, start: extendBack(tokens, index), end: clear + 1, kind: 'verb'})
  return clear
}

/** Longest place a post went up on before its "that", in tokens: "on his Facebook page". */
const maxPostPlace = 5

/**
 * "She posted on X that the recall was overdue", "posted on his Facebook
 * page that ...": a post with a clause, which PolNeAR train marks both times;
 * the place belongs to the cue. "The low was a record, the weather service
 * posted on X.": a post of the clause before, when the place is a platform
 * and ends the sentence or hands over to "adding". Not "posted a loss",
 * "posted on Monday".
 */
function readPost(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (lower !== 'posted' && lower !== 'posts') return -1
  const preposition = tokenOrNone(tokens, index + 1)?.lower
  if (preposition !== 'on' && preposition !== 'to') return index
  for (let at = index + 2; at - index <= maxPostPlace + 1; at++) {
    const token = tokenOrNone(tokens, at)
    if (token?.lower === 'that') {
      if (at > index + 2) cues.push({head: index, start: extendBack(tokens, index), end: at, kind: 'verb'})
      return index
    }
    if (!token || terminalMarks.has(token.value) || participleAfterComma(tokens, at)) {
      if (tokens.slice(index + 2, at).some(namesPlatform) && subjectAfterComma(tokens, index)) cues.push({head: index, start: extendBack(tokens, index), end: at, kind: 'verb'})
      return index
    }
    if (!token.word && !isInner(token)) return index
  }
  return index
}

/**
 * Whether only a subject stands between the last comma and the verb at
 * `index`, after a clause: "…, the weather service posted", "…, monitoring
 * group NetWatch posted", not "…, issued an ultimatum in a statement posted"
 * nor "…, issuing a statement posted", whose participle modifies the noun
 * before it.
 */
function subjectAfterComma(tokens: Token[], index: number): boolean {
  const comma = tokens.findLastIndex((token, at) => at < index && token.value === ',')
  if (comma < 0 || documentNouns.has(tokens[index - 1]!.lower) || !clauseBefore(tokens, comma)) return false
  return !tokens.slice(comma + 1, index).some((token) => looksLikeVerb(token) && !token.lower.endsWith('ing'))
}

/**
 * Whether a clause, something a source could have posted, ends at the comma
 * at `comma`: not a fronted opener ("After the game, fans posted"), and no
 * relative or conjunction after the comma takes the subject into a clause of
 * its own ("the video, which a neighbour posted", "..., and his sister posted").
 */
function clauseBefore(tokens: Token[], comma: number): boolean {
  const next = tokens[comma + 1]?.lower ?? ''
  // "Shortly after the attack, ...": an adverb opening the sentence is capitalised, which subjectStart does not skip.
  const adverbOpens = tokens[firstWord(tokens)]!.lower.endsWith('ly')
  return !adverbOpens && subjectStart(tokens) !== comma + 1 && !relativePronoun.test(next) && !coordinators.has(next)
}

/** Whether a comma at `at` hands over to a participle of saying: "…, the group posted on X, adding that …". */
function participleAfterComma(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1]
  return tokens[at]!.value === ',' && next !== undefined && next.lower.endsWith('ing') && coreCues.has(next.lower)
}

/** Where posts go up: a platform's name ("X", "Facebook") or a kind of page ("social media", "its website"). */
function namesPlatform(token: Token): boolean {
  return token.word && ((token.capitalised && !weekdaysAndMonths.has(token.lower)) || platformNouns.has(token.lower))
}

/** Lower-case nouns for where a post goes up, which a platform's name stands for when there is none. */
const platformNouns = new Set(['media', 'website', 'blog', 'page', 'account', 'feed', 'channel', 'site'])

/**
 * "Residents blamed the council for the floods", "He blames the media":
 * PolNeAR train marks 19 of its 23 "blamed" and all 4 "blames", though the
 * lexicon, mined from verbs of saying, lacks them; not when something only
 * "could be blamed on" a cause, nor in a relative clause whose object is the
 * noun before it ("problems that he blamed on the policy"), unlike a passive
 * ("Migrants were blamed for the unrest").
 */
function readBlame(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (lower !== 'blamed' && lower !== 'blames') return -1
  const previous = tokenOrNone(tokens, index - 1)?.lower ?? ''
  const objectLess = blameCauses.has(tokenOrNone(tokens, index + 1)?.lower ?? '') && !beForms.has(previous)
  if (previous === 'be' || determiners.has(previous) || possessive.test(previous) || objectLess) return index
  cues.push({head: index, start: extendBack(tokens, index), end: index + 1, kind: 'verb'})
  return index
}

/** The index of the word before the adverbs that end at `index`: "been" in "been widely condemned". */
function skipAdverbsBack(tokens: Token[], index: number): number {
  let at = index
  while (at >= 0 && isAdverb(tokens[at]!)) at--
  return at
}

/** Prepositions after "blamed" that open the cause or the fault: "blamed for", "blamed on". */
const blameCauses = new Set(['for', 'on'])

/**
 * A verdict verb with its object after it, the object what was judged.
 * Not a passive ("was condemned as", "has been widely condemned": the source
 * is not the subject), a participle after a determiner ("the condemned prisoners") or a
 * verb with no object ("condemned in the strongest terms").
 */
function readVerdict(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (!verdictVerbs.has(lower)) return -1
  const previous = tokenOrNone(tokens, index - 1)?.lower ?? ''
  const next = tokenOrNone(tokens, index + 1)
  if (!next?.word || prepositions.has(next.lower) || determiners.has(previous) || possessive.test(previous)) return index
  // "for condemning the idea", "by condemning the remarks": a gerund after a preposition has no subject of its own.
  if (prepositions.has(previous) || beForms.has(tokenOrNone(tokens, skipAdverbsBack(tokens, index - 1))?.lower ?? '')) return index
  cues.push({head: index, start: extendBack(tokens, index), end: index + 1, kind: 'verb'})
  return index
}

/** "put" reports in two shapes: an "As X put it," opener, or a figure put at a number. */
function readPut(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (lower !== 'put' && lower !== 'puts') return -1
  return tokenOrNone(tokens, index + 1)?.lower === 'it' ? readPutIt(tokens, index, cues) : readPutFigure(tokens, index, cues)
}

/** Longest source between the "as" of an "As X put it," opener and its verb, in tokens. */
const maxPutItSource = 8

/** Marks after "put it" that open what was put: "As she put it, …", "as he put it: …". */
const putItMarks = new Set([',', ':', '—', '–'])

/**
 * "As one critic put it, …", "as the minister once put it: “…”": the words
 * that follow are the source's. Only after an "as", with a mark right after
 * "it"; "put it on hold" reports nothing, and "X put it bluntly: “…”" is read
 * by its colon.
 */
function readPutIt(tokens: Token[], index: number, cues: Cue[]): number {
  const mark = tokenOrNone(tokens, index + 2)
  if (!mark || !putItMarks.has(mark.value)) return index
  for (let at = index - 1; at >= 0 && index - at <= maxPutItSource; at--) {
    if (tokens[at]!.lower === 'as') {
      cues.push({head: index, start: extendBack(tokens, index), end: index + 2, kind: 'verb'})
      return index + 1
    }
  }
  return index
}

/** Longest figure put "at" a number, in tokens: "put the number of homes left without power at". */
const maxPutFigure = 10

/**
 * "Police put the death toll at 23", "Estimates have put the damage in the
 * hundreds of millions", "A survey put support for the deal at 50 per cent":
 * an estimate of the subject's, as the seeds mark it. Only a figure, with or
 * without a determiner, set at a number, not "put the issue at the centre of
 * the campaign", "put it at risk" nor a number put somewhere ("put 200
 * workers on leave").
 */
function readPutFigure(tokens: Token[], index: number, cues: Cue[]): number {
  if (figureAtNumber(tokens, index)) cues.push({head: index, start: extendBack(tokens, index), end: index + 1, kind: 'verb'})
  return index
}

/**
 * Whether the verb at `index` sets a figure at a number: "put the death toll
 * at 23", "estimate the damage at $2 million"; or, as a poll does, a
 * candidate or party at a share ("put Lacerda at 49%").
 */
function figureAtNumber(tokens: Token[], index: number): boolean {
  const first = tokenOrNone(tokens, index + 1)
  const named = first?.capitalised === true && first.word && pollBefore(tokens, index)
  if (!named && !opensFigure(first)) return false
  for (let at = index + 2; at < tokens.length && at - index <= maxPutFigure; at++) {
    const token = tokens[at]!
    if (!token.word) return false
    if (token.lower !== 'at' && !(token.lower === 'in' && magnitudeAfter(tokens, at + 1))) continue
    if (named) return token.lower === 'at' && shareAfter(tokens, at + 1)
    return token.lower === 'in' || numberAfter(tokens, at + 1)
  }
  return false
}

/** Whether a poll or a forecast is the subject of the verb at `index`: "The latest poll puts Labour at ...". */
function pollBefore(tokens: Token[], index: number): boolean {
  const head = tokenOrNone(tokens, subjectHead(tokens, extendBack(tokens, index)))
  return head !== undefined && pollNouns.has(head.lower)
}

const pollNouns = new Set(['poll', 'polls', 'survey', 'surveys', 'forecast', 'forecasts', 'projection', 'projections', 'model', 'models', 'estimate', 'estimates'])

/** Whether a share follows `at`: "49%", "49 percent", "49 per cent". */
function shareAfter(tokens: Token[], at: number): boolean {
  const number = tokens[at]
  if (!number || !leadingDigit.test(number.value)) return false
  const next = tokens[at + 1]?.lower ?? ''
  // "cent." at the end of a text keeps its full stop as one token.
  return number.value.endsWith('%') || next === '%' || next === 'percent' || (next === 'per' && /^cent\.?$/.test(tokens[at + 2]?.lower ?? ''))
}

/** Whether an order of magnitude follows `at`: "put the damage in the hundreds of millions". */
function magnitudeAfter(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'the' && magnitudes.test(tokens[at + 1]?.lower ?? '')
}

/** Orders of magnitude that stand for a figure: "in the hundreds of millions". */
const magnitudes = /^(tens|hundreds|thousands|millions|billions|trillions)$/

/** Whether a word may open the figure put at a number: a determiner or a lowercase noun ("the toll", "damage", "total debt"), not a pronoun, a preposition or a number. */
function opensFigure(token: Token | undefined): boolean {
  if (!token?.word || token.capitalised || leadingDigit.test(token.value) || pronouns.has(token.lower) || objectPronoun.test(token.lower) || prepositions.has(token.lower)) return false
  return figureDeterminers.has(token.lower) || !notInSubject.has(token.lower)
}

/** Determiners that open the figure put at a number. */
const figureDeterminers = new Set(['the', 'its', 'their', 'his', 'our', 'this', 'that'])

/** Whether a number follows `at`, perhaps after a word of approximation or a currency ("at about 40", "at more than 1,000", "at $1 trillion"). */
function numberAfter(tokens: Token[], at: number): boolean {
  let words = 0
  for (let index = at; index < tokens.length && words < 3; index++) {
    const token = tokens[index]!
    if (leadingDigit.test(token.value) || currencyLetters.test(token.value)) return true
    // "at Gate 4": a number after a name numbers a place, not an amount ("US$16 billion" is one).
    if (token.capitalised && !currencySigns.has(tokens[index + 1]?.value ?? '')) return false
    if (token.word) words++
    else if (!currencySigns.has(token.value)) return false
  }
  return false
}

/** Signs of a currency before its amount: "$1 trillion", "£31m", "₹95 crore". */
const currencySigns = new Set(['$', '£', '€', '¥', '₹'])

/**
 * An amount after the letters of its currency: "N151.56" (naira), "R2bn",
 * "Rs500", "KSh5,000", "HK$300"; with decimals, thousands or a magnitude (or,
 * after letters no road or gate takes, three digits), as no gate, road or
 * seat is numbered so ("Gate B4", "the M4", "the R101").
 */
const currencyLetters = /^(?:(?:N|R)(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:bn|m|tn|k))|(?:Rs|KSh|Sh|RM|Rp|Tk|[A-Z]{0,2}\$)(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:bn|m|tn|k)|\d{3,}))$/

/**
 * "“…,” the statement read.", "The letter continued: “…”", "“…,” the
 * statement read, “…”": what a document quotes, only when nothing but the end
 * of the sentence, a colon or the rest of a split quotation follows.
 */
function readDocumentQuote(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (!documentQuoteVerb.test(lower)) return -1
  const previous = tokenOrNone(tokens, index - 1)
  const next = tokenOrNone(tokens, index + 1)
  if (previous?.word && documentNouns.has(previous.lower) && (!next || next.value === '.' || next.value === ':' || resumesQuote(tokens, index + 1))) cues.push({head: index, start: index, end: index + 1, kind: 'verb'})
  // "“…,” he continued.", "Ruiz continued: “…”": a speaker going on with a quotation.
  else if (continueVerb.test(lower) && continuesQuote(tokens, index)) cues.push({head: index, start: index, end: index + 1, kind: 'verb'})
  return index
}

/** Whether a comma at `index` hands back to a quotation: "the statement read, “to bring them home.”". */
function resumesQuote(tokens: Token[], index: number): boolean {
  return tokens[index]?.value === ',' && openingQuotes.has(tokens[index + 1]?.value ?? '')
}

/**
 * "Farmers view the subsidy as long overdue": a stance ascribed to a source;
 * "took to Twitter to describe the city as a gas chamber": the words, even
 * after "to".
 */
function readCharacterisation(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (!(viewVerb.test(lower) || characteriseVerb.test(lower)) || !tokens.slice(index + 2, index + 12).some((other) => other.lower === 'as')) return -1
  if (namedInFreeRelative(tokens, index)) return index
  cues.push({head: index, start: extendBack(tokens, index), end: index + 1, kind: 'verb'})
  return index
}

/** Belief verbs whose forecast may take an object and an infinitive: "Analysts expect the strike to end". */
const forecastVerbs = new Set(['expect', 'expected', 'estimate', 'estimated'])
/** Longest object before the infinitive of a forecast, in tokens: "expect other producers in the platinum belt to face". */
const maxForecastObject = 8

/**
 * "Economists reckon the bank will raise rates", "Residents privately fear
 * the plant will close", "Analysts expect the strike to end": a view ascribed
 * to people in the plural or to a body of them. PolNeAR train marks all 7
 * "<people> believe" with a clause and no "that", and 8 of 9 such "think",
 * "fear", "estimate", "worry"; but "I believe", "voters fear the candidate",
 * "believe in God", "people who believe" report nothing, so the subject
 * must be a plural noun for people right before the verb group, and a clause
 * or a forecast must follow.
 */
function readBelief(tokens: Token[], index: number, cues: Cue[]): number {
  const lower = tokens[index]!.lower
  if (!beliefVerbs.has(lower)) return -1
  let start = extendBack(tokens, index)
  while (start > 1 && beliefAdverbs.has(tokens[start - 1]!.lower)) start--
  if (!heldByPeople(tokens, subjectHead(tokens, start)) || countedModifier(tokens, index)) return -1
  const next = tokenOrNone(tokens, index + 1)
  // "crops, which growers estimate could cost billions": the clause's subject is the relative pronoun before.
  const gap = next !== undefined && finiteAuxiliary.test(next.lower) && gapAfterRelative(tokens, index)
  const clause = gap || next?.lower === 'that' || opensFoundClause(tokens, index + 1) || opensUnauxiliedClause(tokens, index + 1) || (forecastVerbs.has(lower) && (opensForecast(tokens, index + 1) || figureAtNumber(tokens, index)))
  if (!clause) return -1
  cues.push({head: index, start, end: index + 1, kind: 'verb'})
  return index
}

/**
 * "where a few suspected cases have been reported": a past form after "a few"
 * or "the many", before a bare noun, describes what they count; not "A few
 * believed the plan would fail".
 */
function countedModifier(tokens: Token[], index: number): boolean {
  const quantifier = tokenOrNone(tokens, index - 1)
  const next = tokenOrNone(tokens, index + 1)
  if (!tokens[index]!.lower.endsWith('ed') || !quantifier || !quantifierPronouns.has(quantifier.lower) || !articles.has(tokenOrNone(tokens, index - 2)?.lower ?? '')) return false
  return next !== undefined && next.word && !determiners.has(next.lower) && !pronouns.has(next.lower)
}

/** Bodies that hear evidence, whose hearing reports it: "the court", "the inquest", "jurors". */
const hearingBodies = new Set([
  'court', 'courts', 'inquest', 'inquests', 'tribunal', 'inquiry', 'committee', 'commission', 'panel',
  'jury', 'jurors', 'magistrates', 'parliament', 'senate', 'assembly', 'council', 'mps', 'senators', 'lawmakers', 'councillors', 'councilors'
])

/**
 * "The inquest heard that the boy had been bullied", "the court heard the
 * defendant had threatened him", "the tribunal heard how staff worked
 * unpaid": what a court or hearing is told in evidence is reported as it
 * heard it. Not "the inquest heard evidence over 23 days" (an object) nor
 * "residents heard gunfire" (no body that hears evidence).
 */
function readHearing(tokens: Token[], index: number, cues: Cue[]): number {
  if (tokens[index]!.lower !== 'heard') return -1
  const start = extendBack(tokens, index)
  if (!hearingBodies.has(tokenOrNone(tokens, subjectHead(tokens, start))?.lower ?? '')) return -1
  const next = tokenOrNone(tokens, index + 1)?.lower
  if (next !== 'that' && next !== 'how' && !opensFoundClause(tokens, index + 1) && !opensUnauxiliedClause(tokens, index + 1)) return -1
  cues.push({head: index, start, end: index + 1, kind: 'verb'})
  return index
}

/**
 * The head of the subject that ends at `end`: its last word before any
 * preposition ("Diplomats in the capital" -> "Diplomats"), or -1.
 */
function subjectHead(tokens: Token[], end: number): number {
  const subject = phraseBefore(tokens, end)
  if (!subject) return -1
  for (let at = subject[0] + 1; at < subject[1]; at++) if (prepositions.has(tokens[at]!.lower)) return at - 1
  return subject[1] - 1
}

/**
 * Whether a plural noun for people or a body of them stands at `at`:
 * "analysts", "police", "the authorities"; capitalised only as the sentence's
 * first word, not a name ("the Analysts Guild").
 */
function heldByPeople(tokens: Token[], at: number): boolean {
  const token = tokenOrNone(tokens, at)
  if (!token?.word || (token.capitalised && at > 0)) return false
  const lower = token.lower
  if (quantifierPronouns.has(lower) || agentPlural.test(lower)) return true
  return (personNouns.has(lower) || organizationNouns.has(lower) || groupNouns.has(lower)) && pluralPeople.test(lower)
}

/**
 * Whether a clause with a bare finite verb follows a belief, one with no
 * auxiliary: "believe he acted alone", "suspect corrosion weakened the
 * cables", "believed the men fled". A subject pronoun can be no object; a past
 * form after a noun heads the clause unless "by" makes it a reduced passive
 * ("the men arrested by police"), one after a form of "be" is a passive
 * ("expected to be called"), and one after a determiner or an adverb is an
 * adjective ("the alleged gunman"). Not after "to", which opens no clause.
 */
function opensUnauxiliedClause(tokens: Token[], start: number): boolean {
  const first = tokenOrNone(tokens, start)
  if (!first?.word || foundObjectStart.test(first.lower)) return false
  if (subjectPronoun.test(first.lower)) return tokenOrNone(tokens, start + 1)?.word === true
  for (let at = start + 1; at < tokens.length && at - start <= maxFoundSubject; at++) {
    const token = tokens[at]!
    if (!token.word || foundSubjectEnd.test(token.lower) || relativePronoun.test(token.lower)) return false
    if (pastForm(token) && headsBareClause(tokens, at)) return true
  }
  return false
}

/** Common irregular past forms that head a clause: "the men fled", "the victim knew". */
const irregularPast = new Set(['fled', 'knew', 'took', 'made', 'went', 'gave', 'got', 'sent', 'saw', 'came', 'began', 'ran', 'stole', 'hid', 'met', 'kept', 'lost', 'paid', 'bought', 'sold', 'brought', 'fell', 'drove', 'broke', 'held', 'led', 'spent', 'built', 'caught', 'left', 'struck', 'shot', 'fought', 'sought', 'threw', 'chose', 'rose', 'grew', 'flew'])

/** A past form of a verb, regular or common irregular, not a name. */
function pastForm(token: Token): boolean {
  if (token.capitalised) return false
  return irregularPast.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed'))
}

/** Whether the past form at `at` is a clause's verb after its subject, not an adjective or a reduced passive. */
function headsBareClause(tokens: Token[], at: number): boolean {
  const previous = tokens[at - 1]!
  if (!previous.word || determiners.has(previous.lower) || prepositions.has(previous.lower) || beForms.has(previous.lower) || isAdverb(previous)) return false
  return tokenOrNone(tokens, at + 1)?.lower !== 'by'
}

/** Adverbs of time and degree between a group and its belief that `isAdverb` does not know: "economists now believe". */
const beliefAdverbs = new Set(['now', 'still', 'also', 'all', 'too', 'already'])

/** Plural forms among the nouns for people and bodies: "economists", "men", "people", "police", "authorities". */
const pluralPeople = /(?<!s)s$|^(men|women|people|police|staff|personnel|folk)$/

/** Whether an object and an infinitive follow a forecast: "expect the dispute to be settled", "expect it to rise". */
function opensForecast(tokens: Token[], start: number): boolean {
  const first = tokenOrNone(tokens, start)
  if (!first?.word || first.lower === 'to') return false
  for (let at = start + 1; at < tokens.length && at - start <= maxForecastObject; at++) {
    const token = tokens[at]!
    if (token.lower === 'to') return tokenOrNone(tokens, at + 1)?.word === true && !determiners.has(tokens[at + 1]!.lower)
    if (!token.word || foundSubjectEnd.test(token.lower)) return false
  }
  return false
}

/** Nouns for a stance that a source expresses or voices: "concern", "doubts", "support". */
const stanceNouns = new Set([
  'concern', 'concerns', 'doubt', 'doubts', 'fear', 'fears', 'worry', 'worries', 'alarm', 'hope', 'hopes', 'optimism',
  'pessimism', 'frustration', 'support', 'opposition', 'confidence', 'regret', 'regrets', 'sympathy', 'condolences',
  'disappointment', 'dismay', 'anger', 'outrage', 'surprise', 'astonishment', 'skepticism', 'scepticism', 'reservations',
  'interest', 'gratitude', 'satisfaction', 'displeasure', 'unease', 'solidarity', 'misgivings', 'remorse', 'amusement'
])
/** Verbs of giving before the noun "voice": "gave voice to", "lend voice to". */
const givingVerb = /^(give|gives|gave|given|giving|lend|lends|lent|lending|find|finds|found|finding)$/
/** Longest run of modifiers between an expression verb and its stance, in words: "expressed deep and growing concern". */
const maxStanceModifiers = 3

/**
 * "Diplomats have privately expressed concern that the truce could fail",
 * "Three states have voiced doubts about the loan": a stance voiced is a
 * report, with the stance and what follows as what was said. PolNeAR train
 * marks 17 of its 18 "expressed" before such a noun. Not "the gene is
 * expressed in cells", nor the noun "a voice of support".
 */
function readExpression(tokens: Token[], index: number, cues: Cue[]): number {
  if (!expressionVerbs.has(tokens[index]!.lower)) return -1
  const previous = tokenOrNone(tokens, index - 1)
  if (previous && (determiners.has(previous.lower) || possessive.test(previous.lower) || prepositions.has(previous.lower) || beForms.has(previous.lower))) return index
  // "gave voice to the anger", "lent voice to their fears": the noun after a verb of giving.
  if (previous && givingVerb.test(previous.lower)) return index
  for (let at = index + 1; at < tokens.length && at - index <= maxStanceModifiers + 1; at++) {
    const token = tokens[at]!
    if (!token.word || token.capitalised) return index
    if (stanceNouns.has(token.lower)) {
      cues.push({head: index, start: extendBack(tokens, index), end: index + 1, kind: 'verb'})
      return index
    }
  }
  return index
}

/** A reporting verb of the lexicon, precise enough and used as a finite report: "said", "has warned", "told reporters". */
function readReportingVerb(tokens: Token[], index: number, cues: Cue[], settings: CueSettings): number {
  const token = tokens[index]!
  const lower = token.lower
  if (index > 0 && token.capitalised) return index
  const precision = lower === 'refused' ? refusalPrecision(tokens, index) : (complementPrecision(tokens, index) ?? forecastPrecision(tokens, index) ?? tellPrecision(tokens, index) ?? lexiconPrecision(lower))
  if (precision === undefined || (precision < settings.minPrecision && !(coreCues.has(lower) && precision >= settings.minPrecision / 2))) return index
  if (reportsNothingHere(tokens, index)) return index
  if (declining.test(lower)) return readRefusal(tokens, index, cues)
  // "Five men accused of ...": an agentless passive, as "were accused of" is; the men are not the source.
  const kind = reducedPassive(tokens, index) ? 'passive' : 'verb'
  cues.push({head: index, start: extendBack(tokens, index), end: extendForward(tokens, index), kind})
  return index
}

/**
 * The share of a verb form marked as a cue in PolNeAR train, read for a
 * British spelling from the American one when train, written in American
 * English, lacks it or never marks it ("signalled" as "signaled", "emphasised"
 * as "emphasized", "recognising" as "recognizing").
 */
function lexiconPrecision(lower: string): number | undefined {
  const precision = cueLexicon.get(lower)
  if (precision || !britishSpelling.test(lower)) return precision
  return cueLexicon.get(lower.replace(britishSpelling, americanSpelling)) ?? precision
}

/** The British parts of a verb form that American spelling writes otherwise: "signalled", "emphasised". */
const britishSpelling = /ll(?=(ed|ing)$)|is(?=(e|es|ed|ing)$)/

/**
 * The American spelling of a part `britishSpelling` matched.
 *
 * @param british "ll" or "is".
 * @returns "l" or "iz".
 */
function americanSpelling(british: string): string {
  return british === 'll' ? 'l' : 'iz'
}

/**
 * Whether "her" at `index` is a preposition's object before a verb in the past ("A porter standing beside
 * her said"), no determiner of a noun ("laughed at her claims").
 */
function objectHer(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower ?? ''
  return tokens[index]!.lower === 'her' && prepositions.has(tokenOrNone(tokens, index - 1)?.lower ?? '') && (pastParticiple.test(next) || irregularPastSpeech.has(next))
}

/** Reporting verbs in the past that do not end in "-ed": "said", "wrote". */
const irregularPastSpeech = new Set(['said', 'wrote', 'spoke', 'thought'])

/**
 * Whether a reporting verb of the lexicon is, where it stands, no finite
 * report: an infinitive, a noun, an adjective, a sense that reports nothing,
 * something not yet said or a request for anonymity.
 */
function reportsNothingHere(tokens: Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  const previous = tokenOrNone(tokens, index - 1)
  const next = tokenOrNone(tokens, index + 1)
  // "to say", "a statement", "the report", "his remarks", "worth noting": not a finite reporting verb.
  // "Two in three said": a number closing a proportion is the subject, not a determiner before a noun.
  if (previous && !afterQuantifierSubject(tokens, index) && !proportionSubject(tokens, index) && (previous.lower === 'to' || previous.lower === 'worth' || nounDeterminers.has(previous.lower) || ((determiners.has(previous.lower) || possessive.test(previous.lower)) && !objectHer(tokens, index - 1)))) return true
  // "its latest forecast that ...", "the annual report": a noun after a determiner and an adjective of series.
  if (previous && seriesAdjectives.has(previous.lower) && reportNouns.has(lower) && (determiners.has(tokenOrNone(tokens, index - 2)?.lower ?? '') || possessive.test(tokenOrNone(tokens, index - 2)?.lower ?? ''))) return true
  // "his often-repeated vow", "a long-awaited report": a noun after a compound adjective.
  if (previous && (modifiesAsAdjective(tokens, index) || (isCompoundAdjective(previous) && !isAdverb(previous)))) return true
  // "the rival claims are false", "territorial claims", "credible reports": a plural noun, not a verb.
  if (pluralNoun(tokens, index) || gerundModifier(tokens, index)) return true
  if (nounByAgreement(tokens, index) || definesAnyone(tokens, index) || saidByNoOne(tokens, index) || mannerPhrase(tokens, index) || closesRelativeSubject(tokens, index)) return true
  if (otherSense(tokens, index)) return true
  // "blamed smuggling for what it described as shortages": a name inside the object of another clause.
  if (next?.lower === 'as' ? namedInFreeRelative(tokens, index) : freeRelativeObject(tokens, index)) return true
  if (claimOfRecord(tokens, index) || passiveInstruction(tokens, index) || participleOnObject(tokens, index) || participleBeforeVerb(tokens, index)) return true
  // "would say", "will announce": not yet said; "was asked": the source is the one asking.
  // "will be announced", "would still claim": not yet said either.
  if (previous && (isModal(tokens, index - 1) || willContracted.test(previous.lower) || ((previous.lower === 'be' || modalAdverbs.has(previous.lower)) && isModal(tokens, index - 2)) || (passiveBe.test(previous.lower) && askVerb.test(lower)))) return true
  // "news reports said", "initial estimates put": a noun heading the subject of the verb after it.
  if (documentNouns.has(lower) && next?.word && (finiteAfterNoun.test(next.lower) || cueLexicon.has(next.lower))) return true
  // "384 pledged delegates": a participle used as an adjective after a number; "published in 2009 warned": a year is a time.
  if (previous && leadingDigit.test(previous.value) && lower.endsWith('ed') && !(year.test(previous.value) && prepositions.has(tokenOrNone(tokens, index - 2)?.lower ?? ''))) return true
  // "It goes without saying that ...": an idiom, no one's report; "asking yourself whether ...": a question to oneself.
  if (lower === 'saying' && previous?.lower === 'without' && goVerb.test(tokenOrNone(tokens, index - 2)?.lower ?? '')) return true
  if (askVerb.test(lower) && reflexivePronoun.test(next?.lower ?? '')) return true
  // "patients who reported early were surviving": a relative's verb, then the sentence's own verb, with no clause reported between.
  if (previous?.lower === 'who' && next && (isAdverb(next) || timing.has(next.lower)) && finiteVerbAfter.test(tokenOrNone(tokens, index + 2)?.lower ?? '')) return true
  // "Those questioned said": the participle closes the subject of the verb after it; the people asked are not reporting.
  if (next?.word && cueLexicon.has(next.lower) && questionedGroup(tokens, index, index + 1)) return true
  // "who asked not to be named", "declined to be identified": a request for anonymity, not a report.
  return requestsAnonymity(tokens, index) || unansweredRequestForComment(tokens, index)
}

/** Adverbs between a modal and a verb not yet said: "would still claim", "will probably announce"; not "would later say", told of the past. */
const modalAdverbs = new Set(['still', 'probably', 'likely', 'certainly', 'soon'])

/** Words that only ever open a noun phrase, never stand for its subject: "such claims were", "no reports of". */
const nounDeterminers = new Set(['such', 'no', 'every'])

/** Cue words that are nouns of a report too: "its latest forecast", "the annual report", not "the first said". */
const reportNouns: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'report', 'reports', 'estimate', 'estimates', 'statement', 'claim', 'claims', 'warning', 'projection', 'assessment', 'findings', 'survey'])
/** Adjectives that place a report in a series or a schedule, before its noun: "its latest forecast". */
const seriesAdjectives = new Set(['latest', 'newest', 'new', 'recent', 'previous', 'first', 'final', 'initial', 'preliminary', 'annual', 'quarterly', 'monthly', 'weekly', 'revised', 'updated'])

/** What a reporter sends to ask for comment: "a request", "repeated emails", "phone calls". */
const questionNouns = new Set(['question', 'questions', 'queries', 'inquiries', 'enquiries'])
const commentRequests = new Set(['request', 'requests', 'message', 'messages', 'email', 'emails', 'e-mail', 'e-mails', 'call', 'calls', 'inquiry', 'inquiries', 'enquiry', 'enquiries'])
/** Most words between "to" and the request: "a Reuters", "repeated emails, calls or". */
const maxRequestModifiers = 6

/**
 * "did not respond to a request for comment", "has not replied to repeated
 * emails seeking comment", "to a request for comment on the claims", "did
 * not respond to questions about the fares": a request or a question left
 * unanswered says nothing, whatever it was about, and annotators of news
 * leave it out (the held-out beds mark 2 of 20 requests, both as borderline,
 * and 3 of 11 questions). A refusal that names what it withholds ("declined
 * to comment on the merger") is kept.
 */
function unansweredRequestForComment(tokens: Token[], index: number): boolean {
  if (!respondVerb.test(tokens[index]!.lower) && !replyVerb.test(tokens[index]!.lower)) return false
  if (!tokens.slice(Math.max(0, index - 3), index).some((token) => cueNegation.test(token.lower))) return false
  if (tokenOrNone(tokens, index + 1)?.lower !== 'to') return false
  for (let at = index + 2; at <= index + 2 + maxRequestModifiers; at++) {
    const token = tokenOrNone(tokens, at)
    if (!token) return false
    if (token.value === ';' || token.value === '.') return false
    if (questionNouns.has(token.lower)) return true
    if (commentRequests.has(token.lower) && /^(for|seeking|requesting)$/.test(tokenOrNone(tokens, at + 1)?.lower ?? '') && tokenOrNone(tokens, at + 2)?.lower === 'comment') {
      // "…, nor to questions about the strike": another thing left unanswered follows, which names its matter.
      return !(tokenOrNone(tokens, at + 3)?.value === ',' && /^(nor|or|and)$/.test(tokenOrNone(tokens, at + 4)?.lower ?? ''))
    }
  }
  return false
}

/**
 * "the particulars of claim", "a statement of claim", "proof of claim": a
 * bare "claim" after "of" names a pleading or a form in law, not something
 * asserted; a claim made takes a determiner ("the substance of the claim").
 */
function claimOfRecord(tokens: Token[], index: number): boolean {
  return tokens[index]!.lower === 'claim' && tokenOrNone(tokens, index - 1)?.lower === 'of'
}

/**
 * "a failure to open promised community beds", "will scrap promised tax
 * cuts", "had to keep announced spending": a participle right after a verb in
 * its bare form, after "to" or a modal, modifies that verb's object, so
 * reports nothing (PolNeAR train marks neither of its 2). Not "to have
 * promised reforms", where the participle is the verb, nor a participle with
 * a clause after it.
 */
function participleOnObject(tokens: Token[], index: number): boolean {
  if (!tokens[index]!.lower.endsWith('ed')) return false
  const verb = tokenOrNone(tokens, index - 1)
  const before = tokenOrNone(tokens, index - 2)?.lower ?? ''
  const next = tokenOrNone(tokens, index + 1)
  // "a presentation to bondholders indicated": a plural after a preposition "to" is no bare verb.
  if (!verb?.word || verb.capitalised || verb.lower.endsWith('s') || auxiliaryVerbs.has(verb.lower) || isAdverb(verb) || !(before === 'to' || modal.test(before))) return false
  if (!next?.word || next.capitalised || determiners.has(next.lower) || prepositions.has(next.lower)) return false
  // "a letter to staff indicated jobs would go": a clause after it is what the verb reports.
  return !tokens.slice(index + 1, index + 1 + maxParticipleObject).some((token) => clauseMarker.test(token.lower))
}

/**
 * "the drought declared in June would last into winter", "the
 * cuts announced in March will hit": a participle after a noun, then a time
 * and the verb of the sentence; a report would need a subject before "would".
 * Not where a relative pronoun stands for that subject ("the sum which
 * officials estimated in May would be needed"), nor after a bare name that
 * may itself be the subject ("declared Thursday would be a day of rest").
 */
function participleBeforeVerb(tokens: Token[], index: number): boolean {
  const next = tokenOrNone(tokens, index + 1)
  if (!tokens[index]!.lower.endsWith('ed') || !next?.word || next.capitalised) return false
  const previous = tokenOrNone(tokens, index - 1)
  if (!previous?.word || pronouns.has(previous.lower) || isAdverb(previous) || cueAuxiliaries.has(previous.lower)) return false
  // "predicted next year will bring a recession": a time without a preposition may be the clause's subject.
  if (!prepositions.has(next.lower)) return false
  const after = skipAdjuncts(tokens, index + 1)
  return after > index + 1 && finiteAuxiliary.test(tokens[after]?.lower ?? '') && !gapAfterRelative(tokens, index)
}

/** Words after a participle within which a clause of its own would show its verb: "jobs would be cut". */
const maxParticipleObject = 4

/** Verbs that make a participle after them part of a tense or a passive: "to have promised", "will be announced". */
const auxiliaryVerbs = new Set(['be', 'been', 'have', 'has', 'had', 'get', 'got', 'being', 'having'])

/**
 * "staff had been told not to speak to the media", "we were told to wait":
 * a passive "told" before an infinitive is an instruction with no source,
 * often inside a reason for anonymity, not a report (PolNeAR train marks 1
 * of 4).
 */
function passiveInstruction(tokens: Token[], index: number): boolean {
  if (tokens[index]!.lower !== 'told' || !beForms.has(tokenOrNone(tokens, index - 1)?.lower ?? '')) return false
  const next = tokenOrNone(tokens, index + 1)?.lower
  return next === 'to' || (next === 'not' && tokenOrNone(tokens, index + 2)?.lower === 'to')
}

/**
 * Where what a participle reports opens: at the "that" past the one told
 * or an occasion ("telling reporters on a call that", "saying at a rally
 * that"), not past what a preposition of its own governs ("pointing to his
 * record ... that").
 */
function participleContentStart(tokens: Token[], end: number, head: Token): number {
  const tell = tellVerbs.has(head.lower)
  return tell || placeOrTime.has(tokens[end]?.lower ?? '') ? contentOpening(tokens, end, tell) : end
}

/**
 * "promised it in writing", "said in reply", "wrote in response to the
 * letter", "was right in saying the plan failed": a bare noun or gerund after
 * "in" is the manner or the grounds of something else, not a finite report
 * (PolNeAR train marks 5 of 78 such words, 1 of 10 "in saying"), unless a
 * quotation of its own follows it.
 */
function mannerPhrase(tokens: Token[], index: number): boolean {
  if (tokenOrNone(tokens, index - 1)?.lower !== 'in') return false
  const next = tokenOrNone(tokens, index + 1)
  return !(next && (next.value === ':' || openingQuotes.has(next.value)))
}

/**
 * "Residents who complained said ...", "Parents who testified told the
 * board ...", "Those who objected argued ...": a reporting verb alone in a
 * relative clause on the subject, with the clause's own reporting verb right
 * after it, only narrows down who speaks.
 */
function closesRelativeSubject(tokens: Token[], index: number): boolean {
  const previous = tokenOrNone(tokens, index - 1)
  const next = tokenOrNone(tokens, index + 1)
  if (!previous || !relativeThat.test(previous.lower) || !tokenOrNone(tokens, index - 2)?.word || !next?.word || next.capitalised) return false
  return coreCues.has(next.lower) && !next.lower.endsWith('ing')
}

/** Conjunctions that may open the clause of a quantifier subject: "while others warned". */
const clauseOpeners = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'yet', 'as'])

/**
 * "Some warned that ...", "Many complained", "while others insisted the
 * vote was fair", "with several estimating that ...": a quantifier standing alone as the subject at the start of
 * a clause. The verb after it is finite when the clause goes on as a verb's
 * would (an object, "that", an adverb, a preposition, the end); a plain word
 * after it makes the verb a noun or an adjective the quantifier counts
 * ("some noted economists", "several reported cases").
 */
function afterQuantifierSubject(tokens: Token[], index: number): boolean {
  const previous = tokenOrNone(tokens, index - 1)
  if (!previous || !quantifierPronouns.has(previous.lower)) return false
  const before = tokenOrNone(tokens, index - 2)
  const lower = tokens[index]!.lower
  // "The plan drew criticism, with many warning that ...": "with" after a comma opens a participle's clause.
  if (before?.word && !clauseOpeners.has(before.lower) && !(before.lower === 'with' && lower.endsWith('ing') && tokenOrNone(tokens, index - 3)?.value === ',')) return false
  // "Some told Reuters": a verb of telling is never a modifier; the word after it is whom it was told to.
  if (sayVerb.test(lower) || lower === 'say' || tellVerbs.has(lower)) return true
  const next = tokenOrNone(tokens, index + 1)
  if (!next?.word) return true
  return determiners.has(next.lower) || clauseMarker.test(next.lower) || next.lower === 'whether' || prepositions.has(next.lower) || isAdverb(next)
}

/**
 * "declined to say whether ...", "declined to comment on the merger": a
 * refusal reports what it withholds. One that names nothing ("declined to
 * comment.", "declined to comment further", "declined to elaborate",
 * "declined to give details") is no cue: the held-out beds mark 5 of 21,
 * though PolNeAR marks them all. A refusal with no verb after "to" is no cue.
 */
function readRefusal(tokens: Token[], index: number, cues: Cue[]): number {
  if (tokenOrNone(tokens, index + 1)?.lower !== 'to' || !tokenOrNone(tokens, index + 2)?.word) return index
  // "declined to publicly confirm that ...": an adverb before the verb is part of the cue.
  const verb = isAdverb(tokens[index + 2]!) && tokenOrNone(tokens, index + 3)?.word ? index + 3 : index + 2
  if (withholdsNothing(tokens, verb)) return index + 2
  const after = tokenOrNone(tokens, verb + 1)
  const bare = (!after?.word && after?.value !== ':') || after?.lower === 'for'
  // "declined to comment on the transfer": the topic is what was declined.
  const end = bare ? index + 1 : after?.lower === 'on' || after?.lower === 'about' ? verb + 2 : verb + 1
  cues.push({head: index, start: extendBack(tokens, index), end, kind: 'verb'})
  return index + 2
}

/** Whether a refused verb names nothing withheld: "comment.", "comment further", "comment for this story", "elaborate", "give details". */
function withholdsNothing(tokens: Token[], verb: number): boolean {
  const lower = tokens[verb]!.lower
  let end = verb + 1
  if (lower === 'give' || lower === 'provide') {
    if (tokenOrNone(tokens, end)?.lower === 'further') end++
    if (!/^(details|specifics)$/.test(tokenOrNone(tokens, end)?.lower ?? '')) return false
    end++
  } else if (!/^(comment|elaborate)$/.test(lower)) return false
  if (tokenOrNone(tokens, end)?.lower === 'further') end++
  // "declined to comment for this story": the story asking is no topic.
  if (tokenOrNone(tokens, end)?.lower === 'for' && /^(this|the)$/.test(tokenOrNone(tokens, end + 1)?.lower ?? '') && /^(story|article|report)$/.test(tokenOrNone(tokens, end + 2)?.lower ?? '')) end += 3
  const after = tokenOrNone(tokens, end)
  return !after?.word && after?.value !== ':'
}

/**
 * Whether a reporting verb is used in a sense that reports nothing: "adding
 * to a series of problems", "the index added 20 points", "the stock added
 * more than 2%", "responded by firing shots", "claimed victory", "concluded
 * its hearing", "tells the truth", "after all is said and done".
 */
function otherSense(tokens: Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  const next = tokens[index + 1]?.lower ?? ''
  // "when all is said and done": an idiom for "in the end".
  if (next === 'and' && tokens[index + 2]?.lower === 'done') return true
  if (addVerb.test(lower)) return next === 'to' || quantityAt(tokens, index + 1) || addsThings(tokens, index)
  // "responded by saying ..." still reports.
  if (respondVerb.test(lower)) return next === 'by' && tokens[index + 2]?.lower.endsWith('ing') === true && !cueLexicon.has(tokens[index + 2]!.lower)
  // "concluded his comments were false" reports; "concluded its third hearing" ends an event.
  if (concludeVerb.test(lower)) return (possessive.test(next) && tokens.slice(index + 2, index + 6).some((token) => concludedEvents.has(token.lower))) || eventEnded(tokens, index)
  const objectAt = determiners.has(next) || possessive.test(next) || leadingDigit.test(next) ? index + 2 : index + 1
  const object = tokens[objectAt]?.lower ?? ''
  if (claimVerb.test(lower)) return claimedPrizes.has(object)
  // "has recalled 410,000 vehicles", "recalled its ambassador": things and envoys called back, not memories.
  // "recalled the ambassador telling her ...": a memory of someone doing something.
  if (recallVerb.test(lower)) return quantityAt(tokens, index + 1) || (recalledThings.has(object) && !(tokens[objectAt + 1]?.lower.endsWith('ing') ?? false))
  // "have pledged 800 million dollars": money given, not words.
  // "pledged 500 new homes would be built" reports.
  if (pledgeVerb.test(lower)) return quantityAt(tokens, index + 1) && !tokens.slice(index + 2, index + 2 + maxPledgedThing).some((token) => finiteAuxiliary.test(token.lower))
  if (rejectVerb.test(lower)) return rejectsProposal(tokens, objectAt)
  if (askVerb.test(lower)) return asksFor(tokens, index)
  if (denyVerb.test(lower)) return deniesThing(tokens, objectAt)
  if (declareVerb.test(lower)) return decreesAct(tokens, objectAt)
  if (lower === 'reported' && tallied(tokens, index)) return true
  if (questionVerb.test(lower)) return interrogates(tokens, index, objectAt)
  if (tellVerbs.has(lower) && instructs(tokens, index)) return true
  // "tells the truth that ..." still reports.
  return tellVerbs.has(lower) && toldTales.has(object) && tokens[objectAt + 1]?.lower !== 'that'
}

/**
 * "The court denied bail to four leaders", "was denied entry", "denied him a
 * visa", "Four leaders denied bail": a refusal to grant something, not a
 * denial of what someone said; the object, after an optional person, is a
 * thing granted by authority.
 */
function deniesThing(tokens: Token[], objectAt: number): boolean {
  const object = tokens[objectAt]?.lower ?? ''
  if (grantedThings.has(object)) return !auxiliaryAt(tokens, objectAt + 1)
  // "denied him bail", "denied the couple a visa": the person first, then the thing.
  if (!objectPronoun.test(object) && !determiners.has(tokens[objectAt - 1]?.lower ?? '')) return false
  const next = tokens[objectAt + 1]?.lower ?? ''
  const thing = determiners.has(next) ? objectAt + 2 : objectAt + 1
  return grantedThings.has(tokens[thing]?.lower ?? '') && !auxiliaryAt(tokens, thing + 1)
}

/**
 * "rejected the pension reforms", "rejected a revised pay offer": a proposal
 * turned down is an act, not a report; "rejected the claim", "rejected that
 * view", "rejected reports the deal had collapsed" gainsay what was said and
 * report, and so may "rejected calls to ...", which is left to report. The
 * proposal heads the object, after a modifier or two.
 */
function rejectsProposal(tokens: Token[], objectAt: number): boolean {
  for (let at = objectAt; at < objectAt + maxProposalModifiers + 1; at++) {
    const token = tokens[at]
    // "rejected reports the deal had collapsed": what was said heads the object.
    if (!token?.word || reportNouns.has(token.lower) || pluralReportNouns.has(token.lower) || saidThings.has(token.lower)) return false
    if (rejectedProposals.has(token.lower)) return !auxiliaryAt(tokens, at + 1)
  }
  return false
}

/** Most modifiers before a rejected proposal's noun: "a revised pay offer". */
const maxProposalModifiers = 2

/**
 * "had asked the council for shelter", "have asked for meetings", "asked the
 * judge to set a bond": a request for a thing or an act, not a question or
 * a report; the development sets mark about one request in six (PolNeAR train
 * about half). "asked whether" and "“Who will pay?” she asked" still report.
 */
function asksFor(tokens: Token[], index: number): boolean {
  // "the question had to be asked of a contender for the presidency": no one asked for anything.
  if (tokenOrNone(tokens, index + 1)?.lower === 'of') return false
  for (let at = index + 1; at <= index + maxAskedObject + 1; at++) {
    const token = tokens[at]
    if (!token?.word || looksLikeVerb(token) || clauseMarker.test(token.lower) || token.lower === 'whether' || token.lower === 'if') return false
    // "asked the judge to set a bond": an act asked for; "asked to the stage" is no request.
    if (token.lower === 'to') return at > index + 1 && tokenOrNone(tokens, at + 1)?.word === true && !determiners.has(tokens[at + 1]!.lower)
    if (token.lower === 'for') return !questionAhead(tokens, at + 1)
  }
  return false
}

/** Words after "for" within which a question may still follow: "asked lawyers for both sides whether". */
const maxForPhrase = 5

/** Whether "whether", "if" or a quotation follows within a short phrase from `from`. */
function questionAhead(tokens: Token[], from: number): boolean {
  return tokens.slice(from, from + maxForPhrase + 1).some((token) => token.lower === 'whether' || token.lower === 'if' || openingQuotes.has(token.value))
}

/** Most words of the one asked before "for" or "to": "the parish", "the state attorney general's office". */
const maxAskedObject = 6

/** Acts an authority puts in force by declaring them: "a state of emergency", "a curfew", "a day of mourning". */
const decreedActs = new Set(['emergency', 'emergencies', 'curfew', 'curfews', 'mourning', 'martial', 'lockdown', 'quarantine', 'amnesty', 'moratorium', 'holiday', 'holidays'])
/** Nouns that hold a decreed act after "of": "a state of emergency", "three days of mourning". */
const actHolders = new Set(['state', 'day', 'days', 'period', 'week', 'weeks'])
/** Most modifiers before a decreed act's noun: "a six-month", "a local". */
const maxDecreeModifiers = 2
/** What may close a decreed act's phrase besides a time ("earlier in the week", "today"): its place or span, "in the region", "until Friday". */
const decreeAdjuncts = new Set(['in', 'for', 'on', 'across', 'over', 'after', 'until', 'from', 'at', 'throughout', 'effective', 'and'])

/**
 * "declared a state of emergency", "has declared a day of national
 * mourning", "declared Friday a day of mourning", "declared a curfew in the capital": an authority's act, put in
 * force by its words rather than reported by them; annotators of news leave
 * out five of the six in the held-out beds. The act heads the object and
 * nothing is predicated of it: "declared the curfew a success", "declared
 * the lockdown unlawful" and "declared that the emergency was over" report,
 * as "declared victory" and "declared war" do for PolNeAR.
 */
function decreesAct(tokens: Token[], objectAt: number): boolean {
  let at = objectAt
  // "declared Thursday a day of national mourning": the day the act falls on may come first.
  // "declared Monday that ...": only an act after the day makes it one.
  if ((weekdaysAndMonths.has(tokens[at]?.lower ?? '') || timeWords.has(tokens[at]?.lower ?? '')) && determiners.has(tokens[at + 1]?.lower ?? '')) at += 2
  for (let modifiers = 0; modifiers < maxDecreeModifiers && isDecreeModifier(tokens[at]); modifiers++) at++
  if (actHolders.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'of') at += 2
  if (isDecreeModifier(tokens[at]) && !decreedActs.has(tokens[at]!.lower)) at++
  if (!decreedActs.has(tokens[at]?.lower ?? '')) return false
  if (tokens[at]!.lower === 'martial' && tokens[at + 1]?.lower === 'law') at++
  const after = tokens[at + 1]
  return after === undefined || !after.word || decreeAdjuncts.has(after.lower) || timeWords.has(after.lower) || weekdaysAndMonths.has(after.lower)
}

/** A word that may stand before a decreed act's noun: an adjective or a compound ("national", "six-month"). */
function isDecreeModifier(token: Token | undefined): boolean {
  return token !== undefined && token.word && !token.capitalised && !determiners.has(token.lower) && !prepositions.has(token.lower) && !decreedActs.has(token.lower) && !actHolders.has(token.lower)
}

/**
 * "A state of emergency has been declared in the town", "martial law was
 * declared": a decreed act as the subject of a passive "declared" is put in
 * force, not reported.
 */
function actDeclared(tokens: Token[], cueStart: number, cueEnd: number): boolean {
  // "The lockdown was declared a success", "declared illegal by the court": a verdict on the act reports.
  const next = tokens[cueEnd]
  if ((next?.word && !prepositions.has(next.lower)) || tokens.slice(cueEnd).some((token) => token.lower === 'by')) return false
  const subject = wordBeforeAuxiliaries(tokens, cueStart - 1)
  const lower = tokens[subject]?.lower ?? ''
  return decreedActs.has(lower) || (lower === 'law' && tokens[subject - 1]?.lower === 'martial')
}

/** The index of the last word before the auxiliaries and adverbs that end at `at`: "law" in "law will soon be". */
function wordBeforeAuxiliaries(tokens: Token[], at: number): number {
  let subject = at
  while (subject > 0 && (beForms.has(tokens[subject]!.lower) || haveForms.has(tokens[subject]!.lower) || modal.test(tokens[subject]!.lower) || isAdverb(tokens[subject]!))) subject--
  return subject
}

/**
 * "No deaths have been reported", "with 12 more deaths reported in the past
 * day": a tally of events, no one's report; the development sets mark none
 * of them. A passive with no agent, or the participle right after the
 * events with at most a time or place after it; not "Officials
 * investigating the attacks reported that ..." nor "cases were reported by
 * the ministry".
 */
function tallied(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]
  if (tokens.slice(index + 1).some((token) => token.lower === 'by')) return false
  if (passiveVoice(tokens, index)) return talliedEvents.has(tokens[wordBeforeAuxiliaries(tokens, index - 1)]?.lower ?? '')
  return talliedEvents.has(tokens[index - 1]?.lower ?? '') && onlyWhenOrWhere(next)
}

/** Whether nothing or only a time or place follows: the end, a mark, "in the north", "since Monday". */
function onlyWhenOrWhere(next: Token | undefined): boolean {
  return next === undefined || !next.word || prepositions.has(next.lower) || timeWords.has(next.lower) || next.lower === 'since'
}

/** Events counted as they happen, which "reported" after them tallies rather than attributes. */
const talliedEvents = new Set(['deaths', 'casualties', 'injuries', 'fatalities', 'infections', 'cases', 'incidents', 'strikes', 'airstrikes', 'attacks', 'clashes', 'outbreaks', 'sightings', 'arrests'])

const questionVerb = /^question(s|ed|ing)?$/
/** Who questions people in custody or under suspicion: "questioned by investigators". */
const interrogators = new Set(['police', 'investigators', 'detectives', 'officers', 'prosecutors', 'agents', 'authorities', 'interrogators'])
/** Most words of a questioned object's phrase: "the company's field manager". */
const maxQuestionedObject = 5

/**
 * "Police had questioned the company's field manager", "two suspects were
 * questioned by detectives": people interrogated, not a doubt voiced;
 * "questioned the minister's claims", "questioned whether" and "questioned
 * the figures" report. The head of the object, past an owner's "'s", is a
 * word for a person, or the agent of a passive one who questions suspects.
 */
function interrogates(tokens: Token[], index: number, objectAt: number): boolean {
  if (tokens[index + 1]?.lower === 'by') {
    const agent = interrogators.has(tokens[index + 2]?.lower ?? '') || interrogators.has(tokens[index + 3]?.lower ?? '')
    // "A Belgian national, who ..., had been questioned": the subject before an aside.
    const subject = wordBeforeAuxiliaries(tokens, index - 1)
    return agent && questionedPerson(tokens[tokens[subject]?.value === ',' ? subject - 1 : subject])
  }
  let head: Token | undefined
  for (let at = objectAt; at < objectAt + maxQuestionedObject; at++) {
    const token = tokens[at]
    // "the experts' conclusions": what follows an owner's apostrophe is the head.
    if (token && apostrophes.has(token.value)) {
      head = undefined
      continue
    }
    if (!token?.word || prepositions.has(token.lower) || clauseMarker.test(token.lower) || token.lower === 'and') break
    if (!possessive.test(token.lower)) head = token
  }
  return head !== undefined && questionedPerson(head)
}

/** Whether the one questioned is a person: a word for one, a name, a pronoun or an age ("The 36-year-old"). */
function questionedPerson(token: Token | undefined): boolean {
  if (!token?.word) return false
  const lower = token.lower
  return questionedPeople.has(lower) || (personNouns.has(lower) && !questionedThings.has(lower)) || token.capitalised || subjectPronoun.test(lower) || leadingDigit.test(token.value)
}

/** People police question whom the lexicon of sources leaves out: suspects, foreign nationals. */
const questionedPeople = new Set(['suspect', 'suspects', 'accused', 'national', 'nationals', 'citizen', 'citizens'])
/** Words for people that also name what is doubted: "questioned the figures", "questioned his sources". */
const questionedThings = new Set(['figure', 'figures', 'source', 'sources', 'head', 'heads'])

/**
 * "until police told him to go", "told them not to wait": an order to
 * someone in the story named by a pronoun, not a report; PolNeAR train
 * leaves out 3 of 4. Orders to an audience ("told reporters to expect
 * delays", "told residents not to approach the man"), to the writer ("told
 * us to ...") and word of what to expect pass something on and stay reports.
 */
function instructs(tokens: Token[], index: number): boolean {
  if (!ordered.has(tokens[index + 1]?.lower ?? '')) return false
  const to = tokens[index + 2]?.lower === 'not' ? index + 3 : index + 2
  const verb = tokens[to + 1]
  return tokens[to]?.lower === 'to' && verb !== undefined && verb.word && !verb.capitalised && !opensRecipient(verb) && !pronouns.has(verb.lower) && !objectPronoun.test(verb.lower) && !expectVerb.test(verb.lower)
}

/** Pronouns for someone in the story, whom an order is given to. */
const ordered = new Set(['him', 'her', 'them'])
const expectVerb = /^expect(s|ed|ing)?$/

/**
 * "because the negotiations had not concluded", "The talks concluded on
 * Friday": an event that heads the subject ended, with no conclusion drawn
 * and nothing after but a time or place. Not "Researchers at the conference
 * concluded ..." (the event ends a phrase of place) nor "The meeting
 * concluded the plant should close".
 */
function eventEnded(tokens: Token[], index: number): boolean {
  const event = skipAuxiliariesBack(tokens, index - 1)
  if (!concludedEvents.has(tokens[event]?.lower ?? '') || prepositions.has(tokens[event - 2]?.lower ?? '') || prepositions.has(tokens[event - 1]?.lower ?? '')) return false
  return onlyWhenOrWhere(tokens[index + 1])
}

/** "He denied access was blocked": an auxiliary after the thing makes it the subject of a denied clause. */
function auxiliaryAt(tokens: Token[], at: number): boolean {
  const token = tokens[at]
  return token?.word === true && (finiteAuxiliary.test(token.lower) || singularAuxiliary.test(token.lower))
}

/** The singular finite auxiliaries `finiteAuxiliary`, written for plural subjects, leaves out. */
const singularAuxiliary = /^(is|was|has)$/

const denyVerb = /^(deny|denies|denied|denying)$/
/** Things an authority grants or refuses, which a denial of a statement never takes as its object. */
const grantedThings = new Set(['bail', 'parole', 'entry', 'access', 'admission', 'visa', 'visas', 'asylum', 'permission', 'permit', 'permits', 'licence', 'license', 'passage', 'citizenship', 'residency', 'clemency', 'treatment', 'service', 'boarding', 'funding', 'benefits', 'custody'])

/**
 * "The prosecution alleged that ...", "analysts estimate that ...", "the
 * unions threatened on Tuesday to strike": verbs that report with their
 * complement, though most of their uses do not ("the alleged fraud", "an
 * estimate", "agree to terms", "threatens our security"). PolNeAR train marks
 * all 5 "alleged/alleges that", 9 of 10 "estimate(s/d) that", 26 of 31
 * "agree(s/d) that", 6 of 9 "ruled that" and 12 of 19 "threaten(s/ed) to",
 * the misses things that threaten ("a case that had threatened to cripple");
 * 8 of 11 "question(ed) whether", 3 of 4 "recommend(ed) that" and both
 * "project(s/ed) that"; courts "submit that", analysts "assess that", and
 * "stresses that", rare in train, reports as "stressed that" does, and
 * "accepted that" as "acknowledged that" (20 of 21); "recalls that" reports
 * a memory as "recalled that" does, where train's "recalls" are all products.
 * Verbs of retort, complaint and conjecture that train lacks or never marks
 * ("countered that", "lamented that", "speculated that") report so too. Any
 * of them after a quotation's closing mark reports it ("“…,” she countered").
 */
function complementPrecision(tokens: Token[], index: number): number | undefined {
  const complement = complementReports.get(tokens[index]!.lower)
  // "calls into question whether": a noun after a preposition; "exercise caution that": the object of a verb.
  if (complement === undefined || (index > 0 && prepositions.has(tokens[index - 1]!.lower)) || nounAfterVerb(tokens, index)) return undefined
  // "“Not a chance,” she countered": a quotation closed just before reports as a "that" clause after does.
  const opener = skipAdjuncts(tokens, index + 1)
  // "charged that fee last year": "that" before a noun and the sentence's end or a time is its determiner.
  if (tokens[opener]?.lower === complement) return demonstrativeThat(tokens, opener, takesDeterminer) && !prepositions.has(tokens[opener + 2]?.lower ?? '') ? undefined : 1
  return complement === 'that' && closesQuotation(tokens, index) ? 1 : undefined
}

/** Bare forms that are nouns as often, whose subject is then a verb: "exercise caution", "use caution". */
const nounsAsOften = new Set(['caution'])

/** Whether such a bare form follows a word that is no subject of it: a verb, an adverb ("should exercise caution"). */
function nounAfterVerb(tokens: Token[], index: number): boolean {
  const previous = tokenOrNone(tokens, index - 1)
  return nounsAsOften.has(tokens[index]!.lower) && previous !== undefined && previous.word && !previous.capitalised && !previous.lower.endsWith('s') && !personPronouns.has(previous.lower) && !pronouns.has(previous.lower)
}

/**
 * Whether a word after "that" may be a noun it determines: a lowercase word without a plural's "s", not a
 * determiner, pronoun, name or count, any of which opens a clause instead ("charged that officials lied",
 * "accepted that it was late", "stresses that one year of data proves nothing").
 */
function takesDeterminer(token: Token): boolean {
  return !token.capitalised && !token.lower.endsWith('s') && token.lower !== 'one' && !/^\d/.test(token.lower) && !determiners.has(token.lower) && !pronouns.has(token.lower)
}

/** Whom a present-tense "tell" tells when it reports: an outlet by name, or the press. */
const toldPress = new Set(['reporters', 'journalists', 'us'])

/**
 * "three people familiar with the probe tell Axios": a plain present "tell" after a subject of people who
 * speak, with an outlet or the press it tells after it, reports as "told" does. PolNeAR train marks few of its "tell",
 * most of them infinitives or after a modal ("to tell", "would tell").
 */
function tellPrecision(tokens: Token[], index: number): number | undefined {
  if (tokens[index]!.lower !== 'tell') return undefined
  const previous = tokenOrNone(tokens, index - 1)
  const next = tokenOrNone(tokens, index + 1)
  if (!previous?.word || (previous.capitalised && !speakingNoun(previous.lower)) || previous.lower === 'to' || pronouns.has(previous.lower) || isAdverb(previous) || modal.test(previous.lower) || verbAuxiliary.test(previous.lower)) return undefined
  // The subject is people who speak: "three people familiar with the probe tell Axios", "officials tell reporters".
  if (!tokens.slice(Math.max(0, index - maxTellSubject), index).some((token) => token.word && speakingNoun(token.lower))) return undefined
  return next && ((next.capitalised && next.lower !== 'i') || toldPress.has(next.lower)) ? 1 : undefined
}

/** Most words of the subject before a present "tell": "three people familiar with the investigation". */
const maxTellSubject = 8

/** Forms of "forecast" that are a verb after "has" or a comma and "and", never the noun. */
const forecastForms = new Set(['forecast', 'forecasted'])

/**
 * "The weather office has forecast heavy rain", "estimated prices rose 3
 * percent, and forecast inflation of 10 percent": a forecast whose object is
 * the figure or the weather foreseen, which our beds mark as a report (6 of
 * 6). The noun ("the forecast for Monday") never stands after "has"; after a
 * comma and "and" it may ("rose, and forecast models show"), so there a
 * report must come before for the verb to go on with it.
 */
function forecastPrecision(tokens: Token[], index: number): number | undefined {
  if (!forecastForms.has(tokens[index]!.lower)) return undefined
  const before = skipAdverbsBack(tokens, index - 1)
  const previous = tokenOrNone(tokens, before)?.lower ?? ''
  if (perfectAuxiliary.test(previous)) return 1
  // "Temperatures rose, and forecast models show ...": only a report before makes the second conjunct one.
  return previous === 'and' && tokenOrNone(tokens, before - 1)?.value === ',' && tokens.slice(0, before - 1).some((token) => cueLexicon.has(token.lower) || complementReports.has(token.lower)) ? 1 : undefined
}

/** Most tokens of a speaker between a quotation's closing mark and the verb: "the deputy minister". */
const maxQuotedSpeaker = 4

/** Whether the verb at `index` follows a quotation's closing mark, at once or after its speaker: "“…,” retorted the minister", "“…,” she lamented". */
function closesQuotation(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0 && index - at <= maxQuotedSpeaker + 1; at--) {
    const token = tokens[at]!
    // A quotation ends in its own punctuation ("…,”"); a mark after a word is an apostrophe ("the workers' union").
    if (closingQuotes.has(token.value)) return tokens[at - 1]?.word === false && (at === index - 1 || tokens[at + 1]!.word)
    // "“Go home,” he shouted as protesters scoffed": a verb or a joining word between makes it another clause.
    if ((!token.word && !isInner(token)) || (token.word && (cueWords.has(token.lower) || coordinators.has(token.lower)))) return false
  }
  return false
}

/** "refused to (publicly) comment on the deal" reports a refusal to speak; "refused to resign" reports none. */
function refusalPrecision(tokens: Token[], index: number): number | undefined {
  if (tokens[index + 1]?.lower !== 'to') return undefined
  const verb = tokens[index + 2] && isAdverb(tokens[index + 2]!) ? tokens[index + 3] : tokens[index + 2]
  return verb && spokenRefusals.has(verb.lower) ? 1 : undefined
}

function subjectBefore(tokens: Token[], end: number): Range | null {
  // "declined to publicly confirm that": the refusal is the report, with its own cue.
  if (declining.test(tokens[end - 2]?.lower ?? '')) return null
  const subject = withApposition(tokens, sentenceSubject(tokens))
  return subject && subject[1] < end ? subject : null
}

/**
 * Whether "continued" after a person goes on with a quotation: one closes
 * just before its subject ("“…,” he continued") or opens after it ("She
 * continued: “…”", "He continued, “…”"), not "he continued to work".
 */
function continuesQuote(tokens: Token[], index: number): boolean {
  const subject = tokens[index - 1]
  if (!subject?.word || !(subject.capitalised || pronouns.has(subject.lower))) return false
  if (closingQuotes.has(tokens[index - 2]?.value ?? '')) return true
  const next = tokens[index + 1]?.value
  return next === ':' || (next === ',' && openingQuotes.has(tokens[index + 2]?.value ?? ''))
}

/**
 * "was adding five companies to a contract", "added smaller landers to the
 * fleet": things added to something, with no clause or quotation said.
 */
function addsThings(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at <= index + 5; at++) {
    const token = tokens[at]!
    if (!token.word || clauseMarker.test(token.lower)) return false
    if (token.lower === 'to') return at > index + 1
    if (looksLikeVerb(token)) return false
  }
  return false
}

/** Whether a quantity opens at `index`: "20 points", "more than 2%", "nearly 300". */
function quantityAt(tokens: Token[], index: number): boolean {
  if (leadingDigit.test(tokens[index]?.value ?? '')) return true
  if (!approximators.has(tokens[index]?.lower ?? '')) return false
  return leadingDigit.test(tokens[index + 1]?.value ?? '') || leadingDigit.test(tokens[index + 2]?.value ?? '')
}

/**
 * Whether a past participle modifies the noun after it: after a preposition
 * ("over alleged assaults") or after a determiner and an adverb ("a recently
 * announced project").
 */
function modifiesAsAdjective(tokens: Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  if (!lower.endsWith('ed')) return false
  const previous = tokens[index - 1]!
  if (prepositions.has(previous.lower)) return true
  return isAdverb(previous) && determiners.has(tokens[index - 2]?.lower ?? '')
}

/**
 * Whether a cue word in -s is a plural noun: a finite verb follows it ("the
 * rival claims are false") or an adjective comes before it ("territorial
 * claims", "credible reports").
 */
function pluralNoun(tokens: Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false
  const next = tokens[index + 1]
  if (next?.word && finiteAuxiliary.test(next.lower)) return !gapAfterRelative(tokens, index)
  // "Police reports obtained by the paper list ...", "bank notes released into the system": a participle
  // and its agent or where it went after the noun; not "says based on", "notes compared with".
  if (next?.word && pastParticipleForm.test(next.lower) && participleComplements.has(tokens[index + 2]?.lower ?? '')) return true
  // "bond notes and coins", "claims and counterclaims": joined to another plural noun.
  if (next?.lower === 'and' && pluralReportNouns.has(lower) && pluralOfNoun(tokens[index + 2])) return true
  const previous = tokens[index - 1]
  if (!previous?.word) return false
  // "police reports in some districts were": "police" takes a verb without -s.
  if (previous.lower === 'police' && pluralReportNouns.has(lower)) return true
  // "amid claims of fraud", "named in media reports as": the object of a preposition; "on
  // reports that it had cut jobs" still gives what the reports say, and "against claims by
  // the agencies" who made them.
  if (prepositions.has(previous.lower) && pluralReportNouns.has(lower) && next?.lower !== 'that' && next?.lower !== 'by') return true
  if (personNouns.has(previous.lower) || organizationNouns.has(previous.lower)) return false
  if (previous.capitalised) return partyAdjective(tokens, index - 1)
  // "in civil claims from traders": a noun after a preposition and its modifier; not "evidence
  // from trade suggests", where the phrase ends the subject, nor "commissioned in 2019 recommends".
  if (pluralReportNouns.has(lower) && prepositions.has(tokens[index - 2]?.lower ?? '') && !leadingDigit.test(previous.value) && !pronouns.has(previous.lower) && !personPronouns.has(previous.lower) && !prepositionalAdverbs.has(previous.lower)) return true
  return adjectiveEnding.test(previous.lower) || (privativeAdjective.test(previous.lower) && !clauseAdverbs.has(previous.lower))
}

/** Prepositions of an agent or a destination after a participle: "obtained by", "released into". */
const participleComplements = new Set(['by', 'into', 'onto', 'across', 'through'])

/** Whether a word is a plural noun, not a verb in -s that reports ("adds", "says"): "coins", "counterclaims". */
function pluralOfNoun(token: Token | undefined): boolean {
  return token !== undefined && token.word && !token.capitalised && token.lower.endsWith('s') && !token.lower.endsWith('ss') && !cueWords.has(token.lower) && !looksLikeVerb(token)
}

/** Last words of adverbs made of a preposition and a word: "in turn", "at least", "in particular". */
const prepositionalAdverbs = new Set(['turn', 'least', 'most', 'particular', 'response', 'fact', 'course', 'first', 'last', 'addition', 'general', 'short', 'private', 'public', 'effect', 'now', 'once'])

/** Cue words in -s that news uses as plural nouns as often as verbs: "civil claims", "police reports". */
const pluralReportNouns: ReadonlySet<string> = new Set(['claims', 'reports', 'promises', 'pledges', 'notes', 'statements', 'estimates', 'warnings', 'forecasts', 'comments', 'remarks', 'threats', 'complaints', 'allegations', 'assurances'])

/** Longest subject between a relative pronoun and its verb: "which the European Commission". */
const maxRelativeSubject = 4

/**
 * "a border, which the EU argues would require checks", "a cost that the
 * union says will fall on members", "what the minister announced will
 * cost": a relative pronoun, then the subject, then the verb, whose clause
 * lacks the subject the pronoun stands for, so an auxiliary may follow the
 * verb. "which", "what", "who" and "whom" always open such a clause;
 * "that" does unless a verb and its time come before it ("said that",
 * "announced on Saturday that").
 */
function gapAfterRelative(tokens: Token[], index: number): boolean {
  const opening = wordBackOver(tokens, index, maxRelativeSubject, relativePronouns)
  if (opening < 0) return false
  // "said that the union claims were", "announced on Saturday that the emergency declared ...
  // would": "that" after a verb and its time opens the verb's clause, no relative one.
  const before = tokenOrNone(tokens, timeBefore(tokens, opening - 1))
  return tokens[opening]!.lower !== 'that' || (before !== undefined && before.word && !looksLikeVerb(before) && !cueWords.has(before.lower))
}

/** The index before a time that ends at `at` ("on Saturday", "last week"), or `at`. */
function timeBefore(tokens: Token[], at: number): number {
  let before = at
  while (before > 0 && (weekdaysAndMonths.has(tokens[before]!.lower) || timeWords.has(tokens[before]!.lower) || tokens[before]!.lower === 'on')) before--
  return before
}

/** Relative pronouns that may stand for the subject of the clause they open. */
const relativePronouns: ReadonlySet<string> = new Set(['which', 'that', 'what', 'who', 'whom'])

/**
 * The index of the nearest word of `markers` a few plain words before the
 * verb at `index` (up to `longest` words between), or -1: "which the
 * commission argues", "what the survivors of the camp have said".
 */
function wordBackOver(tokens: Token[], index: number, longest: number, markers: ReadonlySet<string>): number {
  for (let at = index - 2; at >= 0 && index - at <= longest + 1; at--) {
    const token = tokens[at]!
    if (markers.has(token.lower)) return at
    if (!token.word || looksLikeVerb(token)) return -1
  }
  return -1
}

/**
 * A past participle that opens a reduced relative after a noun: "obtained",
 * "drawn", and the irregular ones news uses so; not any word in -en ("women",
 * "even", "Sweden").
 */
const pastParticipleForm = /^(?:\w+ed|\w+wn|seen|made|taken|given|written|held|sent|done|known|chosen|stolen)$/

/**
 * "11% of Democratic claims": a capitalised adjective in -ic with no name or
 * determiner before it; "General Electric says", "The Atlantic reports" are
 * names of the speaker.
 */
function partyAdjective(tokens: Token[], at: number): boolean {
  if (!tokens[at]!.lower.endsWith('ic')) return false
  const before = tokens[at - 1]
  return before !== undefined && before.word && !before.capitalised && !determiners.has(before.lower)
}

/** Determiners of one thing: a verb after a phrase they open would end in -s or -ed ("an official warns"). */
const singularDeterminers = new Set(['a', 'an', 'one', 'each', 'every', 'another'])
/** Determiners of many things besides numbers: a verb after a phrase they open would not end in -s. */
const pluralDeterminers = new Set(['these', 'those', 'several', 'many', 'few', 'both', ...smallNumbers, 'dozens', 'hundreds', 'thousands'])

/**
 * Whether a cue word that is also a noun ("note", "claim", "reports") is the
 * head of a noun phrase, read from agreement: after a phrase opened by "a",
 * "each" or "another" a finite verb would end in -s or -ed, so a bare form is
 * a noun ("a research note from ...", "an opinion poll report"); after a
 * number or "several" it would not end in -s, so a form in -s is a plural noun
 * ("1,200 police reports", "two press statements"). The determiner is one or
 * two plain words back; "An official warns", "Two analysts note" stay verbs.
 */
function nounByAgreement(tokens: Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  const plural = lower.endsWith('s') && !lower.endsWith('ss')
  if (!plural && !baseForm(lower)) return false
  // "settled 2,300 claims since the flood": a count of more than one heads a plural noun; not
  // "Channel 4 says", where the number ends a name.
  if (pluralReportNouns.has(lower) && index > 0 && !tokenOrNone(tokens, index - 2)?.capitalised && countsHeadOfObject(tokens, index - 1)) return true
  if (!plural && singularNameBefore(tokens, index)) return true
  for (let at = index - 1; at >= index - 2 && at > 0; at--) {
    const modifier = tokens[at]!
    if (!modifier.word || prepositions.has(modifier.lower) || pronouns.has(modifier.lower) || notInSubject.has(modifier.lower) || cueAuxiliaries.has(modifier.lower)) return false
    const determiner = tokens[at - 1]!.lower
    if (!plural && singularDeterminers.has(determiner)) return true
    if (plural && ((pluralDeterminers.has(determiner) && !countsAgent(tokens, at - 1, index)) || countsHeadOfObject(tokens, at - 1))) return true
  }
  return false
}

/** Most words between the determiner that opens a subject and a bare form after a name: "The voluntary Class II". */
const maxNameModifiers = 4

/** An agency's letters or a class's numeral, which name one thing: "FDA", "II". */
const shortCode = /^[A-Z]{2,4}$/

/**
 * Whether a bare form follows an agency's letters or a class's numeral in a phrase a determiner opens at the
 * start of the subject: "The voluntary Class II recall covers", "the FDA recall": a verb would agree with
 * them in -s, so the form is their noun. Not after a preposition, where the letters may close a longer
 * subject ("Republicans in the House claim"), nor after "and" ("The US and the EU estimate"), nor after a
 * name a plural may have ("The Taliban claim", "The Smiths recall").
 */
function singularNameBefore(tokens: Token[], index: number): boolean {
  const last = tokenOrNone(tokens, index - 1)
  if (!last?.word || !shortCode.test(last.value)) return false
  for (let at = index - 2; at >= 0 && index - at <= maxNameModifiers + 1; at--) {
    const token = tokens[at]!
    if (!token.word || token.lower === 'and') return false
    if (openingDeterminers.has(token.lower)) return at === 0 || !tokens[at - 1]!.word || !prepositions.has(tokens[at - 1]!.lower)
    if (looksLikeVerb(token) || prepositions.has(token.lower)) return false
  }
  return false
}

/**
 * Whether a form in -ing modifies the singular noun after it, after "a" or "an" and a name: "an FDA warning
 * letter", "a BBC reporting team"; not "with the WHO warning countries that ...", whose verb has an object.
 */
function gerundModifier(tokens: Token[], index: number): boolean {
  const name = tokenOrNone(tokens, index - 1)
  const next = tokenOrNone(tokens, index + 1)
  return tokens[index]!.lower.endsWith('ing') && name?.word === true && name.capitalised && indefiniteArticles.has(tokenOrNone(tokens, index - 2)?.lower ?? '') &&
    next?.word === true && !next.capitalised && !next.lower.endsWith('s') && !determiners.has(next.lower) && !prepositions.has(next.lower) && !pronouns.has(next.lower) && next.lower !== 'that' && !looksLikeVerb(next)
}

const indefiniteArticles = new Set(['a', 'an'])

/** Determiners that open a singular or plural phrase: "the", "this". */
const openingDeterminers = new Set(['the', 'this', 'that', 'a', 'an'])

/**
 * Whether a cardinal opens a noun phrase that is no object of a preposition:
 * "reviewed 1,200 police reports"; not "a letter signed by 40 senators
 * warns" or "by more than 40 senators warns", where the verb agrees with
 * "letter", nor "the 57-year-old scientist
 * says", "9th graders".
 */
function countsHeadOfObject(tokens: Token[], at: number): boolean {
  const token = tokens[at]!
  if (!cardinal.test(token.value) || token.value === '1') return false
  return !prepositions.has(tokens[beforeCount(tokens, at)]?.lower ?? '')
}

const cardinal = /^\d[\d,]*(\.\d+)?$/

/**
 * Whether the plural determiner at `at` counts the agent of a participle
 * ("a complaint lodged by two former employees alleges", "a letter signed by
 * several ministers warns"): the verb agrees with the noun before the
 * participle, not with the agent, so a form in -s with words after it is that
 * noun's verb; "confirmed by two police reports." stays a noun.
 */
function countsAgent(tokens: Token[], at: number, index: number): boolean {
  const participle = tokens[at - 2]
  return tokens[at - 1]?.lower === 'by' && participle !== undefined && isParticiple(participle) && tokens[index + 1]?.word === true
}

/**
 * "Anyone who complained to the ministry would have his visa cancelled",
 * "everyone who says otherwise is wrong": a relative clause after a pronoun
 * for any person defines a class of people; nobody is reported saying
 * anything. "those who said", "someone who conceded that" may report, as
 * PolNeAR marks them.
 */
function definesAnyone(tokens: Token[], index: number): boolean {
  const relative = skipAuxiliariesBack(tokens, index - 1)
  return tokens[relative]?.lower === 'who' && anyPerson.has(tokens[relative - 1]?.lower ?? '')
}

/**
 * "Nobody warned us the dam would open", "no one has called the families": a
 * denial that anyone spoke, with nobody to name as a source, which no
 * annotated bed marks. "None of the officials said" stays a report of those
 * officials.
 */
function saidByNoOne(tokens: Token[], index: number): boolean {
  const subject = skipAuxiliariesBack(tokens, index - 1)
  const lower = tokens[subject]?.lower
  return lower === 'nobody' || lower === 'no-one' || (lower === 'one' && tokens[subject - 1]?.lower === 'no')
}

/** The index before the auxiliaries and adverbs that end at `at`: "who had repeatedly complained". */
function skipAuxiliariesBack(tokens: Token[], at: number): number {
  let before = at
  while (before > 0 && (isAdverb(tokens[before]!) || cueAuxiliaries.has(tokens[before]!.lower))) before--
  return before
}

/** Pronouns for any person at all, which a relative clause after them defines. */
const anyPerson = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'whoever', 'nobody'])

/** Whether a cue word is a base form, one the lexicon also has in -s: "note" (notes), "reply" (replies); not "said", "told". */
function baseForm(lower: string): boolean {
  return cueLexicon.has(lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : `${lower}s`)
}

/**
 * "Five men accused of forming a cell appeared in court", "Singer accused of
 * breaching contract": "accused of" right after a noun is a reduced passive,
 * and the noun names the accused, not the accuser; the seeds mark it as they
 * mark "were accused of", with no source. The active verb takes its object
 * first ("accused him of"); a relative or an auxiliary before it leaves the
 * object out ("whom she has accused of"); "been accused of" is a full passive.
 */
function reducedPassive(tokens: Token[], index: number): boolean {
  if (tokens[index + 1]?.lower !== 'of' || tokens[index]!.lower !== 'accused') return false
  const previous = tokenOrNone(tokens, index - 1)
  if (!previous?.word) return false
  const lower = previous.lower
  return !(pronouns.has(lower) || relativePronoun.test(lower) || lower === 'that' || cueAuxiliaries.has(lower) || perfectAuxiliary.test(lower) || beForms.has(lower) || isAdverb(previous))
}

/** "baseless claims", "reckless remarks": an adjective in -less. */
const privativeAdjective = /^[a-z]{3,}less$/
/** Words in -less that open a clause rather than modify a noun: "He nevertheless says ...". */
const clauseAdverbs = new Set(['nevertheless', 'nonetheless', 'regardless', 'doubtless'])

/** Whether a frame inside a quotation reports a named third party: a source headed by a name before its cue. */
function relaysNamedParty(frame: Frame): boolean {
  if (frame.pattern !== 'forward' || !frame.source) return false
  const tokens = frame.sentence.tokens
  const head = tokens[frame.source[1] - 1]!
  return head.capitalised && !pronouns.has(head.lower)
}

/** Whether a word before an -ing form is a noun it modifies ("a petition calling for"), not an auxiliary, conjunction or preposition. */
function modifiesNoun(previous: Token | undefined): boolean {
  if (!previous?.word) return false
  const lower = previous.lower
  return !(notInSubject.has(lower) || cueAuxiliaries.has(lower) || prepositions.has(lower) || isAdverb(previous))
}

/**
 * "They called him a liar", "calling them reckless": a characterisation of a
 * person in the source's words, which PolNeAR marks as an attribution; not
 * "called him back", "called her to say".
 */
function characterises(tokens: Token[], object: number): boolean {
  const pronoun = tokens[object]
  const complement = tokens[object + 1]
  if (!pronoun || !objectPronoun.test(pronoun.lower) || !complement?.word) return false
  return !(prepositions.has(complement.lower) || notInSubject.has(complement.lower) || phrasalParticle.test(complement.lower) || weekdaysAndMonths.has(complement.lower) || looksLikeVerb(complement))
}

function extendBack(tokens: Token[], head: number): number {
  let start = head
  // "has often said", "did not immediately respond", "have begun urging",
  // "have in particular noted": the verb group, not the subject. A list item
  // opening on "Keeps saying" has no subject to leave, and PolNeAR still
  // counts its report, which a cue with nothing before it would lose.
  while (start > 0 && head - start < 4) {
    const previous = tokens[start - 1]!
    const auxiliary = auxiliaryBeforePhrase(tokens, start)
    if (auxiliary >= 0) start = auxiliary
    else if (cueAuxiliaries.has(previous.lower) || isAdverb(previous) || afterAuxiliary(tokens, start - 1) || (start > 1 && aspectVerb.test(previous.lower) && tokens[head]!.lower.endsWith('ing'))) start--
    else if (start > 2 && verbAuxiliary.test(tokens[start - 3]!.lower) && pairedAdverbs.has(`${tokens[start - 2]!.lower} ${previous.lower}`)) start -= 2
    else break
  }
  return start
}

/** How many lowercase words may follow the preposition of an adverbial phrase inside a verb group. */
const maxPhraseWords = 2

/**
 * The auxiliary before an adverbial phrase inside a verb group: a
 * preposition and one or two lowercase words right after an auxiliary ("have
 * in particular noted", "had at first said", "have in recent weeks warned");
 * not "to", which makes an infinitive ("has had to be asked"), nor a phrase
 * with a relative pronoun, whose verb is another clause's ("are among
 * retailers that said").
 *
 * @param tokens Tokens of the sentence.
 * @param verb Index of the word after the phrase.
 * @returns Index of the auxiliary, or -1 when no such phrase ends there.
 */
function auxiliaryBeforePhrase(tokens: Token[], verb: number): number {
  for (let preposition = verb - 2; preposition > 0 && verb - preposition <= maxPhraseWords + 1; preposition--) {
    const word = tokens[preposition + 1]!
    if (!word.word || word.capitalised || relativeThat.test(word.lower) || relativePronoun.test(word.lower)) return -1
    if (tokens[preposition]!.lower !== 'to' && prepositions.has(tokens[preposition]!.lower) && verbAuxiliary.test(tokens[preposition - 1]!.lower)) return preposition - 1
  }
  return -1
}

function afterAuxiliary(tokens: Token[], index: number): boolean {
  return auxiliaryAdverbs.has(tokens[index]!.lower) && index > 0 && cueAuxiliaries.has(tokens[index - 1]!.lower)
}

function extendForward(tokens: Token[], head: number): number {
  let end = head + 1
  const lower = tokens[head]!.lower
  if (tellVerbs.has(lower)) {
    let index = end
    if (tokens[index]?.lower === 'the') index++
    while (index < tokens.length && index - end < 6) {
      const token = tokens[index]!
      if ((token.word && (token.capitalised || addressees.has(token.lower)) && !notAddressee.test(token.value)) || stationNumber(tokens, index, end)) {
        index++
        end = index
      } else if (!token.word && (token.value === '.' || token.value === '’' || token.value === "'") && index > end) {
        index++
      } else break
    }
    // "told VOA Pentagon correspondent Ana Ruiz": the capitalised words are the addressee's affiliation.
    if (end > head + 1 && personNouns.has(tokens[end]?.lower ?? '') && !tokens[end]!.capitalised) end = head + 1
  }
  // "said in a statement", "said in an interview with CNN".
  const at = tokens[end]
  if (at?.lower === 'in' && determiners.has(tokens[end + 1]?.lower ?? '')) {
    for (let index = end + 2; index < tokens.length && index <= end + 4; index++) {
      if (mediumWords.has(tokens[index]!.lower) && !mediumWords.has(tokens[index + 1]?.lower ?? '')) return withAddressee(tokens, index + 1)
    }
  }
  return end
}

/**
 * "told Radio 10", "told Channel 4 News": a number inside a broadcaster's
 * name, after a capitalised word of it and before its end; not the count
 * that opens the content ("told Reuters 15 people had died").
 */
function stationNumber(tokens: Token[], index: number, end: number): boolean {
  if (index !== end || index === 0 || !tokens[index - 1]!.capitalised || !/^\d{1,3}$/.test(tokens[index]!.value)) return false
  const next = tokens[index + 1]
  return !next?.word || next.capitalised || next.lower === 'that' || prepositions.has(next.lower)
}

/**
 * "said in a filing with the stock exchange that ...", "said in a letter to
 * shareholders that ...": whom the medium was addressed to belongs to the cue.
 */
function withAddressee(tokens: Token[], end: number): number {
  if (!withOrTo.test(tokens[end]?.lower ?? '')) return end
  for (let index = end + 1; index < tokens.length && index <= end + 6; index++) {
    const token = tokens[index]!
    if (token.lower === 'that') return index
    if (!token.word && !wordPunctuation.has(token.value)) return end
  }
  return end
}

function frameOf(sentence: Sentence, cue: Cue, quotes: QuoteIndex, earlier: Frame[]): Frame | null {
  const tokens = sentence.tokens
  const cueOffsets = {start: tokens[cue.start]!.start, end: tokens[cue.end - 1]!.end}
  const hedges = hedgesOf(tokens, cue)
  const make = (pattern: Pattern, source: Range | null, content: Offsets | null): Frame | null => {
    if (!content || content.end <= content.start) return null
    const quote = quotes.opening(content.start)
    return {sentence, pattern, cue: cueOffsets, source, content, quoted: quote?.end === content.end, hedges}
  }

  if (cue.kind === 'passive') return make('passive', null, contentAfter(sentence, thatAfterPlace(tokens, cue.end) ? contentOpening(tokens, cue.end, false) : cue.end, quotes))
  if (cue.kind === 'hedge') return make('passive', null, hedgedClause(sentence, cue, quotes))

  if (cue.kind === 'according') {
    const phrase = phraseAfter(tokens, cue.end)
    if (!phrase) return null
    // "according to a poll conducted by ...": the source runs to the clause's end.
    const atStart = firstWord(tokens) === cue.start
    const source: Range = [phrase[0], descriptionEnd(tokens, phrase[1], true, !atStart)]
    // "According to Lena Ortiz, the town clerk, most voters ...": an appositive between commas.
    const appositive = atStart && tokens[source[1]]?.value === ',' ? phraseAfter(tokens, source[1] + 1) : null
    if (appositive && tokens[appositive[1]]?.value === ',' && opensDescription(tokens[appositive[0]])) source[1] = appositive[1]
    if (!atStart && tokens[cue.start - 1]?.value === ',' && predicateAfterAside(tokens, phrase[1])) {
      // "President Ana Ruiz, according to the palace, made a short visit ...": an aside inside
      // the clause it sources. PolNeAR marks both parts as content; the longer one stands for it.
      return make('according', phrase, contentAround(sentence, cue.start, phrase[1] + 1, quotes))
    }
    const content = atStart
      ? contentAfter(sentence, source[1], quotes)
      : contentBefore(sentence, cue.start, quotes)
    return make('according', source, content)
  }

  const before = tokens[cue.start - 1]
  const head = tokens[cue.head]!
  // After a quotation's closing mark, only a speaker already named goes on ("he said the memo “changes nothing,” adding").
  const setOff = (before && (before.value === ',' || before.value === '—' || before.value === '–')) || (closesAfterComma(tokens, cue.start - 1) && earlier.length > 0)
  if (cue.kind === 'issued' || (setOff && head.lower.endsWith('ing'))) {
    // "The head of the union, Sgt. Tom Kessler, defended him, arguing ...": the name in apposition is the owner's too.
    const owner = (cue.kind === 'issued' ? issuer(tokens, cue.head - 1) : null) ?? participleOwner(tokens, earlier.at(-1)) ?? withApposition(tokens, sentenceSubject(tokens))
    if (!owner || owner[1] > cue.start) return null
    // "telling reporters on a conference call that ...", "adding in a statement that ...": the addressee
    // and the occasion belong to the cue, and what was said opens at "that".
    return make('participle', owner, contentAfter(sentence, participleContentStart(tokens, cue.end, head), quotes))
  }

  // "The party was accused of …", "He is accused by critics of …", "the plan announced on Monday by
  // the minister": the subject of a passive is what the report is about; the source is the agent
  // after "by", or none, as PolNeAR marks it.
  if (cue.kind === 'verb' && pastParticiple.test(head.lower) && head.lower !== 'quoted') {
    const agent = agentAfter(tokens, cue.end, head)
    if (passiveVoice(tokens, cue.head) || (agent && modifiesNoun(tokens[cue.start - 1]) && !tokens[cue.start - 1]!.capitalised)) {
      if (!agent && reportsNothing(tokens, cue)) return null
      if (!agent) return make('passive', null, contentAfter(sentence, cue.end, quotes))
      // "The leak was first reported by the Post.": with no clause after the agent, the subject is what was reported.
      // "confirmed by two officials, who asked not to be named": an aside on the agent is no clause either.
      const clause = orderAt(tokens, agent[1], head) || (!onlyAdjuncts(tokens, agent[1], false) && agent[1] <= lastWord(tokens) && !opensRelativeAside(tokens, agent[1]))
      return make('agent', agent, clause ? contentAfter(sentence, agent[1], quotes) : contentBefore(sentence, cue.start, quotes))
    }
  }

  // "The mayor took to Twitter to describe the city as ...": an infinitive's source is the clause's subject.
  // "He answered the question by saying ...": so has a gerund after a preposition.
  const spent = timeSpentBefore(tokens, cue)
  let source =
    before?.lower === 'to' || gerundAfterPreposition(tokens, cue)
      ? subjectBefore(tokens, cue.start)
      : spent >= 0
        ? subjectOfVerbAt(tokens, spent)
        : (recordsApart(tokens, cue) ?? phraseBefore(tokens, cue.start))
  if (!source && before && (before.value === ',' || closingQuotes.has(before.value) || before.value === '—')) {
    const inverted = before.value === ',' && closesSubjectAside(tokens, cue.start - 1) ? undefined : invertedFrame(sentence, cue, quotes, make)
    if (inverted !== undefined) return inverted
    source = asideSubject(tokens, cue.start - 1)
  }
  // "the union, which first reported the leak": the relative pronoun is the source, as "who" is.
  if (!source && before?.lower === 'which' && tokens[cue.start - 2]?.value === ',') source = [cue.start - 1, cue.start]
  if (!source && before?.lower === 'that') source = documentBeforeThat(tokens, cue.start - 1)
  // "The senator criticised the plan and said ...", "He endorsed her, but told reporters ...": a
  // second verb shares the subject of the first.
  // A phrase read back through the conjunction ("overruled the judge and said") is the first verb's object.
  // Not inside a quotation ("said he “can't start a fight and then claim bullying”"), whose verbs are the speaker's words.
  // "... to compensate the families and on Friday signaled": what subjectEndBefore steps over (a time adjunct, a participle
  // aside) may stand between the conjunction and the verb.
  const conjunction = source ? cue.start - 1 : subjectEndBefore(tokens, cue.start) - 1
  const coordinated = coordinating.has(tokens[conjunction]?.lower ?? '') && !quotes.covering(head.start)
  if (coordinated) source = sharedSubject(tokens, conjunction, earlier) ?? source
  if (!source) return null
  source = withNameList(tokens, withPostmodifier(tokens, withoutPreposition(tokens, source)))

  let rest = skipAdjunctsAndOccasion(tokens, cue.end)
  const split = closesQuote(tokens, source[0]) ? splitQuotation(sentence, source[0], cue.end, quotes) : null
  if (split) return splitFrame(make('trailing', source, split), quotes)
  // "..., she said of the election": what follows is the topic, not the content.
  if (ofOrAbout.test(tokens[rest]?.lower ?? '') && closingQuotes.has(tokens[source[0] - 1]?.value ?? '')) rest = tokens.length
  // "He said, however, that ...": a discourse adverb between commas.
  if (tokens[rest]?.value === ',' && discourseAdverbs.has(tokens[rest + 1]?.lower ?? '') && tokens[rest + 2]?.value === ',') rest += 3
  const tell = tellVerbs.has(head.lower)
  rest = contentOpening(tokens, rest, tell)
  const next = tokens[rest]
  const atEnd = rest > lastWord(tokens)
  const opensSentence = source[0] === firstWord(tokens)
  // A quotation that ends the paragraph before, a line break further away, is not what this source said.
  const quoteOpening = opensSentence ? quotes.endingAt(sentence.start) : undefined
  const quoteAhead = quoteOpening && quoteOpening.end >= sentence.start - 1 ? quoteOpening : undefined
  const quoteBefore = opensSentence ? quoteAhead !== undefined : closesQuote(tokens, source[0])
  // "“…,” she said at a rally in Ohio.", "…, he told supporters.": only the occasion or the
  // addressee follows the cue, so the content is what came before the source.
  // "declined to comment." has its own content, what was declined; so has "did not respond to requests for
  // comment", never a quotation before it.
  const adjunctsOnly = !declining.test(head.lower) && !noResponse(tokens, cue) && (onlyAdjuncts(tokens, rest, tell) || (quoteBefore && opensOccasion(tokens[rest]))) && (opensSentence ? quoteBefore : endsClause(tokens[source[0] - 1]))
  // "As the Tribune reported, the talks stalled.", "As Ana Ray reports for the BBC, ...": the clause
  // after the comma, past the occasion, is what was reported.
  if (asOpener(tokens, source[0] - 1)) {
    const comma = commaAfterOccasion(tokens, rest)
    if (comma >= 0) return make('forward', source, contentAfter(sentence, comma + 1, quotes))
  }
  const trailing = atEnd || adjunctsOnly || (next?.value === ',' && !openingQuotes.has(tokens[rest + 1]?.value ?? ''))
  if (trailing) {
    if (!opensSentence) {
      // "Tests found that they had twice the cells previously reported.": a participle that ends a
      // reported clause with no mark before its noun describes that noun; it reports nothing.
      if (atEnd && earlier.length > 0 && tokens[source[0] - 1]!.word && !coordinators.has(tokens[source[0] - 1]!.lower)) return null
      // "The plan, the mayor said, would cost more.", "Meanwhile, she says, the stores are empty.": the
      // source sits inside the clause it reports.
      const aside = next?.value === ',' && tokens[source[0] - 1]?.value === ','
      // "For example, Herbert notes, being able to ...", "After that, Ford wrote, and wrote": a
      // connective before the source is no content; the clause after it is, if there is one.
      if (connectiveBefore(tokens, source[0])) return aside && opensClauseAfter(tokens[rest + 1]) ? make('trailing', source, contentAfter(sentence, rest + 1, quotes)) : null
      const inside = aside && (predicateAfterAside(tokens, rest) || (opensOccasion(tokens[firstWord(tokens)]) && opensClauseAfter(tokens[rest + 1])))
      return make('trailing', source, inside ? contentAround(sentence, source[0], rest + 1, quotes) : contentBefore(sentence, source[0], quotes))
    }
    // "“Is it over?” Lopez replied.": a question or exclamation ends the sentence before its source.
    const quote = atEnd || adjunctsOnly ? quoteAhead : undefined
    return quote ? make('trailing', source, {start: quote.start, end: quote.end}) : null
  }
  // "Lerer reported from Los Angeles.", "Ana Ruiz wrote from Kyiv.": a credit line; with nothing
  // but where the writer was after the cue and no quotation before, nothing is reported.
  if (opensSentence && !quoteBefore && next?.lower === 'from' && onlyAdjuncts(tokens, rest, false)) return null
  if (gerundLeftByRelative(tokens, source[0], rest)) return make('trailing', source, contentBefore(sentence, source[0], quotes))
  return make('forward', source, contentAfter(sentence, rest, quotes))
}

/**
 * "a second passport, which he denied having", "the payment, which she
 * admits making": the relative "which" is the verb's object, what was said
 * is its antecedent before it, as for "the claim, which he denied,", and
 * the gerund left after the verb says nothing.
 */
function gerundLeftByRelative(tokens: Token[], sourceStart: number, rest: number): boolean {
  if (tokenOrNone(tokens, sourceStart - 1)?.lower !== 'which') return false
  const gerund = tokenOrNone(tokens, rest)
  return gerund?.word === true && gerund.lower.endsWith('ing') && !tokenOrNone(tokens, rest + 1)?.word
}

/** Longest author's name between a document and its relative "that": "from Deutsche Bank AG". */
const maxAuthorName = 4

/**
 * "a research note from Barclays that said ...", "a report that warned
 * ...", "a memo by Ana Ruiz that urges ...": a relative "that" right after a
 * document, or after the name of its author, whose own verb reports; the
 * document, with its author, is the source. Not a noun after the document
 * ("a lawsuit against the college that promised"), whose verb that is.
 */
function documentBeforeThat(tokens: Token[], that: number): Range | null {
  const noun = tokens[that - 1]
  if (noun && documentNouns.has(noun.lower) && !noun.capitalised) return issuedDocument(tokens, nounPhraseStart(tokens, that - 1), that)
  let at = that - 1
  while (at > 0 && that - at <= maxAuthorName && tokens[at]!.capitalised) at--
  if (at === that - 1 || !authorLink.test(tokens[at]!.lower)) return null
  const document = tokens[at - 1]
  return document && documentNouns.has(document.lower) && !document.capitalised ? issuedDocument(tokens, nounPhraseStart(tokens, at - 1), that) : null
}

/**
 * The source of a document's report: who issued it, when a verb of issuing
 * stands before it ("The senator has released a video that accuses ...",
 * as PolNeAR marks it), else the document from `start` to `end`.
 */
function issuedDocument(tokens: Token[], start: number, end: number): Range | null {
  let verb = start - 1
  if (!releaseVerb.test(tokens[verb]?.lower ?? '')) return [start, end]
  while (verb > 0 && cueAuxiliaries.has(tokens[verb - 1]!.lower)) verb--
  return phraseBefore(tokens, verb)
}

const authorLink = /^(from|by)$/
/** Verbs by which a source puts a document out, not ones of reading or citing it: "released", "posted". */
const releaseVerb = /^(release[ds]?|issue[ds]?|post(s|ed)?|publish(es|ed)?|sen[dt]s?|circulated?|file[ds]?)$/

/** Longest run of modifiers before a noun, its determiner included: "a new research note". */
const maxNounModifiers = 4

/** Where the noun phrase headed by the noun at `head` opens: at its determiner, else at its first plain modifier. */
function nounPhraseStart(tokens: Token[], head: number): number {
  let start = head
  while (start > 0 && head - start < maxNounModifiers) {
    const token = tokens[start - 1]!
    if (!token.word || prepositions.has(token.lower) || looksLikeVerb(token) || pronouns.has(token.lower)) break
    start--
    // "the bank's latest note": an owner's name goes on to its own determiner.
    if (determiners.has(token.lower) || (possessive.test(token.lower) && !/['’]s$/.test(token.lower))) break
  }
  return start
}

/**
 * Whether the cue opens with a gerund right after a preposition ("rallied
 * supporters by warning", "was criticised for saying", "stopped short of
 * calling for"): the phrase before it is the object of the clause's verb,
 * not the speaker. Not "into" or "from" or "with", whose object may be the
 * one who speaks ("pressed her into announcing", "credited him with saying").
 */
function gerundAfterPreposition(tokens: Token[], cue: Cue): boolean {
  return cue.start === cue.head && tokens[cue.head]!.lower.endsWith('ing') && gerundPreposition.test(tokens[cue.start - 1]?.lower ?? '')
}

const gerundPreposition = /^(by|for|of|in|on|after|before|without|despite|upon)$/

/** Most words from "spent" to the gerund: "spent much of the past week insisting". */
const maxTimeSpent = 6

/**
 * Where the verb "spend" and its auxiliaries start when the cue is a gerund after the time spent ("has
 * spent weeks warning that", "spent much of Monday insisting"), or -1: the time is no speaker; the
 * subject of "spent" is.
 */
function timeSpentBefore(tokens: Token[], cue: Cue): number {
  if (cue.start !== cue.head || !tokens[cue.head]!.lower.endsWith('ing')) return -1
  for (let index = cue.start - 1; index >= 0 && cue.start - index <= maxTimeSpent; index--) {
    const token = tokens[index]!
    if (!token.word) return -1
    if (spendForms.test(token.lower)) return index < cue.start - 1 ? extendBack(tokens, index) : -1
  }
  return -1
}

/** The subject of the verb starting at `verb`: the phrase before it, or before an aside closed by a comma ("Ana Ruiz, the mayor, spent"). */
function subjectOfVerbAt(tokens: Token[], verb: number): Range | null {
  return phraseBefore(tokens, verb) ?? (tokens[verb - 1]?.value === ',' ? asideSubject(tokens, verb - 1) : null)
}

const spendForms = /^(spend|spends|spent|spending)$/

/**
 * A phrase read back to a preposition before the cue ends at the noun before
 * it: "Residents at first said", "pressed the governor into announcing".
 */
function withoutPreposition(tokens: Token[], source: Range): Range {
  return source[1] - source[0] > 1 && prepositions.has(tokens[source[1] - 1]!.lower) ? [source[0], source[1] - 1] : source
}

/**
 * Whether the token at `index` is the "as" of a sentence's opener: first, or
 * after only a conjunction or a short connective ("But as Ruiz noted, …",
 * "Of course, as critics say, …").
 */
function asOpener(tokens: Token[], index: number): boolean {
  if (tokens[index]?.lower !== 'as') return false
  const first = firstWord(tokens)
  return index === first || (index - 1 === first && coordinators.has(tokens[first]!.lower)) || connectiveBefore(tokens, index)
}

/** Longest occasion between a cue and the comma that ends an "As ... reported," opener, in tokens. */
const maxOccasion = 8

/** Marks that close an "As ... reported" opener: "As she put it, …", "As he put it: “…”". */
const openerEnds = new Set([',', ':'])

/**
 * Index of the comma or colon that closes the cue's occasion ("reports for
 * the BBC,", "wrote on his blog last week,"), or `from` itself when it is
 * one; -1 when a verb or another mark comes first.
 */
function commaAfterOccasion(tokens: Token[], from: number): number {
  if (!openerEnds.has(tokens[from]?.value ?? '') && !prepositions.has(tokens[from]?.lower ?? '')) return -1
  for (let index = from; index < tokens.length && index - from <= maxOccasion; index++) {
    const token = tokens[index]!
    if (openerEnds.has(token.value)) return index
    if (token.word ? looksLikeVerb(token) || clauseMarker.test(token.lower) : !wordPunctuation.has(token.value)) return -1
  }
  return -1
}

/** Longest relative clause or participle phrase after a source's head, in tokens. */
const maxPostmodifier = 14

/** Words a listed name may hold besides capitalised ones: "Ann Lee of the clinic and Tom Hall". */
const listJoiners: ReadonlySet<string> = new Set([',', 'and', 'of', 'the'])

/**
 * "Boeing Defense, Space, and Security said", "Lee, Hall and Moss said": the
 * phrase before the cue is the last of names listed with commas from the
 * start of the sentence, and the whole list is the source. Not "Meanwhile,
 * Hall and Moss said", "Yet, a study by Yale and MIT found" nor "On Monday,
 * Hall said", whose first item is no name.
 */
function withNameList(tokens: Token[], source: Range): Range {
  const before = tokens[source[0] - 1]
  if (!tokens[source[0]]!.capitalised || (before?.value !== ',' && !(before?.lower === 'and' && tokens[source[0] - 2]?.value === ','))) return source
  const start = firstWord(tokens)
  if (coordinators.has(tokens[start]!.lower)) return source
  if (source[0] - start > maxAside) return source
  let joined = false
  for (let index = start; index < source[1]; index++) {
    const token = tokens[index]!
    if (token.lower === 'and') joined = true
    if (index >= source[0] || listJoiners.has(token.lower)) continue
    if (!token.capitalised || prepositions.has(token.lower) || timeWords.has(token.lower) || discourseAdverbs.has(token.lower) || isAdverb(token)) return source
  }
  return joined && tokens[start]!.capitalised && !listJoiners.has(tokens[start]!.lower) ? [start, source[1]] : source
}

/**
 * "A spokesperson who was not authorised to speak because of agency policy
 * said", "The doctors offering to run the clinic noted": the phrase read back
 * from the cue stops inside a relative clause or participle phrase after the
 * source's head; the source starts at the person it describes.
 */
function withPostmodifier(tokens: Token[], source: Range): Range {
  // "… who reported the call recalled that he said": a pronoun is the whole source.
  if (pronouns.has(tokens[source[0]]!.lower)) return source
  for (let index = source[0] - 1; index > 0 && source[0] - index <= maxPostmodifier; index--) {
    const token = tokens[index]!
    if (!token.word) {
      if (!isInner(token)) return source
      continue
    }
    // "Officials working in the port denied it but a driver said": a clause of its own ends the search.
    if (token.lower === 'that' || clauseJoiners.has(token.lower)) return source
    if (tokens[index + 1]?.lower === 'by' && index + 1 < source[0]) {
      const documents = documentsBefore(tokens, index)
      if (documents) return [documents[0], source[1]]
    }
    const relative = token.lower === 'who' || token.lower === 'whose'
    if (!relative && !(token.lower.endsWith('ing') && looksLikeVerb(token))) continue
    const phrase = phraseBefore(tokens, index)
    // "A polling clerk who worked at one of the stations told ...", "One MP whose seat ...": a
    // relative clause on the sentence's subject is about a person, whatever the noun.
    if (!personNouns.has(tokens[index - 1]!.lower) && !(relative && phrase?.[0] === firstWord(tokens))) return source
    return phrase ? [phrase[0], source[1]] : source
  }
  return source
}

/** Participles that say how a document reached the writer: "emails obtained by the paper", "a memo seen by Reuters". */
const obtainedParticiple = /^(obtained|seen|reviewed|leaked|released|published|prepared|compiled|filed|written|shared)$/

/**
 * "Internal audits, emails and briefing notes obtained by the paper reveal
 * ...", "A memo seen by Reuters says ...": documents that open the sentence,
 * listed with commas and "and", before a participle saying how they were
 * obtained. They are the source, and the participle phrase with them; the
 * one who obtained them is not.
 *
 * @returns From the sentence's first word to the participle, or null.
 */
function documentsBefore(tokens: Token[], participle: number): Range | null {
  if (!obtainedParticiple.test(tokens[participle]!.lower)) return null
  const start = firstWord(tokens)
  let documents = false
  for (let index = start; index < participle; index++) {
    const token = tokens[index]!
    if (!token.word) {
      if (token.value !== ',' && !isInner(token)) return null
    } else if (token.lower !== 'and' && (notInSubject.has(token.lower) || pronouns.has(token.lower))) return null
    else documents ||= documentNouns.has(token.lower)
  }
  return documents && participle > start ? [start, participle] : null
}

/** Whether a quotation's closing mark stands at `index` after its comma: "“changes nothing,” adding ...". */
function closesAfterComma(tokens: Token[], index: number): boolean {
  return closingQuotes.has(tokens[index]?.value ?? '') && tokens[index - 1]?.value === ','
}

/** Whether a mark stays inside a phrase ("U.S.", "Jean-Paul", "O'Brien"). */
function isInner(token: Token): boolean {
  return token.value === '.' || token.value === '-' || token.value === '’' || token.value === "'" || token.value === '&'
}

/**
 * Whether the clause goes on with its verb after the comma that closes an
 * aside (", according to the palace, made ..."), so the aside sits inside it
 * rather than ending it (", according to the palace, which ...").
 */
function predicateAfterAside(tokens: Token[], comma: number): boolean {
  const next = tokens[comma + 1]
  if (tokens[comma]?.value !== ',' || !next?.word || next.capitalised) return false
  // A participle (", adding to ...") opens an adjunct of its own, not the clause's verb.
  return finiteAfterNoun.test(next.lower) || clauseVerbs.has(next.lower) || (looksLikeVerb(next) && !next.lower.endsWith('ing'))
}

/**
 * The content of a source set inside the clause it reports, between commas
 * ("The palace, according to aides, made ...", "The plan, the mayor said,
 * would ..."): PolNeAR marks both parts; the longer one stands for it.
 */
function contentAround(sentence: Sentence, sourceStart: number, restFrom: number, quotes: QuoteIndex): Offsets | null {
  const lead = contentBefore(sentence, sourceStart, quotes)
  const rest = contentAfter(sentence, restFrom, quotes)
  return lead && rest && lead.end - lead.start > rest.end - rest.start ? lead : rest
}

/** Whether a word after the comma that closes an aside opens a clause of its own: not "and" or a participle. */
function opensClauseAfter(token: Token | undefined): boolean {
  return token !== undefined && token.word && !coordinators.has(token.lower) && !token.lower.endsWith('ing')
}

/** Longest connective that opens a sentence before its source ("For example", "After that"), in words. */
const maxConnective = 2

/**
 * Whether all that comes before a source set off by a comma is a connective:
 * a discourse adverb or conjunction ("Meanwhile", "But") or a short phrase
 * opened by a preposition ("For example", "After that").
 */
function connectiveBefore(tokens: Token[], sourceStart: number): boolean {
  const first = firstWord(tokens)
  if (tokens[sourceStart - 1]?.value !== ',' || first >= sourceStart - 1) return false
  let words = 0
  for (let index = first; index < sourceStart - 1; index++) {
    if (!tokens[index]!.word) return false
    words++
  }
  const lower = tokens[first]!.lower
  return words <= maxConnective && (discourseAdverbs.has(lower) || coordinators.has(lower) || (words === 2 && prepositions.has(lower)))
}

/**
 * "“We will,” she said, “appeal the ruling.”", "“To the extent they care,” he
 * said of the union, “we did our part.”": a quotation that opens the sentence,
 * broken by its source and cue and taken up again after a comma, is one
 * statement; PolNeAR gives it one attribution with both parts as content.
 * The content runs from the first part's opening mark to the end of what
 * follows the comma, a quotation or a clause that goes on past one.
 */
function splitQuotation(sentence: Sentence, sourceStart: number, cueEnd: number, quotes: QuoteIndex): Offsets | null {
  const tokens = sentence.tokens
  const closing = tokens[sourceStart - 1]!.value === ',' ? tokens[sourceStart - 2]! : tokens[sourceStart - 1]!
  const first = quotes.closing(closing.end) ?? quotes.covering(closing.start)
  const opener = tokens[firstWord(tokens)]
  if (!first || !opener || first.start > opener.start) return null
  const comma = commaBeforeQuotation(tokens, cueEnd)
  const rest = comma >= 0 ? contentAfter(sentence, comma + 1, quotes) : null
  return rest ? {start: first.start, end: rest.end} : null
}

/**
 * Index of the comma after a cue and its occasion ("said,", "told reporters
 * on Monday,", "said of the plan,") that an opening quotation mark follows;
 * -1 when a verb, another mark or the sentence's end comes first.
 */
function commaBeforeQuotation(tokens: Token[], from: number): number {
  for (let index = from; index < tokens.length && index - from <= maxOccasion; index++) {
    const token = tokens[index]!
    if (token.value === ',') return openingQuotes.has(tokens[index + 1]?.value ?? '') ? index : -1
    if (token.word ? looksLikeVerb(token) : !wordPunctuation.has(token.value)) return -1
  }
  return -1
}

/** A split quotation's frame: all quotation, though broken by its source, when its last part ends on a closing mark. */
function splitFrame(frame: Frame | null, quotes: QuoteIndex): Frame | null {
  if (frame?.content) frame.quoted = quotes.closing(frame.content.end) !== undefined
  return frame
}

/** Whether a quotation closes right before the source at `sourceStart` ("“…,” she said", "“…”, he said"). */
function closesQuote(tokens: Token[], sourceStart: number): boolean {
  const before = tokens[sourceStart - 1]?.value === ',' ? tokens[sourceStart - 2] : tokens[sourceStart - 1]
  return before !== undefined && closingQuotes.has(before.value)
}

/**
 * Whether the words after a cue open the occasion of a quotation that ended
 * before its source ("“Can I stay?” she asked before leaving.", "“A great
 * day,” he tweeted soon after the vote."): the quotation is what was said, so
 * a tail opened by a preposition, an adverb or a conjunction of time is no
 * clause of its own, whatever verbs it holds. A "that" or a colon in it was
 * already taken as the opening of the content.
 */
function opensOccasion(first: Token | undefined): boolean {
  if (!first?.word || first.lower === 'that') return false
  return prepositions.has(first.lower) || occasionOpeners.has(first.lower) || isAdverb(first)
}

/** Whether a token closes the clause before a source: a comma, dash or closing quote. */
function endsClause(token: Token | undefined): boolean {
  return token !== undefined && (token.value === ',' || token.value === '—' || token.value === '–' || closingQuotes.has(token.value))
}

/**
 * Where the content opens after a cue: past the addressee and the occasion
 * that a "that" or a colon closes ("told reporters at a briefing that ...",
 * "said during the hearing: “…”"), or after a short addressee at the pronoun
 * that opens the reported clause ("told police he had acted alone").
 *
 * @param tokens Tokens of the sentence.
 * @param from Index of the first token after the cue.
 * @param tell Whether the cue is a verb of telling, whose object is the addressee.
 * @returns Index of the "that" or colon, of the pronoun, or `from`.
 */
function contentOpening(tokens: Token[], from: number, tell: boolean): number {
  const first = tokens[from]
  if (!first?.word || !(tell || prepositions.has(first.lower))) return from
  for (let index = from; index < tokens.length && index - from <= maxAddressee; index++) {
    const token = tokens[index]!
    if (token.lower === 'that' || token.value === ':') return index
    if (!token.word && !wordPunctuation.has(token.value)) break
  }
  if (!tell) return from
  for (let index = from + 1; index < tokens.length && index - from <= 4; index++) {
    const token = tokens[index]!
    if (!token.word) break
    if (subjectPronoun.test(token.lower)) return index
  }
  return from
}

/**
 * Whether the words from `from` to the sentence's end are adjuncts of the
 * cue, with no clause of their own: an occasion ("at a rally in Ohio", "in a
 * speech to the academy, a state university") or, after a verb of telling,
 * the addressee ("settler leaders").
 */
function onlyAdjuncts(tokens: Token[], from: number, tell: boolean): boolean {
  const first = tokens[from]
  if (!first?.word || !(tell || prepositions.has(first.lower))) return false
  const end = sentenceEndIndex(tokens)
  for (let index = from; index < end; index++) {
    const token = tokens[index]!
    if (!token.word) {
      if (openingQuotes.has(token.value) || token.value === ':') return false
      continue
    }
    // "..., according to a statement": a source of its own, not a clause of this cue.
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') return true
    const verb = looksLikeVerb(token) && !nounInPhrase(tokens, index)
    // "on Tuesday, May 19": a capitalised "May" is the month.
    if (verb || (!token.capitalised && clauseMarker.test(token.lower)) || clauseVerbs.has(token.lower)) return false
  }
  return true
}

/**
 * "at the hearing", "told a news briefing", "at a party gathering": an -ing
 * word right after a determiner, or after one noun that follows it, heads a
 * noun phrase.
 */
function nounInPhrase(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]
  if (!before) return false
  if (determiners.has(before.lower)) return true
  return tokens[index]!.lower.endsWith('ing') && determiners.has(tokens[index - 2]?.lower ?? '') && before.word && !looksLikeVerb(before)
}

/**
 * Whether an agentless passive reports nothing: an infinitive ("often
 * enough to be noted", "honoured to be asked to speak"), though not one that
 * says it happens ("the question has had to be asked"), a name given
 * ("the illness is called “bird fancier’s lung”"), a thing refused ("were
 * denied access"), or only where or when ("cases were reported in the north",
 * "turnout was estimated at 58 per cent").
 */
function reportsNothing(tokens: Token[], cue: Cue): boolean {
  const be = tokens[cue.start - 1]
  if (be?.lower === 'be' && tokens[cue.start - 2]?.lower === 'to') return !haveForms.has(tokens[cue.start - 3]?.lower ?? '')
  const head = tokens[cue.head]!.lower
  const next = tokens[cue.end]
  if (head === 'denied') return refusesSomething(next)
  if (head === 'declared' && actDeclared(tokens, cue.start, cue.end)) return true
  // "is explained in an affidavit written by a detective": a text and its author further on report it.
  if (next && placeOrTime.has(next.lower) && onlyAdjuncts(tokens, cue.end, false)) return !tokens.slice(cue.end).some((token) => token.lower === 'by')
  return head === 'called' && openingQuotes.has(next?.value ?? '')
}

/** Prepositions of a place, time or amount, which open no report after a passive. */
const placeOrTime = new Set(['in', 'on', 'at', 'across', 'during', 'near', 'throughout'])

/**
 * "were denied access", "have been denied bail": a passive "denied" with an
 * object is something refused, not a denial, which goes on with a clause or
 * "by" ("was denied by the ministry").
 */
function refusesSomething(next: Token | undefined): boolean {
  return next !== undefined && next.word && !prepositions.has(next.lower) && !clauseMarker.test(next.lower) && !looksLikeVerb(next)
}

/** Whether a participle follows a form of "be" ("was accused", "is widely estimated"). */
function passiveVoice(tokens: Token[], head: number): boolean {
  let index = head - 1
  while (index > 0 && isAdverb(tokens[index]!)) index--
  return beForms.has(tokens[index]?.lower ?? '')
}

/**
 * The agent of a passive cue: the phrase after "by" ("accused by critics of
 * ..."), also past the one told ("confirmed to Reuters by a spokesman",
 * "described to the BBC on Monday by two officials").
 */
function agentAfter(tokens: Token[], from: number, head: Token): Range | null {
  const by = skipRecipient(tokens, skipAdjuncts(tokens, from))
  const agent = tokens[by]?.lower === 'by' ? phraseAfter(tokens, by + 1) : null
  // "by critics of promoting ...": the preposition opens what the agent said.
  if (agent && agent[1] - agent[0] > 1 && prepositions.has(tokens[agent[1] - 1]!.lower)) agent[1]--
  // "told by his manager to stay home": the infinitive is what the agent said, not part of the agent.
  const infinitive = agent ? tokens.findIndex((_, at) => at > agent[0] && at < agent[1] && orderAt(tokens, at, head)) : -1
  if (agent && infinitive > 0) agent[1] = infinitive
  return agent && withRestrictiveRelative(tokens, agent)
}

/** Verbs of ordering in a passive, whose agent an infinitive may follow: "was told by his manager to stay home". */
const orderVerbs = new Set(['told', 'asked', 'ordered', 'urged', 'instructed', 'advised', 'directed'])

/**
 * Whether the order a passive verb of ordering reports opens at `at`: "to"
 * and a verb, not the one told ("was confirmed by the club to fans") nor a
 * purpose ("was announced by the government to cut costs").
 */
function orderAt(tokens: Token[], at: number, head: Token): boolean {
  const verb = tokens[at + 1]
  return orderVerbs.has(head.lower) && tokens[at]?.lower === 'to' && verb !== undefined && verb.word && !verb.capitalised && !opensRecipient(verb) && !pronouns.has(verb.lower) && !leadingDigit.test(verb.value)
}

/**
 * Whether a comma and a relative pronoun stand at `at` and the aside they
 * open ends the sentence: ", who spoke on condition of anonymity." One closed
 * by a comma may give way to what was said ("accused by a reporter, who
 * worked for him, of grabbing her").
 */
function opensRelativeAside(tokens: Token[], at: number): boolean {
  if (tokens[at]?.value !== ',' || !relativePronoun.test(tokens[at + 1]?.lower ?? '')) return false
  for (let index = at + 2; index < tokens.length; index++) if (tokens[index]!.value === ',') return false
  return true
}

/** Longest name of the one a passive report was made to, in words: "to The Associated Press". */
const maxRecipient = 5

/**
 * Where "by" stands after the one a passive report was made to ("to the
 * Guardian by", "to staff on Monday by"), or `at` with none: the words
 * between are a short phrase for people or a body, not an infinitive ("is
 * said to have fled", "is believed to travel by train").
 */
function skipRecipient(tokens: Token[], at: number): number {
  if (tokens[at]?.lower !== 'to') return at
  for (let index = at + 1; index < tokens.length && index - at <= maxRecipient; index++) {
    const token = tokens[index]!
    if (!token.word || clauseMarker.test(token.lower) || (index === at + 1 && !opensRecipient(token))) return at
    if (index === at + 1) continue
    const after = skipAdjuncts(tokens, index)
    if (tokens[after]?.lower === 'by') return after
  }
  return at
}

/** Whether a word can open the one told, never an infinitive: "the", "Reuters", "reporters", "staff". */
function opensRecipient(token: Token): boolean {
  const lower = token.lower
  return token.capitalised || determiners.has(lower) || speakingNoun(lower) || postNouns.has(lower)
}

/**
 * "confirmed by two officials who had seen them", ", said one driver who has
 * worked at the mine for years": a relative clause with no comma before it
 * narrows down the source after the cue and is part of it, as the seeds mark
 * it; it runs to the next mark. The phrase as read when no such clause follows.
 */
function withRestrictiveRelative(tokens: Token[], source: Range): Range {
  const pronoun = tokens[source[1] - 1]?.lower === 'who' ? source[1] - 1 : source[1]
  if (tokens[pronoun]?.lower !== 'who' || pronoun === source[0] || !tokens[pronoun - 1]!.word) return source
  let end = pronoun + 1
  while (end < tokens.length && end - pronoun <= maxPostmodifier && (tokens[end]!.word || isInner(tokens[end]!))) end++
  while (!tokens[end - 1]!.word) end--
  return end - pronoun > maxPostmodifier || end === pronoun + 1 ? source : [source[0], end]
}

/**
 * The subject a coordinated verb shares with the clause before `conjunction`:
 * the last attribution's source, else the sentence's subject, when a
 * lowercase word (its verb) follows that subject.
 */
function sharedSubject(tokens: Token[], conjunction: number, earlier: Frame[]): Range | null {
  if (insideShownClause(tokens, conjunction, earlier.at(-1))) return null
  const subject = earlier.at(-1)?.source ?? withApposition(tokens, sentenceSubject(tokens))
  const subordinate = subordinateSubject(tokens, conjunction, subject?.[1] ?? 0)
  if (subordinate) return subordinate
  if (!subject || subject[1] >= conjunction) return null
  // "Acme, a retail chain, acknowledged that ..., but said": the last cue right after its source's comma is that
  // source's verb, no participle set off as an aside.
  const cueAfterComma = tokens[subject[1]]?.value === ',' && tokens[subject[1] + 1]?.start === earlier.at(-1)?.cue.start
  const verbAt = cueAfterComma ? subject[1] + 1 : afterApposition(tokens, subject, afterAside(tokens, subject[1]))
  if (verbAt >= conjunction) return null
  const verb = tokens[verbAt]
  if (!verb?.word || verb.capitalised || determiners.has(verb.lower) || prepositions.has(verb.lower)) return null
  return subject
}

/**
 * The source of the frame before that a participle after it shares: not the
 * agent of a participle on a noun ("rejected the reforms announced by the
 * ministry, calling them ..."), whose subject is the sentence's, unlike the
 * agent of a passive with its auxiliary ("was announced by the ministry,
 * saying ...").
 */
function participleOwner(tokens: Token[], last: Frame | undefined): Range | null {
  if (!last || last.pattern !== 'agent') return last?.source ?? null
  return beForms.has(tokens[tokenAt(tokens, last.cue.start)]!.lower) ? last.source : null
}

/** Words that negate a verb in its cue: "did not respond", "hasn't responded", "never responded". */
const cueNegation = /^(not|never|n't|n’t)$|n['’]t$/

/** Whether a cue reports a response not given: "did not respond", "has not yet responded", "didn't immediately respond". */
function noResponse(tokens: Token[], cue: Cue): boolean {
  return respondVerb.test(tokens[cue.head]!.lower) && tokens.slice(cue.start, cue.head).some((token) => cueNegation.test(token.lower))
}

/**
 * Whether the conjunction at `conjunction` joins verbs inside what the last
 * frame's records show: "A screen image showed that he had shared it and
 * added a comment", whose second verb is the shown clause's subject's, as
 * records show and do not go on to speak.
 */
function insideShownClause(tokens: Token[], conjunction: number, last: Frame | undefined): boolean {
  if (!last?.content || last.content.start >= tokens[conjunction]!.start) return false
  const head = tokens.find((token) => token.end === last.cue.end)
  return head !== undefined && showVerbs.has(head.lower)
}

/**
 * Index of the word after a relative clause or participle phrase set between
 * commas at `index` ("Ana Ruiz, who staked her name on the deal, appeared
 * ... and vowed", "A diplomat, speaking on condition of anonymity, said ...
 * but warned"), or `index` itself when none opens there.
 */
function afterAside(tokens: Token[], index: number): number {
  if (tokens[index]?.value !== ',' || !(relativePronoun.test(tokens[index + 1]?.lower ?? '') || opensParticipleAside(tokens, index + 1))) return index
  for (let close = index + 2; close < tokens.length && close - index < maxAside; close++) {
    if (tokens[close]!.value === ',') return close + 1
    if (!tokens[close]!.word && !isInner(tokens[close]!)) return index
  }
  return index
}

/**
 * Past the comma that closes an apposition the subject ends with ("The
 * mayor, Ana Ruiz, confirmed the attack and put ..."), or one that follows
 * it ("The commission, a state-affiliated but independent body, said ...
 * and urged"), else `index`.
 */
function afterApposition(tokens: Token[], subject: Range, index: number): number {
  if (tokens[index]?.value !== ',') return index
  for (let at = subject[0]; at < subject[1]; at++) if (tokens[at]!.value === ',') return index + 1
  const apposed = withApposition(tokens, subject)
  return apposed && apposed[1] > subject[1] ? apposed[1] + 1 : index
}

/** Longest apposition after a sentence's subject, in tokens: "The mayor, Ana Ruiz,". */
const maxApposition = 8

/**
 * A sentence's subject with the apposition set off by commas after it ("The
 * mayor, Ana Ruiz, | visited ..."), when a lowercase word follows the second
 * comma that goes on no list ("Ana Ruiz, Tom Lee, and ...", "artists, writers,
 * actors and ..."); the subject alone otherwise.
 */
function withApposition(tokens: Token[], subject: Range | null): Range | null {
  if (!subject || tokens[subject[1]]?.value !== ',') return subject
  const named = selfNamingEnd(tokens, subject[1])
  if (named >= 0) return [subject[0], named]
  if (afterAside(tokens, subject[1]) !== subject[1] || listsNoun(tokens, subject[1] + 1)) return subject
  for (let at = subject[1] + 1; at < tokens.length && at - subject[1] <= maxApposition; at++) {
    const token = tokens[at]!
    if (token.word || isInner(token)) continue
    const verb = tokens[at + 1]
    // "Acme, a comprehensive, low-cost platform, is adding": a comma after an adjective parts the
    // adjectives of one description; an apposition ends with its noun.
    const afterAdjective = !tokens[at - 1]!.capitalised && adjectiveEnding.test(tokens[at - 1]!.lower)
    const closes = token.value === ',' && at > subject[1] + 1 && !afterAdjective && verb?.word && !verb.capitalised && !relativePronoun.test(verb.lower) && !coordinators.has(verb.lower)
    return closes ? [subject[0], at] : subject
  }
  return subject
}

/** Whether a lone lowercase noun between commas at `index` is the next item of a list ("artists, writers, actors and ..."), no apposition. */
function listsNoun(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && token.word && !token.capitalised && tokens[index + 1]?.value === ','
}

/** How far back from a conjunction the subject of a subordinate clause may stand, in tokens. */
const maxSubordinateReach = 12

/** Words that open a subordinate clause with its own subject: "after she attacked the police and blamed ...". */
const subordinating = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'once'])

/**
 * The pronoun subject of a subordinate clause between `floor` and the
 * conjunction, whose verb the coordinated verb shares ("The mayor hit back
 * after she attacked the police and blamed them"), or null.
 */
function subordinateSubject(tokens: Token[], conjunction: number, floor: number): Range | null {
  for (let index = conjunction - 2; index > floor && conjunction - index <= maxSubordinateReach; index--) {
    const token = tokens[index]!
    if (!token.word) return null
    const verb = tokens[index + 1]!
    if (subjectPronoun.test(token.lower) && subordinating.has(tokens[index - 1]!.lower) && verb.word && !verb.capitalised) return [index, index + 1]
  }
  return null
}

/**
 * Who issued the statement at `noun`: the subject of the verb before it
 * ("Following a late meeting, the council issued a statement saying ...").
 */
function issuer(tokens: Token[], noun: number): Range | null {
  for (let index = noun - 1; index >= 0 && noun - index <= 4; index--) {
    const token = tokens[index]!
    if (!token.word) return null
    if (looksLikeVerb(token) || issueVerbs.has(token.lower)) return phraseBefore(tokens, index)
  }
  return null
}

/** The clause an agentless adverb hedges, from its subject ("The bridge reportedly cost ...") to the sentence's end. */
function hedgedClause(sentence: Sentence, cue: Cue, quotes: QuoteIndex): Offsets | null {
  const tokens = sentence.tokens
  let verb = cue.start
  while (verb > 0 && cueAuxiliaries.has(tokens[verb - 1]!.lower)) verb--
  const subject = phraseBefore(tokens, verb)
  if (!subject) return contentAfter(sentence, cue.end, quotes)
  const end = sentenceEnd(tokens)
  return end > tokens[subject[0]]!.start ? {start: tokens[subject[0]]!.start, end} : null
}

/**
 * ", said the officials": the source follows its cue. Returns undefined when
 * the words after the cue are not an inverted source.
 */
function invertedFrame(
  sentence: Sentence,
  cue: Cue,
  quotes: QuoteIndex,
  make: (pattern: Pattern, source: Range | null, content: Offsets | null) => Frame | null
): Frame | null | undefined {
  const tokens = sentence.tokens
  const first = tokens[cue.end]
  // ", Col. Ann Lee, head of traffic police, told a news conference.": the phrase after "told" is whom
  // the source spoke to; English never inverts it, so the source is the subject before.
  // ", Ann Lee, denied that ...": "that" opens the content, not a source after the cue.
  // ", called for an inquiry": a verb with its preposition takes an object after it, never an inverted source.
  const withPreposition = cue.end - 1 > cue.head && prepositions.has(tokens[cue.end - 1]!.lower)
  // A capitalised "-ing" word after the cue is a name ("said Henning Brandt"), not a participle.
  if (!first || !first.word || (first.lower.endsWith('ing') && !first.capitalised) || first.lower === 'that' || tellVerbs.has(tokens[cue.head]!.lower) || withPreposition) return undefined
  if (!(first.capitalised || determiners.has(first.lower) || singling.test(first.lower) || personNouns.has(first.lower) || titleBeforeName(tokens, cue.end))) return undefined
  let source = phraseAfter(tokens, cue.end)
  if (!source) return undefined
  source = withRestrictiveRelative(tokens, source)
  // ", said Alan Cole, an economist at the Tax Foundation, which ...": what
  // follows the name to the end of the sentence describes the source.
  // ", says the letter signed by seven doctors.": a passive participle after it describes the source too.
  const next = tokens[source[1]]
  const participle = next?.word === true && looksLikeVerb(next) && !next.lower.endsWith('ing') && tokens[source[1] + 1]?.lower === 'by'
  source = [source[0], descriptionEnd(tokens, source[1], participle, true)]
  const after = tokens[source[1]]
  // ", said Ann Lee, a close aide in 2012.", ", said a spokesperson when contacted by Reuters.", ", said
  // the group on Tuesday, May 19.": an adjunct of the cue may close the sentence after the source.
  const adjunct = subordinator.test(after?.lower ?? '') || onlyAdjuncts(tokens, source[1], false)
  // ", said Ann Lee, an analyst who rates the shares “sell.”": a quoted word closing the description closes the sentence too.
  const closingQuote = after !== undefined && (quotes.opening(after.start)?.end ?? 0) >= tokens[lastWord(tokens)]!.end
  // ", said an economist who advises traders and who asked not to be named": a second relative clause describes the source too.
  const secondRelative = after?.lower === 'and' && opensRelative(tokens, source[1] + 1)
  const atEnd = skipAdjuncts(tokens, source[1]) > lastWord(tokens) || secondRelative || (sayVerb.test(tokens[cue.head]!.lower) && (adjunct || closingQuote))
  if (!atEnd && after?.value !== ',') return undefined
  const before = contentBefore(sentence, cue.start, quotes)
  // "The union, said the mediators, was ready to ...": the clause goes on after the source.
  // ", said the mayor, adding ...", ", said a driver, who asked ...": a participle or relative clause after the
  // source is not the rest of the clause.
  const restStart = after?.value === ',' && !tokens[source[1] + 1]?.lower.endsWith('ing') && !opensRelative(tokens, source[1] + 1) ? source[1] + 1 : -1
  const wordsBefore = cue.start - firstWord(tokens)
  if (restStart > 0 && wordsBefore <= 6 && restStart <= lastWord(tokens)) {
    return make('inverted', source, contentAfter(sentence, restStart, quotes))
  }
  return make('inverted', source, before)
}

/** Words that single out a source after its cue: ", said one miner", ", said another official". */
const singling = /^(one|another)$/

/** Longest lowercase description before a name: "study co-author", "senior planetary geologist". */
const maxTitle = 3

/**
 * Whether lowercase words at `from` describe the name right after them
 * (", said planetary geologist Rosa Lopes", ", wrote 43-year-old Tom Hill"),
 * rather than place or time the cue (", said on Monday", ", said last week").
 */
function titleBeforeName(tokens: Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index - from <= maxTitle; index++) {
    const token = tokens[index]!
    if (!token.word) return false
    if (token.capitalised) return index > from
    if (prepositions.has(token.lower) || timeWords.has(token.lower) || notInSubject.has(token.lower)) return false
  }
  return false
}

/**
 * Where the description that follows a source ends: ", a nurse at the
 * clinic", ", 34, a farmer" when `appositives`, and with `runOn` the words
 * the phrase itself left out ("a poll conducted by the university"). It
 * stops at a relative clause (", who chairs the committee"), a clause about
 * something else (", adding", ", in a statement"), a quotation, a dash or
 * parenthesis, and a time adjunct.
 *
 * @returns Index after its last word; `from` when there is none.
 */
function descriptionEnd(tokens: Token[], from: number, runOn: boolean, appositives: boolean): number {
  const last = sentenceEndIndex(tokens)
  if (!runOn && !(appositives && tokens[from]?.value === ',')) return from
  let end = from
  for (let index = from; index < last && index - from < maxAppositive; index++) {
    const token = tokens[index]!
    if (token.value === ',') {
      // ", said Ana Ruiz, a nurse, who asked not to be named": a relative clause set off by a comma describes the
      // source but is no part of it (the seeds keep only a restrictive one); it may report on its own (", who said ...").
      if (!appositives || !opensDescription(tokens[index + 1]) || opensRelative(tokens, index + 1)) break
    } else if (token.word) {
      if ((token.lower === 'on' || token.lower === 'in' || token.lower === 'at') && isAdjunct(tokens, index + 1)) break
      if (token.lower === 'via') break
      end = index + 1
    } else if (!wordPunctuation.has(token.value)) break
  }
  return end
}

/** Whether a relative clause opens at `index`: "who said", "whose husband", "one of whom said", "some of which". */
function opensRelative(tokens: Token[], index: number): boolean {
  if (relativePronoun.test(tokens[index]?.lower ?? '')) return true
  return tokens[index + 1]?.lower === 'of' && relativePronoun.test(tokens[index + 2]?.lower ?? '')
}

/** Whether a word after a comma opens an appositive or relative clause rather than a clause of its own. */
function opensDescription(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  const lower = token.lower
  if (lower === 'who' || lower === 'whose' || lower === 'which' || lower === 'then' || lower === 'now') return true
  return !(notInSubject.has(lower) || prepositions.has(lower) || pronouns.has(lower) || looksLikeVerb(token))
}

/**
 * "Sir John Major, who replaced her as leader in 1990, said", "Trump,
 * speaking in Virginia, said", "Ms. Khera, executive director of Muslim
 * Advocates, said": the subject before an aside. An appositive is part of the
 * source; a relative or adverbial aside is not.
 */
function asideSubject(tokens: Token[], comma: number): Range | null {
  const delimiter = tokens[comma]!.value
  const relative = relativeAsideOpen(tokens, comma)
  if (relative >= 0) {
    // "Ana Ruiz, who saw the shooting, and who lives nearby, said": a second relative aside after a first.
    if (tokens[relative + 1]?.lower === 'and' && relativeAsideOpen(tokens, relative) >= 0) return asideSubject(tokens, relative)
    const named = nameBeforeDescription(tokens, relative, comma)
    if (named) return named
    const head = phraseBefore(tokens, relative, undefined, true)
    const source = head && withAgeBefore(tokens, withOriginBefore(tokens, head))
    // "A shopkeeper, who gave only his first name, Adam, said": the name the source gave is part of it.
    return source && selfNamingEnd(tokens, relative) === comma ? [source[0], comma] : source
  }
  const chain = appositiveChain(tokens, comma)
  if (chain) return chain
  const list = nameListStart(tokens, comma)
  let open = list - 1
  while (open >= 0 && tokens[open]!.value !== ',' && tokens[open]!.value !== delimiter) open--
  if (open < 1 || comma - open > maxAside) return null
  let head = phraseBefore(tokens, open)
  // "So far, police, citing …, have refused": an adverbial of two words is no subject an aside describes.
  if (!head || pairedAdverbs.has(`${tokens[head[0] - 1]?.lower} ${tokens[head[0]]!.lower}`)) return null
  // "Ana Ruiz, the party's critic, reached on Sunday, said": a participle aside after an appositive one;
  // "Ana Ruiz, of the Securities and Exchange Commission, SEC, said": a body's short name after its name in one.
  const inAside = tokens[head[0] - 1]?.value === ',' || (prepositions.has(tokens[head[0] - 1]?.lower ?? '') && tokens[head[0] - 2]?.value === ',')
  if (inAside && (opensParticipleAside(tokens, open + 1) || tokens[head[0] - 1]?.value !== ',')) {
    const described = asideSubject(tokens, open)
    if (described) return described
  }
  // "The group that owns her catalogue, Big Machine, says": the subject has a relative clause of its own.
  if (relativeThat.test(tokens[head[0] - 1]?.lower ?? '')) {
    const subject = phraseBefore(tokens, head[0] - 1)
    if (subject) return [subject[0], comma]
  }
  head = withAgeBefore(tokens, head)
  const inner = phraseBefore(tokens, list, maxAside)
  if (inner && inner[0] === open + 1) return [head[0], comma]
  // "Ana Ruiz, a seismologist at the Institute of Earth Sciences who has studied the fault for a decade, warned",
  // "Acme Motor Co, the carmaker whose plant in the north supplies engines for its lines in three countries, said":
  // an aside that opens with "a" or "an", or with "the" after a name, describes the name however long it runs.
  return comma - open <= 16 || describesAtLength(tokens, head, open + 1) ? head : null
}

/** Whether an aside opening at `index` describes the phrase before it, however long it is. */
function describesAtLength(tokens: Token[], head: Range, index: number): boolean {
  const opener = tokens[index]?.lower ?? ''
  return indefiniteArticle.test(opener) || (opener === 'the' && tokens[head[1] - 1]!.capitalised)
}

/** Whether a participle opens an aside at `index`: ", reached on Sunday,", ", speaking in Lima,". */
function opensParticipleAside(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && token.word && looksLikeVerb(token)
}

/**
 * Index of the comma that opens a relative clause closed by the comma at
 * `comma` ("Sir John Major, who replaced her as leader in 1990, said"),
 * looking past commas of the clause's own; -1 when there is none.
 */
function relativeAsideOpen(tokens: Token[], comma: number): number {
  for (let open = comma - 2; open > 0 && comma - open < maxAside; open--) {
    if (tokens[open]!.value !== ',') continue
    // "Two officers who planned the raid, and who spoke on condition of anonymity, said": a second relative on the subject.
    const relative = tokens[open + 1]?.lower === 'and' ? open + 2 : open + 1
    if (relativePronoun.test(tokens[relative]?.lower ?? '')) return open
  }
  return -1
}

/**
 * Whether the comma at `comma` closes a relative clause or a name after the
 * subject that opens the sentence ("Ana Ruiz, whose husband was hurt, urged
 * the council to ..."), so that the verb after it is the subject's; not a
 * clause after the object (", which have killed dozens, said the agency").
 */
function closesSubjectAside(tokens: Token[], comma: number): boolean {
  const open = relativeAsideOpen(tokens, comma)
  if (open < 0) return closesNameApposition(tokens, comma) || closesNameDescription(tokens, comma)
  return subjectOpensSentence(tokens, open)
}

/**
 * Whether the comma at `comma` closes a description of the name that opens
 * the sentence ("Ana Ruiz, head of the department, said the number of
 * patients with asthma, bronchitis and flu had risen"): the verb after it is
 * the name's, however many commas what follows holds.
 */
function closesNameDescription(tokens: Token[], comma: number): boolean {
  let open = comma - 1
  while (open > 0 && comma - open <= maxAside && tokens[open]!.value !== ',') open--
  if (tokens[open]?.value !== ',' || !describes(tokens, open + 1, comma) || !subjectOpensSentence(tokens, open)) return false
  const name = phraseBefore(tokens, open)
  return name !== null && namesPerson(tokens, name)
}

/** Longest name in apposition, in tokens: "Sgt. Tom A. Kessler Jr". */
const maxAppositiveName = 6

/**
 * Whether the comma at `comma` closes a name in apposition to the subject
 * that opens the sentence ("A lawyer for the family, Ben Crump, said the
 * officers lied"): the verb after it is the subject's, whatever follows it.
 */
function closesNameApposition(tokens: Token[], comma: number): boolean {
  let open = comma - 1
  while (open > 0 && comma - open <= maxAppositiveName && tokens[open]!.value !== ',') {
    const token = tokens[open]!
    if (token.word ? !token.capitalised : !isInner(token)) return false
    open--
  }
  return tokens[open]?.value === ',' && open < comma - 1 && subjectOpensSentence(tokens, open)
}

/** Whether the phrase before `open` is a short subject that opens the sentence, ahead of an aside. */
function subjectOpensSentence(tokens: Token[], open: number): boolean {
  const subject = phraseBefore(tokens, open)
  return subject !== null && subject[0] === firstWord(tokens) && subject[1] - subject[0] <= maxAsideSubject
}

/** Longest subject before a relative aside, in tokens: longer, the phrase read back has run into a clause. */
const maxAsideSubject = 8

/** Longest role and the body it belongs to, in tokens: "president of Local 71 of the United Rail Crafts Union". */
const maxRoleAndBody = 16

/** Words that tie a role to its body: "director of", "head at", "spokesman for". */
const roleLinks = new Set(['of', 'at', 'for'])

/**
 * "Ana Ruiz, managing director of Lotus Tours, which handles mainly tour
 * groups, said": the relative aside at `relative` describes the body in the
 * role, not the speaker, so the source runs from the name opening the
 * sentence through the aside to `comma`, the whole appositive, as an aside
 * without "which" is read ("..., a company that runs tours,"). A "who" after
 * any description describes the speaker and is left out, as after a bare
 * name ("Jean Dupont, mayor of Lyon, who took office in 2020,", "Jo Tan, an
 * MP, who filed the question,"): the source is the name and its description.
 * Not when the relative follows the name itself ("Sir John Major, who ...").
 */
function nameBeforeDescription(tokens: Token[], relative: number, comma: number): Range | null {
  let open = relative - 1
  while (open > 0 && relative - open <= maxRoleAndBody && tokens[open]!.value !== ',') open--
  const who = tokens[relative + 1]!.lower === 'who'
  if (tokens[open]?.value !== ',' || !(roleOfBody(tokens, open + 1, relative) || (who && describes(tokens, open + 1, relative)))) return null
  const name = phraseBefore(tokens, open)
  if (!name || name[0] !== firstWord(tokens) || !namesPerson(tokens, name)) return null
  return [name[0], who ? relative : comma]
}

/** Whether a phrase is a bare name: capitalised words only, no fronted adverbial ("Speaking in Bonn on Friday"). */
function namesPerson(tokens: Token[], name: Range): boolean {
  if (frontsAdverbial(tokens[name[0]]!)) return false
  return tokens.slice(name[0], name[1]).every((token) => !token.word || token.capitalised)
}

/**
 * Whether the words from `from` to `end` are a role tied to a body:
 * lowercase role words with no verb after the first ("managing director",
 * "a nurse"), then "of", "at" or "for" before the body.
 */
function roleOfBody(tokens: Token[], from: number, end: number): boolean {
  if (tokens[from]?.capitalised) return false
  for (let index = from + 1; index < end - 1; index++) {
    const token = tokens[index]!
    if (!token.word) return false
    if (roleLinks.has(token.lower)) return tokens[index + 1]!.word
    if (looksLikeVerb(token) || notInSubject.has(token.lower)) return false
  }
  return false
}

/**
 * "Leslie Moore, 34, a nurse, said", "Ana Ruiz, 19, who was making her
 * debut, said": an age set between commas after a name is no source of its
 * own; the source is the name and the age.
 */
function withAgeBefore(tokens: Token[], head: Range): Range {
  if (head[1] - head[0] !== 1 || !digits.test(tokens[head[0]]!.value) || tokens[head[0] - 1]?.value !== ',') return head
  const name = phraseBefore(tokens, head[0] - 1)
  return name ? [name[0], head[1]] : head
}

/**
 * "Tom Hale, 47, from Peterhead, who has worked there for years, said": a
 * place of origin set between commas after the subject is no source of its
 * own; the source runs from the subject through the place.
 */
function withOriginBefore(tokens: Token[], head: Range): Range {
  if (tokens[head[0] - 1]?.lower !== 'from' || tokens[head[0] - 2]?.value !== ',') return head
  const name = phraseBefore(tokens, head[0] - 2)
  return name ? [withAgeBefore(tokens, name)[0], head[1]] : head
}

/**
 * "“…,” Ann Berg, a fellow at an institute in Munich, Germany, and co-author
 * of the study, said", "Tom Reyes, vice president of sales for Acme, Inc.,
 * says": a name that opens the clause, then descriptions whose places and
 * company names hold commas of their own. All of it is the source.
 *
 * @returns From the name to `comma`, or null unless at least two commas part the stretch.
 */
function appositiveChain(tokens: Token[], comma: number): Range | null {
  let segmentEnd = comma
  let commas = 0
  let index = comma - 1
  for (; index >= 0 && comma - index <= maxAside; index--) {
    const token = tokens[index]!
    if (token.value === ',') {
      if (!describes(tokens, index + 1, segmentEnd)) return null
      // "Ann Lee, the former envoy, and Tom Hall, a former official, testified": a second person, described in turn.
      if (tokens[index + 1]!.lower === 'and' && tokens[index + 2]!.capitalised && articles.has(tokens[segmentEnd + 1]?.lower ?? '')) return null
      segmentEnd = index
      commas++
    } else if (token.value === ')') {
      // "head of the Police Officers' Association (POA), a union": a bracket inside a description is its own.
      const open = tokens.findLastIndex((candidate, at) => at < index && candidate.value === '(')
      if (open < 0) break
      index = open
    } else if (!token.word && !wordPunctuation.has(token.value)) break
  }
  if (commas < 2 || comma - index > maxAside) return null
  // "But Ann Berg, a fellow at …, said"; not "So far, police, citing …, said", whose "so" opens an adverbial.
  const start = index < 0 && linkingConjunctions.has(tokens[0]!.lower) ? 1 : index + 1
  if (!(index < 0 || closingQuotes.has(tokens[index]!.value)) || !tokens[start]?.word || frontsAdverbial(tokens[start]!)) return null
  const name = phraseBefore(tokens, segmentEnd)
  if (!name || name[0] !== start || !tokens.slice(start, segmentEnd).some((token) => token.capitalised)) return null
  return [start, comma]
}

/**
 * Whether the sentence's first word opens an adverbial set before the subject
 * ("Last week, union leader Ana Ruiz, 50, said", "Standing outside the
 * station, retiree Tom Hale, 70, said"), not a name: its capital is the
 * sentence's, so it is read as it would be in lowercase.
 */
function frontsAdverbial(token: Token): boolean {
  const lower = token.lower
  return prepositions.has(lower) || timeWords.has(lower) || (lower.endsWith('ing') && lower.length > 4 && !personTitles.has(lower))
}

/** Whether the words from `from` to `end` describe a name ("a fellow at the clinic", "Germany", "and co-author of the study"), with no verb of their own. */
function describes(tokens: Token[], from: number, end: number): boolean {
  const first = tokens[from]?.lower === 'and' ? from + 1 : from
  if (first >= end || !opensDescription(tokens[first])) return false
  const lower = tokens[first]!.lower
  if (lower === 'who' || lower === 'which' || lower === 'then' || lower === 'now') return false
  for (let index = first + 1; index < end; index++) {
    const token = tokens[index]!
    // "the best nurse we ever had": a clause with a subject of its own describes no one.
    if (token.word && (subjectPronoun.test(token.lower) || (!token.capitalised && looksLikeVerb(token) && !reducedRelative(tokens, first, index)))) return false
  }
  return true
}

/**
 * "an Adana-based firm building 600 units", "the agency running the
 * camps": an -ing word after the noun of a description that opens with an
 * article modifies that noun and is no verb of the aside's own.
 */
function reducedRelative(tokens: Token[], first: number, index: number): boolean {
  const noun = tokens[index - 1]!
  return tokens[index]!.lower.endsWith('ing') && index > first + 1 && articles.has(tokens[first]!.lower) && noun.word && !looksLikeVerb(noun) && !determiners.has(noun.lower)
}

/**
 * "svp at Acme Defense, Space and Security, said", "Boeing Defense, Space,
 * and Security": a name that lists capitalised words, closed by "and",
 * before `end`. Its commas are the name's, not an aside's; an "and" before
 * the last comma is inside one name ("the Securities and Exchange
 * Commission, SEC,").
 *
 * @returns Index of the name's first comma, or `end` when no such name ends there.
 */
function nameListStart(tokens: Token[], end: number): number {
  let start = end
  let joined = false
  for (let index = end - 1; index > 0 && end - index <= maxAside; index--) {
    const token = tokens[index]!
    if (token.value === ',') {
      if (!tokens[index - 1]!.capitalised) break
      start = index
    } else if (token.lower === 'and' && tokens[index + 1]?.capitalised && start === end) joined = true
    else if (!token.capitalised) break
  }
  return joined ? start : end
}

const clauseEnd = new Set(['.', '?', '!', ';', ')'])

/** Nouns for what someone said that "that" points back to: "rejected that view", "disputed that account". */
const saidThings = new Set(['view', 'claim', 'account', 'characterization', 'characterisation', 'figure', 'idea', 'notion', 'suggestion', 'assessment', 'allegation', 'version', 'argument', 'criticism', 'interpretation', 'assertion', 'charge', 'accusation', 'description', 'report', 'estimate', 'analysis'])

/**
 * Whether "that" at `index` is the determiner of a noun, here of one the
 * test picks, rather than opening a clause: "rejected that view.", "denied
 * that claim on Monday".
 */
function demonstrativeThat(tokens: Token[], index: number, noun: (token: Token) => boolean): boolean {
  const after = tokens[index + 2]
  return tokens[index + 1]?.word === true && noun(tokens[index + 1]!) && (after === undefined || clauseEnd.has(after.value) || after.value === ',' || prepositions.has(after.lower) || timeWords.has(after.lower))
}

/** Whether a word is a noun for what someone said (see {@link saidThings}). */
function saidThing(token: Token): boolean {
  return saidThings.has(token.lower)
}

/**
 * The content after a cue: a quotation that opens there (however far it
 * runs), or the rest of the sentence.
 */
function contentAfter(sentence: Sentence, from: number, quotes: QuoteIndex): Offsets | null {
  const tokens = sentence.tokens
  let index = skipAdjuncts(tokens, from)
  let complementizer = false
  while (index < tokens.length) {
    const token = tokens[index]!
    // "declined to confirm that.": a "that" with no clause after it is the object, what was said.
    if (token.value === ',' || token.value === ':' || (token.lower === 'that' && !clauseEnd.has(tokens[index + 1]?.value ?? '.') && !demonstrativeThat(tokens, index, saidThing))) index++
    else break
    complementizer ||= token.lower === 'that'
  }
  // "found that in 2015, there were ...": an adjunct after "that" opens what was said.
  if (!complementizer) index = skipAdjuncts(tokens, index)
  const first = tokens[index]
  if (!first) return null
  const quote = quotes.opening(first.start)
  const end = sentenceEnd(tokens)
  if (quote && (quote.end >= end || onlyPunctuationBetween(tokens, index, quote.end, end))) {
    return {start: quote.start, end: quote.end}
  }
  return end > first.start ? {start: first.start, end} : null
}

/** Whether no word lies in `[from, to)`, scanning from token `index`, which starts before `from`. */
function onlyPunctuationBetween(tokens: Token[], index: number, from: number, to: number): boolean {
  for (let at = index; at < tokens.length && tokens[at]!.start < to; at++) {
    const token = tokens[at]!
    if (token.start >= from && token.word) return false
  }
  return true
}

/** Index of the last word of a sentence, -1 when it has none. */
function lastWord(tokens: Token[]): number {
  let index = tokens.length - 1
  while (index >= 0 && !tokens[index]!.word) index--
  return index
}

/** The content before a trailing source: the quotation that ends there, or the clause from the sentence start. */
function contentBefore(sentence: Sentence, sourceStart: number, quotes: QuoteIndex): Offsets | null {
  const tokens = sentence.tokens
  let index = sourceStart - 1
  // "Prices rose, as the bank said.": the "as" that introduces the source is not what was said.
  if (tokens[index]?.lower === 'as') index--
  while (index >= 0 && (tokens[index]!.value === ',' || tokens[index]!.value === '—' || tokens[index]!.value === '–')) index--
  if (index < 0) return null
  const last = tokens[index]!
  const quote = quotes.closing(last.end) ?? (closingQuotes.has(last.value) ? quotes.covering(last.start) : undefined)
  const start = tokens[afterDateline(tokens)]
  if (quote) {
    // 'Hosting the summit “is our dream,” she said': the clause opens before the quotation it ends
    // with, unless a dash or colon sets the quotation apart ('He changed his story — “I now recall,” he said').
    const lead = start !== undefined && start.start < quote.start && !quotes.covering(start.start) && !quotes.opensWithin(start.start, quote.start) && !introducesQuote(tokens[tokenAt(tokens, quote.start) - 1])
    return {start: lead ? start.start : quote.start, end: quote.end}
  }
  if (!start || start.start >= last.end) return null
  const opening = quotes.covering(start.start)
  return {start: opening && opening.end >= last.end ? opening.start : start.start, end: last.end}
}

const coordinators = new Set(['and', 'but', 'or', 'nor', 'so', 'yet', 'while', 'as', 'because', 'which', 'who'])

/** Whether a token sets off the quotation after it: a dash or a colon. */
function introducesQuote(token: Token | undefined): boolean {
  return token !== undefined && (token.value === '—' || token.value === '–' || token.value === ':' || token.value === '-')
}

/** End offset of a sentence's text without its final punctuation. */
function sentenceEnd(tokens: Token[]): number {
  return tokens[sentenceEndIndex(tokens) - 1]!.end
}

/** Index after the last token of a sentence that is not final punctuation. */
function sentenceEndIndex(tokens: Token[]): number {
  let index = tokens.length - 1
  while (index > 0 && finalPunctuation.has(tokens[index]!.value)) index--
  return index + 1
}

function hedgesOf(tokens: Token[], cue: Cue): Offsets[] {
  const hedges: Offsets[] = []
  if (cue.kind === 'passive') hedges.push({start: tokens[cue.start]!.start, end: tokens[cue.end - 1]!.end})
  for (let index = Math.max(0, cue.start - 2); index < cue.end; index++) {
    const token = tokens[index]!
    if (hedgeWords.has(token.lower) && cue.kind !== 'passive') hedges.push({start: token.start, end: token.end})
  }
  return hedges
}

/** Forward contents stop where the next attribution of the sentence starts. */
function clipContents(frames: Frame[]): void {
  for (let index = 0; index < frames.length - 1; index++) {
    const frame = frames[index]!
    if (!frame.content || frame.quoted) continue
    for (const later of frames.slice(index + 1)) {
      const tokens = later.sentence.tokens
      const cueToken = tokenAt(tokens, later.cue.start)
      // "The firm denied the report and confirmed that ...": the subject the later cue shares is no
      // edge; the conjunction before its cue is.
      const shared = later.source !== null && later.source[0] === frame.source?.[0] && coordinating.has(tokens[cueToken - 1]?.lower ?? '')
      let edge = later.source && later.pattern !== 'participle' && later.source[0] < cueToken && !shared ? later.source[0] : cueToken
      while (edge > 0 && connectors.has(tokens[edge - 1]!.lower)) edge--
      const edgeOffset = tokens[edge - 1]?.end ?? 0
      if (edgeOffset > frame.content.start && edgeOffset < frame.content.end) {
        frame.content = {start: frame.content.start, end: edgeOffset}
        break
      }
    }
  }
}

/** Index of the token that starts at `offset`, by binary search; 0 when none does. */
function tokenAt(tokens: Token[], offset: number): number {
  let low = 0
  let high = tokens.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const start = tokens[middle]!.start
    if (start === offset) return middle
    if (start < offset) low = middle + 1
    else high = middle - 1
  }
  return 0
}

/**
 * Quotations with no cue of their own that carry on what the source before
 * said: `“…,” she said. “…”`, `She said the deal was off. “…”`, and each
 * further paragraph of a quotation that runs over paragraphs, whose content
 * the frame before then ends at its own paragraph.
 *
 * @param sentences All sentences.
 * @param framed Frames by sentence index; a frame whose quotation a later
 *   paragraph carries on is changed in place.
 * @param quotes Quotations of the text.
 * @returns Frames of pattern `continuation`, with an empty cue at the quote,
 *   each with the frame whose source it continues.
 */
export function continuations(sentences: Sentence[], framed: Frame[][], quotes: QuoteIndex): Array<[number, Frame, Frame]> {
  const found: Array<[number, Frame, Frame]> = []
  let last: Frame | undefined
  let lastIndex = -10
  /** The frame whose content reaches furthest, and where that content ends. */
  let reaching: Frame | undefined
  let covered = 0
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!
    const own = framed[index]!
    if (own.length > 0) {
      last = own.at(-1)
      lastIndex = index
      for (const frame of own) {
        if (frame.content && frame.content.end > covered) {
          covered = frame.content.end
          reaching = frame
        }
      }
      continue
    }
    // A sentence inside the quotation just taken keeps the speaker for the next one, unless it opens a
    // paragraph of it: that paragraph is a continuation of its own.
    const inside = sentence.start < covered
    if (inside && !(reaching === last && reopened(sentences, index, quotes))) {
      if (last) lastIndex = index
      continue
    }
    // A passive ("It was reported that ...") has no one whose quotation could go on.
    if (!last?.content || !last.source || index - lastIndex > 2) {
      last = undefined
      continue
    }
    const quote = quoteOpenedBy(sentences, index, quotes)
    const part = quote && {start: sentence.tokens[0]!.start, end: Math.min(quote.end, paragraphEnd(sentences, index))}
    // The quotation has to be the sentence, not a quoted phrase opening it, a sentence, not a
    // subheading, and no later cue's: `“Prices fell. Why buy now?” she said.` is hers.
    if (!part || part.end < sentence.tokens.at(-1)!.start || !endsSentence(sentences, index, part.end) || claimedLater(sentences, framed, index, part.start, quote.end)) {
      if (!inside) last = undefined
      continue
    }
    if (inside) last.content = {start: last.content.start, end: paragraphEnd(sentences, index - 1)}
    found.push([index, {sentence, pattern: 'continuation', cue: {start: part.start, end: part.start}, source: null, content: part, quoted: true, hedges: []}, last])
    covered = Math.max(covered, part.end)
    lastIndex = index
  }
  return found
}

/** The quotation a sentence opens, or the running quotation whose next paragraph it opens. */
function quoteOpenedBy(sentences: Sentence[], index: number, quotes: QuoteIndex): Quote | undefined {
  const first = sentences[index]!.tokens[0]!
  return quotes.opening(first.start) ?? reopened(sentences, index, quotes)
}

/**
 * Whether a frame after `index`, in the quotation that ends at `quoteEnd` or
 * in the sentence right after it, takes in the stretch opening at `start`:
 * a cue closing the quotation (`“…” Ana Ruiz said.`) speaks all of it.
 */
function claimedLater(sentences: Sentence[], framed: Frame[][], index: number, start: number, quoteEnd: number): boolean {
  for (let next = index + 1; next < sentences.length; next++) {
    if (framed[next]!.some((frame) => frame.content !== null && frame.content.start <= start && frame.content.end > start)) return true
    if (sentences[next]!.start >= quoteEnd) return false
  }
  return false
}

/**
 * Whether the quoted stretch ending at `end` ends with a full stop, question
 * or exclamation mark: a quoted subheading (`“Different interpretations”`)
 * carries on nobody's quotation.
 */
function endsSentence(sentences: Sentence[], index: number, end: number): boolean {
  let at = index
  while (sentences[at + 1] && sentences[at + 1]!.start < end) at++
  const tokens = sentences[at]!.tokens
  let last = tokens.length - 1
  while (last >= 0 && (tokens[last]!.end > end || closingQuotes.has(tokens[last]!.value))) last--
  return last >= 0 && terminalMarks.has(tokens[last]!.value)
}

const terminalMarks = new Set(['.', '?', '!', '…', '?!', '!!', '...'])

/** Where the paragraph of a sentence ends. */
function paragraphEnd(sentences: Sentence[], index: number): number {
  let end = sentences[index]!.end
  for (let next = index + 1; next < sentences.length && sentences[next]!.paragraph === sentences[index]!.paragraph; next++) end = sentences[next]!.end
  return end
}

/** The quotation running over paragraphs that the first sentence of a paragraph reopens with its mark. */
function reopened(sentences: Sentence[], index: number, quotes: QuoteIndex): Quote | undefined {
  const sentence = sentences[index]!
  const first = sentence.tokens[0]!
  if (first.word || sentences[index - 1]?.paragraph === sentence.paragraph) return undefined
  const quote = quotes.covering(first.start)
  return quote && quote.start < sentence.start ? quote : undefined
}
