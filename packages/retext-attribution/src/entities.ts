import type {SourceType} from '@sourcing/schema'
import type {Offsets} from './frames.js'
import {normaliseName, roleOf, surnameOf, type Mention} from './mentions.js'
import {demonyms, places} from './demonyms.js'
import {spaced} from './tokens.js'
import {personNouns, personTitles, postNouns} from './words.js'

/** A plural's ending: "-es" only after a hissing sound ("witnesses", "churches"), so that "judges" is "judge" and "nurses" "nurse". */
const pluralEnding = /(?<=(?:ss|sh|ch|x|z))es$|(?<!s)s$/
const article = /^(the|a|an)\s+/i

/** One source as the article describes it across all its mentions. */
export interface Entity {
  mentions: Mention[]
  /** Offset of the latest mention, for recency when resolving pronouns. */
  last: number
  /** Anonymity said in so many words somewhere in the article. */
  anonymityMarked: boolean
  /** Whether that note withholds part of the name ("asked that only his first name be used"). */
  partNameWithheld: boolean
  justification: Offsets | null
  knowledge: boolean
  /** The unnamed people it is one of ("One of them"), whose anonymity and reason it shares. */
  group: Entity | null
}

/**
 * Resolve mentions to the sources they name: pronouns to the latest fitting
 * source, surnames and spelling variants to the full name, definite
 * descriptions ("the officials") to the latest source with that head.
 */
export class EntityResolver {
  readonly entities: Entity[] = []
  /** The whole text, for what follows a mention. */
  private readonly text: string
  /** Normalised surnames of the named mentions, with their entities, in the order met. */
  private readonly names: Array<[key: string, entity: Entity]> = []
  /** Entities by the offsets of a phrase read as their mention, for a phrase that is the subject of several cues. */
  private readonly phrases = new Map<string, Entity>()
  /** Offsets where the sentence before the current one, and the current one, start. */
  private previousSentence = 0
  private currentSentence = 0

  /** @param text The whole text the mentions are read from. */
  constructor(text: string) {
    this.text = text
  }

  /** Note that the mentions after this come from the sentence starting at `start`. */
  enterSentence(start: number): void {
    this.previousSentence = this.currentSentence
    this.currentSentence = start
  }

  /**
   * Find or create the entity a mention refers to.
   *
   * @param mention The mention, read on its own.
   * @param create Whether an unresolved mention starts a new entity.
   * @param latest Whether the mention makes its entity the one pronouns after it refer to.
   * @returns The entity, or null for an unresolved pronoun when `create` is false.
   */
  resolve(mention: Mention, create = true, latest = true): Entity | null {
    // "A senior official ... said ... but acknowledged": the phrase read again for the second cue is the same source.
    const found = this.phrases.get(phraseKey(mention)) ?? this.find(mention)
    if (found) {
      found.mentions.push(mention)
      if (latest) found.last = Math.max(found.last, mention.start)
      this.addName(mention, found)
      this.phrases.set(phraseKey(mention), found)
      return found
    }
    if (!create || mention.pronoun) return null
    const entity: Entity = {mentions: [mention], last: latest ? mention.start : 0, anonymityMarked: false, partNameWithheld: false, justification: null, knowledge: false, group: this.drawnFrom(mention)}
    this.entities.push(entity)
    this.addName(mention, entity)
    this.phrases.set(phraseKey(mention), entity)
    return entity
  }

  /**
   * Note a person a sentence is about, for pronouns to refer back to: one
   * already a source, or a name the article refers to by "he" or "she". A
   * name read as a person in passing does not turn a body into one.
   */
  notice(mention: Mention): void {
    if (!mention.name || mention.category !== 'person') return
    const found = this.find(mention)
    // Only the time of a known source's latest mention changes: how the sentence
    // names it ("But Okafor", "One Acme") says nothing new about it.
    if (found) {
      if (categoryOf(found) === 'person') found.last = Math.max(found.last, mention.start)
    } else if (mention.gender) this.resolve(mention)
  }

