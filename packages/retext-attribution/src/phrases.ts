import {coreCues} from './cue-lexicon.js'
import {spaced, type Token} from './tokens.js'
import {
  anonymityRequest,
  apostrophes,
  clauseJoiners,
  clauseVerbs,
  determiners,
  documentNouns,
  groupNouns,
  leadingDigit,
  linkingConjunctions,
  modal,
  notInSubject,
  organizationNouns,
  participleClauseVerbs,
  participleModifiers,
  personNouns,
  personTitles,
  prepositions,
  pronouns,
  smallNumbers,
  timeWords,
  weekdaysAndMonths,
  year
} from './words.js'

/** Half-open range of token indices in one sentence. */
export type Range = [start: number, end: number]

/** Longest source phrase the rules accept, in tokens. */
const maxPhrase = 14
/** Longest opening phrase before a sentence's subject, in tokens. */
const maxOpener = 16

const innerPunctuation = new Set(["'", '’', '.', '&', '-'])
const participleEnding = /[a-z](ed|ing)$/
const compound = /\w-\w/
const verbPrefix = /^(re|co|pre|de|un|mis|out|over|under|cross|double|fast)-/
const personalSubject = /^(he|she|i|we)$/
const trailingDigit = /\d$/
const numberWord = /^(\d|one|two|three|four|five|six|seven|eight|nine|ten|half)/
const comparative = /^(more|fewer|less)$/
/** "at least", "at most": bounds on a number. */
const superlativeBound = /^(least|most)$/
const manyOrMuch = /^(many|much)$/
const approximation = /^(about|nearly|almost|roughly|some|over|only|just|around)$/
/** Words that open a time adjunct before its weekday or month ("on Tuesday", "late last month"). */
const timeDeterminer = /^(this|last|next)$/
const timeOpeners = /^(on|last|this|next|early|late|earlier|later|in|the)$/

/**
 * Whether "that" at `index` opens a relative clause on the source noun before it whose verb comes straight after,
 * as "who" does: "A company that runs the mine said", "The agency that oversees the port says". Not "that"
 * before a subject of its own, a complement ("told the union that members say") or a relative on an object
 * ("the report that officials released").
 */
function subjectRelativeThat(tokens: Token[], index: number): boolean {
  const head = tokens[index - 1]
  const verb = tokens[index + 1]
  if (!head?.word || !subjectNoun(head.lower)) return false
  return verb !== undefined && verb.word && !verb.capitalised && !nounOrPronoun(verb.lower)
}

/** Words that open a noun phrase or stand for one, so no verb: "that officials", "that the", "that it". */
function nounOrPronoun(lower: string): boolean {
  return determiners.has(lower) || pronouns.has(lower) || prepositions.has(lower) || personNouns.has(lower) || organizationNouns.has(lower) || groupNouns.has(lower) || documentNouns.has(lower)
}

/** Whether a lowercase word looks like the verb of a clause rather than part of a noun phrase. */
export function looksLikeVerb(token: Token): boolean {
  // "during" ends like a participle but is a preposition.
  if (token.capitalised || participleModifiers.has(token.lower) || documentNouns.has(token.lower) || prepositions.has(token.lower)) return false
  if (isCompoundAdjective(token)) return false
  return (participleEnding.test(token.lower) && token.lower.length > 4) || shortPastVerbs.has(token.lower)
}

/** Past forms too short for the length check, which keeps out "seed", "need", "shed" and "bred". */
const shortPastVerbs = new Set(['died', 'lied', 'tied', 'owed', 'sued', 'fled', 'bled', 'sped', 'eyed', 'vied'])

/**
 * Whether a lowercase word is a hyphenated compound adjective
 * ("London-based", "state-run", "14th-ranked", "often-repeated"), not a verb
 * with a prefix ("re-elected"), a name ("al-Masri") nor a title that names a
 * person ("auditor-general", "president-elect", "editor-in-chief").
 */
export function isCompoundAdjective(token: Token): boolean {
  return token.word && !token.capitalised && compound.test(token.lower) && !verbPrefix.test(token.lower) && !isHyphenatedTitle(token.lower)
}

/** Whether a hyphenated word is a title: a noun for a person in it ("ex-minister", "editor-in-chief") or an officer "-general". */
export function isHyphenatedTitle(hyphenated: string): boolean {
  return generalOfficer.test(hyphenated) || hyphenated.split('-').some((part) => personNouns.has(part))
}

/** "auditor-general", "secretary-general", "inspector-general": an officer, whatever the noun before. */
const generalOfficer = /\w-general$/

/**
 * Whether a word read backwards from a cue ends the subject before it: a word
 * that never sits in one ("said", "but"), a pronoun, or a weekday or month
 * ("on Monday"), unless it reads as part of a name or opens a paper's name
 * ("the Sunday Courier").
 */
function wordClosesSubject(tokens: Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  if (lower === 'not' && negatesParticiple(tokens, index)) return false
  return (!readsAsName(tokens, index) && (outsideSubject(tokens, index) || pronouns.has(lower))) || (weekdaysAndMonths.has(lower) && readsAsMonth(tokens, index) && !opensPaperName(tokens, index))
}

/** Whether "not" at `index` negates a participle on the noun before it: "experts not (directly) involved in the study". */
function negatesParticiple(tokens: Token[], index: number): boolean {
  const noun = tokens[index - 1]
  const participle = tokens[index + 1] !== undefined && isAdverb(tokens[index + 1]!) ? tokens[index + 2] : tokens[index + 1]
  return noun !== undefined && noun.word && (!noun.capitalised || index === 1) && speakingNoun(noun.lower) && participle !== undefined && participle.word && !participle.capitalised && participle.lower.endsWith('ed')
}

/**
 * Whether a verb-like word ends the subject before a cue, rather than sitting
 * inside it: not a question to a group ("those asked"), a modifier after a
 * determiner ("a leaked memo"), an event noun before a cue in the past ("the
 * shooting told"), the verb of a relative "that" or "who" on the subject
 * ("Residents who complained said"). `end` is where the subject ends, `cue`
 * the cue after it and any adjuncts.
 */
function verbClosesSubject(tokens: Token[], index: number, end: number, cue: number): boolean {
  return (
    !kindOfBody(tokens, index) &&
    !questionedGroup(tokens, index, end) &&
    !modifiesAfterDeterminer(tokens, index, end) &&
    !gerundNounLast(tokens, index, end, cue) &&
    !(tokens[index - 1]?.lower === 'that' && subjectRelativeThat(tokens, index - 1)) &&
    !verbAfterWho(tokens, index, end)
  )
}

/**
 * Whether an -ing word names the kind of the body after it, which a name or a
 * title follows: "monitoring group NetBlocks", "consulting firm Halden
 * Partners", "federal planning ministry spokesman". Not a participle on the
 * noun before it ("Students leaving school said"), one whose object is people
 * ("Ruiz, addressing party members, said", "Analysts tracking company
 * filings said"), one after a preposition ("Since leaving office Obama has
 * said"), nor a verb of saying ("accusing company X").
 */
export function kindOfBody(tokens: readonly Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  const previous = tokens[index - 1]
  const after = tokens[index + 2]
  if (!lower.endsWith('ing') || coreCues.has(lower) || !organizationNouns.has(tokens[index + 1]?.lower ?? '')) return false
  if (previous?.word && (personNouns.has(previous.lower) || prepositions.has(previous.lower) || previous.lower === 'since')) return false
  return after !== undefined && after.word && (after.capitalised || personTitles.has(after.lower))
}

/**
 * The noun phrase that ends just before `end`: the subject in front of a cue
 * ("union spokesman Tom Reyes", "The Peruvian official who spoke
 * anonymously", "he").
 *
 * @param tokens Tokens of the sentence.
 * @param end Index of the first token after the phrase.
 * @returns The phrase, or null when the words before are not a subject.
 */
