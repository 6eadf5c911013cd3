import type {Attribution, Claim, QuoteKind, SourceRole, SourceType, Span} from '@sourcing/schema'
import type {Root} from 'nlcst'
import {anonymityNote, blanketKinds, followingReason, hintOffsets, kindsOf, knowledgeAt} from './anonymity.js'
import {isCheckableClaim} from './claims.js'
import {
  carryAnonymityToLeads,
  categoryOf,
  coveredByBlanket,
  EntityResolver,
  entityRole,
  justificationOf,
  sourceTypeOf,
  speakerOf,
  specificityOf,
  spokesHead,
  withheld,
  describedAsInsiders,
  type Entity
} from './entities.js'
import {continuations, framesOf, type Frame, type Offsets} from './frames.js'
import {knownNames, mayBePerson, normaliseName, ownerName, readMention, surnameOf, type KnownNames, type Mention, type NamedRelative} from './mentions.js'
import {isHyphenatedTitle, isParticiple, isRecordNoun, phraseAfter, phraseBefore, sentenceSubject, type Range} from './phrases.js'
import {clauseVerbs, determiners, documentNouns, groupNouns, hedgeAdverbs, notInSubject, kinNouns, organizationNouns, personNouns, personTitles, postNouns, prepositions, roleWords} from './words.js'
import {findQuotes, QuoteIndex} from './quotes.js'
import {sentencesOf, type Sentence, type Token} from './tokens.js'

/** Settings resolved from the plugin's options. */
export interface Settings {
  minCuePrecision: number
  continuations: boolean
}

/** An attribution with what the rules need to judge it. */
export interface Finding {
  attribution: Attribution
  /** Index of the source in the article, shared by all its attributions; -1 for none. */
  entity: number
}

/** Everything the tagger finds in one text. */
export interface Analysis {
  findings: Finding[]
  claims: Claim[]
  /**
   * Hedges that name no one for what they report, outside quotations:
   * "reportedly", "allegedly" and agentless passives ("is believed to").
   */
  hedges: Offsets[]
}