  /**
   * The unnamed source a new one is drawn from, when that source spoke on
   * condition of anonymity: "One of them said", "one of the officials",
   * "Another said", "Another diplomat", "A second delegate", "The other
   * officer", a bare "One said" take the anonymity, and the reason,
   * of the people the article met before them, whenever the article gives it.
   */
  private drawnFrom(mention: Mention): Entity | null {
    const drawn = drawnPhrase.test(mention.text)
    if (!drawn && !mention.definite) return null
    const noun = drawn ? drawnNoun(mention.text) : null
    const before = this.entities.filter((entity) => entity.last <= mention.start && !isNamed(entity)).sort((a, b) => b.last - a.last)
    // "A second delegate" after "one of the delegates" is drawn from the same people as that one.
    if (noun) return before.find((entity) => entity.mentions.some((other) => [other.head, drawnNoun(other.text)].some((head) => head && lemmaOf(head) === lemmaOf(noun)))) ?? this.memberOfLatestGroup(before, mention)
    if (!drawn) return this.memberOfLatestGroup(before, mention)
    // "“…,” one user tweeted. Another posted ...": a bare "Another" after someone who did not withhold
    // a name is another of their kind, not anyone withheld before them.
    if (anotherAlone.test(mention.text) && before[0] && mayBePeople(before[0]) && !withheld(before[0])) return null
    // "Two officials familiar with the talks said ... One of them said": insiders are withheld people too.
    return before.slice(0, nearbySources).find((entity) => withheld(entity) || describedAsInsiders(entity)) ?? null
  }

  /**
   * The unnamed people, just met and anonymous, that a new person is one of though named by another noun:
   * "Several emergency staff, who asked not to be named, ... 'We had patients on the floor,' the nurse said",
   * "Four crew members, who requested anonymity, ... one flight attendant said". A definite description or
   * "one" with no source of its own noun before it picks out one of them; a title ("the minister", "the
   * officer") is a post someone holds apart from them, and an indefinite "a farmer" is someone new.
   */
  private memberOfLatestGroup(before: Entity[], mention: Mention): Entity | null {
    const latest = before[0]
    // "one flight attendant": "one" says it is a person whatever the noun.
    const person = mention.category === 'unnamed' || (mention.category === 'unknown' && oneOf.test(mention.text))
    if (!latest || mention.plural || !person || !mention.head || personTitles.has(mention.head)) return null
    if (latest.last < this.previousSentence || !pluralOf(latest) || categoryOf(latest) !== 'group' || !withheld(latest)) return null
    return latest
  }

  /**
   * The two sources "Both" opening a sentence means ("Both spoke on condition
   * of anonymity"): the latest two met before `at`, when neither is named nor
   * more than one person; otherwise none, rather than a guess.
   */
  latestPair(at: number): Entity[] {
    const latest = this.entities.filter((entity) => entity.last < at).sort((a, b) => b.last - a.last).slice(0, 2)
    return latest.length === 2 && latest.every(unnamedOne) ? latest : []
  }

  /**
   * The unnamed person a definite description with a new noun renames: "One said ... the official said" gives
   * the bare "One" its noun, and "said the man" or "the woman added" is the one unnamed person just met
   * whose gender it fits. Only the latest source, met in this sentence or the one before, so that a new
   * noun after other sources starts a new one.
   */
  private renamed(before: Entity[], mention: Mention): Entity | undefined {
    const latest = before[0]
    if (!latest || mention.plural || mention.category !== 'unnamed' || latest.last < this.previousSentence || isNamed(latest) || pluralOf(latest) || !fitsGender(latest, mention)) return undefined
    const category = categoryOf(latest)
    if (category !== 'unnamed' && category !== 'unknown') return undefined
    const headless = latest.mentions.every((other) => other.pronoun !== null || (drawnPhrase.test(other.text) && drawnNoun(other.text) === null))
    return headless || genericPersons.has(mention.head!) ? latest : undefined
  }

  private addName(mention: Mention, entity: Entity): void {
    if (mention.name) this.names.push([surnameOf(mention.name), entity])
  }