export function phraseBefore(tokens: Token[], end: number, longest = maxPhrase, beforeRelativeAside = false): Range | null {
  const phrase = nounPhraseBefore(tokens, end, longest, beforeRelativeAside)
  // "A study published this week | estimated" already reads as the document; only a reading that lost it, or stopped
  // at the agent after "by", gives way to the document and its participle phrases.
  const document = modifiedDocumentSubject(tokens, end)
  if (document && phrase?.[0] !== document[0]) return document
  // "A driver with a haulage firm operating in the port said": a reading that stopped at the
  // participle holds only its object; the person it describes is the source.
  return phrase && !objectOfParticiple(tokens, phrase[0]) ? phrase : (modifiedPersonSubject(tokens, end) ?? phrase)
}

/** Whether the phrase at `start` is the object of a participle or of a preposition after one: "operating in | the district". */
function objectOfParticiple(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]
  // "serving | the estate": an object right after the participle opens with a determiner; a name there
  // follows a noun in -ing ("spokeswoman on housing Aoife Brennan").
  const participle = prepositions.has(before?.lower ?? '') ? tokens[start - 2] : determiners.has(tokens[start]!.lower) ? before : undefined
  return participle !== undefined && participle.word && opensParticipleClause(participle)
}

/** Longest person with a modifying clause opening the sentence, in tokens. */
const maxPersonSubject = 18
/** Longest run of words before the noun that heads a person subject: "a senior Gulf". */
const maxPersonModifiers = 3
/** Words that open a clause about a person right after the noun: "who spoke", "familiar with", "close to", "involved in". */
const personClauseOpeners = new Set(['who', 'familiar', 'close', 'involved'])

/**
 * A person, group or body opening the sentence with a clause about them that runs
 * up to the verb, which the backward reading loses at the clause's last word
 * ("A porter standing beside him said", "A banker familiar with Qatari
 * thinking said", "Inspectors who visited before the dam was repaired
 * said", "Aid agencies serving the displaced say"): the whole is the source. Only words stand between, no comma or
 * quotation that would make the clause an aside or the verb someone else's.
 */
function modifiedPersonSubject(tokens: Token[], end: number): Range | null {
  const start = subjectStart(tokens)
  if (end - start > maxPersonSubject) return null
  let head = start
  while (head < end && head - start < maxPersonModifiers && !subjectNoun(tokens[head]!.lower)) {
    if (!tokens[head]!.word || pronouns.has(tokens[head]!.lower) || prepositions.has(tokens[head]!.lower)) return null
    head++
  }
  const next = tokens[head + 1]
  if (!subjectNoun(tokens[head]?.lower ?? '') || !next?.word) return null
  if (!(personClauseOpeners.has(next.lower) || opensParticipleClause(next) || (prepositions.has(next.lower) && participleFollows(tokens, head + 2, end)))) return null
  for (let index = head + 1; index < end; index++) if ((!tokens[index]!.word && !isInner(tokens, index)) || clauseJoiners.has(tokens[index]!.lower)) return null
  // "A reporter who has been asking": an auxiliary before the verb makes it the clause's own.
  return clauseAuxiliary.test(tokens[end - 1]!.lower) ? null : [start, end]
}

/** Nouns for the people or bodies a clause after them describes: "porter", "agencies", "couple". */
function subjectNoun(lower: string): boolean {
  return personNouns.has(lower) || organizationNouns.has(lower) || groupNouns.has(lower)
}

/** Whether a word opens a participle clause on the noun before it: "standing", "waiting". */
function opensParticipleClause(token: Token): boolean {
  return token.lower.endsWith('ing') && !token.capitalised
}

/** Whether a participle clause opens between `from` and `end`, after a prepositional phrase ("with a charity operating in"). */
function participleFollows(tokens: Token[], from: number, end: number): boolean {
  for (let index = from; index < end; index++) if (opensParticipleClause(tokens[index]!) && tokens[index]!.lower.length > 4) return true
  return false
}

const clauseAuxiliary = /^(am|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/

/** The noun phrase read backwards from `end`, word by word: see phraseBefore. */
function nounPhraseBefore(tokens: Token[], end: number, longest: number, beforeRelativeAside: boolean): Range | null {
  // Read before adjuncts are skipped, which would take "in three" for a place.
  const proportion = proportionSubject(tokens, end)
  if (proportion) return proportion
  const cue = end
  end = subjectEndBefore(tokens, end)
  const last = tokens[end - 1]
  if (!last || (!last.word && last.value !== '+')) return closingParenthesis(tokens, end)
  // "A provincial official who asked not to be named said": the request ends in a participle that would close the
  // phrase; the person who asked is the source, and the request stays with them.
  const request = anonymityRequestBefore(tokens, end)
  if (request >= 0) {
    const person = phraseBefore(tokens, request, longest)
    return person ? [person[0], end] : null
  }
  if (pronouns.has(last.lower)) return [end - 1, end]
  const partitive = partitivePronoun(tokens, end)
  if (partitive) return partitive
  let start = end
  let index = end - 1
  // A participle read as modifying the noun before it: the phrase after it is the subject when the whole is too long.
  let relative = -1
  // A bracket ("(FRE)", "(R-Ohio)") counts as one token: it adds to what the source says, not to its length.
  let bracketed = 0
  while (index >= 0 && end - index - bracketed <= longest) {
    const token = tokens[index]!
    if (token.word) {
      const lower = token.lower
      if (((lower === 'who' && index > 0 && tokens[index - 1]!.word) || (lower === 'that' && subjectRelativeThat(tokens, index))) && start < end) {
        index--
        continue
      }
      // "The documents show staff warned": the records' verb closes the subject of the verb after it.
      if (showsAfterRecords(tokens, index) || missingStop(tokens, index, start)) break
      const joined = pronouns.has(lower) && tokens[index + 1]?.lower === 'and' && start === index + 1
      let closes = false
      if (!joined && !placeAfterNoun(tokens, index, end) && !demonstrativeOpening(tokens, index, start, end)) {
        if (wordClosesSubject(tokens, index)) closes = true
        else if (looksLikeVerb(token) && verbClosesSubject(tokens, index, end, cue)) {
          if (reducedRelative(tokens, index, end, beforeRelativeAside)) relative = index
          else closes = true
        }
      }
      if (closes) {
        // "Chilean and Peruvian sources", "lawyers and legal experts", "he and his wife": "and" joins sources;
        // "The commission on pollution and health": it joins the object of the head's preposition. An "and"
        // with nothing after it joins verbs ("... to compensate the families and on Friday signaled"), no sources.
        if (lower !== 'and' || index === 0 || start === end || !(joinsSources(tokens, index - 1) || joinsObjects(tokens, index))) break
      }
      start = index
    } else if (token.value === ')') {
      const open = findBack(tokens, index, '(')
      if (open < 0) break
      bracketed += index - open
      index = open
      start = open
    } else if (!isInner(tokens, index) && !(token.value === ',' && inNumber(tokens, index))) break
    index--
  }
  if (end - index - bracketed > longest) {
    if (relative >= 0) start = relative + 1
    else return longNameBefore(tokens, end)
  }
  return withQuantifier(tokens, trimLeading(tokens, start, end))
}

/**
 * Whether a full stop is missing between the word at `index` and a capitalised "The" opening the phrase read so far
 * at `start`, as in scraped text that lost it ("inspectors have stepped up checks on the cranes The port authority
 * said"): a noun cannot run on into "The", though a preposition ("for The Washington Post") or a body's noun ("the
 * newspaper The Guardian") can.
 */
function missingStop(tokens: Token[], index: number, start: number): boolean {
  const token = tokens[index]!
  if (start !== index + 1 || tokens[start]!.value !== 'The' || token.capitalised) return false
  return !(prepositions.has(token.lower) || determiners.has(token.lower) || notInSubject.has(token.lower) || organizationNouns.has(token.lower) || looksLikeVerb(token))
}

/** Longest chain of titles and names opening a sentence, in tokens. */
const maxNameChain = 24

/** Lower-case words inside a chain of names: "Professor Tan of the National University of Singapore's Department". */
const nameChainJoiners = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'van', 'von', 'al'])