const anonymousTypes = new Set(['anonymous', 'unnamed-person', 'unnamed-group'])
/** "the demands of both sides", "the minister's visit to Lima": a thing or an event with its owner. */
const eventPhrase = /^(?:[Tt]he|[Aa]n?)\s+([a-z]+)\s+of\s|^(?:(?:[Tt]he|[Aa]n?)\s+)?\S+['’]s\s+([a-z]+)(?:\s+to\s|$)/
const adverbEnding = /ly$/
/** A note that withholds part of a name, not the whole: "only his first name", "her surname", "their full names". */
const partOfName = /\b(?:first|last|sur|family|full|given)[ -]?names?\b/i
const trailingSpace = /[\s,]/
/** Words that put a phrase before a cue outside its subject ("a decade ago", "almost", "Acme very recently said"). */
const misreadSubject = new Set(['ago', 'almost', 'very'])
const speechOnly = /\b(said|says|say|saying|told|tells|tell|according|added|adds|wrote|writes|asked|replied|answered)\b/i
/** The hedge adverbs as written, in any case: one search of the text finds them all. */
const hedgeAdverbPattern = new RegExp(`\\b(?:${[...hedgeAdverbs].join('|')})\\b`, 'gi')
/** How far after a source a "who were briefed on" clause may start. */
const clauseReach = 80
/** A clause about a source right after it: ", who was briefed on", "speaking on condition". */
const clauseAfterSource = /^\s*[,(]?\s*(who|whose|which|with|speaking)\b/
const possessive = /['’]s?$/
const pluralEnding = /s$/
/** A note that gives the reason of the one before: "for the same reason", "for similar reasons". */
const sameReason = /^\s*,?\s*(?:for|because of) (?:the )?(?:same|similar) reasons?\b/i
const allegationCue = /\b(claim|claims|claimed|claiming|alleges|alleged)\b/

/**
 * Find the attributions and unattributed claims of a parsed text.
 *
 * @param tree Tree from retext-english.
 * @param text The text it was parsed from.
 * @param settings Resolved options.
 */
export function analyze(tree: Root, text: string, settings: Settings): Analysis {
  const sentences = sentencesOf(tree, text)
  const quotes = new QuoteIndex(findQuotes(text))
  const framed = sentences.map((sentence) => framesOf(sentence, quotes, {minPrecision: settings.minCuePrecision}))
  const known = knownNames(sentences.map((sentence) => sentence.tokens))
  const resolver = new EntityResolver(text)
  const sources = new Map<Frame, {mention: Mention | null; entity: Entity | null}>()

  const mentionOf = (sentence: Sentence, start: number, end: number): Mention => {
    const tokens = sentence.tokens.slice(start, end)
    const after = tokens.at(-1)!.end
    const context = text.slice(after, Math.min(sentence.end, after + clauseReach))
    return withRelativesName(readMention(tokens, text, clauseAfterSource.test(context) ? context : '', known), known)
  }

  // "Morrison was the third witness ... He said": a person the article is about is
  // whom the next "he" or "she" refers to, though they are no one's source yet.
  const noteNamedSubject = (sentence: Sentence, frames: Frame[]): void => {
    const subject = subjectAfterClause(sentence.tokens)
    if (!subject || frames.some((frame) => frame.source && frame.source[0] <= subject[0] && subject[0] < frame.source[1])) return
    // A name inside a quotation is what the speaker talks about, not whom the narration follows.
    if (quotes.covering(sentence.tokens[subject[0]]!.start)) return
    // The name that opens the subject: "Jo Keane, who had never sung, ...", "Paul Hale runs the shop", or
    // the name in apposition to a description that opens it: "The hospital's director, Dr. Ana Ruiz, disagreed".
    const start = nameInApposition(sentence.tokens, subject) ?? subject[0]
    let end = start
    // "Rep. Ana Ruiz": the full stop of an abbreviated title stays inside the name.
    while (end < sentence.tokens.length && (end < subject[1] || start !== subject[0]) && (sentence.tokens[end]!.capitalised || (sentence.tokens[end]!.value === '.' && sentence.tokens[end + 1]?.capitalised))) end++
    if (end === start) return
    // Reading the mention costs more than the rest of this; most subjects hold no name the article
    // gives a person, and the name's last word is one of these words.
    if (!sentence.tokens.slice(start, end).some((token) => knownSurname(token.value.replace(possessive, ''), known))) return
    const mention = mentionOf(sentence, start, end)
    // "Ruiz’s approach has failed. She ..." is about Ruiz; "Ruiz’s lawyer said. He ..." is about the lawyer.
    if (!mention.name || (possessive.test(mention.name) && !ownsThing(sentence.tokens.slice(end, subject[1])))) return
    mention.name = mention.name.replace(possessive, '')
    // A person's name, not an opening word read as one ("Asked about it, he ..."): the article gives it
    // in full somewhere, or it is a full name a pronoun refers back to.
    const surname = surnameOf(mention.name)
    if (known.persons.has(surname) || (mention.name.includes(' ') && known.referred.has(surname))) resolver.notice(mention)
  }

  const hints = hintOffsets(text)
  let hint = 0
  /** The source of the previous sentence's anonymity note, when that note gave no reason. */
  let unexplained: Entity | null = null
  /** A note about a group met or introduced just before ("All asked not to be named"), while its members may follow. */
  let groupNote: GroupNote | null = null
  /** The reason the latest anonymity note gave, which a later "for the same reason" repeats. */
  let lastReason: Offsets | null = null
  /** Reasons stated for everyone quoted, or one kind of them, which hold before and after the statement. */
  const blanketReasons: Array<{kinds: string[]; justification: Offsets}> = []
  for (const [index, sentence] of sentences.entries()) {
    while (hint < hints.length && hints[hint]! < sentence.start) hint++
    const sentenceText = hint < hints.length && hints[hint]! < sentence.end ? text.slice(sentence.start, sentence.end) : null
    const note = sentenceText === null ? null : anonymityNote(sentenceText, sentence.start)
    // "a fisherman who asked not to be named because his employer had told staff not to speak, said": a cue
    // inside the reason, before the sentence's own, is part of why the source is unnamed, not a report of its
    // own, and its subject no source for later pronouns. The last cue is the sentence's, though a reason read
    // to the sentence's end holds it too ("A spokesperson who did not wish to be named because of agency
    // policy said ..."), unless it opens the reason ("He spoke on condition of anonymity, citing the talks") or
    // the sentence reported before the note ("..., according to two people who spoke on condition of
    // anonymity because the team has not disclosed it").
    if (note?.justification) framed[index] = withoutCuesInReason(framed[index]!, note.at, note.justification)
    const frames = framed[index]!
    resolver.enterSentence(sentence.start)
    noteNamedSubject(sentence, frames)
    // "The reporter spoke to one mother whose son ... . She said": a person the narration
    // introduces, whose gender the description gives, is whom the next pronoun may mean.
    const introduced = frames.length === 0 ? introducedPerson(sentence.tokens) : null
    if (introduced) {
      const mention = mentionOf(sentence, introduced[0], introduced[1])
      if (mention.gender) resolver.resolve(mention)
    }
    for (const frame of [...frames].sort((a, b) => (a.source?.[0] ?? 0) - (b.source?.[0] ?? 0))) {
      if (!frame.source) {
        sources.set(frame, {mention: null, entity: null})
        continue
      }
      const [start, end] = antecedentOf(sentence.tokens, frame.source) ?? frame.source
      const mention = mentionOf(sentence, start, end)
      // "Earnest said that Obama has long called for reform. He said ...": one reported inside
      // another source's content is not whom the narration follows.
      const at = sentence.tokens[frame.source[0]]!.start
      const reported = frames.some((other) => other.source && other.source[0] < frame.source![0] && other.content && other.content.start <= at && at < other.content.end)
      sources.set(frame, {mention, entity: resolver.resolve(mention, true, !reported)})
    }
    if (groupNote && index > groupNote.until) groupNote = null
    if (groupNote) groupNote = markMembers(frames.filter((frame) => !reportedWithin(frame, frames)).map((frame) => sources.get(frame)?.entity ?? null), groupNote)
    // "He spoke on condition of anonymity. He feared for his job.": a reason may follow in the next sentence.
    if (unexplained) {
      unexplained.justification ??= followingReason(text.slice(sentence.start, sentence.end), sentence.start)
      lastReason = unexplained.justification ?? lastReason
      unexplained = null
    }
    if (sentenceText === null) continue
    // "who also spoke on condition of anonymity for the same reason": the reason is the one given last.
    if (note && sameReason.test(text.slice(note.justification?.start ?? note.end, sentence.end))) note.justification = lastReason
    if (note?.justification) lastReason = note.justification
    const knowledge = knowledgeAt(sentenceText, sentence.start)
    if (!note && knowledge < 0) continue
    const owner = (at: number): Entity | null => {
      const nearest = frames
        .filter((frame) => frame.source && sentence.tokens[frame.source[0]]!.start <= at)
        .sort((a, b) => b.source![0] - a.source![0])[0]
      if (nearest) return sources.get(nearest)?.entity ?? null
      // "They asked not to be named ..., who they said": the subject before the note is whom it is about;
      // "Speaking on condition of anonymity, a diplomat said": with none, the first source after it.
      // "confirmed by two officials, who spoke on condition of anonymity": a "who" clause holding the note is
      // about the phrase it follows, whatever the sentence's subject.
      const relative = relativeBefore(sentence.tokens, at)
      const about = relative ? subjectEntity(mentionOf(sentence, relative[0], relative[1])) : null
      const subject = sentenceSubject(sentence.tokens)
      const described = subject && sentence.tokens[subject[1] - 1]!.end <= at ? subjectEntity(mentionOf(sentence, subject[0], subject[1])) : null
      const next = frames.filter((frame) => frame.source).sort((a, b) => a.source![0] - b.source![0])[0]
      return about ?? described ?? (next ? sources.get(next)?.entity ?? null : null)
    }
    // "They asked not to be named ..., who they said ...": the same pronoun as a later source in the
    // sentence is that source; resolving it afresh would skip the entity the later one has just moved past it.
    // "Three residents asked not to be named. ... one resident said": unnamed people the note is about are
    // sources-to-be, whom the later cues refer back to, so the note starts their entity.
    const subjectEntity = (mention: Mention): Entity | null => {
      const same = mention.pronoun ? frames.find((frame) => sources.get(frame)?.mention?.pronoun === mention.pronoun) : undefined
      return (same && sources.get(same)?.entity) ?? resolver.resolve(mention, unnamedPeople(mention))
    }
    const kinds = note?.justification ? blanketKinds(sentenceText, note.at - sentence.start) : null
    if (kinds) blanketReasons.push({kinds, justification: note!.justification!})
    if (note) {
      const pointing = !quotes.covering(sentence.start) && groupOpening(sentence.tokens, note.at)
      // "All asked not to be named for fear ...": the note is about the people met just before, and about
      // the unnamed people the next sentences introduce as their members ("A woman who ...", "Another worker").
      if (pointing && note.justification) groupNote = {justification: beforeCue(note.justification, frames, text), until: index + groupReach, drawnOnly: false}
      const pair = pairOpening(sentence.tokens) ? resolver.latestPair(sentence.start) : []
      const group = pointing && pair.length === 0 ? latestGroup(resolver.entities, sentences[Math.max(0, index - 2)]!.start) : null
      const refused = refusedName(sentence.tokens, text.slice(note.at, note.end), note.end)
      const refusedMention = refused ? mentionOf(sentence, refused[0], refused[1]) : null
      // "The Courier is not naming the monitors, who feared retaliation": the outlet's refusal is about its
      // verb's object, and a plural object is a kind of source, like a blanket note's subject.
      if (refusedMention && refusedKind(refusedMention) && note.justification) blanketReasons.push({kinds: kindsOf([refusedMention.head!]), justification: note.justification})
      const targets = pair.length > 0 ? pair : group ? [group] : [refusedMention ? subjectEntity(refusedMention) : owner(note.at)]
      // "Several miners, who asked not to be named for fear ..., said ... 'We starve,' said one drill operator":
      // a member picked out of the group after a note about it in a clause shares its reason.
      if (!pointing && note.justification && targets.some((entity) => entity && unnamedPlural(entity))) groupNote = {justification: beforeCue(note.justification, frames, text), until: index + groupReach, drawnOnly: true}
      const partName = partOfName.test(text.slice(note.at, note.end))
      for (const entity of targets) {
        if (!entity) continue
        entity.anonymityMarked = true
        entity.partNameWithheld ||= partName
        // A reason after a cue is what the source said; the marker may then say one of its own.
        const reason = note.justification && !cueBetween(note.end, note.justification.start, frames) ? note.justification : note.markerReason
        entity.justification ??= reason ? beforeCue(reason, frames, text) : null
        // "Three people with knowledge of the talks said ... One of the people, who requested anonymity
        // because ...", "Two officials familiar with the discussions said ... One of them, who asked not to be
        // named because ...": the reason one of them gives is that of insiders or people already unnamed,
        // not of a bare lead ("residents said ... one resident, who asked not to be named").
        if (entity.group && entity.justification && (withheld(entity.group) || describedAsInsiders(entity.group))) entity.group.justification ??= entity.justification
        if (!entity.justification) unexplained = entity
      }
    }
    if (knowledge >= 0) {
      const entity = owner(knowledge)
      const nearSource = frames.length === 0 || frames.some((frame) => frame.source && knowledge - sentence.tokens[frame.source[1] - 1]!.end < clauseReach && knowledge > sentence.tokens[frame.source[0]]!.start)
      if (entity && nearSource) entity.knowledge = true
    }
  }

  carryAnonymityToLeads(resolver.entities)
  for (const {kinds, justification} of blanketReasons) {
    for (const entity of resolver.entities) {
      if (justificationOf(entity) || !anonymousTypes.has(sourceTypeOf(entity, null)) || !coveredByBlanket(entity, kinds)) continue
      entity.justification = justification
      // "The aides quoted in this story spoke on condition of anonymity": a note on one kind of source withholds
      // the names of those of that kind quoted before it, as it does of those after it.
      if (kinds.length > 0) entity.anonymityMarked = true
    }
  }

  const ordered: Array<{frame: Frame; from: Frame}> = []
  for (const frames of framed) for (const frame of frames) ordered.push({frame, from: frame})
  if (settings.continuations) {
    for (const [, frame, previous] of continuations(sentences, framed, quotes)) {
      ordered.push({frame, from: previous})
      sources.set(frame, sources.get(previous) ?? {mention: null, entity: null})
    }
  }

  const entityIndex = new Map<Entity, number>(resolver.entities.map((entity, index) => [entity, index]))
  // What the article says about a source is the same in each of its attributions: work it out once.
  const described = new Map<Entity, Described>()
  const describeEntity = (entity: Entity): Described => {
    let found = described.get(entity)
    if (!found) {
      found = {type: sourceTypeOf(entity, null), specificity: specificityOf(entity), speaker: speakerOf(entity), role: entityRole(entity, null), justification: justificationOf(entity)}
      described.set(entity, found)
    }
    return found
  }
  const findings: Finding[] = []
  for (const {frame} of ordered) {
    const {mention, entity} = sources.get(frame) ?? {mention: null, entity: null}
    if (mention && !canSpeak(mention, entity, frame, text)) continue
    const source = entity ? describeEntity(entity) : describeMention(mention)
    findings.push({attribution: toAttribution(frame, mention, source, text, quotes), entity: entity ? entityIndex.get(entity)! : -1})
  }
  findings.sort((a, b) => a.attribution.cue.start - b.attribution.cue.start || a.attribution.cue.end - b.attribution.cue.end)
  return {findings, claims: claimsOf(sentences, framed, quotes, text), hedges: agentlessHedges(text, framed, quotes)}
}

/** A sentence's frames without those whose cue is part of an anonymity note's reason (see {@link analyze}). */
function withoutCuesInReason(frames: Frame[], noteAt: number, reason: Offsets): Frame[] {
  const reportedBefore = frames.some((frame) => frame.cue.end <= noteAt)
  return frames.filter((frame, at) => frame.cue.start !== reason.start && ((at === frames.length - 1 && !reportedBefore) || frame.cue.start < reason.start || frame.cue.start >= reason.end))
}

/** Whether a mention describes unnamed people ("A senior official", "Three residents"), not a pronoun or a name. */
function unnamedPeople(mention: Mention): boolean {
  return !mention.pronoun && !mention.name && (mention.category === 'unnamed' || mention.category === 'group')
}

/** A group's anonymity note, and the index of the last sentence that may introduce its members. */
interface GroupNote {
  justification: Offsets
  until: number
  /** Whether only a member picked out of the group takes the note ("one miner"), not someone new ("a trader"). */
  drawnOnly: boolean
}

/**
 * Give a group's anonymity and reason to the unnamed sources of a sentence after its note; a named source,
 * or a spokesperson, means the article has moved on to other sources, which ends the note.
 *
 * @returns The note while it still holds, or null.
 */
function markMembers(entities: Array<Entity | null>, note: GroupNote): GroupNote | null {
  for (const entity of entities) {
    if (!entity) continue
    const drawn = entity.mentions.some((mention) => !mention.pronoun && drawnOpening.test(mention.text))
    if (note.drawnOnly && drawn && !entity.mentions.some((mention) => mention.name)) {
      entity.anonymityMarked = true
      entity.justification ??= note.justification
      continue
    }
    if (!mayBeMember(entity)) return null
    if (note.drawnOnly) continue
    entity.anonymityMarked = true
    entity.justification ??= note.justification
  }
  return note
}

/** Whether a frame's source is inside what another source of the sentence reports: "The officer said a sergeant had told ...". */
function reportedWithin(frame: Frame, frames: Frame[]): boolean {
  const at = frame.source ? frame.sentence.tokens[frame.source[0]]!.start : -1
  return frames.some((other) => other !== frame && other.content !== null && other.content.start <= at && at < other.content.end)
}

/** Whether a sentence opens with "Both" standing alone as its subject: "Both spoke on condition of anonymity". */
function pairOpening(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.word)
  return words[0]?.lower === 'both' && words[1] !== undefined && !words[1].capitalised && !personNouns.has(words[1].lower) && words[1].lower !== 'of'
}

/**
 * Words a subject may be made of that points back at people met before without naming them: "All",
 * "Most of them", "All three", "The two", "They", "Those interviewed", "None of those contacted".
 */
const pointingWords = /^(?:all|both|most|each|several|some|many|none|neither|few|of|them|those|they|the|two|three|four|five|six|seven|eight|nine|ten|\d+|interviewed|contacted|approached|quoted)$/

/**
 * Whether the words before a sentence's anonymity note are a subject that points back at a group of
 * people rather than describing any: "All asked not to be named", "None of them would give their names".
 * Not a subject with a noun of its own ("Some residents", "The two officials"), which the resolver finds
 * as a new or a known source, nor words after an opening quotation or clause.
 *
 * @param noteAt Offset of the note's marker.
 */
function groupOpening(tokens: Token[], noteAt: number): boolean {
  const before = tokens.filter((token) => token.start < noteAt && !blank.test(token.value))
  if (!before.every((token) => token.word)) return false
  const words = before.map((token) => token.lower)
  let end = 0
  while (end < words.length && pointingWords.test(words[end]!)) end++
  // Between the subject and the marker only its verb may stand ("asked", "would not give"), no noun of a source.
  const verb = words.slice(end)
  return end > 0 && !danglingWords.has(words[end - 1]!) && verb.length <= maxVerbWords && !verb.some((word) => speakerNoun(word) || speakerNoun(word.replace(pluralEnding, '')))
}

const blank = /^\s+$/
/** Most words of the verb before a marker: "asked", "would not", "had all". */
const maxVerbWords = 3

/** Words a pointing subject cannot end in: "The" or "Most of" alone is a misread subject. */
const danglingWords = new Set(['the', 'of'])

/** How many sentences after a group's anonymity note the people it introduces may still be its members. */
const groupReach = 3

/**
 * The unnamed people met in the last sentences that a pointing subject ("All", "Both", "They") means:
 * the latest source with a plural description and no name; null when there is none.
 */
function latestGroup(entities: readonly Entity[], since: number): Entity | null {
  let found: Entity | null = null
  for (const entity of entities) {
    if (entity.last < since || (found && found.last >= entity.last)) continue
    if (unnamedPlural(entity)) found = entity
  }
  return found
}

/** Whether a source is people described in the plural with no name: "two executives", "Several miners". */
function unnamedPlural(entity: Entity): boolean {
  return !entity.mentions.some((mention) => mention.name) && entity.mentions.some((mention) => mention.plural && !mention.pronoun)
}

/** A description that picks one out of people just met: "one drill operator", "Another", "a second nurse", "the second nurse", "the other officer". */
const drawnOpening = /^(?:one|another|(?:a|the) (?:second|third)|the other)\b/i

/** Whether a source may be one of a group just said to be unnamed: it has no name and speaks for no body. */
function mayBeMember(entity: Entity): boolean {
  const category = categoryOf(entity)
  return !entity.mentions.some((mention) => mention.name) && (category === 'unnamed' || category === 'group' || category === 'unknown') && !entity.mentions.some((mention) => mention.head !== null && spokesHead.test(mention.head))
}

/** Conjunctions that open a subordinate clause before the main one. */
const subordinators = new Set(['when', 'as', 'after', 'before', 'while', 'although', 'though', 'if', 'because', 'since', 'once', 'until'])
/** Longest subordinate clause before the main subject, in tokens. */
const maxClause = 30

/**
 * The subject of a sentence's main clause: "When the advisers met, Mr. Trump
 * was not satisfied", "As it turned out, Lind had spent years ...".
 */
function subjectAfterClause(tokens: Token[]): [number, number] | null {
  const first = tokens.find((token) => token.word)
  if (!first || !subordinators.has(first.lower)) return sentenceSubject(tokens)
  const comma = tokens.findIndex((token, index) => index <= maxClause && token.value === ',')
  if (comma < 0) return null
  const subject = sentenceSubject(tokens.slice(comma + 1))
  return subject ? [subject[0] + comma + 1, subject[1] + comma + 1] : null
}

/**
 * Where a name in apposition starts, after a description that opens the subject with a lowercase word after
 * its article: "The hospital's director, Dr. Ana Ruiz, disagreed". The name runs to the next comma.
 */
function nameInApposition(tokens: Token[], [start, end]: Range): number | null {
  if (!determiners.has(tokens[start]!.lower) || tokens[start + 1]?.capitalised !== false) return null
  const comma = tokens.findIndex((token, index) => index > start && index <= end && token.value === ',')
  const name = comma < 0 ? -1 : tokens.findIndex((token, index) => index > comma && token.word)
  if (name < 0 || !tokens[name]!.capitalised) return null
  const close = tokens.findIndex((token, index) => index > name && (token.value === ',' || (token.word && !token.capitalised)))
  return close >= 0 && tokens[close]!.value === ',' ? name : null
}

/** Words before a person a sentence introduces as its object: "spoke to one mother", "interviewed a nurse". */
const introducers = new Set(['to', 'with', 'met', 'interviewed', 'visited', 'contacted'])
const indefinites = new Set(['a', 'an', 'one'])
/** Most words between an indefinite article and its person noun ("one young single mother"). */
const maxModifiers = 3

/** An indefinite person a sentence introduces as its object ("spoke to one mother"), as a token range. */
function introducedPerson(tokens: Token[]): Range | null {
  for (let index = 1; index < tokens.length; index++) {
    if (!indefinites.has(tokens[index]!.lower) || !introducers.has(tokens[index - 1]!.lower)) continue
    for (let head = index + 1; head <= index + maxModifiers && tokens[head]?.word && !tokens[head]!.capitalised; head++) {
      if (personNouns.has(tokens[head]!.lower)) return [index, head + 1]
    }
  }
  return null
}

/**
 * Whether a source can be the speaker of its cue: in "the demands of both
 * sides reveal", "the minister's visit to Lima confirms", "the game signals" the verbs have
 * other meanings, with a thing as subject. Verbs that only report speech
 * ("said", "told") take any subject.
 */
function canSpeak(mention: Mention, entity: Entity | null, frame: Frame, text: string): boolean {
  const match = eventPhrase.exec(mention.text)
  const head = match?.[1] ?? match?.[2] ?? unknownThing(mention, entity)
  if (!head || speakerNoun(head)) return true
  return speechOnly.test(text.slice(frame.cue.start, frame.cue.end))
}

/** Whether a lowercase noun is one a list knows as a speaker: a person, body, group or document. */
function speakerNoun(noun: string): boolean {
  return mayBePerson(noun) || isHyphenatedTitle(noun) || [personNouns, personTitles, postNouns, roleWords, organizationNouns, documentNouns, groupNouns].some((words) => words.has(noun))
}

/**
 * The head of a description no list knows as a speaker, which the article
 * says nothing else about ("The game signals", "a deal announced"): a thing.
 * A lone word may be a handle ("nycsouthpaw noted"), a gendered noun is a
 * person ("his ex-wife"), and a description of a source named before is
 * that source ("the fund" after the full name of one). A phrase that does
 * not end in its noun, or holds a word no noun phrase before a verb holds
 * ("Reid frequently", "the families and", "the firm a decade ago"), is a
 * subject misread, whose cue may well report.
 */
function unknownThing(mention: Mention, entity: Entity | null): string | null {
  const head = mention.head
  if (mention.category !== 'unknown' || mention.gender || mention.words.length < 2 || head === null || mention.words.at(-1) !== head) return null
  if (mention.words.some((word) => notInSubject.has(word) || prepositions.has(word) || clauseVerbs.has(word) || adverbEnding.test(word) || misreadSubject.has(word))) return null
  return entity && categoryOf(entity) !== 'unknown' ? null : head
}

/**
 * Whether a cue stands between an anonymity marker and the reason found after it: "who spoke on condition
 * of anonymity, said the deal, given the pressure, would fail" gives no reason for the anonymity; the words
 * after the cue are what the source said. A cue that is the marker's own verb ("asking for anonymity") is not.
 */
function cueBetween(markerEnd: number, reason: number, frames: Frame[]): boolean {
  return frames.some((frame) => frame.cue.end > markerEnd && frame.cue.start < reason)
}

/**
 * A reason for anonymity cut at the cue it runs into: "who did not wish to
 * be named because of agency policy said in a statement that ..." gives its
 * reason up to "said".
 */
function beforeCue(reason: Offsets, frames: Frame[], text: string): Offsets {
  let end = reason.end
  for (const frame of frames) {
    if (frame.cue.start > reason.start && frame.cue.start < end) end = frame.cue.start
  }
  while (end > reason.start && trailingSpace.test(text[end - 1]!)) end--
  return end === reason.end ? reason : {start: reason.start, end}
}

function span(text: string, offsets: Offsets): Span {
  return {start: offsets.start, end: offsets.end, text: text.slice(offsets.start, offsets.end)}
}

/** A source as the whole article describes it. */
interface Described {
  type: SourceType
  specificity: number
  speaker: string | null
  role: SourceRole
  justification: Offsets | null
}

/** Whether a word, as a surname, is one the article gives a person or refers back to with a pronoun. */
function knownSurname(word: string, known: KnownNames): boolean {
  const surname = normaliseName(word)
  return known.persons.has(surname) || known.referred.has(surname)
}

/**
 * Whether what a possessive name owns is a thing ("Ruiz’s tactics"), with no
 * person, group or name who could be the next "he" or "they" ("Ruiz’s
 * lawyer", "Holt’s colleague Matt Lauer").
 */
function ownsThing(owned: Token[]): boolean {
  return owned.length > 0 && owned.every((token) => {
    if (!token.word) return true
    const lower = token.lower
    return !(token.capitalised || personNouns.has(lower) || personNouns.has(lower.replace(pluralEnding, '')) || groupNouns.has(lower) || organizationNouns.has(lower) || personTitles.has(lower) || roleWords.has(lower))
  })
}

/**
 * The noun a relative pronoun stands for: "customers who accused the
 * utility", "an officer who described the call", "the union, which has long
 * argued": that noun speaks, not the person or body last named. PolNeAR
 * keeps the pronoun itself as the source span.
 */
function antecedentOf(tokens: Token[], source: Range): Range | null {
  if (source[1] - source[0] !== 1) return null
  const relative = tokens[source[0]]!.lower
  if (relative !== 'who' && relative !== 'which') return null
  const comma = tokens[source[0] - 1]?.value === ','
  if (!comma && (relative !== 'who' || !tokens[source[0] - 1]?.word)) return null
  const phrase = comma ? nonRestrictiveAntecedent(tokens, source[0] - 1) : phraseBefore(tokens, source[0])
  if (!phrase) return null
  if (relative === 'who') {
    const named = appositiveName(tokens, phrase)
    if (named) return named
  }
  // "a ruling by Acme, which said": a thing's "which" stands for the object of the last preposition, and so does
  // a record's when it says; one that finds or warns is the record ("a survey by the institute, which found").
  if (relative === 'which') {
    for (let index = phrase[1] - 2; index >= phrase[0]; index--) {
      if (!prepositions.has(tokens[index]!.lower)) continue
      const record = recordBefore(tokens, index)
      if (record < 0 || sayVerbAfter(tokens, source[0])) return [index + 1, phrase[1]]
      let start = record
      while (start > phrase[0] && !determiners.has(tokens[start]!.lower) && !prepositions.has(tokens[start - 1]!.lower)) start--
      return [start, phrase[1]]
    }
  }
  // "cutting off a reporter who asked": the noun opens at its determiner, unless that
  // determiner follows a preposition ("a staffer at the State Department who told").
  for (let index = phrase[1] - 1; index > phrase[0]; index--) {
    if (determiners.has(tokens[index]!.lower) && !prepositions.has(tokens[index - 1]!.lower)) return [index, phrase[1]]
  }
  return phrase
}

/** Verbs by which a body, not its record, speaks after "which": "a complaint by Greenpeace, which said". */
const bodySpeech = new Set(['said', 'says', 'argued', 'argues', 'reported', 'reports', 'added', 'told', 'announced', 'denied'])

/** Whether "which" at `at` is followed, maybe after an auxiliary and an adverb, by a verb a body speaks with. */
function sayVerbAfter(tokens: Token[], at: number): boolean {
  for (let index = at + 1; index < tokens.length && index - at <= 3; index++) {
    if (bodySpeech.has(tokens[index]!.lower)) return true
    if (!tokens[index]!.word) return false
  }
  return false
}

/** Index of the record, maybe with its participle, before the preposition at `index` ("a survey by", "a memo seen by"), or -1. */
function recordBefore(tokens: Token[], index: number): number {
  const before = index > 0 && isParticiple(tokens[index - 1]!) ? index - 2 : index - 1
  return before >= 0 && isRecordNoun(tokens[before]!) ? before : -1
}

/** Articles that open a description set beside a name: "Ana Ruiz, a senator who said". */
const appositiveArticles = new Set(['a', 'an', 'the'])

/**
 * The name a "who" clause's noun describes: "Ana Ruiz, a senator who said",
 * "Tom Hale, the county's chief economist, who argued": the person named
 * speaks, not "senator". The name is the run of two or more capitalised
 * words that ends the phrase before the comma ("former Sen. Ana Ruiz"), not
 * one a preposition opens the sentence with ("In New York, a lawyer who said").
 */
function appositiveName(tokens: Token[], description: Range): Range | null {
  const comma = description[0] - 1
  if (tokens[comma]?.value !== ',' || !appositiveArticles.has(tokens[description[0]]!.lower)) return null
  const before = phraseBefore(tokens, comma)
  if (!before || before[1] !== comma) return null
  let start = comma
  while (start > before[0] && tokens[start - 1]!.capitalised) start--
  const opener = tokens[start - 1]
  if (comma - start < 2 || (opener && prepositions.has(opener.lower) && !tokens.slice(0, start - 1).some((token) => token.word))) return null
  return [start, comma]
}

/**
 * The phrase a "which" or "who" after a comma stands for: "The group, which
 * has long argued ...", "the union, who said": the phrase before the comma,
 * when it ends in a name or a noun for a speaker, not a clause's end
 * ("prices rose, which worried").
 */
function nonRestrictiveAntecedent(tokens: Token[], comma: number): Range | null {
  const phrase = phraseBefore(tokens, comma)
  if (!phrase || pronounAntecedent.test(tokens[phrase[0]]!.lower)) return null
  const head = tokens[phrase[1] - 1]!
  return head.capitalised || speakerNoun(head.lower) ? phrase : null
}

const pronounAntecedent = /^(it|this|that|which|who)$/

/**
 * The phrase a ", who" clause ending at offset `at` stands for: "two civil servants" in "confirmed by two
 * civil servants, who spoke on condition of anonymity"; null when no such clause runs up to `at`.
 */
function relativeBefore(tokens: Token[], at: number): Range | null {
  let who = -1
  for (let index = 1; index < tokens.length && tokens[index]!.start < at; index++) if (tokens[index]!.lower === 'who') who = index
  if (who < 1 || tokens[who - 1]!.value !== ',' || at - tokens[who]!.end > clauseReach) return null
  return nonRestrictiveAntecedent(tokens, who - 1)
}

/**
 * An outlet's refusal to name people, in the progressive of its policy ("is not naming", "aren't
 * identifying") or as what it agreed or chose ("agreed not to name").
 */
const refusalToName = /^(?:(?:is|are)(?: not|n['’]t) (?:naming|identifying)|(?:agreed|decided|chose|chosen|agreeing|deciding|choosing) not to (?:name|identify))$/i

/**
 * The object of an outlet's refusal to name: "The Courier is not naming the woman because ..." is about the
 * woman, not the outlet.
 *
 * @param tokens Tokens of the sentence holding the note.
 * @param marker Text of the note's marker.
 * @param markerEnd Offset of the marker's end.
 */
function refusedName(tokens: Token[], marker: string, markerEnd: number): Range | null {
  if (!refusalToName.test(marker)) return null
  const start = tokens.findIndex((token) => token.word && token.start >= markerEnd)
  return start < 0 ? null : phraseAfter(tokens, start)
}

/**
 * Whether the people an outlet will not name are a kind of its sources ("the monitors", "some sources in
 * this article"), not a counted or described few ("the two men arrested"), whose kind other sources share.
 */
function refusedKind(mention: Mention): boolean {
  if (!mention.plural || !mention.head) return false
  const head = mention.words.indexOf(mention.head)
  return !mention.words.some((word) => /^\d/.test(word) || numberWords.has(word)) && !mention.words.slice(head + 1).some((word) => word.endsWith('ed'))
}

/** Counts written as words, which pick out a few of a kind. */
const numberWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both'])

/** A source no entity stands for: an unresolved pronoun, or none at all. */
function describeMention(mention: Mention | null): Described {
  return {type: sourceTypeOf(null, mention), specificity: specificityOf(null), speaker: null, role: entityRole(null, mention), justification: null}
}

function toAttribution(frame: Frame, mention: Mention | null, described: Described, text: string, quotes: QuoteIndex): Attribution {
  const sourceType = frame.pattern === 'passive' ? 'anonymous' : described.type
  const anonymous = anonymousTypes.has(sourceType)
  const source = frame.source && frame.pattern !== 'continuation'
    ? {start: frame.sentence.tokens[frame.source[0]]!.start, end: frame.sentence.tokens[frame.source[1] - 1]!.end}
    : null
  const content = frame.content
  const quote: QuoteKind = !content ? 'indirect' : frame.quoted ? 'direct' : quotes.opensWithin(content.start, content.end) ? 'mixed' : 'indirect'
  const cueText = text.slice(frame.cue.start, frame.cue.end).toLowerCase()
  const hedges = frame.hedges.map((hedge) => span(text, hedge))
  if (allegationCue.test(cueText) && hedges.length === 0) hedges.push(span(text, frame.cue))
  const confidence = frame.pattern === 'continuation' || frame.pattern === 'participle'
    ? 'low'
    : mention?.pronoun || frame.pattern === 'passive'
      ? 'medium'
      : 'high'
  return {
    cue: span(text, frame.cue),
    source: source ? span(text, source) : null,
    content: content ? span(text, content) : null,
    quote,
    sourceType,
    anonymous,
    justification: anonymous && described.justification ? span(text, described.justification) : null,
    specificity: anonymous ? described.specificity : null,
    hedged: hedges.length > 0,
    hedges,
    speaker: described.speaker ?? (mention && !mention.pronoun ? mention.text : null),
    role: described.role,
    confidence
  }
}

/** Hedge adverbs outside quotations and the cues of agentless passives, in text order. */
function agentlessHedges(text: string, framed: Frame[][], quotes: QuoteIndex): Offsets[] {
  const hedges: Offsets[] = []
  const passiveCues = new Set<number>()
  for (const frames of framed) {
    for (const frame of frames) {
      if (frame.pattern !== 'passive') continue
      hedges.push(frame.cue)
      passiveCues.add(frame.cue.start)
    }
  }
  for (const match of text.matchAll(hedgeAdverbPattern)) {
    if (!quotes.covering(match.index) && !passiveCues.has(match.index)) hedges.push({start: match.index, end: match.index + match[0].length})
  }
  return hedges.sort((a, b) => a.start - b.start)
}

/**
 * Body sentences with a checkable claim and no attribution in the same or the
 * previous sentence, outside quotations.
 */
function claimsOf(sentences: Sentence[], framed: Frame[][], quotes: QuoteIndex, text: string): Claim[] {
  const claims: Claim[] = []
  for (const [index, sentence] of sentences.entries()) {
    if (framed[index]!.length > 0 || (index > 0 && framed[index - 1]!.length > 0)) continue
    if (quotes.covering(sentence.tokens[0]!.start) || quotes.opensWithin(sentence.start, sentence.end)) continue
    if (isCheckableClaim(sentence, text)) claims.push(span(text, {start: sentence.start, end: sentence.end}))
  }
  return claims
}

/**
 * A relative's description given the name the article puts beside it: "His son, Grant, defended ..., saying"
 * read as far as "His son", or a later "his brother added" after "his brother Tom", is that named person, whom
 * a later pronoun or surname also means. The latest relative of that kin named up to the description's end,
 * whose owner, when both name one, is the same ("Smith's son" is not "Jones's son").
 */
function withRelativesName(mention: Mention, known: KnownNames): Mention {
  if (mention.name || mention.pronoun || mention.plural || !mention.head || !kinNouns.has(mention.head) || known.relatives.length === 0) return mention
  const owner = mention.definite && mention.words[0] !== 'the' ? ownerName(mention.text.split(' ')[0]!) : null
  let found: NamedRelative | undefined
  for (const relative of known.relatives) {
    if (relative.at >= mention.end) break
    if (relative.kin === mention.head && (!owner || !relative.owner || owner === relative.owner)) found = relative
  }
  return found ? {...mention, name: found.name, category: 'person'} : mention
}