  /**
   * The person a lone first name refers back to: "Agus Priyanto, the agency's
   * director, said ... “…,” Agus said", as news writing refers to people who go
   * by their given name; only a person's, never a body's ("Acme Cloud ... Acme") nor a place's ("Jordan").
   */
  private givenNameOf(mention: Mention): Entity | undefined {
    const name = mention.name!
    if (name.includes(' ') || places.has(name)) return undefined
    const given = normaliseName(name)
    const people = this.entities.filter((entity) => categoryOf(entity) === 'person' && entity.mentions.some((other) => other.name?.includes(' ') === true && normaliseName(other.name.slice(0, other.name.indexOf(' '))) === given))
    // "Ana Ruiz ... Ana Lopez ... Ana said": two people of that first name leave it unresolved.
    return people.length === 1 ? people[0] : undefined
  }

  /**
   * The person a lone paternal surname refers back to: "Dr. Ramón Echenique Bello ... Echenique said", as
   * Spanish and Portuguese names carry the father's surname before the mother's, and news writing uses the
   * first alone. Only the word before the last of a name of three words or more, and only one person's.
   */
  private paternalNameOf(mention: Mention): Entity | undefined {
    const name = mention.name!
    // "Grace, whose surname is withheld", "Ali, a 12-year-old boy": a name set off for a description of its
    // own introduces someone new.
    if (name.includes(' ') || mention.text.includes(',') || introducedAfter.test(this.text.slice(mention.end, mention.end + 2))) return undefined
    const paternal = normaliseName(name)
    const people = this.entities.filter((entity) => categoryOf(entity) === 'person' && entity.mentions.some((other) => {
      const words = other.name?.split(' ') ?? []
      return words.length >= 3 && normaliseName(words.at(-2)!) === paternal
    }))
    return people.length === 1 ? people[0] : undefined
  }

  private find(mention: Mention): Entity | undefined {
    if (mention.name) {
      const key = surnameOf(mention.name)
      return this.names.find(([other]) => sameName(key, other))?.[1] ?? this.givenNameOf(mention) ?? this.paternalNameOf(mention)
    }
    const before = this.entities.filter((entity) => entity.last <= mention.start).sort((a, b) => b.last - a.last)
    // "I asked" is the writer, or a speaker quoted, never the last body or group the story named.
    if (mention.pronoun === 'i' || mention.pronoun === 'you') return undefined
    if (mention.pronoun) {
      const personal = mention.pronoun === 'he' || mention.pronoun === 'she' || mention.pronoun === 'who'
      return before.find((entity) => {
        const category = categoryOf(entity)
        if (personal) return (category === 'person' || category === 'unnamed' || (entity === before[0] && describedAsPerson(entity))) && !pluralOf(entity) && fitsGender(entity, mention)
        if (mention.pronoun === 'it' || mention.pronoun === 'which') return category === 'organization' || category === 'document'
        // A spokesperson is "they" only in the next sentence, with no other source since.
        return pluralOf(entity) || category === 'organization' || category === 'group' || (entity === before[0] && entity.last >= this.previousSentence && speaksForBody(entity))
      })
    }
    if (!mention.head) return undefined
    const lemma = lemmaOf(mention.head)
    const compatible = (entity: Entity): boolean =>
      // "the letter" is no person who signed one ("Ana Ruiz, a signatory to the letter"), nor "the union" one who leads it.
      entity.mentions.some((other) => (other.head !== null && lemmaOf(other.head) === lemma && other.plural === mention.plural) || (!mention.plural && oneDrawn(other, lemma)) || (other.name !== null && mention.category !== 'document' && other.words.includes(mention.head!) && !bodyOfPerson(mention, entity))) &&
      mention.affiliations.every((word) => entity.mentions.some((other) => other.affiliations.includes(word)) || entity.mentions.every((other) => other.affiliations.length === 0))
    if (otherOne.test(mention.text)) return undefined
    if (mention.definite || (mention.plural && wholeGroup.test(mention.text))) return before.find(compatible) ?? this.renamed(before, mention)
    if (mention.plural && mention.head !== null) {
      return before.find((entity) => entity.mentions.some((other) => other.text.toLowerCase() === mention.text.toLowerCase()))
    }
    return undefined
  }
}