/**
 * A subject too long for the phrase limit that is all titles and names from the
 * sentence's first word ("Associate Professor Tan Wei Ling of the National
 * University of Singapore's Department of Real Estate said"): the limit guards
 * against reading adjuncts and clauses into the source, which such a chain has none of.
 */
function longNameBefore(tokens: Token[], end: number): Range | null {
  let start = end
  for (let index = end - 1; index >= 0 && end - index <= maxNameChain; index--) {
    const token = tokens[index]!
    if (token.word ? !(token.capitalised || nameChainJoiners.has(token.lower) || afterPossessive(tokens, index + 1)) : !isInner(tokens, index)) break
    start = index
  }
  // "Yesterday Professor ...": a capitalised opener of time is no title.
  const opener = tokens[start]!
  return start === firstWord(tokens) && opener.capitalised && !timeWords.has(opener.lower) && !weekdaysAndMonths.has(opener.lower) && tokens[end - 1]!.capitalised ? [start, end] : null
}

/** Longest document subject with its participle phrases and asides, in tokens. */
const maxDocumentSubject = 40

/** Longest run of determiners and modifiers before a document's head noun: "An independent economic review". */
const maxDocumentModifiers = 4

/** Words that attach a maker, a topic or a place to a document: "a survey by", "a report from", "modelling for". */
const documentLinks = new Set(['by', 'from', 'of', 'for', 'on', 'into'])

/**
 * A document opening the sentence whose participle phrases, agents and
 * asides run up to the verb ("Modelling commissioned by the institute, an
 * independent thinktank, and seen by the paper estimates", "A poll published
 * last week by the pollster Civica found", "A lawsuit filed last month in
 * Superior Court by a group of borrowers claims"): the whole phrase is the
 * source and its head is the document, not the agent after "by" that the
 * backward reading stops at, nor nothing when the phrase is too long.
 */
function modifiedDocumentSubject(tokens: Token[], end: number): Range | null {
  const start = afterDateline(tokens)
  if (end - start > maxDocumentSubject) return null
  const head = documentHeadAt(tokens, start, end)
  if (head < 0) return null
  let close = end
  while (close > head + 1 && !tokens[close - 1]!.word) close--
  if (close === end && !tokens[end - 1]?.word) return null
  // "The indictment, unsealed on Tuesday in federal court, says": the participle may stand in commas.
  const next = tokens[head + 1]!.value === ',' ? tokens[head + 2] : tokens[head + 1]
  if (!next || !(isParticiple(next) || documentLinks.has(next.lower))) return null
  let participle = false
  for (let index = head + 1; index < close; index++) {
    if (!inDocumentModifiers(tokens, index)) return null
    participle ||= isParticiple(tokens[index]!)
  }
  // "A survey by the institute found": the backward reading already takes that whole; only participles make it long.
  return participle ? [start, close] : null
}

/**
 * Whether a document with participle phrases opens the sentence and runs up
 * to `end`, so that a document verb there reports its findings ("Figures
 * released by the Office for National Statistics on Wednesday show"), however
 * long the agent and adjuncts are.
 */
export function documentWithParticiplesBefore(tokens: Token[], end: number): boolean {
  return modifiedDocumentSubject(tokens, end) !== null
}

/**
 * Index of a document noun heading the phrase at `start` after its
 * determiners and modifiers, or -1; the last of a compound ("a polling memo",
 * "the audit report").
 */
function documentHeadAt(tokens: Token[], start: number, end: number): number {
  for (let index = start; index < end && index - start <= maxDocumentModifiers; index++) {
    const token = tokens[index]!
    if (!token.word || prepositions.has(token.lower) || outsideSubject(tokens, index)) return -1
    if (documentNouns.has(token.lower)) {
      let head = index
      while (head + 1 < end && documentNouns.has(tokens[head + 1]!.lower)) head++
      return head
    }
  }
  return -1
}

/**
 * Whether a token may stand in the modifiers after a document's head: a
 * participle with its agent, place and time ("filed last month in court by
 * borrowers"), an apposition on the agent in commas, "and" before a second
 * participle ("and seen by the paper"); not a clause ("that", "said", "was")
 * nor a quotation.
 */
function inDocumentModifiers(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (!token.word) return token.value === ',' || isInner(tokens, index) || token.value === '(' || token.value === ')'
  if (token.lower === 'and') return (isParticiple(tokens[index + 1] ?? token) && tokens[index + 1] !== undefined) || joinsName(tokens, index)
  if (comparesCount(tokens, index)) return true
  if (outsideSubject(tokens, index) || pronouns.has(token.lower)) return false
  // "The report by the board criticised ministers": a participle must lead to its agent, place or time.
  if (isParticiple(token) && looksLikeVerb(token)) return participleLeads(tokens, index + 1)
  return true
}

/** Whether "and" at `index` joins two capitalised words of one name: "the Securities and Exchange Commission". */
function joinsName(tokens: Token[], index: number): boolean {
  return tokens[index - 1]?.capitalised === true && tokens[index + 1]?.capitalised === true
}

/** Whether "than" at `index` compares a count in an agent ("more than 5,000 residents"), no clause of its own. */
function comparesCount(tokens: Token[], index: number): boolean {
  return tokens[index]?.lower === 'than' && comparative.test(tokens[index - 1]?.lower ?? '')
}

/** Index of the word before the number at `at` and any "more than" before it: "by" in "by more than 200 doctors". */
export function beforeCount(tokens: Token[], at: number): number {
  return comparesCount(tokens, at - 1) ? at - 3 : at - 1
}

/** Particles of phrasal participles: "carried out by", "drawn up for", "handed over to". */
const participleParticles = new Set(['out', 'up', 'over', 'down', 'together'])

/** Whether the word after a participle opens its agent, place or time ("commissioned by", "filed last month", "published Sunday", "dated 27 May"). */
function participleLeads(tokens: Token[], next: number): boolean {
  const token = tokens[next]
  if (token === undefined || !token.word) return false
  if (leadingDigit.test(token.value)) return weekdaysAndMonths.has(tokens[next + 1]?.lower ?? '')
  return prepositions.has(token.lower) || participleParticles.has(token.lower) || timeDeterminer.test(token.lower) || weekdaysAndMonths.has(token.lower) || timeWords.has(token.lower)
}

/** Longest relative clause asking for anonymity, in tokens: "who asked not to be named because they feared reprisals". */
const maxAnonymityRequest = 14

/**
 * Index of the "who" opening a request for anonymity that runs to `end`
 * with no mark inside: "who asked not to be identified", "who declined to be
 * named", "who requested anonymity"; -1 when none does.
 */
function anonymityRequestBefore(tokens: Token[], end: number): number {
  for (let who = end - 3; who > 0 && end - who <= maxAnonymityRequest; who--) {
    const token = tokens[who]!
    if (!token.word) return -1
    if (token.lower === 'who') return requestsAnonymity(tokens, who + 1) ? who : -1
  }
  return -1
}

/** Words before "as" that say a name is one a person gave for themselves: "gave his name only as", "identified herself as". */
const selfNamers = new Set(['name', 'himself', 'herself', 'themselves'])

/** Words for the part of a name a person gave, before a comma and the name: "only his first name, Adam". */
const givenParts = new Set(['name', 'surname'])

/**
 * Whether the name at `at` is one a source gave for themselves ("who gave his name only as Vuthy",
 * "identified herself as Mariam", "who gave only his first name, Adam"): a person's, though the article
 * never gives it in full.
 *
 * @param tokens Tokens of the sentence.
 * @param at Index of the name.
 */
export function givesOwnName(tokens: Token[], at: number): boolean {
  const before: string[] = []
  for (let index = at - 1; index >= 0 && before.length < 3; index--) if (tokens[index]!.word) before.push(tokens[index]!.lower)
  const [as, previous, earlier] = before
  if (tokens[at - 1]?.value === ',') return givenParts.has(as ?? '')
  return as === 'as' && (selfNamers.has(previous ?? '') || (previous === 'only' && selfNamers.has(earlier ?? '')))
}

