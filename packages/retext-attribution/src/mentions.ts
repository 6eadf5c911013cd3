import type {SourceRole} from '@sourcing/schema'
import {coreCues} from './cue-lexicon.js'
import {countryCodes, demonyms, places} from './demonyms.js'
import {givesOwnName, inNumber, isCompoundAdjective, isParticiple, kindOfBody, looksLikeVerb} from './phrases.js'
import {spaced, type Token} from './tokens.js'
import {
  anonymityPattern,
  anonymityWords,
  determiners,
  documentNouns,
  evidenceNouns,
  groupNouns,
  formulaicKnowledgePattern,
  knowledgeOpeners,
  knowledgePattern,
  organizationNouns,
  personNouns,
  personPronouns,
  quantifierPronouns,
  notInSubject,
  personTitles,
  kinNouns,
  weekdaysAndMonths,
  postNouns,
  prepositions,
  roleWords,
  singularS
} from './words.js'

/** What a source phrase names, before the article as a whole is considered. */
export type MentionCategory = 'person' | 'organization' | 'document' | 'group' | 'unnamed' | 'unknown'

/** A source phrase, read on its own. */
export interface Mention {
  start: number
  end: number
  text: string
  /** Lowercased pronoun when the phrase is one. */
  pronoun: string | null
  /** The proper name the phrase is headed by ("Maria Santos"), if any. */
  name: string | null
  /** Lowercase head noun of a description ("officials"). */
  head: string | null
  plural: boolean
  definite: boolean
  category: MentionCategory
  /** Capitalised modifiers and place phrases ("Kenyan", "in Nairobi"). */
  affiliations: string[]
  /** Words that say what the source does ("intelligence", "spokesman"). */
  roles: string[]
  knowledge: boolean
  /** Whether the knowledge is only the wire formula ("familiar with the matter"). */
  formulaicKnowledge: boolean
  anonymous: boolean
  /** Every lowercase word of the phrase, for the stakeholder role. */
  words: string[]
  /** The pronoun that can refer back to the source, when the phrase or the article shows it. */
  gender: Gender | null
}

/** Ranks before a person noun ("a senior official", "a high-ranking officer"). */
const rankWords = new Set(['senior', 'junior', 'top', 'high-ranking', 'high-level', 'mid-level', 'low-level', 'ranking', 'chief', 'deputy'])
const postmodifierStart = new Set(['of', 'in', 'within', 'from', 'at', 'for', 'with', 'by', 'against', 'who', 'that', 'which', 'on', 'close', 'familiar', 'briefed', 'involved', 'based', 'here', 'there', 'not'])
/**
 * Prepositions of place that end the core in lower case only ("Witnesses near the park", "Protesters outside
 * the court"); capitalised, they may open a name ("Near East Relief").
 */
const placePostmodifiers = new Set(['near', 'outside', 'inside', 'around', 'along', 'across', 'behind', 'beside', 'among', 'opposite'])
/** People who serve someone else, whom "to" ties to the one they serve ("an adviser to the minister"), not to a title ("Ambassador to the UN"). */
const servingNouns = new Set(['adviser', 'advisor', 'advisers', 'advisors', 'aide', 'aides', 'assistant', 'assistants', 'consultant', 'consultants'])
const personalPronouns = new Set(['he', 'she', 'him', 'her', 'i', 'who'])
/** Members of a party or movement, a group rather than a person when bare ("Democrats said"). */
const memberNouns = /^(democrats|republicans|conservatives|tories|liberals|socialists|communists|greens|nationalists|islamists|maoists|loyalists|unionists|royalists|separatists|rebels|militants|loyalists|labour)$/i
/**
 * Words that make a run of capitalised words a body's name: its kind, its trade ('Pacific Copper',
 * 'Red Hill Resources'), or its legal form, which ends the name ('Nordlicht AG', 'Rio Verde SA')
 * or, in Indonesia, opens it ('PT Sinar Jaya'). Surnames that are also trades (Gold, Silver,
 * Smith) are left out.
 */