/**
 * Whether a source the lists do not take for a person is described as one:
 * with an age ("… said a 34-year-old steel fixer. He asked not to be named"),
 * a "who" clause ("A mortgage broker in the city who arranged the loans …
 * He said") or a request not to be named. "He" or "she" after it, with no
 * other source between, is that person, not a name met before.
 */
function describedAsPerson(entity: Entity): boolean {
  const category = categoryOf(entity)
  // A firm may be old or unnamed too ("The 150-year-old company"): only a noun the lists do not know, or one
  // that is a person as often as a firm ("broker"), may be someone.
  const ambiguous = category === 'organization' && entity.mentions.some((mention) => mention.head !== null && personNouns.has(mention.head))
  if ((category !== 'unknown' && !ambiguous) || isNamed(entity)) return false
  return entity.anonymityMarked || entity.mentions.some((mention) => !mention.pronoun && personDescription.test(mention.text))
}

/** An age or a "who" clause on the head of a phrase: "a 34-year-old steel fixer", "a broker who". */
const personDescription = /\b\d{1,3}-year-old\b|^[^,]*?\p{Ll} who\b/u

/** Where a mention's phrase starts and ends, as a key. */
function phraseKey(mention: Mention): string {
  return `${mention.start}:${mention.end}`
}

/**
 * A source phrase that picks one out of people named before: "One of them",
 * "one of the officials", "Another", "Another diplomat, from ...", "One resident"; the noun, when
 * there is one, is the group's.
 */