/** Most tokens from the comma to the name in a relative clause that gives it: ", who would give only his first name, Adam". */
const selfNamingReach = 10

/**
 * The end of a relative clause after a source in which it gives the name it goes by: ", who gave only
 * his first name, Adam,", ", who gave her name only as Pan,". The name closes the clause, set off by a
 * comma: a reason after it (", who gave his name only as Abu Ali for fear of reprisals") makes the clause
 * a note on anonymity instead.
 *
 * @param tokens Tokens of the sentence.
 * @param comma Index of the comma after the source.
 * @returns Index of the comma after the name, or -1 when no such clause follows.
 */
export function selfNamingEnd(tokens: Token[], comma: number): number {
  if (tokens[comma]?.value !== ',' || tokens[comma + 1]?.lower !== 'who') return -1
  for (let index = comma + 2; index < tokens.length && index - comma <= selfNamingReach; index++) {
    if (!tokens[index]!.capitalised) continue
    if (!givesOwnName(tokens, index)) return -1
    const end = tokens[index + 1]?.capitalised ? index + 2 : index + 1
    return tokens[end]?.value === ',' ? end : -1
  }
  return -1
}

/** Whether the words after a verb ask for the source's name to be withheld. */
export function requestsAnonymity(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower
  if (next !== 'not' && next !== 'to' && next !== 'that' && next !== 'anonymity' && next !== 'on') return false
  // Seven tokens take in "that only his first name could"; a verb after the name tells a report about names
  // ("complained that their names could not be found") from a request.
  return anonymityRequest.test(spaced(tokens.slice(index + 1, index + 8), (token) => token.lower))
}

/**
 * Whether a verb follows "who" after a word and ends the phrase, the whole of
 * a relative clause: "Residents who complained said", "the driver who
 * testified told the court".
 */
function verbAfterWho(tokens: Token[], index: number, end: number): boolean {
  return index === end - 1 && tokens[index - 1]?.lower === 'who' && tokens[index - 2]?.word === true
}

/** Verbs by which records show what they hold: "the documents show", "logs showed". */
export const showVerbs = new Set(['show', 'shows', 'showed'])

/**
 * Records that show what they hold as a document does, though they are not
 * texts that say things ("company accounts show", "flight logs showed",
 * "the results show"): documents only before a show verb.
 */
export const showingRecords = new Set(['result', 'results', 'accounts', 'papers', 'logs', 'log', 'returns', 'messages', 'texts', 'receipts', 'invoices', 'pictures', 'files', 'readings', 'measurements'])

/** Whether a show verb follows records at `index` ("minutes show", "the files showed"), so is no part of a noun phrase. */
function showsAfterRecords(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]
  return showVerbs.has(tokens[index]!.lower) && before !== undefined && (showingRecords.has(before.lower) || documentNouns.has(before.lower))
}

/**
 * Whether a participle right after an article or possessive, or a compound
 * adjective after one, modifies a noun after it inside the phrase
 * ("knowledge of the firefighting effort", "a source close to the levelling
 * up secretary", "the party's housing critic", "a 24-year-old engineering
 * student") rather than being a verb ("others at the hearing questioned").
 */
function modifiesAfterDeterminer(tokens: Token[], index: number, end: number): boolean {
  if (index + 1 >= end) return false
  const noun = tokens[index + 1]!
  let modified = index
  // "the federal housing minister", "a senior banking official", "an internal briefing note": before a noun for
  // a person, a body or a document, an adjective may stand between the article and an -ing modifier.
  const gerund = tokens[index]!.lower.endsWith('ing')
  const adjectives = gerund && (personNouns.has(noun.lower) || organizationNouns.has(noun.lower) || documentNouns.has(noun.lower)) ? maxAdjectives : index > 0 && isCompoundAdjective(tokens[index - 1]!) ? 1 : 0
  while (modified > 1 && index - modified < adjectives && modifiesNounAfter(tokens[modified - 1]!)) modified--
  // "three filling stations", "12 remaining hostages": a number counts the noun as an article does.
  const before = tokens[modified - 1]
  if (modified === 0 || !(attributiveDeterminers.has(before!.lower) || smallNumbers.has(before!.lower) || leadingDigit.test(before!.value) || afterPossessive(tokens, modified))) return false
  return noun.word && !looksLikeVerb(noun)
}

/** Most adjectives between an article and a participle that modifies a noun for a person or a body. */
const maxAdjectives = 2

/** Whether a word may be an adjective before a participle in a noun phrase: lowercase, no verb, article or preposition. */
function modifiesNounAfter(token: Token): boolean {
  return token.word && !token.capitalised && !looksLikeVerb(token) && !determiners.has(token.lower) && !prepositions.has(token.lower) && !notInSubject.has(token.lower) && !attributiveDeterminers.has(token.lower)
}

/**
 * Whether an -ing word ending the phrase is a noun after an article, a
 * possessive or a verb whose object it is ("Two neighbours who witnessed the
 * shooting told", "Residents at a tenants' meeting said", "Reporters at the
 * briefing were told", "Some of the recruits who completed training said"), or
 * the field of a body ("the department of housing said", "the department of
 * higher education and training said"):
 * the event, not a verb that closes the subject.
 */
function gerundNounLast(tokens: Token[], index: number, end: number, cue: number): boolean {
  const previous = tokens[index - 1]
  // "who witnessed the shooting, and who asked not to be named, said": an aside may stand before the verb, and no
  // compound runs on past its comma.
  const after = tokens[cue]
  if (index !== end - 1 || !previous || !tokens[index]!.lower.endsWith('ing') || !(pastVerb.test(after?.lower ?? '') || after?.value === ',')) return false
  return (
    attributiveDeterminers.has(previous.lower) ||
    afterPossessive(tokens, index) ||
    apostrophes.has(previous.value) ||
    (previous.lower.endsWith('ed') && looksLikeVerb(previous)) ||
    (previous.lower === 'of' && organizationNouns.has(tokens[index - 2]?.lower ?? '')) ||
    (previous.lower === 'and' && joinsObjects(tokens, index - 1))
  )
}

/** A verb in the past after the -ing word, which no noun compound ends in ("a housing project"). */
const pastVerb = /^(said|told|wrote)$|[a-z]ed$/

/**
 * Whether a past participle between a noun and a preposition modifies that
 * noun inside the phrase ("Victims gathered at a relief camp said", "A
 * complaint filed with the court says", "Passengers stranded at the airport
 * said"), rather than being a verb whose subject the noun is ("Fans cheered
 * for Ana Ruiz"): else the preposition's object would stand for the whole.
 */
function reducedRelative(tokens: Token[], index: number, end: number, beforeRelativeAside: boolean): boolean {
  const token = tokens[index]!
  // "Experts not involved in the study said", "A person not directly involved in the talks said": the participle may be negated.
  const adverb = tokens[index - 1] !== undefined && isAdverb(tokens[index - 1]!) && tokens[index - 2]?.lower === 'not' ? 1 : 0
  const nounIndex = tokens[index - 1 - adverb]?.lower === 'not' ? index - 2 - adverb : index - 1
  const noun = tokens[nounIndex]
  const next = tokens[index + 1]
  if (index + 1 >= end || !token.lower.endsWith('ed') || !noun?.word || !next?.word || !prepositions.has(next.lower)) return false
  // "Fans cheered for Ana Ruiz, who said": only a subject right before its verb, or before a relative aside closed
  // ahead of the verb ("A nurse employed at the hospital, who asked not to be named, said"), not what a
  // relative pronoun stands for.
  if (!tokens[end]?.word && !beforeRelativeAside) return false
  // "emails and notes obtained by the paper": documents and how they were obtained are read with their whole list.
  if (next.lower === 'by' && documentNouns.has(noun.lower)) return false
  // "Cooperman blasted on a call": after a name the participle is the name's verb.
  if (noun.capitalised && nounIndex > 0) return false
  // "The section of the debate devoted to race revealed": only a noun that can speak heads the whole.
  return speakingNoun(noun.lower)
}