const orgNameWords = /\b(ministry|department|agency|environment|health|statistics|transport|fisheries|agriculture|immigration|revenue|heritage|party|council|committee|press|news|times|post|journal|reuters|afp|network|corporation|corp|inc|group|university|institute|foundation|association|union|office|police|army|street|forces|government|commission|bank|house|senate|congress|court|campaign|authority|league|organization|organisation|fund|center|centre|company|service|media|tv|radio|channel|magazine|daily|herald|tribune|guardian|telegraph|gazette|axios|politico|bloomberg|cnn|bbc|abc|cbs|nbc|fox|chronicle|examiner|inquirer|observer|courier|monitor|insider|reporter|mirror|express|globe|star|review|today|weekly|wire|nations|international|watch|equities|securities|capital|partners|holdings|industries|airlines|airways|air|airline|rail|railways?|bio|biotech|pharma|therapeutics|energy|oil|mining|logistics|motors?|chemicals?|electric|steel|petroleum|utilities|electronics|semiconductors?|insurance|software|laboratories|labs|foods|nation|systems|technologies|pharmaceuticals|communications|productions|pictures|studios|records|entertainment|research|economics|analytics|consulting|consultancy|advisory|associates|partnership|fire|club|federation|alliance|coalition|board|bureau|administration|embassy|hospital|school|college|academy|museum|society|trust|forum|survey|ltd|llc|plc|co(?=\.)|copper|mines|minerals|metals|resources|ventures|enterprises|investments|properties|brands|breweries|shipping|construction|management|mutual|banque|banco|banca|grupo|groupe|gruppo|compagnie|companhia|gmbh|tbk|bhd|pty|limited|incorporated|s\.a|s\.p\.a|n\.v)\b|\b(sa|ag|nv|spa|as|ab|asa|oy|oyj|se|europe|africa|asia|pacific|caribbean)$|^pt\b/i
const pronounPhrase = /^(he|she|they|it|we|i|you|who|which)$/
const definiteOpener = /^(the|this|that|these|those)$/
const possessiveEnding = /['’]s$/
const placeBased = /-based$/i
/** Words opening a sentence before a name, never a first name ("Like Acme chief Ana Ruiz, ...", "Maybe Acme likes it"); "May" and "Will" can be one. */
const openers = new Set([...prepositions, ...[...notInSubject].filter((word) => word !== 'may' && word !== 'will'), 'unlike', 'maybe', 'perhaps'])
const sources = /^sources?$/
const whichClause = /^\s*,?\s*which\b/
const whoClause = /^\s*,?\s*who\b/
const pluralEnding = /s$/
/** Lowercase words that open a sentence and are not names ("Several officials said"). */
const sentenceOpeners = /^(another|one|each|all|others|dozens|hundreds|thousands|millions|preliminary|several|many|some|most|other|senior|top|two|three|four|local|state|federal|former|both|new|early|initial|more|about|nearly|almost|roughly|over|only|just|around|at)$/
/** Particles inside a name ("Abu Bakr al-Baghdadi", "Ursula von der Leyen"). */
const nameParticle = /^(al|el|bin|ibn|de|da|van|von|der|le|la|di|du|abu)$/
const acronym = /^[A-Z][A-Z.&-]+$/
const trailingStop = /\.$/
const arabicArticle = /^(al|el|al|ul)[-'’ ]/
const finalVowels = /[aeiouy]+$/
const sentenceEnd = /^[.!?]$/
/** What follows a surname to tell a son from his father ("Jr.", "III"). */
const generational = /^(jr|sr|ii|iii|iv)\.?$/i

/**
 * Read a source phrase: its head, name, category and the words that make an
 * unnamed source more or less identifiable.
 *
 * @param tokens Tokens of the phrase.
 * @param text The whole text.
 * @param context Text right after the phrase (a relative clause about it).
 * @param known Names the rest of the article shows to be people or bodies.
 */
export function readMention(tokens: Token[], text: string, context: string, known: KnownNames): Mention {
  const start = tokens[0]!.start
  const end = tokens.at(-1)!.end
  const words = tokens.filter((token) => token.word)
  const mention: Mention = {
    start,
    end,
    text: text.slice(start, end),
    pronoun: null,
    name: null,
    head: null,
    plural: false,
    definite: false,
    category: 'unknown',
    affiliations: [],
    roles: [],
    knowledge: false,
    formulaicKnowledge: false,
    anonymous: false,
    words: words.map((token) => token.lower),
    gender: null
  }
  // A body's name the article introduced may open with a common noun ("Tenant Action Collective said").
  const opener = (words.length === 1 && surnameAlone(words[0]!, known)) || opensWithBody(mention.text, known) ? undefined : words[0]
  // "WHO says": an acronym spelled like a pronoun names a body.
  if (words.length === 1 && !isAcronym(words[0]!.value)) {
    const pronoun = withoutContraction(words[0]!.lower)
    if (pronounPhrase.test(pronoun)) return readPronoun(mention, pronoun)
  }

  const read = withoutAbbreviation(tokens)
  const comma = read.findIndex((token, index) => (token.value === ',' && !inNumber(read, index)) || token.value === '—' || token.value === '(')
  const parts = comma > 0 && !namesComplement(read.slice(0, comma), read.slice(comma + 1)) && !placeOfBody(read.slice(0, comma), read.slice(comma + 1)) ? [read.slice(0, comma), ...appositivesApart(read.slice(comma + 1))] : [comma > 0 ? read.slice(0, comma) : read]
  const whole = mention.text + ' ' + context
  mention.knowledge = knowledgePattern.test(whole)
  mention.formulaicKnowledge = mention.knowledge && formulaicKnowledgePattern.test(whole)
  // Asked of the tokens, not of mention.words: that array is made by map,
  // holey once this function is optimised, and the change deoptimised it.
  mention.anonymous = words.some((token) => anonymityWords.has(token.lower)) || anonymityPattern.test(whole)
  mention.definite = definiteOpener.test(words[0]!.lower) || possessiveEnding.test(words[0]!.value)

  const evidence: Evidence = {person: false, organization: false, document: false}
  for (const [index, part] of parts.entries()) readPart(part, index === 0, opener, context, known, mention, evidence, text)
  // A person noun before a body's name describes the body, run into it or in apposition ("activist investor
  // Harbor Capital Partners", "the ship's manager, Halvorsen Ship Management").
  if (mention.name && endsAsBody(mention.name) && (parts.length === 1 || mention.text.endsWith(mention.name))) evidence.person = false
  mention.gender = headGender(words) ?? mention.gender
  categorise(mention, tokens, words, opener, text, known, evidence)
  // "One producer, who asked not to be identified": a trade's noun that "who" describes is a person; "A rival carrier, which" a body.
  if (mention.category === 'organization' && mention.name === null && !mention.plural && trades.has(mention.head ?? '') && (whoClause.test(context) || mention.words.includes('who'))) mention.category = 'unnamed'
  // "A report by the Regional Monitoring Group (RMG)": letters ending the phrase name the document's author;
  // before its head they are the owner's ("the Institute's (RI) monthly figures").
  if (read !== tokens && mention.category === 'document' && !mention.name && tokens.at(-1)!.value === ')') mention.name = abbreviationIn(tokens)
  return mention
}

/** Prepositions whose object a name in apposition can belong to ("Lawyers for the contractor, Ana Ruiz"). */
const complementJoins = new Set(['for', 'of', 'to'])

/**
 * Whether one name after the comma belongs to the object of the first part's "for", "of" or "to", not to
 * its plural head: "Lawyers for the contractor, Ana Ruiz", "Lawyers representing the family of the victim,
 * Ana Ruiz" are unnamed people speaking for someone named. An apposition agrees in number with what it
 * names, so several names ("Lawyers for the family, Ben Crump and Tom Hale") or a singular head ("A lawyer
 * for the family, Ben Crump") keep them.
 *
 * @param first Tokens before the comma.
 * @param second Tokens after it.
 */
function namesComplement(first: Token[], second: Token[]): boolean {
  const core = coreOf(first)
  const head = core.at(-1)
  if (!head || core.length === first.length || !first.slice(core.length).some((token) => complementJoins.has(token.lower))) return false
  if (!isPlural(head.lower) || !(personNouns.has(head.lower) || groupNouns.has(head.lower))) return false
  const words = second.filter((token) => token.word)
  return words.length > 0 && words.every((token) => token.capitalised || nameParticle.test(token.lower)) && !words.some((token) => token.lower === 'and')
}

/** The abbreviation a source phrase gives in brackets, which withoutAbbreviation left out. */
function abbreviationIn(tokens: Token[]): string | null {
  return tokens.find((token, index) => tokens[index - 1]?.value === '(' && tokens[index + 1]?.value === ')' && isAcronym(token.value))?.value ?? null
}

/**
 * The tokens of a source phrase without the bracketed abbreviation that follows a body's name ("the
 * Irish Nurses' Federation (INF)", "the Sewerage Board (CMWSSB)"): the letters repeat the name, so they
 * open no second part naming someone else, as a bracket with a person's age or party does.
 *
 * @param tokens Tokens of the source phrase.
 */
function withoutAbbreviation(tokens: Token[]): Token[] {
  const open = tokens.findIndex((token, index) => token.value === '(' && index > 0 && tokens[index + 2]?.value === ')' && isAcronym(tokens[index + 1]!.value) && tokens[index - 1]!.capitalised)
  return open > 0 ? [...tokens.slice(0, open), ...tokens.slice(open + 3)] : tokens
}

/**
 * What the words of a source phrase say it is, gathered over its parts and
 * weighed once all are read: a title or person noun for a person, an
 * organisation noun or a body's name for a body.
 */
interface Evidence {
  person: boolean
  organization: boolean
  /** The first part's head is a text or figures ("A report by the Observer Group (OG)"), whatever a later part names. */
  document: boolean
}

/**
 * Words that end a description's head and open what it says of someone else: "A cousin of the dead man",
 * "a friend to the late actor", "the lawyer for Mrs. Hale", "a nurse who treated the boy".
 */
const headEnders = new Set(['of', 'for', 'to', 'at', 'from', 'with', 'in', 'on', 'by', 'near', 'who', 'whose', 'whom', 'that', 'which'])

/**
 * The gender the head of a description gives ("A cousin of the dead man": none, not the man's; "the
 * mother of one of the boys": hers): the last gendered word before the head's complement, so that an
 * owner before the noun ("the man's widow", "Mr. Hale's wife") gives way to the noun itself.
 */
function headGender(words: readonly Token[]): Gender | null {
  let gender: Gender | null = null
  for (const [index, token] of words.entries()) {
    if (index > 0 && headEnders.has(token.lower)) break
    // "his ex-wife", "her step-father": the noun after a prefix genders the person.
    gender = honorifics.get(token.lower) ?? genderedNouns.get(token.lower) ?? genderedNouns.get(token.lower.slice(token.lower.lastIndexOf('-') + 1)) ?? gender
  }
  return gender
}

/** A source phrase that is a pronoun: "he", "they", "it", "who". */
/** "he’d", "we’ve", "they'll": the pronoun of a contraction, which the tokenizer keeps as one word. */
function withoutContraction(word: string): string {
  return word.length > 2 && contraction.test(word) ? word.replace(contraction, '') : word
}

const contraction = /['’](d|ve|ll|re|m)$/

function readPronoun(mention: Mention, pronoun: string): Mention {
  mention.pronoun = pronoun
  mention.plural = pronoun === 'they' || pronoun === 'we'
  mention.category = personalPronouns.has(pronoun) ? 'person' : pronoun === 'it' || pronoun === 'which' ? 'organization' : 'group'
  mention.gender = genderedPronouns.get(pronoun) ?? null
  return mention
}

/**
 * Read one part of a source phrase, before or after its comma: its words of
 * rank, role and affiliation, and the name or head noun that ends its core.
 * Each step is a function of its own, so that input that deoptimises one
 * recompiles that step, not the whole reading.
 *
 * @param part Tokens of the part.
 * @param first Whether it is the part before the comma.
 * @param opener The phrase's first word, unless it is a surname standing alone.
 * @param context Text right after the phrase.
 * @param known Names the rest of the article shows to be people or bodies.
 * @param mention The mention read so far.
 * @param evidence What the parts read so far say the source is.
 * @param text The whole text.
 */
function readPart(part: Token[], first: boolean, opener: Token | undefined, context: string, known: KnownNames, mention: Mention, evidence: Evidence, text: string): void {
  const core = coreOf(part)
  readPostmodifier(part.slice(core.length), mention)
  const holder = portfolioHolder(part, core.length, known, text)
  const run = holder ? {tokens: holder, endsCore: true} : wholeBodyName(core, lastRun(core, opener), opener)
  readDescription(core, opener, mention, evidence)
  // Whoever holds a minister's portfolio is a person, whatever body the title names ("Cabinet Secretary for").
  if (holder) evidence.person = true
  if (first && !holder && run && run.endsCore && namedAsBody(core, run.tokens, known)) {
    evidence.organization = true
    evidence.person = false
  }
  if (run && run.endsCore && countedMembers(core, run.tokens)) readMembers(run.tokens, mention)
  else if (run && run.endsCore) readName(run.tokens, context, known, mention, evidence)
  else if (first || !mention.head) readHead(core, opener, mention)
  if (first && !mention.name && mention.head && speaksAsText(mention.head)) evidence.document = true
  // "Sayana, 41," and "Sayana, one of the group's founders": an age or a place among people is a person's.
  if (!first && (statesAge(part) || oneOfPeople(part[0]!.lower, part.filter((token) => token.word)))) evidence.person = true
  if (first && mention.head && roleWords.has(mention.head)) mention.roles.push(mention.head)
}

/** The lowercase words of a part's core: titles, person and organisation nouns, roles and ranks. */
function readDescription(core: Token[], opener: Token | undefined, mention: Mention, evidence: Evidence): void {
  const lowers = core.filter((token) => token.word && !isName(token, opener) && !determiners.has(token.lower))
  // "the refugee agency", "a farmers' union": people a body's head noun serves or gathers name no person.
  const bodyHead = lowers.length > 1 && (organizationNouns.has(lowers.at(-1)!.lower) || bodyNouns.has(lowers.at(-1)!.lower)) ? lowers.at(-1) : undefined
  for (const token of lowers) {
    // "figures from the department" are numbers; "senior party figures" are people.
    if (personTitles.has(token.lower) || (personNouns.has(token.lower) && !(bodyHead && token !== bodyHead) && (!figureWord.test(token.lower) || figuresOfNote(token.lower, core)))) evidence.person = true
    if (organizationNouns.has(token.lower)) evidence.organization = true
    if (roleWords.has(token.lower)) mention.roles.push(token.lower)
    // "a senior official": a rank says what the source does, as a role does; "senior" alone does not.
    else if (rankWords.has(token.lower) && personNouns.has(core.at(-1)!.lower) && !sources.test(core.at(-1)!.lower)) mention.roles.push(token.lower)
    if (organizationNouns.has(token.lower) && token !== core.at(-1)) mention.affiliations.push(token.lower)
  }
}

/**
 * The run of capitalised words that ends a part's core: the name it holds,
 * the titles and demonyms before it, and whether it names a person or a body.
 */
function readName(run: Token[], context: string, known: KnownNames, mention: Mention, evidence: Evidence): void {
  const member = memberAfterName(run)
  if (member) {
    mention.name = spaced(member, (token) => token.value)
    evidence.person = true
    return
  }
  if (peopleOfBody(run) || memberPost(run.at(-1)!)) {
    // "Tory MPs", "Labour MEPs", "One MP": members a party's or nation's name describes, not a name.
    mention.head = run.at(-1)!.lower
    mention.plural = isPlural(mention.head)
    for (const token of run.slice(0, -1)) mention.affiliations.push(token.value)
    return
  }
  // A body's name the article describes as one keeps its first words ("the Tenant Action Collective, a charity"),
  // and a title among them is part of it ("Maplecrest Senior Living Inc. ... Maplecrest Senior Living said").
  const body = usedForBody(spaced(run, (token) => token.value), known, context)
  const lead = body ? 0 : nameStart(run)
  if (lead > 0 && !isTitle(run[lead - 1]!) && !isDemonym(run[lead - 1]!)) evidence.person = true
  const nameTokens = run.slice(lead)
  for (const token of run) {
    // A title leads a name; one that ends a longer run is part of a body's name ("the Argus Leader"),
    // unless only a nation's adjective comes before it ("the Irish Taoiseach").
    if (!body && isTitle(token) && (token !== run.at(-1) || run.slice(0, -1).every(isDemonym))) evidence.person = true
    if (isDemonym(token)) mention.affiliations.push(token.value)
  }
  const candidate = spaced(nameTokens, (token) => token.value)
  if (nameTokens.length === 0) return
  if (mention.name) {
    // "The Chancellor, Ana Ruiz", "The Shadow Housing Spokesman, Tom Hale": the name after the comma, not the
    // office before it, is the person's; a party tag in brackets ("Speaker Jo Hale (R-WI)") is no name.
    if (!namesOffice(mention.name) || isAcronym(candidate)) return
    evidence.person = true
  }
  mention.name = candidate
  const nameText = mention.name
  const surname = surnameOf(nameText)
  // A pronoun referring back is weaker evidence than the name's use before a body's members.
  // A name of several words the article uses for a body is the body's wherever it stands ("Home Depot said").
  const listed = nameTokens.length > 1 && usedForBody(nameText, known, context)
  const person = !listed && (known.persons.has(surname) || (known.referred.has(surname) && !known.bodies.has(nameText)) || (nameTokens.length === 1 && known.given.has(surname) && !places.has(nameText)))
  mention.gender = known.referred.get(surname) ?? null
  if (orgNameWords.test(nameText) || endsInUnitNoun(run) || (evidence.organization && !evidence.person) || isAcronym(nameText) || (places.has(nameText) && !person) || memberNouns.test(nameText) || whichClause.test(context) || listed || (!person && known.bodies.has(nameText))) evidence.organization = true
  // News writing introduces a person by full name, title or pronoun before the surname stands
  // alone; a bare name it never introduced is a body ("Boeing said", "Fifa said").
  else if (person) evidence.person = true
  if (isDemonym(nameTokens.at(-1)!) && pluralEnding.test(nameText)) {
    mention.name = null
    mention.head = nameText.toLowerCase()
    mention.plural = true
  }
}

/**
 * Whether the article uses a name for a body: a listed company's or one it describes as a body's, or
 * the first words of a body's full name, unless a pronoun refers back to them as a person's or "who"
 * follows them ("Harlan Pike, who founded the company").
 *
 * @param name A name of a source phrase.
 * @param known What the article says about names.
 * @param context Text right after the phrase.
 */
function usedForBody(name: string, known: KnownNames, context: string): boolean {
  return known.bodies.has(name) || (known.shortBodies.has(name) && !known.referred.has(surnameOf(name)) && !whoClause.test(context))
}

/**
 * Nouns that end the name of an armed or official unit ("Southern Operational Command", "Black Sea Fleet",
 * "Coast Guard", "3rd Assault Brigade"). Only as the name's last word: before a name they lead a
 * person's post ("Marine Corps Commandant Eric Smith", "Fleet Admiral Ana Ruiz").
 */
const unitNouns = new Set(['command', 'fleet', 'guard', 'guards', 'brigade', 'regiment', 'battalion', 'corps', 'squadron', 'division', 'staff', 'headquarters', 'directorate', 'inspectorate', 'gendarmerie', 'constabulary'])

/** Whether a run of name words ends in a unit's noun, so that it names a unit, not a person. */
function endsInUnitNoun(run: readonly Token[]): boolean {
  return run.length > 1 && unitNouns.has(run.at(-1)!.lower)
}

/**
 * Words that count some of a kind: before a capitalised plural they count a party's or a people's
 * members ("Several Democrats", "a few Tories", "Many Greens"), not a body. Numbers are left out: they open
 * brands' names ("Five Guys said").
 */
const memberCounts = new Set(['several', 'some', 'many', 'few', 'most', 'numerous', 'other'])

/**
 * Whether the run ending a core is one capitalised plural right after a word that counts
 * ("Several Democrats argued"), not a body's name ("Some Reuters said" has no plural to count).
 *
 * @param core Tokens of the part's core.
 * @param run The run of capitalised words that ends it.
 */
function countedMembers(core: Token[], run: Token[]): boolean {
  const members = run.at(-1)!
  // The count opens the run when it opens the sentence, capitalised ("Numerous Liberals").
  const count = run.length === 2 ? run[0] : run.length === 1 ? core[core.indexOf(members) - 1] : undefined
  return count !== undefined && memberCounts.has(count.lower) && pluralEnding.test(members.value) && !members.value.endsWith('ss') && !orgNameWords.test(members.value)
}

/** Read a counted run of members as the plural head of a group ("Several Democrats": democrats). */
function readMembers(run: Token[], mention: Mention): void {
  mention.head = run.at(-1)!.lower
  mention.plural = true
}

/**
 * Whether a name read so far is an office: titles and a nation's adjective ("Chancellor", "Irish
 * Taoiseach"), or words of a post that end in a title ("Shadow Housing Spokesman", "Kano State Governor"), not
 * a body's or an outlet's name that does ("The Hollywood Reporter").
 */
function namesOffice(name: string): boolean {
  const words = name.split(' ')
  return (personTitles.has(words.at(-1)!.toLowerCase()) && !orgNameWords.test(name)) || words.every((word) => personTitles.has(word.toLowerCase()) || demonyms.has(word))
}

/**
 * Whether the words before a name make it a body's: a noun for a body right
 * before it ("the oil workers' union PENGASSAN", "the news agency Yonhap"), or
 * "the" with at most a word for its reach ("the Red Cross", "the local Red
 * Cross"), which news writing does not put before a person's name, unless
 * the article refers to the name as "he" or "she".
 */
function namedAsBody(core: Token[], run: Token[], known: KnownNames): boolean {
  const before = core.slice(0, core.indexOf(run[0]!)).filter((token) => token.word)
  const last = before.at(-1)
  // "the MP for Wealden", "the President", "the Wisconsin Republican", "the American": a person's post, party or nation.
  if (!last || run.some((token) => personTitles.has(token.lower) || personNouns.has(token.lower) || postNouns.has(token.lower))) return false
  if (isDemonym(run.at(-1)!) || memberNouns.test(run.at(-1)!.value + 's')) return false
  if (organizationNouns.has(last.lower)) return true
  if (before[0]!.lower !== 'the' || known.referred.has(normaliseName(run.at(-1)!.value))) return false
  return before.slice(1).every((token) => bodyScopes.has(token.lower))
}

/** Words for the reach of a body, between "the" and its name ("the local Red Cross", "the state-run Xinhua"). */
const bodyScopes = new Set(['local', 'national', 'regional', 'provincial', 'municipal', 'federal', 'state', 'state-run', 'state-owned', 'government-run', 'city', 'county', 'international', 'global', 'influential', 'powerful'])

/** Capitalised plural nouns for a body's members ("MPs", "MEPs", "Senators"), last in a run of names. */
const memberAcronym = /^[A-Z]{2,4}s$/

/** Words of parties' names, which come before a member's post as often as a name does: "A Liberal Democrat MP". */
const partyWords = new Set(['party', 'democrat', 'democrats', 'democratic', 'liberal', 'labour', 'green', 'greens', 'conservative', 'tory', 'lib', 'dem', 'republican', 'socialist', 'national', 'independent', 'unionist', 'nationalist', 'alliance', 'reform', 'workers'])

/**
 * The name before a member's post, as British papers write it ("Moira Baird MSP", "Labour's Ana Ruiz MP"),
 * after any owner: the member is a person. Null when the run is no such name.
 */
function memberAfterName(run: Token[]): Token[] | null {
  const post = run.at(-1)!
  if (run.length < 3 || !memberPost(post) || isPlural(post.lower)) return null
  const owner = run.findLastIndex((token) => possessiveEnding.test(token.value))
  const name = run.slice(owner + 1, -1)
  return name.length >= 2 && !name.some((token) => isDemonym(token) || isTitle(token) || partyWords.has(token.lower)) ? name : null
}

/** A post in a body written in capitals ("MP", "MEPs", "MSP"), which no name is. */
function memberPost(token: Token): boolean {
  return postNouns.has(token.lower) && token.value !== token.lower && token.value.toUpperCase().startsWith(token.value.slice(0, 2))
}

/**
 * Whether a run of capitalised words is a body's or a nation's members:
 * "Tory MPs", "Kenyan Doctors"; a body named for its members ("Communications
 * Workers of America") keeps its name.
 */
function peopleOfBody(run: Token[]): boolean {
  const last = run.at(-1)!
  if (run.length < 2) return false
  return memberAcronym.test(last.value) || (personNouns.has(last.lower) && isPlural(last.lower) && run.slice(0, -1).every(isDemonym))
}

/** Fewest words of a name after the job that leads it, so that a body's name ("Inspector General") stays whole. */
const minNameAfterJob = 2

/**
 * Where a name starts after the titles, demonyms and job words that lead it:
 * "Kenyan President William Ruto", "Senior Public Prosecutor Anita Mehra",
 * "Acme CEO Ana Ruiz".
 */
function nameStart(run: Token[]): number {
  let lead = 0
  while (lead < run.length - 1 && (isTitle(run[lead]!) || isDemonym(run[lead]!))) lead++
  const job = run.findLastIndex((token, index) => index >= lead && index < run.length - minNameAfterJob && (isJobWord(token) || isPostInCapitals(token)))
  if (job < 0 || orgNameWords.test(spaced(run.slice(job + 1), (token) => token.value)) || describesBody(run, job)) return lead
  return job + 1
}

/**
 * Whether a job noun right after "of" describes the members a body's name is
 * of ("the Association of Professional Flight Crews", "the Institute of
 * Chartered Surveyors"): a title there leads a person's name ("Bank of
 * Ireland Governor Ana Ruiz", "University of Leeds Professor Tom Hale").
 */
function describesBody(run: Token[], job: number): boolean {
  return run[job - 1]?.lower === 'of' && !isTitle(run[job]!)
}

/** A capitalised title or singular noun for a person's job ("Prosecutor", "CEO"). */
function isJobWord(token: Token): boolean {
  return isTitle(token) || (personNouns.has(token.lower) && !isPlural(token.lower))
}

/**
 * A post written in capitals before a name of two words or more ("Labour MP", "Transport MEC",
 * "NDP MPP", "Acme CFO"): an office, as a title is; a body's own name after it keeps it whole.
 */
const postInCapitals = /^[A-Z]{2,4}$/

/** Whether a word is such a post, not a body's legal form in capitals ('PT Sinar Jaya', 'Nordlicht AG'). */
function isPostInCapitals(token: Token): boolean {
  return postInCapitals.test(token.value) && !orgNameWords.test(token.value)
}

/** A part's core with no name at its end: its last word is the head noun, the names before it affiliations. */
function readHead(core: Token[], opener: Token | undefined, mention: Mention): void {
  const head = core.at(-1)
  if (head && head.word && !isName(head, opener)) {
    if (!mention.head) {
      mention.head = head.lower
      mention.plural = isPlural(head.lower)
    }
  }
  for (const token of core) {
    // "That diplomat, who ...": a demonstrative opening the phrase is no body the person belongs to.
    if (token !== head && token.lower !== 'that' && isName(token, opener)) mention.affiliations.push(token.value)
  }
}

/**
 * The category of a source phrase, once all its parts are read: a named
 * person or body, a person led by name ("Ruiz and her team"), or what its
 * head noun is.
 */
function categorise(mention: Mention, tokens: Token[], words: Token[], opener: Token | undefined, text: string, known: KnownNames, evidence: Evidence): void {
  const owned = ownedText(tokens)
  if (proportionOfPeople.test(mention.text)) {
    // "Two-thirds of respondents", "More than half of those surveyed": a share of people, whatever its capital.
    mention.name = null
    mention.category = 'group'
    mention.plural = true
  } else if (owned) {
    // The owner's name is not the source's: "Acme Group said" later is the body, not its report.
    mention.name = null
    mention.head = owned
    mention.category = 'document'
  } else if ((evidence.document || titledDocument(mention.name)) && !evidence.person) mention.category = 'document'
  else if (mention.name) {
    mention.category = evidence.person && !(evidence.organization && !mention.name.includes(' ')) ? 'person' : 'organization'
    if (evidence.person && !orgNameWords.test(mention.name)) mention.category = 'person'
  } else if (ledByName(words, opener)) {
    // "Ruiz and her team wrote": the named person speaks, with the people who work with them.
    mention.name = spaced(words.slice(0, -3), (token) => token.value)
    mention.head = null
    mention.category = 'person'
  } else if (mention.head) {
    const head = mention.head
    if (collectives.has(head) && ofPeople(tokens)) mention.category = 'group'
    else if (figuresOfNote(head, words)) mention.category = mention.plural ? 'group' : 'unnamed'
    else if (speaksAsText(head)) mention.category = 'document'
    else if (((organizationNouns.has(head) || localGovernments.has(head)) && !unnamedBodies(mention, words)) || nationsRulers(head, words) || describedBody(head, words) || guardService(head, words)) mention.category = 'organization'
    else if (groupNouns.has(head) || (personNouns.has(withoutFormer(head)) && mention.plural)) mention.category = 'group'
    else if (personNouns.has(withoutFormer(head)) || oneOfPeople(head, words)) mention.category = 'unnamed'
    else mention.category = mention.plural || standsForPeople(words) ? 'group' : 'unknown'
    const person = mention.definite || words.some((word) => possessiveEnding.test(word.value)) ? titledPerson(words, mention.start, text, known) : null
    if (person) {
      mention.name = person
      mention.category = 'person'
    } else if (holdsOffice(mention, words)) mention.category = 'person'
  }
}

/**
 * Last words of a document's title ("the Flood Risk Map", "the Human Development Index"); not "Report",
 * "Survey" nor "Review", which end the names of publications and bodies as often ("the Cook Political
 * Report", "the Geological Survey").
 */
const titledDocumentHeads = new Set(['map', 'index', 'outlook', 'assessment', 'audit', 'study', 'strategy', 'roadmap', 'yearbook', 'scorecard', 'atlas', 'barometer', 'tracker'])

/** Whether a name of two words or more is a document's title, by its last word. */
function titledDocument(name: string | null): boolean {
  const space = name?.lastIndexOf(' ') ?? -1
  return space > 0 && titledDocumentHeads.has(name!.slice(space + 1).toLowerCase())
}

/** "body" as a group that acts as one, which it is only with a word for its kind before it. */
const bodyNouns = new Set(['body', 'bodies'])

/**
 * Whether a phrase is headed by "body" with a word for its kind before it ("the industry body", "a
 * professional body"): an organization, not "a body of evidence".
 */
function describedBody(head: string, words: Token[]): boolean {
  if (!bodyNouns.has(head) || words.length < 2) return false
  const modifier = words.at(-2)!
  return !modifier.capitalised && !determiners.has(modifier.lower) && words.at(-1)!.lower === head
}

/** What makes a guard a service rather than a person on guard: "the coast guard", "the national guard". */
const guardServices = new Set(['coast', 'national'])

/**
 * Whether a phrase headed by "guard" names the service: "The coast guard said", not "a border guard
 * said"; the plural is its members ("Two national guards said").
 */
function guardService(head: string, words: Token[]): boolean {
  return head === 'guard' && words.length >= 2 && guardServices.has(words.at(-2)!.lower) && words.at(-1)!.lower === head
}

/** A share of people opening a source: "Two-thirds of respondents", "More than half of those surveyed", "42 percent of voters". */
const proportionOfPeople = /^(?:(?:more|less|fewer) than |about |nearly |almost |over |roughly |around |just |only )?(?:half|a third|a quarter|one-third|two-thirds|one-quarter|three-quarters|one in \w+|\d+(?:\.\d+)? ?(?:%|percent|per cent)|most|a majority|the majority|a minority)\s+of\b/i

/** Words that make "figures" people of note rather than numbers: "senior party figures", "leading opposition figures". */
const noteWords = new Set(['senior', 'leading', 'prominent', 'political', 'religious', 'community', 'establishment', 'veteran', 'influential', 'powerful', 'party', 'opposition'])

/** "figure" and "figures", people only with a word of note beside them. */
const figureWord = /^figures?$/

/** Whether a phrase headed by "figure(s)" names people of note ("senior party figures"), not numbers. */
function figuresOfNote(head: string, words: Token[]): boolean {
  return (head === 'figures' || head === 'figure') && words.some((word) => noteWords.has(word.lower))
}

/**
 * Places that stand for their government when they head a source ("The district did not respond", "the county
 * said"). Kept apart from organizationNouns, which the phrase readers also consult, because there these words
 * open posts ("County Supervisor Ana Ruiz", "State Sen. Tom Hale") and modify other nouns ("state and local data").
 */
const localGovernments = new Set(['district', 'county', 'city', 'municipality', 'province', 'prefecture', 'township', 'borough', 'state'])

/** Offices one person holds at a time: "the finance minister", "the chancellor", "the bank's governor". */
const singleOffices = new Set(['minister', 'chancellor', 'president', 'premier', 'governor', 'mayor', 'secretary', 'commissioner', 'ambassador', 'chairman', 'chairwoman', 'chairperson'])

/**
 * Whether a phrase picks out the one holder of an office ("the federal housing minister", "the
 * Commission's president"), whom news writing and its readers identify as a named person does, though
 * the article gives no name; "a minister", "two ministers" and "a former minister" are any of several.
 */
function holdsOffice(mention: Mention, words: Token[]): boolean {
  return mention.definite && !mention.plural && singleOffices.has(mention.head!) && !words.some((word) => word.lower === 'former' || word.lower === 'deputy' || word.lower === 'junior')
}

/** Nouns for the people who rule a nation, which with the nation as owner stand for its government. */
const rulers = new Set(['leaders', 'leadership', 'rulers'])

/** Whether a phrase is a nation's rulers, "France's leaders", "China's leadership": the state speaking, a body. */
function nationsRulers(head: string, words: Token[]): boolean {
  return rulers.has(head) && words.length === 2 && possessiveEnding.test(words[0]!.value) && places.has(words[0]!.value.replace(possessiveEnding, ''))
}

/**
 * Whether a phrase is "those" with no noun, only what was done to them or what they are ("Those surveyed",
 * "Those interviewed by the BBC", "those affected"): the pronoun stands for people, several of them.
 */
function standsForPeople(words: Token[]): boolean {
  const next = words[1]?.lower
  return words[0]!.lower === 'those' && next !== undefined && !personNouns.has(next) && !speaksAsText(next)
}

/** Words that end the noun a possessive owns and open what follows it ("of", "from", "by", "who"). */
const afterOwnedNoun = /^(of|for|to|at|from|with|in|on|by|near|who|whose|that|which|released|published|issued)$/

/**
 * The head of a phrase that is a text a named body owns: "The Bank of England's quarterly figures", "the Real Estate
 * Institute's (REI) monthly data", "the Acme Group's annual report". The name, cut at its "of", would otherwise
 * stand for the source; the owned noun after the possessive is the head. Only when no capitalised word
 * follows, so that "the Post's Tom Hale" stays a person, and only a body's name ("Ruiz's statement" is hers).
 */
function ownedText(tokens: Token[]): string | null {
  const owner = tokens.findIndex((token) => token.capitalised && possessiveEnding.test(token.value))
  if (owner < 0 || !orgNameWords.test(spaced(tokens.slice(0, owner + 1), (token) => token.value))) return null
  let head: Token | undefined
  let bracketed = false
  for (const token of tokens.slice(owner + 1)) {
    if (token.value === '(') bracketed = true
    else if (token.value === ')') bracketed = false
    else if (bracketed || !token.word) {
      if (!bracketed && token.value === ',') break
    } else if (afterOwnedNoun.test(token.lower)) break
    else if (token.capitalised) return null
    else head = token
  }
  return head !== undefined && speaksAsText(head.lower) ? head.lower : null
}

/** Whether a head noun is a text or figures that speak for themselves ("report", "figures"). */
function speaksAsText(head: string): boolean {
  return documentNouns.has(head) || evidenceNouns.has(head)
}

/** Prepositions tying a person to the place they work at: "a nurse at", "a doctor in". */
const workplaceJoins = new Set(['at', 'in'])

/**
 * Whether the word after the comma is the city of the body that ends the
 * first part: "A doctor at Kenyatta National Hospital, Nairobi", "an
 * official at the Ministry of Finance, Accra". Only a place the gazetteer
 * knows: one word there is as often the speaker's only name ("A nurse at the
 * hospital, Wanjiru, said").
 *
 * @param first Tokens before the comma.
 * @param second Tokens after it.
 * @returns True when the second part is the body's city.
 */
function placeOfBody(first: Token[], second: Token[]): boolean {
  if (second.length !== 1 || !places.has(second[0]!.value)) return false
  const join = first.findLastIndex((token) => token.word && !token.capitalised && !determiners.has(token.lower))
  const body = first.slice(join + 1).filter((token) => !determiners.has(token.lower))
  return join > 0 && body.length >= 2 && workplaceJoins.has(first[join]!.lower) && body.every((token) => token.capitalised || !token.word)
}

/** Most words of a name set off between two commas: "Another resident, Jane Doe, a hairdresser". */
const maxApposedName = 4

/**
 * The parts after the first comma: a name set off by a second comma from
 * the description after it ("Another resident, Jane Doe, a 47-year-old
 * hairdresser") is a part of its own, and an age closing the phrase too.
 */
function appositivesApart(rest: Token[]): Token[][] {
  const comma = rest.findIndex((token) => token.value === ',')
  if (comma > 1 && comma <= maxApposedName && rest.slice(0, comma).every((token) => token.word && token.capitalised)) {
    return [rest.slice(0, comma), ...withAgeApart(rest.slice(comma + 1))]
  }
  return withAgeApart(rest)
}

/**
 * The part after a source's first comma, with the age that may close it as a part of its own: "The farmer, Ed
 * Hutchins, 71" names the farmer in "Ed Hutchins", which the age would otherwise keep from ending the part's core.
 */
function withAgeApart(rest: Token[]): Token[][] {
  const comma = rest.findLastIndex((token) => token.value === ',')
  return comma > 0 && statesAge(rest.slice(comma + 1)) ? [rest.slice(0, comma), rest.slice(comma + 1)] : [rest]
}

/** A part that is only an age, as news writing gives it after a name ("Halyna, 61"). */
const ageAlone = /^\d{1,3}$/

/** Whether a part after a comma is a person's age alone. */
function statesAge(part: Token[]): boolean {
  const words = part.filter((token) => token.word)
  return words.length === 1 && ageAlone.test(words[0]!.value)
}

/**
 * Last words of a name that only a body's name ends with, whatever person
 * noun or title comes before it ("activist investor Harbor Capital
 * Partners", "the Prime Minister's Office", "the army's General Staff").
 */
const bodyEndings = /\b(office|partners|holdings|capital|management|mutual|company|bank|staff|group|inc|ltd|plc|llc|corporation|institute|association|foundation|ministry|department|agency|council|committee|commission|authority|university)$/i

/** Whether a name ends with a word that only a body's name ends with ("Harbor Capital Partners"). */
function endsAsBody(name: string): boolean {
  return bodyEndings.test(name)
}

/** Counts and quantities before a plural ("two hospitals", "Several miners"); "both" refers back to bodies named before. */
const counts = /^(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|some|many|several|most|few)$/

/** Whether a phrase counts its bodies ("two hospitals", "Several miners"): unnamed bodies of people, a group, not one body. */
function counted(words: Token[]): boolean {
  return counts.test(words[0]!.lower)
}

/** Plural body nouns that name one body ("security forces", "the intelligence services"), not many. */
const singleBodies = new Set(['forces', 'services'])
/** Words before a plural that point to bodies named before: an owner ("its lenders"), or all of them ("Both companies"). */
const referringBack = /^(his|her|its|their|our|my|your|both|all|each|either|neither)$/

/**
 * Whether a plural names bodies the article does not name one by one: counted
 * ("two hospitals"), or spoken of as a kind with no "the" or owner ("Aid groups
 * warn", "Lebanese hospitals said"), which news writing uses for groups of people.
 */
function unnamedBodies(mention: Mention, words: Token[]): boolean {
  if (!mention.plural) return false
  if (counted(words)) return true
  return pluralEnding.test(mention.head!) && !singleBodies.has(mention.head!) && !mention.definite && !referringBack.test(words[0]!.lower)
}

/** Nouns for a body of people that a phrase may say are only people ("a group of nurses"). */
const collectives = new Set(['group', 'groups', 'team', 'teams', 'panel', 'coalition', 'band'])
/** Who works with a person named before "and his team". */
const followers = new Set(['team', 'colleagues', 'co-authors', 'coauthors', 'staff', 'aides'])
const possessivePronouns = new Set(['his', 'her', 'their'])

/** Endings of nouns for people that no list holds in full ("examiner", "waitress", "pianist", "patient", "nominee"). */
const agentEnding = /(er|or|ist|ess|ian|ant|ent|man|men|ee|ees)$/

/**
 * Whether a noun no list holds may still stand for a person: one with an
 * agent's ending ("the examiner", "a waitress", "the pianist") or a pronoun
 * of quantity ("Another wondered", "someone noted").
 */
export function mayBePerson(noun: string): boolean {
  return agentEnding.test(noun) || personPronouns.has(noun)
}

/** Whether a collective is said to be of people: "a group of nurses", "a team of physicians". */
function ofPeople(tokens: Token[]): boolean {
  const of = tokens.findIndex((token) => token.lower === 'of')
  if (of < 1) return false
  // The people may come after a count or a word that places them: "a group of about 40 nurses", "of downtown residents".
  for (let index = of + 1; index < tokens.length && index <= of + peopleReach; index++) {
    const lower = tokens[index]!.lower
    if (prepositions.has(lower) && !counts.test(tokens[index + 1]?.lower ?? '')) return false
    if (isPlural(lower) && (personNouns.has(lower) || mayBePerson(lower.replace(pluralEnding, '')))) return true
  }
  return false
}

/** Most words from "of" to the people a collective is made of: "of about 30 parents". */
const peopleReach = 4

/** Whether a phrase picks one person out of people ("one of the delegates", "each of the nurses"), whom "he" or "she" may refer back to. */
function oneOfPeople(head: string, words: Token[]): boolean {
  const people = words.at(-1)!.lower
  return personPronouns.has(head) && words.length > 2 && isPlural(people) && personNouns.has(people)
}

/** Whether a phrase is a name and the people who work with its bearer: "Ana Ruiz and her team". */
function ledByName(words: Token[], opener: Token | undefined): boolean {
  if (words.length < 4 || !followers.has(words.at(-1)!.lower) || !possessivePronouns.has(words.at(-2)!.lower) || words.at(-3)!.lower !== 'and') return false
  return words.slice(0, -3).every((token) => isName(token, opener))
}

/**
 * Whether a word standing alone is the surname of a person the article gives
 * in full though it is also a common word for a person or an opener ("Early
 * said" after "Chris Early", "Doctor says" after "Ken Doctor"); a word for a
 * thing or a body stays one ("Research shows").
 */
function surnameAlone(word: Token, known: KnownNames): boolean {
  return !documentNouns.has(word.lower) && !organizationNouns.has(word.lower) && !groupNouns.has(word.lower) && known.persons.has(normaliseName(word.value))
}

/** Whether a capitalised word is a name, not a common noun or adjective capitalised to open a sentence. */
function isName(token: Token, opener: Token | undefined): boolean {
  if (!token.capitalised || determiners.has(token.lower)) return false
  if (token !== opener) return true
  return !(personNouns.has(withoutFormer(token.lower)) || organizationNouns.has(token.lower) || documentNouns.has(token.lower) || evidenceNouns.has(token.lower) || groupNouns.has(token.lower) || postNouns.has(token.lower) || sentenceOpeners.test(token.lower) || peopleOfAKind(token))
}

/** Whether a phrase opens with the name of a body the article introduced as one. */
function opensWithBody(text: string, known: KnownNames): boolean {
  for (const body of known.bodies) if (text.startsWith(body) && (text.length === body.length || text[body.length] === ' ')) return true
  return false
}

/** A prefix that makes a noun for a person a past holder of the post ("ex-editor", "Ex-ministers", "then-chairman"). */
const formerPrefix = /^(ex|then|one-time|onetime)-/

/** The noun for a person after a past holder's prefix ("ex-editor": "editor"), so a headline's "Ex-editor tells MPs" is no name. */
function withoutFormer(word: string): string {
  return word.includes('-') ? word.replace(formerPrefix, '') : word
}

/**
 * Whether a capitalised opener is a plural noun for people that no list
 * holds ("Shopkeepers said", "Environmentalists warn"); a body's name with
 * such an ending ("Reuters") is still a name.
 */
function peopleOfAKind(token: Token): boolean {
  return pluralAgent.test(token.lower) && !orgNameWords.test(token.value)
}

/** Plural endings of nouns for people by what they do ("shopkeepers", "environmentalists"), not "-men", which ends names ("Siemens"). */
const pluralAgent = /(ers|ors|ists|ians|ants|ents)$/

/**
 * The phrase before any postmodifier: "The leader" of "The leader of the
 * union in the north", "a poll" of "a poll conducted by the university".
 */
function coreOf(part: Token[]): Token[] {
  for (let index = 1; index < part.length; index++) {
    const token = part[index]!
    if (token.word && ((postmodifierStart.has(token.lower) && !postHeldInBody(part, index) && !textOfBody(part, index)) || placePostmodifiers.has(token.value) || addressedTo(part, index) || (looksLikeVerb(token) && !modifiesNoun(part, index)) || participleBy(part, index) || clauseSubjects.has(token.lower))) return part.slice(0, index)
  }
  return part
}

/**
 * Whether "of" is inside the name of the body whose post leads a person's
 * name to the phrase's end: "Bank of England Governor Ana Ruiz", "University
 * of Sydney professor Jan Berg", "Office of Management and Budget Director Li
 * Wei"; the person is the source, not the body.
 */
function postHeldInBody(part: Token[], index: number): boolean {
  let at = bodyNameEnd(part, index, isJobWord)
  if (at < 0) return false
  // "Reserve Bank of Zimbabwe deputy governor Tendai Makoni": a rank or prefix may come before the post.
  while (at < part.length - 1 && (rankWords.has(part[at]!.lower) || titlePrefixes.has(part[at]!.lower))) at++
  if (at >= part.length || !isJobWord(part[at]!)) return false
  const name = part.slice(at + 1)
  return name.length >= minNameAfterJob && name.every((token) => token.capitalised)
}

/**
 * Whether "of" is inside the name of the body whose text heads the phrase:
 * "a Bank of Ghana report", "the Ministry of Health statement", "a
 * Department of Labor survey released on Friday"; the text is the source.
 */
function textOfBody(part: Token[], index: number): boolean {
  const at = bodyNameEnd(part, index)
  return at > index + 1 && at < part.length && !part[at]!.capitalised && speaksAsText(part[at]!.lower)
}

/**
 * Where the name of a body that "of" at `index` runs inside ends ("Bank of
 * England", "Office of Management and Budget"): the index after its
 * capitalised words, or before the first word `ends` takes as no longer the
 * name's; -1 unless a capitalised word stands before "of".
 */
function bodyNameEnd(part: Token[], index: number, ends: (token: Token) => boolean = () => false): number {
  if (part[index]!.lower !== 'of' || !part[index - 1]!.capitalised) return -1
  let at = index + 1
  while (at < part.length && (part[at]!.capitalised || part[at]!.lower === 'and') && !ends(part[at]!)) at++
  return at
}

/** Prepositions that join a title to the portfolio before the holder's name ("Minister for Housing", "spokesman on health"). */
const portfolioJoins = new Set(['of', 'for', 'on', 'within'])

/**
 * The name of the person who holds a titled portfolio: "Minister for Housing
 * Ana Ruiz", "Secretary of State Leo Marsh", "Opposition spokesman on
 * national security Leo Marsh". The portfolio's words and the
 * name run together, so the name is taken as its last two words ("Chairman
 * of the Senate Finance Committee Ana Ruiz", "Minister within the Ministry
 * of Finance Dr Ana Ruiz"), and only
 * when the article refers to that surname as a person's, by "he" or "she" or
 * with "Mr" or "Ms", or when the title is capitalised and the two words read
 * as a name ("Minister for Health Ciarán Madden"); "the Mayor of New York
 * City" stays a post.
 */
function portfolioHolder(part: Token[], coreLength: number, known: KnownNames, text: string): Token[] | null {
  const title = part[coreLength - 1]
  if (!title || !isTitle(title) || !portfolioJoins.has(part[coreLength]?.lower ?? '')) return null
  // "Minister of State for Housing Jo Hale": the portfolio may hold a join of its own.
  const join = part.findLastIndex((token) => portfolioJoins.has(token.lower))
  // "Chairman of the Senate Finance Committee Ana Ruiz": the body the post belongs to may take "the".
  const rest = part.slice(part[join + 1]?.lower === 'the' ? join + 2 : join + 1)
  // A portfolio may be in lower case ("Opposition spokesman on national security Jo Hale", "president of
  // baseball operations Ana Ruiz"): the capitalised words after it can only be the holder's name.
  const portfolio = rest.findIndex((token) => token.capitalised)
  if (portfolio > 0 && rest.slice(0, portfolio).every((token) => token.word && !token.capitalised)) {
    const name = rest.slice(portfolio)
    return name.length === minNameAfterJob && name.every((token) => token.word) && readsAsName(name) ? name : null
  }
  if (rest.length <= minNameAfterJob || !rest.every((token) => token.word && token.capitalised)) return null
  if (!part.slice(coreLength + 1, join).every((token) => portfolioJoins.has(token.lower) || token.lower === 'the' || (token.word && token.capitalised))) return null
  const name = rest.slice(-minNameAfterJob)
  const surname = name.at(-1)!.value
  // A capitalised title is a post in its own right ("Minister for Health"); "a spokesman for Crest Contracting" is not.
  return known.referred.has(normaliseName(surname)) || honorificsBefore(surname, text) || (title.capitalised && readsAsName(name)) ? name : null
}

/**
 * Whether the two words ending a portfolio's run read as a person's name, not as the portfolio's own
 * words ("Minister for Health Ciarán Madden", not "Minister for Foreign Affairs Trade"): no body's or
 * portfolio's word, no place and no nation's adjective among them.
 */
function readsAsName(name: readonly Token[]): boolean {
  return name.every((token) => !places.has(token.value) && !isDemonym(token) && !portfolioWords.has(token.lower)) && !orgNameWords.test(spaced(name, (token) => token.value))
}

/** Words that end a minister's portfolio, so that they are never the holder's name ("Foreign Affairs"). */
const portfolioWords = new Set(['affairs', 'development', 'education', 'finance', 'justice', 'defence', 'defense', 'housing', 'trade', 'security', 'children', 'equality', 'enterprise', 'employment', 'industry', 'infrastructure', 'interior', 'culture', 'sport', 'tourism', 'planning', 'welfare', 'protection', 'reform', 'innovation', 'science', 'technology', 'works', 'expenditure', 'communications', 'climate', 'environment', 'water', 'lands', 'labour', 'labor', 'treasury', 'budget', 'economy', 'policing', 'citizenship', 'integration', 'youth', 'women', 'disability', 'transport', 'health', 'home', 'state', 'wales', 'scotland', 'ireland', 'europe'])

/** Whether the text gives a surname with an honorific somewhere ("Mr Ruiz", "Ms. Ruiz"). */
function honorificsBefore(surname: string, text: string): boolean {
  return honorificTitles.some((title) => text.includes(`${title} ${surname}`))
}

/** Honorifics as news writing capitalises them before a surname. */
const honorificTitles = ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.']

/**
 * Whether "to" after a noun of service or a text opens whom it serves or
 * goes to: "An adviser to Prime Minister Ana Ruiz", "a note to clients".
 */
function addressedTo(part: Token[], index: number): boolean {
  const before = part[index - 1]!.lower
  return part[index]!.lower === 'to' && (servingNouns.has(before) || documentNouns.has(before))
}

/**
 * Whether a word read as a verb modifies the noun after it: after an article,
 * or a compound adjective after one ("a leaked memo", "the state-run shipping
 * firm"), or before a text's noun ("a briefing note"), a post ("Labour's
 * housing spokesperson", "managing director") or, in -ing, a body ("federal
 * planning ministry spokesman").
 */
function modifiesNoun(part: Token[], index: number): boolean {
  const next = part[index + 1]
  const before = isCompoundAdjective(part[index - 1]!) ? index - 2 : index - 1
  return next !== undefined && next.word && (determiners.has(part[before]?.lower ?? '') || documentNouns.has(next.lower) || personTitles.has(next.lower) || kindOfBody(part, index))
}

/** Endings of past participles: "obtained", "seen", "shown". */
const participleEnding = /(ed|en|wn)$/

/** Particles a participle may take before its agent: "drawn up by the crew", "put together by". */
const participleParticles = new Set(['up', 'out', 'together'])

/**
 * Whether a participle with its agent after stands at `index` ("seen by Reuters", "obtained by the paper",
 * "kept by the group", "drawn up by the crew"), which opens a postmodifier.
 */
function participleBy(part: Token[], index: number): boolean {
  const token = part[index]!
  if (!participleEnding.test(token.lower) && !isParticiple(token)) return false
  const next = participleParticles.has(part[index + 1]?.lower ?? '') ? index + 2 : index + 1
  return part[next]?.lower === 'by'
}

/** Pronouns that open a relative clause with no "that" after a noun: "a statement it issued", "the list they drew up". */
const clauseSubjects = new Set(['it', 'they', 'he', 'she', 'we'])

function readPostmodifier(post: Token[], mention: Mention): void {
  for (const token of post) {
    if (!token.word) continue
    // "a person briefed on Acme's review": Acme is what the source knows of, not where it works.
    if (knowledgeOpeners.has(token.lower)) return
    if (token.capitalised) mention.affiliations.push(token.value)
    else if (organizationNouns.has(token.lower)) mention.affiliations.push(token.lower)
    if (roleWords.has(token.lower)) mention.roles.push(token.lower)
  }
}

/** The last run of capitalised words in a core phrase, and whether it ends the core. */
function lastRun(core: Token[], opener: Token | undefined): {tokens: Token[]; endsCore: boolean} | null {
  let end = core.length
  while (end > 0 && !core[end - 1]!.word) end--
  let index = end - 1
  const run: Token[] = []
  while (index >= 0) {
    const token = core[index]!
    if (ownsName(token, run)) break
    if (isName(token, opener) || (index === end - 1 && trailingLegalForm.test(token.value) && index > 0 && isName(core[index - 1]!, opener))) run.unshift(token)
    // "Monica de Bolle", "Ludwig van Dam": a particle between names is part of the name.
    else if (nameParticle.test(token.lower) && run.length > 0) run.unshift(token)
    else if (!(token.word === false && (token.value === '.' || token.value === '-'))) break
    index--
  }
  if (run.length > 0) return {tokens: run, endsCore: true}
  return null
}

/** A company's legal form that British and Asian style writes in lowercase after its name ("Acme Foods plc", "Sinar Jaya tbk"). */
const trailingLegalForm = /^(plc|ltd|llc|inc|bhd|tbk)\.?$/

/**
 * A run that ends a body's name "of" splits, joined to the name's start: "the
 * Association of Professional Flight Crews", not a person named "Flight
 * Crews". A title before "of" leads a person's name ("Secretary of State Ana
 * Ruiz"), as one inside the run does ("Mayor of Leeds Councillor Tom Hale").
 */
function wholeBodyName(core: Token[], run: {tokens: Token[]; endsCore: boolean} | null, opener: Token | undefined): {tokens: Token[]; endsCore: boolean} | null {
  if (!run) return run
  const at = core.indexOf(run.tokens[0]!)
  if (!followsBodyOf(core, at, run.tokens, (token) => isName(token, opener))) return run
  let start = at - 2
  while (start > 0 && isName(core[start - 1]!, opener)) start--
  return {tokens: core.slice(start, at + run.tokens.length), endsCore: run.endsCore}
}

/**
 * Whether a possessive name owns the person's name after it ("CNN’s Ana
 * Ruiz", "the Post’s Tom Hale"): the owner is where the person works, not
 * the start of the name. A company's name that goes on ("McDonald’s Corp",
 * "Moody’s Investors Service") stays whole.
 */
function ownsName(token: Token, run: Token[]): boolean {
  return run.length >= 2 && possessiveEnding.test(token.value) && token.capitalised && !orgNameWords.test(spaced(run, (name) => name.value))
}

/**
 * Whether a run's last word is the plural of a title, which ends the name of
 * a body of such people ("the Joint Chiefs of Staff", "the Conference of
 * Presidents"), never a person's name. Plural person nouns are left alone:
 * some are surnames ("Peter Sellers").
 */
function endsInPluralPost(token: Token): boolean {
  return token.lower.endsWith('s') && !token.lower.endsWith('ss') && personTitles.has(token.lower.slice(0, -1))
}

/** Whether a word is a title, with or without a full stop ("Dr", "Gen."), or one after a rank's prefix ("Vice-President", "Deputy-Mayor"). */
function isTitle(token: Token): boolean {
  const lower = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower
  const hyphen = lower.indexOf('-')
  return personTitles.has(lower) || (hyphen > 0 && titlePrefixes.has(lower.slice(0, hyphen)) && personTitles.has(lower.slice(hyphen + 1)))
}

/** Prefixes of a rank joined to a title by a hyphen; other compounds of titles are surnames ("King-Prince"). */
const titlePrefixes = new Set(['vice', 'deputy', 'acting', 'co', 'under', 'assistant'])

function isDemonym(token: Token): boolean {
  return demonyms.has(token.value)
}

function isAcronym(name: string): boolean {
  return acronym.test(name.replaceAll(' ', ''))
}

/** Plurals with no final s, and nouns for people taken as many ("staff told", "All of them"). */
const pluralWithoutS = new Set(['all', 'people', 'media', 'police', 'staff', 'personnel', 'clergy', 'men', 'women', 'children'])

function isPlural(noun: string): boolean {
  if (singularS.has(noun)) return false
  // "fishermen", "herdsmen": compounds of "men" the lexicon holds as people.
  return quantifierPronouns.has(noun) || pluralWithoutS.has(noun) || (noun.endsWith('s') && !noun.endsWith('ss')) || (noun.endsWith('men') && personNouns.has(noun))
}

/** The normalised surname of a full name: its last word before any "Jr." or "III". */
export function surnameOf(name: string): string {
  // Asked of every named mention: sliced from the end, with no array of words.
  const space = name.lastIndexOf(' ')
  const last = name.slice(space + 1)
  if (space > 0 && hyphenatedGivenName.test(last)) return normaliseName(familyNameWord(name.split(' ')))
  return space > 0 && generational.test(last) ? surnameOf(name.slice(0, space)) : normaliseName(last)
}

/**
 * A Chinese or Korean given name as English news spells it: two syllables joined by a hyphen, the second
 * in lowercase ("Wing-kit", "Jae-in", "Ing-wen"). Western double names capitalise both halves
 * ("Smith-Jones", "Jean-Pierre"), so the lowercase half tells the two apart.
 */
const hyphenatedGivenName = /^\p{Lu}\p{Ll}+-\p{Ll}+(?:['’]s)?$/u

/**
 * The family name in a name ending in a hyphenated given name: it comes first ("Moon Jae-in",
 * "Tsai Ing-wen"), or second after a Western given name ("Louis Chan Wing-kit", and the married name in
 * "Carrie Lam Cheng Yuet-ngor"), so that the later bare "Chan" or "Lam" is the same person.
 *
 * @param words The name's words, the hyphenated given name last.
 */
function familyNameWord(words: readonly string[]): string {
  return words[words.length >= 3 ? 1 : 0]!
}

/**
 * Whether the capitalised token at `at` opens a hyphenated given name the tokenizer splits in three
 * ("Wing", "-", "kit"; it keeps "Jae-in" whole): the run of capitalised words ends there though the name goes on.
 *
 * @param sentence Tokens of the sentence.
 * @param at Index of the run's last token.
 */
function opensHyphenatedGivenName(sentence: Token[], at: number): boolean {
  const hyphen = sentence[at + 1]
  const rest = sentence[at + 2]
  return hyphen?.value === '-' && rest !== undefined && rest.word && !rest.capitalised && hyphen.start === sentence[at]!.end && rest.start === hyphen.end
}

/**
 * Reduce a surname to the form its spelling variants share: no Arabic article,
 * no case, no trailing vowel ("El-Masria" and "al-Masri" -> "masr").
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(arabicArticle, '')
    .replace(possessiveEnding, '')
    .replace(finalVowels, '')
}

/** What the whole article says about names, for reading each mention. */
export interface KnownNames {
  /** Normalised surnames of people the article names in full or with a title. */
  persons: ReadonlySet<string>
  /**
   * Normalised first names of the people named in full, which a story may
   * use alone: for members of one family ("Ana Ruiz and her brother Leo
   * Ruiz ... Leo wrote") or for a name written family name first ("Wang
   * Lei ... Wang said").
   */
  given: ReadonlySet<string>
  /**
   * Normalised lone names a personal pronoun refers back to ("Okafor said he
   * ..."), with the pronoun's gender, null when the article uses both.
   */
  referred: ReadonlyMap<string, Gender | null>
  /** Single names the article uses for a body ("Tata officials", "a Hezbollah-run clinic"). */
  bodies: ReadonlySet<string>
  /** The leading words of bodies' full names, which the article may use alone ("Daeyang Marine" of "Daeyang Marine Co."). */
  shortBodies: ReadonlySet<string>
  /** People named with a title or a description before the name ("Gov. Ana Ruiz", "coach Leo Marsh"), in text order. */
  titled: readonly TitledName[]
  /** Relatives named in apposition ("his son, Grant,", "her brother Tom"), in text order. */
  relatives: readonly NamedRelative[]
}

/** A relative the article names right after the kin noun: "the victim's widow, Mary Jones,". */
export interface NamedRelative {
  /** Offset of the kin noun. */
  at: number
  kin: string
  /** The name written before the kin noun, possessive dropped ("Smith" of "Smith's son"), null for "his", "the". */
  owner: string | null
  name: string
}

/** A person's full name and the title words the article put before it. */
export interface TitledName {
  /** Offset of the name's first word. */
  at: number
  name: string
  /** Lowercase title words, abbreviations written out ("gov." as "governor"). */
  titles: ReadonlySet<string>
}

/** Abbreviated titles as a description spells them ("Gov. Ruiz" ... "the governor"). */
const titleSpellings = new Map([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['capt', 'captain'],
  ['lt', 'lieutenant'],
  ['sgt', 'sergeant'],
  ['prof', 'professor'],
  ['dr', 'doctor']
])

const personalSubject = /^(he|she)$/
const insideName = new Set(['(', '-', '/'])
const clauseJoiners = new Set(['and', 'but', 'while', 'as', 'when', 'that'])
/** The pronoun a person is referred back to by. */
export type Gender = 'he' | 'she'
/** A Map, not a pattern: it is asked of most words after a lone name. */
const genderedPronouns = new Map<string, Gender>([
  ['he', 'he'], ['his', 'he'], ['him', 'he'], ['himself', 'he'],
  ['she', 'she'], ['her', 'she'], ['hers', 'she'], ['herself', 'she']
])
/** "“We had no warning,” she said": a pronoun opening a quotation is no name. */
const ungenderedPronouns = new Set(['i', 'we', 'you', 'it', 'they'])
/** Written with and without the full stop, so that each word of a mention is looked up as it is, unchanged. */
const honorifics = new Map<string, Gender>(
  ([['mr', 'he'], ['mrs', 'she'], ['ms', 'she'], ['miss', 'she']] as const).flatMap(([title, gender]) => [[title, gender], [title + '.', gender]])
)
/** Descriptions that say which pronoun refers back to the person ("the actress", "her son"). */
const genderedNouns = new Map<string, Gender>([
  ...['man', 'actor', 'son', 'father', 'husband', 'brother', 'boy', 'spokesman', 'chairman', 'congressman', 'businessman', 'king', 'prince', 'uncle', 'grandfather', 'nephew'].map((word) => [word, 'he'] as const),
  ...['woman', 'actress', 'daughter', 'mother', 'wife', 'sister', 'girl', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'queen', 'princess', 'aunt', 'grandmother', 'niece'].map((word) => [word, 'she'] as const)
])

/** Note that a name is referred back to by a pronoun of a gender; both genders leave it unknown. */
function refer(referred: Map<string, Gender | null>, name: string, gender: Gender): void {
  const known = referred.get(name)
  referred.set(name, known === undefined || known === gender ? gender : null)
}

/**
 * Capitalised names a personal pronoun refers back to within the sentence,
 * before any other capitalised word ("Okafor said he would ...", "Rosa
 * Castillo told reporters that her campaign ..."), added to `referred` by
 * their last word with the pronoun's gender.
 *
 * @returns The last such name of the sentence, which a "He" or "She"
 * opening the next sentence would refer back to ("“…,” Moreau said. He left").
 */
function pronounReferents(sentence: Token[], referred: Map<string, Gender | null>): Token | null {
  // Names are normalised only when kept: most capitalised words are not.
  let lone: Token | null = null
  let last: Token | null = null
  let previousCapital = false
  let opensClause = false
  for (let index = 0; index < sentence.length; index++) {
    const token = sentence[index]!
    if (!token.word) {
      previousCapital = false
      continue
    }
    const capital = token.capitalised
    if (capital) {
      if (!previousCapital) {
        // "the Teamsters", "The Guardian": a name after "the" is a body's.
        // "Okafor said he ...", "“…,” Okafor said, adding that he ...": a subject opens its sentence or
        // clause; a name after a verb or preposition is its object ("leased it back to Acme, ... his stake").
        const before = sentence[index - 1]
        // "Rep. Ana Ruiz (D-NM)": a party and state in parentheses name no one.
        opensClause = (!before || (!before.word && !insideName.has(before.value)) || clauseJoiners.has(before.lower)) && !determiners.has(token.lower)
      }
      const next = sentence[index + 1]
      const endsName = !(next?.word && next.capitalised)
      // "Acme spokesperson Ana Ruiz said ... . He declined": a name before a job and a name is where that person works.
      // A plural after the name is a verb as often as a noun ("Vale coaches Riverside United").
      const employer = !possessiveEnding.test(token.value) && namesPerson(next) && !isPlural(next!.lower) && sentence[index + 2]?.capitalised === true
      lone = endsName && opensClause && !employer && !ungenderedPronouns.has(token.lower) && !genderedPronouns.has(token.lower) ? token : null
      // "Ruiz’s lawyer said ... . “…,” she said": the next sentence follows the lawyer, not Ruiz.
      if (lone && !ownsPerson(lone, next)) last = lone
    } else if (lone && genderedPronouns.has(token.lower)) {
      refer(referred, normaliseName(lone.value), genderedPronouns.get(token.lower)!)
      lone = null
    }
    previousCapital = capital
  }
  return last
}

const quoteOpeners = new Set(['“', '"'])
const quoteClosers = new Set(['”', '"'])

/**
 * The first word of a sentence, or the first after a quotation opening it:
 * "“What do you think?” he said" is told by whoever the sentence before was
 * about, as "He said ..." is.
 */
function openingSubject(sentence: Token[]): Token | undefined {
  const first = sentence.findIndex((token) => token.word || quoteOpeners.has(token.value))
  const opener = sentence[first]
  if (!opener) return undefined
  if (opener.word) return frontedSubject(sentence, first) ?? opener
  const closer = sentence.findIndex((token, index) => index > first && quoteClosers.has(token.value))
  // A quotation that is the whole sentence ("“He has taken responsibility.”") opens with its subject.
  return sentence.slice(closer + 1).find((token) => token.word) ?? sentence.find((token) => token.word)
}

/** Most tokens of a phrase fronted before a sentence's subject ("In a phone interview,"). */
const frontedReach = 8
/** Adverbs of time that front a sentence as a phrase would ("Later, he said"). */
const frontedAdverbs = new Set(['later', 'earlier', 'afterwards', 'then', 'still', 'however', 'meanwhile'])

/**
 * The subject after a short phrase of place, time or manner fronted before it: "he" in "In a phone
 * interview, he said" or "Later, he added". Not after a name ("Okafor, he said, was tired"), which is
 * the subject itself.
 */
function frontedSubject(sentence: Token[], first: number): Token | undefined {
  const opener = sentence[first]!
  if (!prepositions.has(opener.lower) && !frontedAdverbs.has(opener.lower)) return undefined
  const comma = sentence.findIndex((token, index) => index > first && index <= first + frontedReach && token.value === ',')
  return comma < 0 ? undefined : sentence.slice(comma + 1).find((token) => token.word)
}

/** Whether a possessive name owns the person after it: "Ruiz’s lawyer", "Ruiz’s spokesman". */
function ownsPerson(name: Token, next: Token | undefined): boolean {
  return possessiveEnding.test(name.value) && namesPerson(next)
}

/** Whether a word is a noun for a person's job or part: "lawyer", "spokesperson", "chief". */
function namesPerson(word: Token | undefined): boolean {
  return word !== undefined && (personNouns.has(word.lower) || personTitles.has(word.lower) || roleWords.has(word.lower))
}

/** Lowercase words after a name that make it a body's: its members, its forces, what it runs. */
const bodyMembers = new Set(['officials', 'source', 'sources', 'leaders', 'fighters', 'militants', 'members', 'forces', 'lawmakers', 'ministers', 'ministry', 'government', 'leadership', 'executives', 'shareholders', 'employees', 'staff'])
const bodyRuns = new Set(['run', 'led', 'controlled', 'owned', 'affiliated', 'linked', 'allied'])

/**
 * What the article as a whole says about names: the surnames of people it
 * names in full ("Olaf Brandt", "President Joe Biden") or refers back to by a
 * personal pronoun ("Moreau said he would ...", "Moreau said ... He left"),
 * so that a bare surname reads as a person, and the single names it uses for a body, before
 * the body's members ("Tata executives", "Hezbollah fighters") or what it runs
 * ("a Boeing-owned plant").
 *
 * @param tokens Every token of the text, by sentence.
 */
export function knownNames(tokens: Iterable<Token[]>): KnownNames {
  const surnames = new Set<string>()
  const given = new Set<string>()
  const bodies = new Set<string>()
  const shortBodies = new Set<string>()
  const referred = new Map<string, Gender | null>()
  const titled: TitledName[] = []
  const relatives: NamedRelative[] = []
  // The last lone name of the previous sentence, which a "He" or "She" opening this one refers back to.
  let pending: Token | null = null
  for (const sentence of tokens) {
    const opener = openingSubject(sentence)
    if (pending && opener && personalSubject.test(opener.lower)) {
      const name = normaliseName(pending.value)
      // "Reyes said she would appeal. Okafor said he would not. “…,” she said": after a quotation
      // the pronoun may mean someone else, so it only genders a name nothing has yet.
      if (opener === sentence.find((token) => token.word) || !referred.has(name)) refer(referred, name, opener.lower as Gender)
    }
    pending = pronounReferents(sentence, referred)
    // Headlines capitalise every word and end without a full stop, so their runs are not names.
    if (!isHeadline(sentence)) {
      readNameRuns(sentence, {surnames, given, bodies, shortBodies, titled})
      readRelatives(sentence, relatives)
    }
  }
  return {persons: surnames, given, referred, bodies, shortBodies, titled, relatives}
}

/** The most words a relative's name in apposition runs to ("Mary Ann Jones"). */
const relativeNameReach = 3

/**
 * Relatives a sentence names in apposition: a singular kin noun, then a name set off by commas ("his son,
 * Grant, defended", "said his brother, Ahmed Ali.") or written straight after it ("her brother Tom said").
 * Not a description that opens with a capital ("her husband, Senate candidate Joe Hale": the run must end
 * the apposition), a possessive ("his wife, Ohio's first lady"), nor a day or month ("his son Monday").
 */
function readRelatives(sentence: Token[], relatives: NamedRelative[]): void {
  for (const [index, token] of sentence.entries()) {
    if (!kinNouns.has(token.lower)) continue
    const comma = sentence[index + 1]?.value === ','
    const first = index + (comma ? 2 : 1)
    let end = first
    while (end < sentence.length && end - first < relativeNameReach && sentence[end]!.word && sentence[end]!.capitalised && !weekdaysAndMonths.has(sentence[end]!.lower)) end++
    if (end === first || ownerName(sentence[end - 1]!.value) !== null || determiners.has(sentence[first]!.lower)) continue
    const next = sentence[end]
    const closed = !next || [',', '.', '(', '—', ';'].includes(next.value)
    if (comma ? !closed : next?.capitalised) continue
    const before = sentence[index - 1]
    const owner = before?.capitalised ? ownerName(before.value) : null
    relatives.push({at: token.start, kin: token.lower, owner, name: spaced(sentence.slice(first, end), (word) => word.value)})
  }
}

/** A possessive's ending: "Smith's", "the Joneses'". */
const ownerEnding = /['’]s?$/

/**
 * The owner a possessive word names, normalised as surnames are ("Smith's" -> "smith"), or null for no possessive.
 *
 * @param word A word as written.
 */
export function ownerName(word: string): string | null {
  return ownerEnding.test(word) ? normaliseName(word.replace(ownerEnding, '')) : null
}

/** Whether a sentence is a headline: it ends without a full stop and most of its words are capitalised. */
function isHeadline(sentence: Token[]): boolean {
  if (sentenceEnd.test(sentence.at(-1)!.value)) return false
  let words = 0
  let capitalised = 0
  for (const token of sentence) {
    if (!token.word) continue
    words++
    if (token.capitalised) capitalised++
  }
  return capitalised * 2 > words
}

/**
 * Add what the runs of capitalised words of one sentence say: the surnames
 * and first names of people, titled names, and single names used for a body.
 * Its own function, apart from the loop over sentences, so that a rare kind
 * of run deoptimises and recompiles only this.
 *
 * @param sentence Tokens of the sentence.
 * @param names Where what the runs say goes.
 */
function readNameRuns(sentence: Token[], names: NameSets): void {
  // A run of capitalised tokens is kept as its indices: most runs are one
  // word long and never read, so no array is built for them.
  const run: number[] = []
  for (let index = 0; index < sentence.length; index++) {
    const token = sentence[index]!
    const next = index + 1 < sentence.length ? sentence[index + 1] : undefined
    if (token.capitalised && !(index === 0 && (determiners.has(token.lower) || openers.has(token.lower)))) {
      run.push(index)
      // One name, not the end of a longer one ("Tata officials", not "Ratan Tata officials").
      // The members are lowercase words: a capitalised next word is never hashed for them.
      if (run.length === 1 && next && ((!next.capitalised && bodyMembers.has(next.value)) || (next.value === '-' && next.start === token.end && bodyRuns.has(sentence[index + 2]?.lower ?? '')))) names.bodies.add(token.value)
    } else if (run.length > 0 && nameParticle.test(token.lower) && next?.capitalised) {
      // "Monica de Bolle": a particle between names does not end the run.
      continue
    } else if (run.length > 0 && (token.word || token.value !== '.')) {
      // Emptied only when it holds a run: setting an array's length is a
      // call into the runtime, and most words end no run.
      if (run.length > 1) readRun(sentence, run, names)
      else if (givesOwnName(sentence, run[0]!)) names.surnames.add(normaliseName(sentence[run[0]!]!.value))
      run.length = 0
    }
  }
  if (run.length > 1) readRun(sentence, run, names)
}

/** What `knownNames` gathers from the runs of capitalised words, as it reads them. */
interface NameSets {
  surnames: Set<string>
  given: Set<string>
  bodies: Set<string>
  shortBodies: Set<string>
  titled: TitledName[]
}

/**
 * Read a run of two capitalised words or more: a body's full name, or a person's name. A company's
 * full name makes its leading words of two or more its short name ("Daeyang Marine Co. ... Daeyang
 * Marine said", "Maplecrest Senior Living Inc."); one word alone is left to the rule for bare names.
 * An institution may bear a person's name ("the Karl Brenner Foundation", "Hattie Monroe Elementary
 * School"), so its leading words are no short name.
 */
function readRun(sentence: Token[], run: number[], names: NameSets): void {
  const last = sentence[run.at(-1)!]!
  if (orgNameWords.test(last.value) && !namedForPeople.has(last.lower)) {
    const first = determiners.has(sentence[run[0]!]!.lower) ? 1 : 0
    for (let end = first + 2; end < run.length; end++) names.shortBodies.add(spaced(run.slice(first, end), (at) => sentence[at]!.value))
  }
  addSurname(sentence, run, names)
}

/**
 * The last words of institutions often named after a person ("the Karl Brenner Foundation"); a medical
 * centre or a hospital is more often named after its place ("Mercy Ridge Medical Center ... Mercy Ridge said").
 */
const namedForPeople = new Set(['foundation', 'school', 'institute', 'university', 'college', 'library', 'museum', 'trust', 'fund', 'academy', 'society', 'prize', 'house', 'hall'])

/**
 * Add the surname of a run of capitalised words that names a person:
 * "Olaf Brandt", or a title before one name ("President Obama", "Dr Nakamura").
 *
 * @param sentence Tokens of the sentence.
 * @param run Indices of the run's tokens, read in place rather than copied
 * to an array of tokens.
 * @param names Where the surname, first name, titled name or listed company's name goes.
 */
function addSurname(sentence: Token[], run: number[], {surnames, given, bodies, titled: titledNames}: NameSets): void {
  // "Home Depot (NYSE: HD)": a name with a stock ticker is a listed company's, though two words long.
  if (listedCompany(sentence, run.at(-1)! + 1) || describedAsBody(sentence, run.at(-1)! + 1) || introducedAsBody(sentence, run)) {
    // With the particles the run skips: "Mar Abierto de Vida".
    bodies.add(spaced(sentence.slice(run[0], run.at(-1)! + 1), (token) => token.value))
    return
  }
  // A body's name the article introduced as one stays one where it stands alone.
  if (bodies.has(spaced(run, (at) => sentence[at]!.value))) return
  if (restOfBodyName(sentence, run) || endsInPluralPost(sentence[run.at(-1)!]!)) return
  // "CNN’s Ana Ruiz", "the Post’s Tom Hale": an owner inside the run is the person's employer; the name follows it.
  const owned = run.findLastIndex((at, index) => index < run.length - 1 && possessiveEnding.test(sentence[at]!.value))
  if (owned >= 0) run = run.slice(owned + 1)
  // "Indiana House Speaker Brian Bosma": the name is what follows the last title, the body before it is the post's.
  const lastTitle = run.findLastIndex((at) => isTitle(sentence[at]!))
  const whole = run
  if (lastTitle > 0 && lastTitle < run.length - 1) run = run.slice(lastTitle)
  let names = 0
  let first: Token | undefined
  let last: Token | undefined
  for (const at of run) {
    const token = sentence[at]!
    // "Sacramento-based Acme": where a body is based is no first name; "Jr." follows the surname.
    if (isTitle(token) || isDemonym(token) || placeBased.test(token.value) || generational.test(token.value)) continue
    names++
    first ??= token
    last = token
  }
  // A demonym before one name is an affiliation ("Afghan Taliban"), not a title.
  const titled = names === 1 && run.some((at) => isTitle(sentence[at]!))
  // "VOA Pentagon correspondent Ana Ruiz": a run before a person noun is the person's affiliation;
  // "President Ana Ruiz’s advisers" names their employer.
  const after = sentence[run.at(-1)! + 1]
  const owner = possessiveEnding.test(last?.value ?? '')
  const affiliation = !owner && after !== undefined && !after.capitalised && personNouns.has(after.lower)
  if (!((titled || names >= 2) && names <= 4 && !affiliation && !endsInUnitNoun(run.map((at) => sentence[at]!)) && !orgNameWords.test(spaced(run, (at) => sentence[at]!.value)))) return
  if (names >= 2 && (hyphenatedGivenName.test(last!.value) || opensHyphenatedGivenName(sentence, run.at(-1)!))) {
    addFamilyName(sentence, run, surnames)
    return
  }
  surnames.add(normaliseName(last!.value))
  // "Prime Minister Jan Berg": every title of the whole run, not only the one kept before the name.
  const titles = titleWords(sentence, whole)
  // Only a first and a last name the sentence shows to be a person's give a first name: "Acme Cloud"
  // or "President Acme North America" gives none.
  if (names === 2 && (titles.size > 0 || genderedNouns.has(sentence[whole[0]! - 1]?.lower ?? '') || describedAsPerson(sentence, whole.at(-1)! + 1))) given.add(normaliseName(first!.value))
  if (titles.size > 0) {
    const name = run.filter((at) => !isTitle(sentence[at]!) && !isDemonym(sentence[at]!))
    titledNames.push({at: sentence[name[0]!]!.start, name: spaced(name, (at) => sentence[at]!.value).replace(possessiveEnding, ''), titles})
  }
}

/**
 * Add the family name of a run that ends in a hyphenated given name or its first half ("Louis Chan
 * Wing-kit", "Moon Jae-in"); its words give no Western first name.
 *
 * @param sentence Tokens of the sentence.
 * @param run Indices of the run's tokens.
 * @param surnames Where the family name goes.
 */
function addFamilyName(sentence: Token[], run: number[], surnames: Set<string>): void {
  const names = run.filter((at) => !isTitle(sentence[at]!) && !isDemonym(sentence[at]!)).map((at) => sentence[at]!.value)
  // The word before the given name is the family name also when a portfolio leads the run ("Secretary
  // for Housing Agnes Lo Mei-ling"); the second word is a married name ("Carrie Lam Cheng Yuet-ngor").
  surnames.add(normaliseName(names.at(-2)!))
  surnames.add(normaliseName(familyNameWord(names)))
}

/**
 * Whether a run ends a body's name that "of" splits: "the Association of Professional
 * Flight Crews", "the Alliance of Small Island States". A person's name follows "of" only
 * after a title ("Secretary of State Ana Ruiz") or inside the run ("Mayor of Leeds Tom Hale"),
 * or after a lowercase noun ("a friend of Ana Ruiz"). A country's code inside a run
 * names a body's national arm ("Age UK Leeds", "Acme USA Retail"); a position's letters
 * there lead a person's name ("Browns QB Tom Hale").
 *
 * @param sentence Tokens of the sentence.
 * @param run Indices of the run's tokens.
 */
function restOfBodyName(sentence: Token[], run: number[]): boolean {
  if (run.some((at, index) => index > 0 && index < run.length - 1 && countryCodes.has(sentence[at]!.value))) return true
  return followsBodyOf(sentence, run[0]!, run.map((at) => sentence[at]!), (token) => token.capitalised)
}

/**
 * Whether a run of name words starting at `first` follows "of" after a word of a body's name
 * ("the Association of Professional Flight Crews"): neither that word nor the run holds a title, which
 * would lead a person's name instead ("Secretary of State Ana Ruiz", "Mayor of Leeds Councillor Tom Hale").
 *
 * @param tokens Tokens the run is in.
 * @param first Index of the run's first token.
 * @param run The run's tokens.
 * @param nameWord Whether the word before "of" may be part of a name.
 */
function followsBodyOf(tokens: Token[], first: number, run: Token[], nameWord: (token: Token) => boolean): boolean {
  const before = tokens[first - 2]
  return tokens[first - 1]?.lower === 'of' && before !== undefined && nameWord(before) && !isTitle(before) && !run.some(isTitle)
}

/** Words that open a stock ticker in parentheses: "(NYSE: HD)", "(ticker: ACF)". */
const tickerOpeners = new Set(['nyse', 'nasdaq', 'ticker', 'symbol', 'lse', 'tsx', 'asx', 'otc', 'amex', 'euronext'])

/** The symbol after an exchange's name, when the tokenizer keeps both as one word ("nasdaq:acme"). */
const tickerSymbol = /:.*$/

/** Whether a stock ticker follows a name at `after`: "(NYSE: HD)", "(Nasdaq:ACME)". */
function listedCompany(sentence: Token[], after: number): boolean {
  return sentence[after]?.value === '(' && tickerOpeners.has((sentence[after + 1]?.lower ?? '').replace(tickerSymbol, ''))
}

/** Words that end the noun phrase of a description and open what it says of the noun ("a group that runs ..."). */
const relativeOpeners = new Set(['who', 'whose', 'that', 'which'])
/** Articles that open a description in apposition: "a group", "the company". */
const appositiveArticles = new Set(['a', 'an', 'the'])

/**
 * Whether the description after a name, and after its abbreviation in brackets, is headed by a noun for a
 * body: "Harbor Rail Link, the company that runs the line", "the Tenant Action Collective (TAC), a
 * charity that runs a helpline", "Kamers Nu, a collective set up by students". The head is the last noun
 * before a preposition, relative or participle, so that "Ana Ruiz, the union leader" stays a person.
 *
 * @param sentence Tokens of the sentence.
 * @param after Index of the token after the name.
 */
function describedAsBody(sentence: Token[], after: number): boolean {
  const comma = sentence[after]?.value === '(' && sentence[after + 2]?.value === ')' ? after + 3 : after
  if (sentence[comma]?.value !== ',' || !appositiveArticles.has(sentence[comma + 1]?.lower ?? '')) return false
  let head: Token | undefined
  for (let index = comma + 2; index < sentence.length && index - comma <= appositiveReach; index++) {
    const token = sentence[index]!
    if (!token.word || prepositions.has(token.lower) || relativeOpeners.has(token.lower) || (head && (looksLikeVerb(token) || shortParticiples.has(token.lower)))) break
    head = token
  }
  return head !== undefined && organizationNouns.has(head.lower) && !personNouns.has(head.lower) && !alsoPeople.has(head.lower)
}

/** Most words between the article and a body's noun before its name: "the Barcelona-based rescue group". */
const bodyModifierReach = 3

/**
 * Whether a noun for a body comes straight before the name, in a phrase that opens the sentence or follows a
 * preposition, and the name ends the phrase: "The Lisbon-based charity Mar Abierto de Vida said", "according to the
 * charity Tenant Action,". After a verb the noun may be an object and the name the next clause's subject ("told
 * the committee Ana Ruiz had"); a verb after the name makes it the subject of a clause about the body ("The
 * charity Ana Ruiz founded said").
 *
 * @param sentence Tokens of the sentence.
 * @param run Indices of the name's words.
 */
function introducedAsBody(sentence: Token[], run: number[]): boolean {
  const start = run[0]!
  const after = sentence[run.at(-1)! + 1]
  if (after && after.word && !coreCues.has(after.lower)) return false
  const noun = sentence[start - 1]
  if (!noun || noun.capitalised || !organizationNouns.has(noun.lower) || personNouns.has(noun.lower) || alsoPeople.has(noun.lower)) return false
  let words = 0
  for (let index = start - 2; index >= 0 && words <= bodyModifierReach; index--) {
    const token = sentence[index]!
    // "Barcelona-based" is three tokens.
    if (token.value === '-') continue
    if (!token.word) return false
    words++
    if (!appositiveArticles.has(token.lower)) continue
    return index === 0 || prepositions.has(sentence[index - 1]!.lower) || sentence[index - 1]!.lower === 'to'
  }
  return false
}

/** Participles too short or irregular to look like verbs, which open a clause after the head: "a collective set up by students". */
const shortParticiples = new Set(['set', 'run', 'made', 'built', 'led', 'held', 'kept', 'begun', 'split'])

/** Nouns for a body that name a person's trade as well: "a software developer", "a veteran broadcaster". */
const trades = new Set(['developer', 'producer', 'operator', 'publisher', 'broadcaster', 'carrier', 'coastguard'])
/** Nouns for a body that may stand in apposition to a person: a trade, or the team or unit they lead. */
const alsoPeople = new Set([...trades, 'team', 'unit'])

/** Longest description after a name's comma, in tokens ("Li Wei, a doctor at ..."). */
const appositiveReach = 6

/**
 * Whether the words after a name describe a person: "Li Wei, a doctor at
 * the hospital", "Ana Ruiz, the agency's spokeswoman".
 *
 * @param sentence Tokens of the sentence.
 * @param after Index of the token after the name.
 */
function describedAsPerson(sentence: Token[], after: number): boolean {
  if (sentence[after]?.value !== ',') return false
  for (let index = after + 1; index < sentence.length && index <= after + appositiveReach; index++) {
    const token = sentence[index]!
    if (!token.word) return false
    if (personNouns.has(token.lower) || personTitles.has(token.lower) || roleWords.has(token.lower) || genderedNouns.has(token.lower)) return true
  }
  return false
}

/**
 * The title words of a person's name: titles in its run ("President", "Gov.")
 * with the words of the post before them ("Health Minister Tom Reed"), and a
 * lowercase title or person noun right before it with its modifiers
 * ("coach Leo Marsh", "provincial health officer Dr. Ann Lee"), so that "the
 * health minister" and "the provincial health officer" name the post.
 */
function titleWords(sentence: Token[], run: number[]): Set<string> {
  const titles = new Set<string>()
  const before = sentence[run[0]! - 1]
  if (before?.word && !before.capitalised && (personTitles.has(before.lower) || personNouns.has(before.lower))) {
    titles.add(before.lower)
    for (const word of postModifiers(sentence, run[0]! - 1)) titles.add(word)
  }
  const lastTitle = run.findLastIndex((at) => isTitle(sentence[at]!))
  for (const [index, at] of run.entries()) {
    const token = sentence[at]!
    if (!isTitle(token)) {
      // "Health" in "Health Minister Tom Reed": a word of the post; the name after the title is none.
      if (index < lastTitle && !possessiveEnding.test(token.value)) titles.add(token.lower)
      continue
    }
    const title = token.lower.replace(trailingStop, '')
    titles.add(titleSpellings.get(title) ?? title)
  }
  return titles
}

/** Longest run of modifiers before a post's noun: "deputy chief medical officer". */
const maxPostModifiers = 3

/**
 * The lowercased modifiers before a post's noun at `noun`: "provincial health" in "Provincial health officer",
 * "shadow" in "shadow chancellor"; they stop at a determiner, a possessive, a preposition or a clause word.
 */
function postModifiers(sentence: Token[], noun: number): string[] {
  const words: string[] = []
  for (let at = noun - 1; at >= 0 && noun - at <= maxPostModifiers; at--) {
    const token = sentence[at]!
    if (!token.word || determiners.has(token.lower) || prepositions.has(token.lower) || notInSubject.has(token.lower) || possessiveEnding.test(token.value) || (token.capitalised && at > 0)) break
    words.push(token.lower)
  }
  return words
}

/** Descriptions news writing uses for a title of another word: "Justice Ana Ruiz" is "the judge". */
const titleFor = new Map([['judge', 'justice']])

/**
 * The person a bare definite description stands for ("the governor" after
 * "Gov. Ana Ruiz", "the prime minister" after "Prime Minister Jan Berg",
 * "British Columbia's provincial health officer" before "Provincial health
 * officer Dr. Ann Lee"): of the names before it whose title words hold every
 * word of the description, the one whose surname the text used last (a
 * governor named in passing after the article's own is not "the governor" it
 * quotes); with none before, the one name after it holding a post the
 * description qualifies by portfolio or place. A bare "the president" before
 * any name is too often another holder of the post, and two holders leave it
 * open which one is meant.
 *
 * @param words Words of the description, "the" or an owner's possessive before the post.
 * @param at Offset of the description.
 * @param text The whole text.
 * @param known What the article says about names.
 */
function titledPerson(words: Token[], at: number, text: string, known: KnownNames): string | null {
  const owned = words.findLastIndex((word) => possessiveEnding.test(word.value))
  const post = owned >= 0 ? words.slice(owned + 1) : words[0]!.lower === 'the' ? words.slice(1) : []
  // "The campaign" after "Campaign manager Ed Lowe" is the body: a post ends in a title or a person's noun.
  const head = post.at(-1)?.lower ?? ''
  if (!(personTitles.has(head) || personNouns.has(head) || titleFor.has(head))) return null
  const holds = (titledName: TitledName): boolean => post.every((word) => titledName.titles.has(word.lower) || titledName.titles.has(titleFor.get(word.lower) ?? ''))
  // "The city's counting officer": an owner's post may be another owner's by the same title, so only its one holder.
  if (owned >= 0) return onlyHolder(known.titled, holds)
  let person: string | null = null
  let latest = -1
  for (const titledName of known.titled) {
    if (titledName.at >= at) break
    if (!holds(titledName)) continue
    const used = text.lastIndexOf(titledName.name.slice(titledName.name.lastIndexOf(' ') + 1), at)
    if (used >= latest) {
      latest = used
      person = titledName.name
    }
  }
  return person ?? (post.length > 1 ? onlyHolder(known.titled, holds) : null)
}

/** The one person the article names with a post, or null when it names none or several. */
function onlyHolder(titled: readonly TitledName[], holds: (titledName: TitledName) => boolean): string | null {
  const holders = new Set(titled.filter(holds).map((titledName) => titledName.name))
  return holders.size === 1 ? [...holders][0]! : null
}

const roleTable: Array<[SourceRole, RegExp]> = [
  ['police-military', /\b(police|military|army|soldiers?|troops|commanders?|gen\.?|general|colonel|officers?|defen[cs]e|forces|navy|pentagon|sheriff)\b/],
  ['judicial', /\b(judges?|courts?|prosecutors?|attorneys?|lawyers?|justices?|tribunal|magistrate)\b/],
  ['media', /\b(media|news|newspapers?|correspondents?|reporters?|journalists?|press|afp|reuters|ap|associated|axios|site|channel|network|broadcaster|tv|television|radio|outlet|magazine|times|post)\b/],
  ['politician', /\b(senators?|sen\.?|rep\.?|lawmakers?|congressman|congresswoman|candidates?|party|president|prime|minister|governor|mayor|mp|parliament|politicians?|leader|chancellor|king|campaign)\b/],
  ['official', /\b(officials?|spokes(man|woman|person|people)|ministry|government|department|administration|authorit(y|ies)|diplomats?|ambassador|envoys?|intelligence|security|embassy|agency|secretary|aides?|advisers?)\b/],
  ['business', /\b(company|companies|ceo|executives?|firms?|business|corporation|bank|investors?|industry|chairman|inc|corp)\b/],
  ['expert', /\b(analysts?|experts?|professors?|researchers?|economists?|scientists?|scholars?|study|university|institute|think tank)\b/],
  ['advocacy', /\b(activists?|advocates?|rights|campaigners?|ngo|charity|union|advocacy|coalition)\b/],
  ['citizen', /\b(residents?|witness(es)?|voters?|citizens?|mother|father|students?|workers?|protesters?|locals?|villagers?|families|family|survivors?|neighbou?rs?)\b/]
]

/**
 * Stakeholder role from the words an article uses for a source.
 *
 * @param description Lowercased words of every mention of the source.
 */
export function roleOf(description: string): SourceRole {
  for (const [role, pattern] of roleTable) {
    if (pattern.test(description)) return role
  }
  return 'unknown'
}