const drawnPhrase = /^(?:(?:one|two|some|each|either|neither|both) of (?:them|whom|those|these|the (?:\w+['’]s )?(\w+))|(?:another|the other|(?:a|the) (?:second|third|fourth)|one)(?: (\w+))?)\b/i

/** The people's noun in a phrase that picks one out of them: "delegates" in "one of the delegates", "delegate" in "A second delegate". */
function drawnNoun(phrase: string): string | null {
  const drawn = drawnPhrase.exec(phrase)
  return (drawn?.[1] ?? drawn?.[2])?.toLowerCase() ?? null
}

/** Phrases that pick out one person from people: "One of the reviewers", "Another reviewer", "A second delegate". */
const singleDrawn = /^(?:one of|another|(?:a|the) (?:second|third|fourth))\b/i

/** Whether a mention picks one person out of people with the noun's lemma, whom "the reviewer" then means. */
function oneDrawn(mention: Mention, lemma: string): boolean {
  const noun = singleDrawn.test(mention.text) ? drawnNoun(mention.text) : null
  return noun !== null && lemmaOf(noun) === lemma
}

/** Nouns that say only that a source is a person, which may rename any unnamed one: "said the woman". */
const genericPersons = new Set(['man', 'woman', 'person'])

/** Whether a mention names a body and the entity is a person, who may lead it but is not it ("the judges' union"). */
function bodyOfPerson(mention: Mention, entity: Entity): boolean {
  return mention.category === 'organization' && categoryOf(entity) === 'person'
}

/** Whether an unnamed source may be people a bare "Another" is one more of: not a body or a text ("The company said"). */
function mayBePeople(entity: Entity): boolean {
  const category = categoryOf(entity)
  return category === 'unnamed' || category === 'group'
}

/** "Another" with no noun of its own. */
const anotherAlone = /^another$/i

/** A phrase counting one person: "one flight attendant". */
const oneOf = /^one\s/i

/** "The other officer", "the other": someone besides the one just mentioned, never that one again. */
const otherOne = /^the other\b/i

/** Words that refer back to every member of a group met before: "Both people", "All three officials". */
const wholeGroup = /^(?:both|all)\b/i

/** How many of the latest unnamed sources "One of them" or "Another" may be drawn from. */
const nearbySources = 3

/** Whether the entity is one person the article does not name: "a banker", or one picked out of people ("Another"). */
function unnamedOne(entity: Entity): boolean {
  return !isNamed(entity) && (categoryOf(entity) === 'unnamed' || entity.mentions.some((mention) => drawnPhrase.test(mention.text)))
}

/**
 * The wire's phrases for an insider it does not name ("an official familiar
 * with the talks", "a banker with knowledge of the bid"), which mark the
 * source as anonymous as "people familiar with the matter" do. Taking part
 * is one only for an official ("an official involved in drafting the
 * rules") or in what happens behind closed doors ("an engineer involved in
 * the negotiations"); not for a witness or a participant ("a driver involved
 * in the crash", "a researcher involved in the study") nor an outsider ("a
 * lawyer not involved in the case").
 */
function insiderDescription(mention: Mention): boolean {
  if (insiderFormula.test(mention.text)) return true
  if (!takingPart.test(mention.text) || notTakingPart.test(mention.text) || eventTakenPartIn.test(mention.text)) return false
  return insiderNouns.has(mention.head ?? '') || closedDoors.test(mention.text)
}

const insiderFormula = /\b(familiar with|knowledge of|briefed on|privy to|close to)\b/i
const takingPart = /\binvolved in\b/i
const notTakingPart = /\bnot (?:\w+ly )?involved in\b/i
/** Nouns for officials and staff, whom taking part in their body's work makes insiders. */
const insiderNouns = new Set(['official', 'officials', 'diplomat', 'diplomats', 'negotiator', 'negotiators', 'aide', 'aides', 'staffer', 'staffers', 'servant', 'servants', 'insider', 'insiders', 'employee', 'employees', 'executive', 'executives', 'adviser', 'advisers', 'advisor', 'advisors'])
/** What a witness or a participant is involved in: "involved in the crash", "involved in the rescue". */
const eventTakenPartIn = /\binvolved in (?:the |a |an )?(?:[\w-]+ )?(?:crash|accident|collision|rescue|attack|incident|shooting|fight|clash|brawl|protest|race|match|game|study|trial|research)\b/i
/** What is done behind closed doors: "involved in the talks", "involved in drafting the bill". */
const closedDoors = /\binvolved in (?:the )?(?:[\w-]+ )?(?:talks|negotiations|discussions|deliberations|planning|preparations|drafting|preparing|negotiating)\b/i

/** Whether the article names the entity, so that it is no one's unnamed source. */
function isNamed(entity: Entity): boolean {
  return entity.mentions.some((mention) => mention.name !== null)
}

/** Whether the article withholds the source's name: said so, or described it as people in the know. */
export function withheld(entity: Entity): boolean {
  return entity.anonymityMarked || knowingPeople(entity) || (entity.group !== null && withheld(entity.group))
}

/**
 * Whether the article describes the source by the wire's phrases for insiders ("Two officials familiar with
 * the talks"); not people who live near something ("Residents living close to the plant").
 */
export function describedAsInsiders(entity: Entity): boolean {
  return entity.mentions.some((mention) => !mention.pronoun && insiderDescription(mention) && !livingNear.test(mention.text))
}

const livingNear = /\b(?:living|live|lives|lived|residing|based|located|situated) close to\b/i

/**
 * Whether every description of a source is a kind of person counted or picked out ("A ship broker in
 * Houston", "one farmer near Lyon", "the broker"), so that a name in it is a place or an employer, not the
 * source's own: such a source, marked as withheld, is anonymous whatever the name reads as. A name set off
 * by a comma at the end is the source's own ("A shopkeeper, who gave only his first name, Adam").
 */
function unnamedDescription(entity: Entity): boolean {
  const described = entity.mentions.filter((mention) => !mention.pronoun)
  return described.length > 0 && counting.test(described[0]!.words[0] ?? '') && described.every((mention) => mention.head !== null && (mention.name === null || !ownName(mention)))
}

/** Whether a mention's name is the source's own: it opens the mention, or closes it set off by a comma. */
function ownName(mention: Mention): boolean {
  const name = mention.name!
  return mention.text.startsWith(name) || (mention.text.endsWith(name) && mention.text.at(-name.length - 2) === ',')
}

/**
 * Whether people the article does not name are anonymous sources rather than an unnamed group: "people
 * familiar with the matter", or people it counts or picks out and says it does not name whom nothing
 * describes but being people ("Two people, who asked not to be named, said", "Two men", "Two insiders").
 * A group described by what its members do stays one, with or without such a note ("Two senior bankers,
 * who asked not to be named because ...": the development sets mark 34 such groups an unnamed group and
 * 12 anonymous), as do plural officials and a bare lead ("aid workers said") that only takes a later
 * group's note.
 */
function anonymousPeople(entity: Entity): boolean {
  if (knowingPeople(entity)) return true
  return withheld(entity) && entity.mentions.some((mention) => !mention.pronoun && !bareKind(mention) && mention.head !== null && faceless.has(lemmaOf(mention.head)))
}

/** Nouns that say nothing of who people are. */
const faceless = new Set(['person', 'source', 'individual', 'man', 'men', 'woman', 'women', 'insider'])

/** The reason the article gives for withholding the source's name, or its group's. */
export function justificationOf(entity: Entity): Offsets | null {
  return entity.justification ?? (entity.group && justificationOf(entity.group))
}

/**
 * Whether the source is "people familiar with the matter", "a person briefed
 * on the review": people whom only their knowledge describes, which news
 * writing uses for sources it does not name.
 */
function knowingPeople(entity: Entity): boolean {
  return entity.mentions.some((mention) => mention.head !== null && lemmaOf(mention.head) === 'person' && (mention.knowledge || entity.knowledge))
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length < 4 || b.length < 4) return false
  return a.startsWith(b) || b.startsWith(a)
}

/** Words that count or pick out some of a kind, which a bare lead mention ("aid workers said") has none of. */
const counting = /^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|many|most|few|other|others|both|all|more|another|each)$/

/**
 * Whether a mention is a kind of people named bare, as a lead names them before the story introduces them:
 * "aid workers said", "officials said", "according to employees"; not "the officials", "two aid workers".
 */
function bareKind(mention: Mention): boolean {
  return mention.plural && !mention.definite && !mention.pronoun && !mention.name && mention.head !== null && !counting.test(mention.words[0] ?? '')
}

/**
 * Carry a group's anonymity and reason back to the bare lead that named the same people before the story
 * introduced them in full: "Convoys are blocked, aid workers said. ... Two aid workers, who spoke on condition
 * of anonymity because ..., said". The lead has the words of the later description, and nothing of its own
 * says it is anyone else.
 *
 * @param entities The article's sources, in the order met.
 */
export function carryAnonymityToLeads(entities: readonly Entity[]): void {
  for (const [index, introduced] of entities.entries()) {
    if (!introduced.anonymityMarked || !introduced.justification) continue
    const full = introduced.mentions.find((mention) => mention.plural && !mention.pronoun && mention.head !== null)
    if (!full) continue
    for (const lead of entities.slice(0, index)) {
      if (lead.anonymityMarked || justificationOf(lead) || lead.mentions[0]!.start >= full.start) continue
      const named = lead.mentions.filter((mention) => !mention.pronoun)
      if (named.length > 0 && named.every((mention) => bareKind(mention) && lemmaOf(mention.head!) === lemmaOf(full.head!) && mention.words.every((word) => full.words.includes(word)))) {
        lead.anonymityMarked = true
        lead.justification = introduced.justification
      }
    }
  }
}

/** Heads of sources unnamed by the outlet's convention, not for their protection: a spokesperson speaks for a body. */
export const spokesHead = /^spokes/

/**
 * Whether a statement of anonymity about everyone quoted, or a kind of them ("The soldiers interviewed for
 * this story are identified by first name only for security reasons"), covers an unnamed source: one that
 * has a description of one of its kinds ("Another soldier", "two soldiers"), any unnamed source but a
 * spokesperson when it names no kind (everyone).
 *
 * @param entity A source whose type is unnamed or anonymous.
 * @param kinds The plural nouns of the statement's subject, none for everyone quoted.
 */
export function coveredByBlanket(entity: Entity, kinds: readonly string[]): boolean {
  const heads = entity.mentions.flatMap((mention) => (mention.head && !mention.pronoun ? [lemmaOf(partitiveOf(mention) ?? mention.head)] : []))
  if (kinds.length === 0) return !heads.some((head) => spokesHead.test(head))
  return kinds.some((kind) => heads.includes(lemmaOf(kind)))
}

/** A comma right after a name, which sets off a description of it. */
const introducedAfter = /^\s?,/

/** Quantities taken of a group: "One of its monitors", "two of the workers". */
const partitiveOpening = /^(?:one|two|three|four|five|several|some|many|most|each|another|both|none) of /i

/** The noun of the group a partitive mention picks out of ("monitors" of "One of its monitors"), or null. */
function partitiveOf(mention: Mention): string | null {
  return partitiveOpening.test(mention.text) ? mention.words.at(-1)! : null
}

function lemmaOf(noun: string): string {
  if (noun === 'people') return 'person'
  return noun.replace(pluralEnding, '')
}

/**
 * Whether the pronoun fits what the article says of the entity: "she" is not
 * "Mr. Okafor", nor a source the article has already called "he".
 */
function fitsGender(entity: Entity, pronoun: Mention): boolean {
  if (!pronoun.gender) return true
  const named = entity.mentions.find((mention) => !mention.pronoun && mention.gender)
  const gender = named?.gender ?? entity.mentions.find((mention) => mention.gender)?.gender
  return !gender || gender === pronoun.gender
}

/** Descriptions of one person with no gender, whom news writing may refer back to as "they". */
const neutralSpokespeople = new Set(['spokesperson', 'representative', 'rep'])

/**
 * Whether the entity is a spokesperson the article never genders ("A
 * spokesperson for Acme said ... They added"), whom "they" may mean.
 */
function speaksForBody(entity: Entity): boolean {
  return !entity.mentions.some((mention) => mention.gender) && entity.mentions.some((mention) => !mention.pronoun && mention.words.some((word) => neutralSpokespeople.has(word)))
}

function pluralOf(entity: Entity): boolean {
  return entity.mentions.some((mention) => !mention.pronoun && mention.plural)
}

/** Whether a mention names a body the source belongs to; a nation or a place is no body ("an Israeli official"). */
function bodyAffiliation(mention: Mention): boolean {
  return mention.affiliations.some((word) => !demonyms.has(word) && !places.has(word))
}

/** The strongest category any mention of the entity shows. */
export function categoryOf(entity: Entity): Mention['category'] {
  const categories = new Set(entity.mentions.filter((mention) => !mention.pronoun).map((mention) => mention.category))
  // "A group of nurses said ... The group added": a body no one names is the people it was said to be.
  if (categories.has('group') && categories.has('organization') && !categories.has('person') && !entity.mentions.some((mention) => mention.name)) return 'group'
  for (const category of ['person', 'organization', 'document', 'group', 'unnamed'] as const) {
    if (categories.has(category)) return category
  }
  return entity.mentions[0]?.category ?? 'unknown'
}

/**
 * The source type of an entity in the benchmark's six categories, decided by
 * how the article describes it as a whole.
 */
export function sourceTypeOf(entity: Entity | null, mention: Mention | null): SourceType {
  if (!entity) {
    if (!mention) return 'anonymous'
    if (mention.pronoun === 'they') return 'unnamed-group'
    if (mention.pronoun === 'it' || mention.pronoun === 'which') return 'named-organization'
    return 'named-person'
  }
  if (withheld(entity) && unnamedDescription(entity) && !pluralOf(entity)) return 'anonymous'
  const category = categoryOf(entity)
  switch (category) {
    case 'person':
      return partlyNamed(entity) ? 'anonymous' : 'named-person'
    case 'organization':
      return 'named-organization'
    case 'document':
      return 'document'
    case 'group':
      return anonymousPeople(entity) ? 'anonymous' : 'unnamed-group'
    default: {
      const anonymous = withheld(entity) || entity.mentions.some((other) => other.anonymous || other.head === 'source' || insiderDescription(other))
      return anonymous ? 'anonymous' : 'unnamed-person'
    }
  }
}

/**
 * Whether a person is named by one name only because the article withholds the rest, for a reason it gives:
 * "Ahmed, a student who asked that only his first name be used for fear of reprisals". Annotators of the
 * development sets mark such a source anonymous (9 of 11 times), but a name given without a reason a
 * named person, and so is one with a title ("Mr. Okafor"), or one whose note withholds something else
 * ("asked that his village not be named").
 */
function partlyNamed(entity: Entity): boolean {
  return entity.partNameWithheld && entity.justification !== null && entity.mentions.every((mention) => mention.name === null || (!mention.name.includes(' ') && mention.text.startsWith(mention.name)))
}

/**
 * Specificity 0-3 of an unnamed source over all its mentions: 1 for an
 * affiliation or a role, 2 for both, 3 when the article also says why the
 * source is in a position to know. One drawn from a group ("One of them",
 * "Another") is described at least as the group is.
 */
export function specificityOf(entity: Entity | null): number {
  if (!entity) return 0
  const own = describedSpecificity(entity)
  // "Another diplomat" after "A French diplomat" is someone else, described only by itself; "A second
  // delegate" after "one of the delegates" is one more of the same people.
  return entity.group && (pluralOf(entity.group) || entity.group.group) ? Math.max(own, specificityOf(entity.group)) : own
}

/**
 * Specificity from the entity's own mentions. Knowledge alone, with no
 * affiliation or role, counts as one ("familiar with the matter") or as both
 * when it says what the source knows ("briefed on the review"); a group of
 * people is described by what they are ("residents", "Some owners") even
 * with nothing else, unless they are only "sources".
 */
function describedSpecificity(entity: Entity): number {
  const affiliation = entity.mentions.some((mention) => mention.affiliations.length > 0)
  const role = entity.mentions.some((mention) => mention.roles.length > 0 || holdsPost(mention))
  const knowledge = entity.knowledge || entity.mentions.some((mention) => mention.knowledge)
  if (knowledge) return affiliation || role ? 3 : formulaicOnly(entity) ? 1 : 2
  const level = affiliation && role ? 2 : affiliation || role ? 1 : 0
  return categoryOf(entity) === 'group' && !bareSources(entity) ? Math.max(level, 1) : level
}

/** Nouns that say nothing of who the people are: "Sources said", "People say". */
const bareHeads = new Set(['source', 'sources', 'person', 'people'])

/** Whether the article calls the group only "sources" or "people". */
function bareSources(entity: Entity): boolean {
  return entity.mentions.every((mention) => mention.pronoun !== null || (mention.head !== null && bareHeads.has(mention.head)))
}

/** Whether all the entity's mentions say of its knowledge is the wire formula ("familiar with the matter"). */
function formulaicOnly(entity: Entity): boolean {
  const knowing = entity.mentions.filter((mention) => mention.knowledge)
  return knowing.length > 0 && knowing.every((mention) => mention.formulaicKnowledge)
}

/**
 * Whether a mention holds a post in a body it names ("an ECP official",
 * "a council member", "Tory MPs"): the body says where the source works and
 * the post what it does.
 */
function holdsPost(mention: Mention): boolean {
  return mention.head !== null && postNouns.has(mention.head) && bodyAffiliation(mention)
}

/** The fullest way the article names or describes the entity. */
export function speakerOf(entity: Entity | null): string | null {
  if (!entity) return null
  const named = entity.mentions.filter((mention) => mention.name).sort((a, b) => b.name!.length - a.name!.length)[0]
  if (named) return named.name
  const described = entity.mentions.filter((mention) => !mention.pronoun).sort((a, b) => b.text.length - a.text.length)[0]
  return described ? described.text.replace(article, '') : null
}

/** Stakeholder role from every mention of the entity. */
export function entityRole(entity: Entity | null, mention: Mention | null): ReturnType<typeof roleOf> {
  const mentions = entity ? entity.mentions : mention ? [mention] : []
  return roleOf(spaced(mentions, (other) => spaced(other.words, (word) => word)))
}