/** Participles that say people were asked, as a poll or a reporter asks them. */
const questionedParticiples = new Set(['surveyed', 'polled', 'interviewed', 'questioned', 'sampled', 'canvassed', 'asked', 'contacted', 'reached', 'consulted'])

/**
 * "Those surveyed said", "voters polled say", "most of the residents
 * interviewed said": a participle of questioning closing the
 * subject of the verb after it. The people asked speak through the poll or
 * the interview, so the participle belongs to the subject, not the verb
 * group. Only after "those" or a plural noun for people, right before the
 * verb or before the one who asked ("Residents reached by AFP said"), not
 * "the plan surveyed" or "He asked".
 */
export function questionedGroup(tokens: Token[], index: number, end: number): boolean {
  if (!questionedParticiples.has(tokens[index]!.lower) || index === 0 || !peopleBefore(tokens, index)) return false
  return index + 1 === end || (tokens[index + 1]!.lower === 'by' && askedBy(tokens, index + 2, end))
}

/** Longest place after the people asked: "of the Old City". */
const maxPeoplePlace = 4

/**
 * Whether "those" or a plural noun for people ends right before `index`, or
 * before a place that ends there ("Residents of Homs", "voters in New Hampshire").
 */
function peopleBefore(tokens: Token[], index: number): boolean {
  const people = (token: Token) => token.lower === 'those' || (speakingNoun(token.lower) && token.lower.endsWith('s'))
  if (people(tokens[index - 1]!)) return true
  for (let at = index - 1; at > 0 && index - at <= maxPeoplePlace; at--) {
    const token = tokens[at]!
    if (!token.word || !(token.capitalised || token.lower === 'the')) return placePrepositions.has(token.lower) && at < index - 1 && people(tokens[at - 1]!)
  }
  return false
}

/** Prepositions before the place people are in or from. */
const placePrepositions = new Set(['of', 'in', 'from', 'across', 'around'])

/** Longest agent of a participle of questioning: "by the Associated Press". */
const maxAskingAgent = 4

/** How the people were reached, in place of who reached them: "by telephone". */
const meansOfContact = new Set(['telephone', 'phone', 'email', 'text', 'video', 'videolink'])

/** Whether the words from `start` to `end` name who asked or how: "by AFP", "by the BBC", "by reporters", "by telephone". */
function askedBy(tokens: Token[], start: number, end: number): boolean {
  if (end <= start || end - start > maxAskingAgent) return false
  return tokens.slice(start, end).every((token) => token.word && (token.capitalised || token.lower === 'the' || speakingNoun(token.lower) || meansOfContact.has(token.lower)))
}

/** Whether a noun can be a source: a person, a body, a text ("victims", "the complaint", "unions", "forecasters"). */
export function speakingNoun(lower: string): boolean {
  return personNouns.has(lower) || organizationNouns.has(lower) || documentNouns.has(lower) || groupNouns.has(lower) || agentPlural.test(lower)
}

/** Plurals of nouns for people by trade or view, the lexicon's or not: "forecasters", "physicists", "historians". */
export const agentPlural = /[a-z]{3}(ists|ians|ers)$/

/** Possessive determiners: a word before one is a verb ("cut its forecast"), a participle after one a modifier ("their housing critic"). */
const ownerDeterminers = new Set(['its', 'their', 'his', 'our'])
/** Determiners after which a participle modifies the noun that follows it: "the firefighting effort", "its housing critic". */
const attributiveDeterminers = new Set(['the', 'a', 'an', ...ownerDeterminers])

/** Whether a possessive "'s" comes right before `index`: "the party's housing critic", not "she's worked". */
function afterPossessive(tokens: Token[], index: number): boolean {
  const lower = tokens[index - 1]!.lower
  return lower.endsWith("'s") && !contractedBe.test(lower)
}

/** Words whose "'s" is "is" or "has": "she's worked", "that's rising". */
const contractedBe = /^(he|she|it|that|there|here|who|what|where|let)'s$/

/** Words that pick some out of a group, before "of them". */
const partitiveQuantifiers = new Set(['one', 'two', 'three', 'each', 'some', 'several', 'many', 'most', 'both', 'all', 'either', 'neither', 'none'])
/** Pronouns for the group a partitive picks from: "of them", "of us", "of whom". */
const groupPronouns = new Set(['them', 'us', 'whom'])

/**
 * "One of them said", "some of us argue": a quantifier of a group the
 * pronoun refers back to. Read by index, without a slice, as `phraseBefore`
 * runs for every cue.
 */
function partitivePronoun(tokens: Token[], end: number): Range | null {
  if (end < 3 || !groupPronouns.has(tokens[end - 1]!.lower) || tokens[end - 2]!.lower !== 'of' || !partitiveQuantifiers.has(tokens[end - 3]!.lower)) return null
  return [end - 3, end]
}

/** Words between the two numbers of a proportion: "two in three", "nine out of 10", "one of every four", "three of the five". */
const proportionLinks = new Set(['in', 'of', 'out', 'every', 'the'])
/** What may stand before a proportion that opens its clause: nothing, a clause's punctuation or a conjunction. */
const proportionOpeners = new Set([',', ':', ';', '—', '–', 'and', 'but', 'while', 'whereas', 'yet'])

/**
 * "Two in three said", "nine out of 10 say", "all but two said", "42% say":
 * a share of a group polled or counted, standing alone as the subject. The
 * group it counts was named before, so the share is the source, as
 * "61 percent of respondents" is. Only where the share opens its clause,
 * so a figure at the end of an object ("rose by two in three ...") is not read
 * as a speaker.
 */
export function proportionSubject(tokens: Token[], end: number): Range | null {
  const start = proportionStart(tokens, end)
  if (start < 0) return null
  const range = withQuantifier(tokens, [start, end])!
  const opener = tokens[range[0] - 1]
  return !opener || proportionOpeners.has(opener.lower) ? range : null
}

/** Where a proportion ending at `end` starts, or -1: the counting words back to the first number. */
function proportionStart(tokens: Token[], end: number): number {
  const last = tokens[end - 1]
  if (!last) return -1
  // "42%", "42 %": a percentage sign after a figure.
  if (last.value === '%') return leadingDigit.test(tokens[end - 2]?.value ?? '') ? end - 2 : -1
  if (!numberWord.test(last.lower) || last.lower === 'half') return -1
  // "all but two": every one but a few.
  if (tokens[end - 2]?.lower === 'but' && tokens[end - 3]?.lower === 'all') return end - 3
  let index = end - 2
  while (index >= 0 && end - index <= 4 && proportionLinks.has(tokens[index]!.lower)) index--
  return index < end - 2 && index >= 0 && numberWord.test(tokens[index]!.lower) ? index : -1
}

/** "Officials there said", "Voters here say": "here" or "there" right before the cue places the noun before it. */
function placeAfterNoun(tokens: Token[], index: number, end: number): boolean {
  const previous = tokens[index - 1]
  return index === end - 1 && placeAdverb.test(tokens[index]!.lower) && previous !== undefined && previous.word && !notInSubject.has(previous.lower) && !pronouns.has(previous.lower)
}

const placeAdverb = /^(here|there)$/

/**
 * "That person, who asked not to be named, said", "That report found": "that" opening a clause right before a
 * phrase whose last word is a speaker's or a document's noun is a determiner pointing back to a source, not a
 * conjunction ("That disproportionate impact suggests" is a thing, and no source). A clause opens at the
 * sentence's start, after a quotation closed by a comma ('"Nothing is settled," that person said') or after
 * a coordinator opening the sentence ("But that banker said"); "warned, however, that officials" is a conjunction.
 */
function demonstrativeOpening(tokens: Token[], index: number, start: number, end: number): boolean {
  if (tokens[index]!.lower !== 'that' || start !== index + 1 || start >= end || tokens[start]!.capitalised) return false
  const head = tokens[end - 1]!.lower
  return (personNouns.has(head) || documentNouns.has(head)) && opensClause(tokens, index)
}

const sentenceCoordinators = new Set(['but', 'and', 'yet'])

/** Whether the word at `index` opens a clause: first in the sentence, after a quotation and its comma, or after an opening coordinator. */
function opensClause(tokens: Token[], index: number): boolean {
  let previous = index - 1
  let comma = false
  let quote = false
  while (previous >= 0 && !tokens[previous]!.word) {
    comma ||= tokens[previous]!.value === ','
    quote ||= closingQuotes.test(tokens[previous]!.value)
    previous--
  }
  if (previous < 0) return true
  if (comma && quote) return true
  return sentenceCoordinators.has(tokens[previous]!.lower) && tokens.slice(0, previous).every((token) => !token.word)
}

const closingQuotes = /["”’']/

/**
 * Whether a capitalised function word inside a sentence is a name: a first
 * name before a surname ("Will Hartley", "May Okonjo") or written in capitals
 * ("the US").
 */
function readsAsName(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (!token.capitalised) return false
  // "He Jianxiong, a former IMF director, said": a surname that is also a pronoun opens the sentence.
  if (index === 0) return pronouns.has(token.lower) && tokens[index + 1]?.capitalised === true && !looksLikeVerb(tokens[index + 1]!)
  return tokens[index + 1]?.capitalised === true || (token.value.length > 1 && token.value === token.value.toUpperCase())
}

/** Whether the word before an "and" is a source of its own: a name, a person or body, a personal pronoun. */
function joinsSources(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.capitalised) return true
  if (personNouns.has(token.lower) || organizationNouns.has(token.lower)) return true
  return personalSubject.test(token.lower) && (index === 0 || !tokens[index - 1]!.word)
}

/** Longest object of a preposition before an "and" inside a phrase, in words. */
const maxObject = 3

/**
 * Whether the "and" at `index` joins the objects of a preposition after the
 * phrase's head ("the director of research and policy", "a panel on
 * pollution and health"): a few words back to a preposition after a name,
 * a person, a body or a document.
 */
function joinsObjects(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at > 0 && index - at <= maxObject; at--) {
    const token = tokens[at]!
    if (!token.word || looksLikeVerb(token)) return false
    if (prepositions.has(token.lower)) {
      const head = tokens[at - 1]!
      return head.capitalised || personNouns.has(head.lower) || organizationNouns.has(head.lower) || documentNouns.has(head.lower)
    }
    if (notInSubject.has(token.lower)) return false
  }
  return false
}

/**
 * Whether a mark belongs inside a phrase ("U.S.", "AT&T", "Jean-Paul"); a
 * hyphen with space around it is a dash, as after a wire dateline ("LONDON
 * (Reuters) - The bank said").
 */
function isInner(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  // "OPEC+", "Canal+": a plus glued to the end of a name is part of it.
  if (token.value === '+') return tokens[index - 1]?.end === token.start && tokens[index - 1]!.capitalised
  if (!innerPunctuation.has(token.value)) return false
  if (token.value !== '-') return true
  return tokens[index - 1]?.end === token.start || tokens[index + 1]?.start === token.end
}

/** Whether the comma at `index` is inside a number ("1,409"). */
export function inNumber(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  return before !== undefined && after !== undefined && before.end === tokens[index]!.start && after.start === tokens[index]!.end && trailingDigit.test(before.value) && leadingDigit.test(after.value)
}

/**
 * "More than six in 10 voters", "About 40 workers", "at least one selector",
 * "As many as 40 lawmakers", "up to 30 MPs": a quantifier before a number
 * belongs to the phrase, and "at" before "least" or "most" that the phrase
 * already holds.
 */
function withQuantifier(tokens: Token[], range: Range | null): Range | null {
  if (range && superlativeBound.test(tokens[range[0]]!.lower) && tokens[range[0] - 1]?.lower === 'at') return [range[0] - 1, range[1]]
  if (!range || !numberWord.test(tokens[range[0]]!.lower)) return range
  const before = tokens[range[0] - 1]?.lower
  const twoBefore = tokens[range[0] - 2]?.lower
  if (before === 'than' && comparative.test(twoBefore ?? '')) return [range[0] - 2, range[1]]
  if (superlativeBound.test(before ?? '') && twoBefore === 'at') return [range[0] - 2, range[1]]
  if (before === 'as' && manyOrMuch.test(twoBefore ?? '') && tokens[range[0] - 3]?.lower === 'as') return [range[0] - 3, range[1]]
  if (before === 'to' && twoBefore === 'up') return [range[0] - 2, range[1]]
  if (approximation.test(before ?? '')) return [range[0] - 1, range[1]]
  return range
}

function closingParenthesis(tokens: Token[], end: number): Range | null {
  const last = tokens[end - 1]
  if (!last || last.value !== ')') return null
  const open = findBack(tokens, end - 1, '(')
  if (open < 1) return null
  const head = phraseBefore(tokens, open)
  return head ? [head[0], end] : null
}

function findBack(tokens: Token[], from: number, value: string): number {
  for (let index = from; index >= 0 && from - index < maxPhrase; index--) {
    if (tokens[index]!.value === value) return index
  }
  return -1
}

/** Drop prepositional openers and conjunctions a backward scan may have taken in. */
function trimLeading(tokens: Token[], start: number, end: number): Range | null {
  let from = start
  while (from < end && tokens[from]!.word && (prepositions.has(tokens[from]!.lower) || tokens[from]!.lower === 'and')) {
    // Jump to the phrase proper, which starts at the next determiner when there is one.
    let next = from + 1
    while (next < end && !determiners.has(tokens[next]!.lower)) next++
    from = next < end ? next : from + 1
  }
  while (from < end && !tokens[from]!.word) from++
  // "In 2002 Smith wrote": the year of a time adjunct opens the clause, not the source.
  if (from > start && from + 1 < end && year.test(tokens[from]!.value)) from++
  // "This time the union insists", "Last week officials said": a time adjunct opens the clause, not the source.
  if (timeShifters.has(tokens[from]?.lower ?? '') && timeNouns.has(tokens[from + 1]?.lower ?? '') && from + 2 < end) from += 2
  else if (timeNouns.has(tokens[from]?.lower ?? '') && determiners.has(tokens[from + 1]?.lower ?? '') && from + 1 < end) from += 1
  return from < end ? [from, end] : null
}

const timeShifters = new Set(['this', 'that', 'last', 'next', 'each', 'every', 'one', 'later', 'earlier'])
const timeNouns = new Set(['time', 'day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season'])

/**
 * Whether a past form at `index` is a participle modifying the noun before it, as a preposition after it shows:
 * "residents stuck in the town", "a woman struck by the car".
 */
function participleBeforePreposition(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower ?? ''
  // "sought to brush aside": an infinitive after the verb, which no participle takes.
  return participleClauseVerbs.has(tokens[index]!.lower) && next !== 'to' && prepositions.has(next)
}

/**
 * The noun phrase that starts at `start`: the source after an inverted cue
 * (", said the officials") or after "according to".
 *
 * @param tokens Tokens of the sentence.
 * @param start Index of the first token of the phrase.
 * @returns The phrase, or null.
 */
export function phraseAfter(tokens: Token[], start: number, longest = maxPhrase): Range | null {
  if (tokens[start] && pronouns.has(tokens[start]!.lower)) return [start, start + 1]
  let end = start
  let index = start
  while (index < tokens.length && index - start < longest) {
    const token = tokens[index]!
    if (token.word) {
      const lower = token.lower
      if (index > start && ((outsideSubject(tokens, index) && !readsAsName(tokens, index)) || (clauseVerbs.has(lower) && !participleBeforePreposition(tokens, index)) || looksLikeVerb(token) || verbBeforePossessive(tokens, index))) {
        if (lower !== 'and' || !tokens[index - 1]!.capitalised) break
      }
      if (index === start && ((outsideSubject(tokens, index) && !readsAsName(tokens, index)) || looksLikeVerb(token))) return null
      if (weekdaysAndMonths.has(lower) || timeWords.has(lower)) break
      if ((lower === 'on' || lower === 'in' || lower === 'at') && isAdjunct(tokens, index + 1)) break
      end = index + 1
    } else if (token.value === '(') {
      const close = tokens.findIndex((t, i) => i > index && t.value === ')')
      if (close < 0 || close - index > 6) break
      index = close
      end = close + 1
    } else if (!isInner(tokens, index)) break
    index++
  }
  while (end > start && !tokens[end - 1]!.word && tokens[end - 1]!.value !== ')') end--
  return end > start ? [start, end] : null
}

/**
 * Whether a lowercase word inside a phrase is a verb because a possessive
 * follows it: "The institute cut its forecast", "The rebels put their case",
 * whose verbs have no ending to tell them by.
 */
function verbBeforePossessive(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  return !token.capitalised && !prepositions.has(token.lower) && ownerDeterminers.has(tokens[index + 1]?.lower ?? '')
}

/** Words of a time or medium adjunct: "Thursday", "3 March", "a statement", "an interview". */
export function isAdjunct(tokens: Token[], index: number): boolean {
  const next = tokens[index]
  if (!next) return false
  if (weekdaysAndMonths.has(next.lower) || timeWords.has(next.lower) || year.test(next.value)) return true
  const after = tokens[index + 1]
  if (leadingDigit.test(next.value) && after !== undefined && weekdaysAndMonths.has(after.lower)) return true
  return determiners.has(next.lower) && after !== undefined && (timeWords.has(after.lower) || mediumWords.has(after.lower))
}

/** Media a statement is made in, joined to its cue ("said in a statement"). */
export const mediumWords = new Set([
  'statement', 'interview', 'tweet', 'post', 'speech', 'letter', 'email', 'release', 'briefing', 'conference',
  'video', 'message', 'op-ed', 'column', 'radio', 'television', 'tv', 'news', 'press', 'phone', 'telephone', 'filing', 'call'
])

/**
 * Skip time adjuncts after a cue ("on Sunday", "Thursday", "last week",
 * "earlier this month").
 *
 * @returns Index of the first token after them.
 */
export function skipAdjuncts(tokens: Token[], index: number): number {
  let at = index
  for (;;) {
    const token = tokens[at]
    if (!token || !token.word) return at
    if (weekdaysAndMonths.has(token.lower) || (timeWords.has(token.lower) && !timeDeterminerAlone(tokens, at))) {
      at++
      continue
    }
    if ((token.lower === 'on' || token.lower === 'in' || token.lower === 'at') && isAdjunct(tokens, at + 1)) {
      at += 2
      continue
    }
    if (leadingDigit.test(token.value) && at > index) {
      at++
      continue
    }
    // "“…,” Lucas asked again.", "said quietly that ...": an adverb ending the clause or before "that".
    const next = tokens[at + 1]
    if ((trailingAdverbs.has(token.lower) && !next?.word) || ((isAdverb(token) || trailingAdverbs.has(token.lower)) && next?.lower === 'that')) {
      at++
      continue
    }
    // "announced Nov. 18 that ...": an abbreviated date with words after it, not one ending the sentence.
    if (monthAbbreviation.test(token.lower) && leadingDigit.test(tokens[at + 1]?.value ?? '') && tokens[at + 2]?.word) {
      at += 2
      continue
    }
    return at
  }
}

/**
 * Skip time adjuncts and the occasion of a cue: "said at a news conference
 * on Monday", "told reporters on a conference call".
 *
 * @returns Index of the first token after them.
 */
export function skipAdjunctsAndOccasion(tokens: Token[], index: number): number {
  let at = skipAdjuncts(tokens, index)
  while (mediumWords.has(tokens[at]?.lower ?? '') && opensOccasionBefore(tokens, index, at)) {
    while (mediumWords.has(tokens[at]?.lower ?? '')) at++
    at = skipAdjuncts(tokens, at)
  }
  return at
}

/**
 * Whether the words skipped before `at` end in a preposition and the
 * determiners or time words of an occasion ("at a", "at an evening"), so a
 * medium at `at` is its noun; after "said today" the medium opens the
 * content ("said today press freedom was under threat").
 */
function opensOccasionBefore(tokens: Token[], index: number, at: number): boolean {
  let back = at - 1
  while (back > index && (determiners.has(tokens[back]!.lower) || timeWords.has(tokens[back]!.lower))) back--
  return back >= index && back < at - 1 && occasionPrepositions.has(tokens[back]!.lower)
}

const occasionPrepositions = new Set(['at', 'on', 'in', 'during'])

const trailingAdverbs = new Set(['again', 'too', 'also', 'instead', 'afterward', 'afterwards'])
const monthAbbreviation = /^(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$/

/** "said this is a test", "said last is best": a time determiner with no time after it opens the content. */
function timeDeterminerAlone(tokens: Token[], index: number): boolean {
  if (!timeDeterminer.test(tokens[index]!.lower)) return false
  const next = tokens[index + 1]
  return !(next && (weekdaysAndMonths.has(next.lower) || timeWords.has(next.lower)))
}

/**
 * Whether the word at `index` is a modal verb. One written with a capital
 * inside a sentence, or opening it before another capitalised word that is
 * not a pronoun, is a name or a month ("Ana May said", "Officials in May
 * said", "Will Ruiz wrote"; not "May I add", "Could Ruiz have known").
 */
export function isModal(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (token === undefined || !modal.test(token.lower)) return false
  if (!token.capitalised) return true
  const next = tokens[index + 1]
  return index === 0 && !(next?.capitalised === true && !pronouns.has(next.lower))
}

/**
 * Whether the word at `index` is one that never sits in a subject (see
 * `notInSubject`): not "May" or "Will" read as a name or the month.
 */
export function outsideSubject(tokens: readonly Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  return notInSubject.has(lower) && (!modal.test(lower) || isModal(tokens, index))
}

/**
 * Whether a month's name is the month: "May" is only after a word that opens
 * a time ("in May", "early May") or beside a day's number ("3 May", "May 3"),
 * and is otherwise a name ("Ana May") or the modal.
 */
function readsAsMonth(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.lower !== 'may') return true
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  return tokens[index]!.capitalised && ((previous !== undefined && (timeOpeners.test(previous.lower) || leadingDigit.test(previous.value))) || (next !== undefined && leadingDigit.test(next.value)))
}

/** "the Sunday Courier", "the Sunday Times": a weekday after "the" and before a capitalised word opens a paper's name, not a time adjunct. */
function opensPaperName(tokens: Token[], index: number): boolean {
  return tokens[index - 1]?.lower === 'the' && tokens[index + 1]?.capitalised === true
}

/** "Sanders on Tuesday said", "who in 2010 said", "outside the club on Monday evening insisted": step back over a time adjunct between subject and cue. */
function skipAdjunctsBack(tokens: Token[], end: number): number {
  let at = end
  if (tokens[at - 1] && year.test(tokens[at - 1]!.value) && tokens[at - 2]?.lower === 'in') return at > 2 && tokens[at - 3]!.word ? at - 2 : end
  // "on May 3 said": the day's number after its month.
  if (leadingDigit.test(tokens[at - 1]?.value ?? '') && weekdaysAndMonths.has(tokens[at - 2]?.lower ?? '')) at--
  const last = tokens[at - 1]
  if (!last || !((weekdaysAndMonths.has(last.lower) && readsAsMonth(tokens, at - 1)) || timeWords.has(last.lower))) return end
  at--
  // "on Monday evening": a weekday before the time of day belongs to the adjunct; "on 3 May": so does the day's number.
  while (at > 0 && (timeOpeners.test(tokens[at - 1]!.lower) || weekdaysAndMonths.has(tokens[at - 1]!.lower) || (leadingDigit.test(tokens[at - 1]!.value) && weekdaysAndMonths.has(tokens[at]?.lower ?? '')))) at--
  // "The authority (NDMA) on Wednesday put": a bracketed acronym may end the subject.
  return at > 0 && (tokens[at - 1]!.word || tokens[at - 1]!.value === ')') ? at : end
}

/**
 * Where the subject of a verb at `end` ends, before time adjuncts and the
 * publication of a document ("A report published on Monday | said").
 */
export function subjectEndBefore(tokens: Token[], end: number): number {
  return skipPublishedBack(tokens, skipParticipleAsideBack(tokens, skipAdjunctsBack(tokens, end)))
}

/** Whether a token is a noun for records or a text: "logs", "minutes", "the report". */
export function isRecordNoun(token: Token): boolean {
  return token.word && (showingRecords.has(token.lower) || documentNouns.has(token.lower))
}

/** Past participles that modify records: "filed", "obtained", and the irregular "taken", "seen". */
export function isParticiple(token: Token): boolean {
  return token.word && !token.capitalised && ((token.lower.endsWith('ed') && token.lower.length > 4) || irregularParticiples.has(token.lower))
}

const irregularParticiples = new Set(['taken', 'seen', 'shown', 'kept', 'held', 'sent', 'written', 'made', 'given', 'drawn', 'sworn', 'brought', 'laid'])


/** Whether a past participle opens an aside: "filed on Monday", "based on samples", not "hundred". */
function opensParticiple(token: Token): boolean {
  return token.word && participleEnding.test(token.lower) && token.lower.endsWith('ed') && (looksLikeVerb(token) || participleModifiers.has(token.lower))
}

/** How far back the comma that opens a participle aside may stand, in tokens. */
const maxParticipleAside = 30

/**
 * Step back over a participle phrase set off by commas after a document or
 * a bracketed acronym ("The complaint, filed on Monday, alleges ...", "The
 * report by the Water Watch (WW), based on samples from June, found ..."):
 * the document is the subject.
 */
function skipParticipleAsideBack(tokens: Token[], end: number): number {
  if (tokens[end - 1]?.value !== ',') return end
  for (let open = end - 3; open > 0 && end - open <= maxParticipleAside; open--) {
    const token = tokens[open]!
    if (token.word || isInner(tokens, open)) continue
    const participle = tokens[open + 1]!
    const document = tokens[open - 1]!
    const opens = token.value === ',' && opensParticiple(participle) && (documentNouns.has(document.lower) || document.value === ')')
    return opens ? open : end
  }
  return end
}

/**
 * Step back over a participle that says when a document came out ("A study
 * published this week estimated ...", "Figures released Tuesday show ..."):
 * the document is the source, not its publication.
 */
function skipPublishedBack(tokens: Token[], end: number): number {
  const last = tokens[end - 1]
  const before = tokens[end - 2]
  // "A study by the institute (IW) published this week estimated": after a bracketed acronym too.
  const document = before?.word ? documentNouns.has(before.lower) : before?.value === ')'
  if (!last || !publishedParticiples.has(last.lower) || !document) return end
  return skipAdjunctsBack(tokens, end - 1)
}

/** Participles that say a document came out: "a study published this week". */
const publishedParticiples = new Set(['published', 'released', 'issued', 'unveiled'])

/** Lowercase words in -ly that are nouns or adjectives, not adverbs. */
const lyNouns = new Set(['family', 'ally', 'rally', 'supply', 'assembly', 'anomaly', 'monopoly', 'bully', 'folly', 'jelly', 'belly', 'lily', 'july', 'italy', 'early', 'only', 'daily', 'weekly', 'monthly', 'elderly', 'friendly', 'likely', 'lonely', 'costly', 'deadly', 'holy', 'ugly', 'silly', 'fly', 'reply'])

/** Whether a word is an adverb that may stand between a subject and its verb ("often", "quickly"). */
export function isAdverb(token: Token): boolean {
  if (!token.word || token.capitalised) return false
  return sentenceAdverbs.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ly') && !lyNouns.has(token.lower))
}

const sentenceAdverbs = new Set(['first', 'often', 'once', 'twice', 'always', 'sometimes', 'frequently', 'subsequently', 'immediately', 'separately', 'flat-out'])

/**
 * The subject at the start of a sentence ("Lindqvist, who ..., appeared to
 * stick to that position, saying ..." -> "Lindqvist").
 */
export function sentenceSubject(tokens: Token[]): Range | null {
  return phraseAfter(tokens, subjectStart(tokens))
}

/** Index of the first token of a sentence's subject, after its dateline and any opener set off by a comma. */
export function subjectStart(tokens: Token[]): number {
  // "LIMA (AP) — Teachers marched on Tuesday to call for ...": the subject follows the dateline.
  let start = afterDateline(tokens)
  // "But a ministry official, speaking on condition of anonymity, ...": a conjunction tying the sentence to the one
  // before; not "So far, police ...", whose "so" opens an adverbial.
  if (linkingConjunctions.has(tokens[start]?.lower ?? '') && tokens[start + 1]?.word) start++
  // "In a statement on Monday, the union ...", "Speaking in Lima, Ortiz ...", "Back in the village, farmers ...": the
  // subject follows the opener.
  const first = tokens[start]
  if (first && (prepositions.has(first.lower) || first.lower.endsWith('ing') || isAdverb(first) || opensTimeSpan(tokens, start) || backTo(tokens, start))) {
    const comma = tokens.findIndex((token, index) => index > start && index - start <= maxOpener && token.value === ',')
    if (comma > 0) return comma + 1
  }
  return start
}

/** Whether "back" opens a place the story returns to: "Back in Lima,", "Back home,". */
function backTo(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower ?? ''
  return tokens[index]!.lower === 'back' && (prepositions.has(next) || next === 'home')
}

const spans = /^(seconds|minutes|hours|days|weeks|months|years|moments)$/
const beforeOrAfter = /^(before|after)$/

/** Whether a time span opens the sentence: "Hours before the match, the coach ...". */
function opensTimeSpan(tokens: Token[], index: number): boolean {
  return spans.test(tokens[index]!.lower) && beforeOrAfter.test(tokens[index + 1]?.lower ?? '')
}

/** Longest wire dateline, in tokens: "HAYWARD, Calif. (AP) —". */
const maxDateline = 12

const datelineMarks = new Set([',', '.', '(', ')'])
const dashes = new Set(['—', '–', '-'])

/**
 * Index of the first word after a wire dateline that opens the sentence
 * ("VIENNA —", "DUBAI, United Arab Emirates —", "(Reuters) -", "Lima –
 * Teachers ..."): capitalised words, commas, dots and a parenthesised agency
 * before a dash, led by a place in capitals, closed by the agency, or in
 * title case before a capitalised word and no second dash, so that a name
 * with an aside ("Tom Reyes - the mayor - said") is no dateline. The first
 * word when there is none.
 */
export function afterDateline(tokens: Token[]): number {
  let first = 0
  while (first < tokens.length && !tokens[first]!.word) first++
  const capitals = tokens[first] !== undefined && tokens[first]!.value.length > 1 && tokens[first]!.value === tokens[first]!.value.toUpperCase()
  for (let index = 0; index < tokens.length && index <= maxDateline; index++) {
    const token = tokens[index]!
    if (dashes.has(token.value)) {
      const next = tokens[index + 1]
      if (index === 0 || next === undefined) return first
      const titleCase = next.capitalised && !tokens.some((other, at) => at > index && dashes.has(other.value))
      return capitals || titleCase || tokens[index - 1]!.value === ')' ? index + 1 : first
    }
    if (token.word ? !token.capitalised : !datelineMarks.has(token.value)) return first
  }
  return first
}

/** Index of a sentence's first word, after any marks; the number of tokens when it has none. */
export function firstWord(tokens: Token[]): number {
  let index = 0
  while (index < tokens.length && !tokens[index]!.word) index++
  return index
}
