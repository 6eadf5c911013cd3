/**
 * Closed word classes the rules read. Kept as plain sets so every lookup is
 * O(1); each list is general English news usage, never names of one story.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean))
}

/** Words that cannot be inside the subject phrase in front of a cue. */
export const notInSubject = set(`
  and but or nor yet so because since although though while whereas as if unless until when whenever where
  after before once than that which whom whose whether what
  is are was were be been being am has have had having will would can could may might must should shall do does did
  not no never also too still even just only already now then meanwhile however moreover furthermore instead
  again later earlier previously recently soon today yesterday tonight there here thus therefore indeed
  him them me us it's i'm
  says said say told tells added adds noted insisted confirmed warned claimed denied reported according
`)

/**
 * Past forms of clauseVerbs that are past participles too, which a preposition after them shows to be modifying
 * the noun before: "residents stuck in the town", "a woman struck by the car".
 */
export const participleClauseVerbs = set(`hung struck stuck swung fought sought bought caught taught hid wept`)

/**
 * Common verbs without a regular ending, which end a subject read forwards
 * ("The diplomat spoke on condition of anonymity").
 */
export const clauseVerbs: ReadonlySet<string> = new Set([
  ...set(`
    spoke speaks talked went goes came comes made makes took takes gave gives got gets met meets saw sees knew
    thought left held ran became began brought kept found put set won lost sent wrote stood fell felt led paid
    rose sat spent threw understood agreed wants wanted appeared seemed remains remained read reads
    shook drew swore broke rang sang tore wore woke rode flew grew blew drove chose froze
  `),
  ...participleClauseVerbs
])

/** Subject pronouns that are a whole source on their own. */
export const pronouns = set(`he she they it we i you who`)

/**
 * Conjunctions that tie a sentence to the one before it, before its subject:
 * "But Jane Doe, head of the union, argued", "But a ministry official,
 * speaking …, said"; not "So far, police …", whose "so" opens an adverbial.
 */
export const linkingConjunctions = set(`but and yet`)

/** Pronouns that stand for one person or each of several: "someone", "either". */
export const personPronouns = set(`another one someone somebody anyone anybody everyone everybody nobody none each either neither`)

/** Auxiliaries and adverbs that join a reporting verb in its cue ("has since said"). */
export const cueAuxiliaries = set(`
  has have had is are was were will would also since previously later earlier repeatedly reportedly publicly
  privately again already recently further then once allegedly initially subsequently did does do not never
  has' never didn't doesn't don't hasn't haven't hadn't wasn't weren't isn't aren't wouldn't won't couldn't
`)

/** Words that open an occasion or a time after a cue, not a reported clause ("asked as she left"). */
export const occasionOpeners = set(`as while when whenever because until soon shortly moments`)

/** Leading words trimmed from a subject phrase ("In Lagos the officials"). */
export const prepositions = set(`
  in on at of for from with by to about among during after before into over under across against without
  within between through near like per outside inside behind beside beyond amid amidst despite toward towards upon throughout alongside along
`)

export const determiners = set(`the a an this these those his her its their our my your some several many two three four`)

/** A token that starts with a digit: a figure, a date, an age. */
export const leadingDigit = /^\d/

/** Numbers written as words that count a few of something: "three filling stations". */
export const smallNumbers = set(`two three four five six seven eight nine ten`)

/** Apostrophes that close a plural owner's name ("tenants' meeting", "the experts’ conclusions"). */
export const apostrophes: ReadonlySet<string> = new Set(["'", '’'])

/** Modal verbs, before a verb that is not yet said or only possible. */
export const modal = /^(would|could|might|should|will|can|may|must)$/

/** A year from 1800 to 2099, a date rather than a figure. */
export const year = /^(1[89]|20)\d\d$/

export const weekdaysAndMonths = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
`)

/** Words after a cue that place it in time and are not what was said. */
export const timeWords = set(`
  today yesterday tonight earlier later last this next recently previously morning afternoon evening night week
  month year weekend overnight
`)

/** Lowercase -ed/-ing words that are adjectives inside a subject, not its verb. */
export const participleModifiers = set(`
  unnamed unidentified concerned detained elected retired embattled leading ruling governing opposing outgoing
  incoming visiting acting founding briefed involved based affiliated aligned backed appointed exiled jailed
  armed united registered licensed trained qualified unauthorized authorized respected veteran
  informed experienced accused indicted certified accredited renowned acclaimed disgraced neighbouring neighboring
  surrounding outlying remaining
`)

/**
 * Titles written short that retext-english takes for the end of a sentence ("Coun. Ana Ruiz", "Det. Tom
 * Hale", "Cllr. Jo Lee"); it knows the common ones ("Sen.", "Sgt.", "Gov."). Not "Const." nor "Adm.",
 * which end sentences too ("breaches the Const.").
 */
export const shortTitles = set(`coun cllr insp det cpl pte cmdr ald`)

/** Titles in front of a person's name. */
export const personTitles = set(`
  mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady sen sen. senator rep rep. representative gov gov. governor
  president vice prime minister secretary chancellor king queen prince princess sheikh general gen gen. col col.
  colonel lt lt. captain capt capt. sgt sgt. judge justice mayor ambassador pope cardinal rabbi imam father
  professor prof prof. chairman chairwoman chairperson ceo commissioner speaker leader chief director spokesman spokeswoman
  spokesperson adviser advisor aide correspondent reporter deputy attorney officer commander
  undersecretary under-secretary taoiseach treasurer premier
  datuk dato datin tun seri alhaji alhaja comrade engr engr. atty atty.
  superintendent chair ${[...shortTitles].flatMap((title) => [title, `${title}.`]).join(' ')}
`)

/** Nouns for people, heading an unnamed source ("a senior official"). */
export const personNouns = set(`
  coach coaches manager managers administrator administrators captain captains player players nurse nurses teacher teachers farmer farmers
  owner owners founder founders trader traders investor investors broker brokers banker bankers dealer dealers miner miners
  user users fan fans parent parents passenger passengers consumer consumers shopper shoppers
  official officials source sources spokesman spokeswoman spokesperson spokespeople diplomat diplomats person people
  aide aides adviser advisers advisor advisors analyst analysts expert experts resident residents witness witnesses
  member members leader leaders minister ministers officer officers correspondent correspondents lawmaker lawmakers
  negotiator negotiators mediator mediators insider insiders observer observers monitors worker workers doctor doctors
  activist activists representative representatives commander commanders soldier soldiers employee employees
  executive executives director directors staffer staffers investigator investigators prosecutor prosecutors
  lawyer lawyers attorney attorneys judge judges economist economists researcher researchers scientist scientists
  professor professors strategist strategists operative operatives voter voters supporter supporters critic critics
  candidate candidates senator senators president chairman chairwoman chairperson chairpersons chief envoy envoys ambassador ambassador
  man woman men women father mother student students protester protesters organizer organizers reporter reporters
  journalist journalists friend friends neighbor neighbors relative relatives family families survivor survivors
  victim victims manager managers owner owners farmer farmers teacher teachers nurse nurses police-officer
  delegate delegates functionary functionaries lawmaker governor mayor colleague colleagues partner partners counterpart counterparts
  participant participants attendee attendees figure figures personnel clergy head heads patient patients
  professional professionals royal royals mogul moguls tycoon tycoons boss bosses
  opponent opponents proponent proponents campaigner campaigners
  landlord landlords tenant tenants advocate advocates refugee refugees migrant migrants immigrant immigrants
  villager villagers fisherman fishermen pilot pilots homeowner homeowners landowner landowners
  detective detectives constable constables clerk clerks guard guards author authors co-author co-authors
  son daughter brother sister husband husbands wife wives widow widows widower widowers
  uncle uncles aunt aunts cousin cousins nephew nephews niece nieces grandmother grandmothers grandfather grandfathers
  grandson grandsons granddaughter granddaughters sibling siblings fiance fiancee boyfriend girlfriend
  neighbour neighbours organiser organisers labourer labourers bystander bystanders onlooker onlookers
  eyewitness eyewitnesses mourner mourners volunteer volunteers paramedic paramedics medic medics
  firefighter firefighters driver drivers shopkeeper shopkeepers engineer engineers
  servant servants porter porters cleaner cleaners waiter waiters waitress chef chefs laborer laborers caretaker caretakers
  janitor janitors nanny carer carers caregiver caregivers hawker hawkers trucker truckers mechanic mechanics
  electrician plumber technician technicians inspector inspectors auditor auditors accountant accountants
  academics scholar scholars lecturer lecturers pupil pupils pensioner pensioners retiree retirees veterans
  worshipper worshippers pastor priest priests imams cleric clerics monk monks nun nuns herder herders herdsman herdsmen
  sailor sailors seafarer seafarers ranger rangers warden wardens inmate inmates prisoner prisoners detainee detainees
  defendant defendants juror jurors attendant attendants steward stewards bartender commuter commuters motorist motorists
  tourist tourists visitor visitors midwife midwives surgeon surgeons pharmacist pharmacists dentist therapist
  psychologist psychiatrist counsellor counselor headteacher headmaster tutor tutors athlete athletes footballer
  footballers spectator spectators musician musicians singer actor actress artist artists photographers editor editors
  columnist entrepreneur entrepreneurs cashier cashiers peasant peasants policeman policemen policewoman
  librarian librarians historian historians physician physicians pediatrician paediatrician clinician clinicians
  statistician statisticians veterinarian vet vets dietitian curator curators archivist
  specialist specialists epidemiologist epidemiologists virologist virologists biologist biologists ecologist
  ecologists geologist geologists meteorologist meteorologists climatologist climatologists seismologist
  sociologist sociologists demographer demographers pollster pollsters physicist physicists chemists
  academic veteran photographer writers novelist novelists poet poets filmmaker filmmakers
  screenwriter screenwriters showrunner showrunners comedian comedians designer designers architect architects
  planner planners lobbyist lobbyists pundit pundits commentator commentators blogger bloggers influencer influencers
  demonstrator demonstrators dissident dissidents defector defectors whistleblower whistleblowers informant informants
  plaintiff plaintiffs claimant claimants complainant complainants petitioner petitioners applicant applicants
  graduate graduates trainee trainees intern interns apprentice apprentices
  recruit recruits cadet cadets conscript conscripts reservist reservists hostage hostages evacuee evacuees
  rescuer rescuers responder responders renter renters buyer buyers seller sellers homebuyer homebuyers
  borrower borrowers saver savers taxpayer taxpayers ratepayer ratepayers customer customers client clients
  subscriber subscribers viewer viewers listener listeners readers bakers butchers grocer
  vendor vendors stallholder stallholders merchants grower growers rancher ranchers smallholder smallholders
  welder welders tailor tailors cabbie cabbies maid maids housekeeper housekeepers
  hairdresser hairdressers seamstress seamstresses bricklayer bricklayers
  roofer roofers plasterer plasterers machinist machinists
  farmhand farmhands beekeeper beekeepers fisherwoman boatman boatmen ferryman dockworker dockworkers
  longshoreman longshoremen deckhand deckhands lifeguard lifeguards jailer jailers solicitor solicitors
  barrister barristers notary notaries surveyor surveyors writer dancer dancers stylist stylists imam rabbi rabbis
  programmer programmers coder coders gamer gamers vlogger podcaster podcasters cyclist cyclists pedestrian pedestrians
  orphan orphans cricketer cricketers goalkeeper goalkeepers referee referees umpire umpires jockey jockeys
  boxer boxers wrestler wrestlers swimmer swimmers sprinter sprinters climber climbers
  mothers fathers sons daughters councillor councillors councilor councilors alderman aldermen alderwoman
`)

/**
 * Singular nouns for a relative, which a name in apposition may follow ("his son, Grant,", "her brother Tom"):
 * a later "his son" or "the widow" is that named person.
 */
export const kinNouns = set(`
  son daughter brother sister husband wife widow widower mother father uncle aunt cousin nephew niece
  grandmother grandfather grandson granddaughter stepson stepdaughter stepfather stepmother sibling fiance fiancee
  boyfriend girlfriend
`)

/** Nouns for organisations, heading a source that speaks for a body ("the ministry"). */
export const organizationNouns = set(`
  government governments ministry ministries department agency agencies army military police authority authorities collective collectives
  company companies firm firms campaign committee council court courts office embassy party parties group groups
  movement administration organization organisation union coalition commission bank network channel newspaper
  paper outlet site website broadcaster magazine daily agency institute university foundation association
  federation league club team board regime cabinet parliament congress senate house presidency kremlin
  secretariat directorate service services corporation bureau unit command forces force mission
  lender lenders insurer insurers carrier carriers airline airlines retailer retailers manufacturer manufacturers
  automaker carmaker planemaker chipmaker producer producers exporter exporters operator operators utility utilities
  miner miners regulator regulators watchdog broker brokerage developer publisher conglomerate startup
  supermarket chain brand hospital hospitals school schools charity charities country countries nation nations
  giant giants opposition panel panels jury tribunal tribunals chamber chambers label labels fund funds band bands consultancy
  branch branches chapter chapters forum forums alliance alliances cooperative cooperatives society societies trust trusts coastguard coastguards dairy dairies
`)

/**
 * Findings and figures that show or suggest as a document does, though no
 * one issues them as a text ("Those facts suggest", "forecasts called for"):
 * typed as documents, never as groups of people. Apart from the nouns for
 * texts, whose cues they do not share.
 */
export const evidenceNouns = set(`
  fact facts result results forecast forecasts projection projections statistic statistics calculation calculations
  analyses trend trends indicator indicators remarks speech speeches ad ads advert adverts article articles website
  websites regulation regulations rule rules law laws theory theories minutes papers logs returns
  messages texts receipts invoices files pictures photographs readings measurements
`)

/** Nouns for texts and figures that speak as documents ("the report said"). */
export const documentNouns = set(`
  text statement statements report reports study studies survey surveys poll polls estimate estimates document documents
  flyer flyers leaflet leaflets pamphlet pamphlets brochure brochures summons
  data figures records record filing filings letter letters memo memos indictment complaint lawsuit lawsuits suit suits analysis
  assessment review census audit audits investigation probe probes count tally findings transcript transcripts order ruling decision
  release communique communiqué email emails post tweet tweets video footage research paper
  draft drafts note notes cable cables dossiers slide slides
  resolution resolutions motion petition petitions declaration affidavit verdict judgment judgement warrant
  charge-sheet chargesheet dossier evidence presentation presentations scan scans tests image images photo
  photos photograph photographs x-ray x-rays guidance guidelines manual manuals handbook inquiry inquest story stories
  notice notices summary summaries copy circular circulars section sections annex appendix statistics
  docket dockets database databases dataset datasets spreadsheet spreadsheets list lists ledger bulletin bulletins
  newsletter advisory directive directives submission submissions disclosure disclosures polling modelling modeling
  timeline timelines screenshot screenshots chronology tallies map maps
`)

/** Verbs that report what a document says only with a document as subject ("the audit found", "polls show"). */
export const documentVerbs = set(`found finds find show shows showed shown states`)

/**
 * Verbs of belief, intention and stance: after "reportedly" their subject holds
 * the view ("the government reportedly believes"); any other verb makes the
 * adverb an agentless report ("the bridge reportedly cost $40 million").
 */
export const stanceVerbs = set(`
  believe believes believed think thinks thought want wants wanted plan plans planned intend intends intended
  fear fears feared hope hopes hoped expect expects expected consider considers considered favor favors favored
  favour favours favoured oppose opposes opposed prefer prefers preferred feel feels felt regard regards regarded
  know knows knew suspect suspects suspected doubt doubts doubted worry worries worried
`)

/** Adverbs that hedge a statement on a report nobody is named for. */
export const hedgeAdverbs = set(`reportedly allegedly purportedly supposedly`)

/** Nouns for people as a mass or as the press, and for a share of people ("51 percent say", "a majority"). */
export const groupNouns = set(`media press public crowd couple couples residents percent cent majority minority plurality`)

/** Words that join a clause of its own to the stretch before a verb: "Officials denied it but analysts said". */
export const clauseJoiners = set(`but while whereas although though`)

/** Quantifiers that stand alone for a group of people ("Some said", "Many say"). */
export const quantifierPronouns = set(`some many several most others few both`)

/** Singular nouns that end in s. */
export const singularS = set(`witness eyewitness press news series species bus boss analysis business status campus mass`)

/** Words marking anonymity in the source's own description. */
export const anonymityWords = set(`anonymous unnamed unidentified`)

/** Modifiers and heads that give an unnamed source a role ("intelligence official"). */
export const roleWords = set(`
  intelligence security military defense defence foreign interior justice finance health police enforcement diplomatic
  diplomat diplomats ministry negotiator negotiators mediator mediators spokesman spokeswoman spokesperson aide aides
  adviser advisers advisor advisors commander commanders officer officers prosecutor prosecutors investigator
  investigators lawyer lawyers judge judges analyst analysts economist economists campaign administration
  cabinet parliamentary congressional embassy consular presidential palace army navy border customs treasury
  energy trade education transportation state department white-house
  executive executives director directors minister ministers ambassador envoy envoys staffer staffers
  strategist strategists operative operatives correspondent correspondents
  manager managers captain captains owner owners clerk clerks driver drivers engineer engineers nurse nurses
  doctor doctors teacher teachers farmer farmers trader traders banker bankers researcher researchers
  scientist scientists reviewer reviewers stallholder stallholders shopkeeper shopkeepers worker workers
`)

/** Phrases telling why a source is in a position to know. */
export const knowledgePattern =
  /\b(familiar with|(direct |close |first-?hand |intimate )?knowledge of|knowledgeable|briefed on|involved in|close to the|privy to|with access to|who (attended|participated|was present|were present|took part)|present at|aware of the|directly involved)\b/i

/** The wire formula of knowledge ("familiar with the matter"), which says nothing of what the source knows. */
export const formulaicKnowledgePattern = /\b(familiar with|knowledge of|briefed on|close to|aware of|privy to) the (matter|matters|situation|issue|case)\b/i

/** Words that open a phrase of knowledge after a source's noun ("briefed on the review"): the names after them are what the source knows, not its affiliation. */
export const knowledgeOpeners = set(`familiar briefed involved privy knowledgeable knowledge aware close attended participated present access`)

/**
 * Nouns for a post in a body ("a council member", "Acme employees"): with the body named, they say where the
 * source works and what it does. Not "official", which says no more than "source" does ("Israeli officials").
 */
export const postNouns = set(`member members employee employees staff staffer staffers mp mps mep meps msp msps mla mlas councillor councillors councilor councilors`)

/** Builds one case-insensitive pattern from the kinds of phrasing it stands for, each a whole word run. */
function anyOf(...kinds: string[]): RegExp {
  return new RegExp(`\\b(?:${kinds.join('|')})\\b`, 'i')
}

/** A negation, whole word: "not", "never", "cannot", "didn't", "wouldn’t"; the auxiliaries listed, as a word run before "n't" costs a scan at every word. */
const negation = `(?:not|never|cannot|(?:do|does|did|is|are|was|were|has|have|had|would|could|should|wo|ca|must|need)n['’]t)`
const pronounOwner = `(?:his|her|their)`
const nameNoun = `(?:(?:full |real |last |first |family |sur)?names?|identit(?:y|ies))`
const speechVerb = `(?:speak|talk|comment|discuss|brief|disclose|reveal|share|be quoted|go on the record)`

/**
 * How writers say they withheld a name. Kinds, not phrasings: a condition of anonymity ("on the strict
 * condition that their names not be used"), anonymity asked for or granted ("insisted on anonymity", "was
 * granted anonymity"), a wish not to be named ("did not want to be identified", "asked to remain
 * anonymous"), a name withheld, changed or not given ("whose name has been changed", "declined to give her
 * surname", "did not want his name used", "whose identity is known to the BBC", "not her real name", "a
 * pseudonym"), only part of a name given ("gave only her first name", "would
 * only be identified as"), and a source not cleared to speak ("not authorised to", "had no permission to
 * brief").
 */
export const anonymityPattern = anyOf(
  `(?:on|under) (?:the |a )?(?:strict |express |firm )?conditions? (?:(?:of|that) )?(?:anonymity|not being (?:named|identified|quoted)|(?:neither )?(?:he|she|they|it|his|her|their)\\b[^,.;]{0,40}?\\b(?:not|never|nor|anonymous|names?|identit(?:y|ies)))`,
  `(?:request(?:ed|ing|s)?|sought|seek(?:ing|s)?|insist(?:ed|ing|s)? on|on|under (?:the )?(?:cover|cloak|promise|condition) of|in (?:return|exchange) for|demand(?:ed|ing|s)?|ask(?:ed|ing|s)? for|granted|given|offered|promised|guaranteed|(?:promise|guarantee|grant|assurance|offer)s? of) (?:the )?(?:strict |full |complete |total )?anonymity`,
  `anonymously`,
  `(?:remain(?:ing|s|ed)?|stay(?:ing|s|ed)?|be kept|to be) anonymous`,
  `(?:declin|refus)(?:ed|ing|es?) to be (?:named|identified|quoted)`,
  `${negation} (?:to |want(?:ing|ed)? to |wish(?:ing|ed)? to |like to |care to )?be(?:ing)? (?:publicly )?(?:named|identified|quoted)`,
  `wished not to be (?:named|identified|quoted)`,
  `without being (?:named|identified)`,
  `(?:who )?asked that (?:only )?${pronounOwner} ${nameNoun}`,
  `${nameNoun} (?:(?:is|are|was|were|has|have|had|been|being|be|will|would|to) ){0,3}(?:withheld|changed|altered|concealed|protected|hidden|kept (?:secret|private|confidential))`,
  `${nameNoun} (?:(?:is|are|was|were|has|have|had|will|would) ){0,2}${negation} (?:(?:been|being|be) )?(?:given|published|used|disclosed|revealed|printed|made public)`,
  // The names of the article's own people, picked out by having spoken to it: "Names of staff who spoke to the
  // paper have been withheld", "The names of some of the residents interviewed have been changed".
  `${nameNoun} of [^,.;]{1,80}?\\b(?:who (?:spoke|talked|agreed)|interviewed|quoted)\\b[^,.;]{0,60}? (?:(?:is|are|was|were|has|have|had|been|will) ){1,3}(?:withheld|changed|altered|concealed)`,
  `whose ${nameNoun} [^,.;]{0,40}?withh(?:eld|olding)`,
  `whose ${nameNoun} (?:is|are|was|were) known to`,
  `${negation} ${pronounOwner} real names?`,
  `(?:under|using|uses|used|with|given) a pseudonym`,
  `(?:withh(?:eld|old|olding|olds)|${negation} (?:using|publishing|naming|printing|disclosing|revealing)) (?:the |${pronounOwner} )?${nameNoun}`,
  `(?:agreed|decided|chose|chosen|agreeing|deciding|choosing) not to (?:name|identify|publish the names? of)`,
  // Asked of the outlet: "who asked us not to use her name".
  `not to (?:use|publish|print|reveal|disclose|include) ${pronounOwner} ${nameNoun}`,
  // The outlet's own refusal, in the progressive of its standing policy: "The Courier is not naming the woman".
  `(?:is|are)(?: not|n['’]t) (?:naming|identifying)\\b`,
  `(?:declin|refus)(?:ed|ing|es?) to (?:give|provide|disclose|reveal|share|state|offer|spell|confirm) ${pronounOwner} ${nameNoun}`,
  `${negation} (?:(?:want|wish|care)(?:ed)? to )?(?:give|provide|disclose|reveal|share|state|offer) ${pronounOwner} ${nameNoun}`,
  `${negation} (?:want|wish|like)(?:ed)? ${pronounOwner} (?:\\w+ )?names?`,
  // A group's refusal with "none" or "neither" as its negation: "None of them would give their names".
  `(?:none|neither)\\b[^,.;]{0,20}?\\b(?:would|wanted to|wished to|agreed to|(?:was|were) willing to) (?:(?:give|provide|disclose|reveal|share|state|offer) ${pronounOwner} ${nameNoun}|be (?:named|identified|quoted))`,
  // Terms the outlet agreed with its source: "under ground rules that did not allow for his name to be used".
  `(?:under|on) (?:the |an? )?(?:ground[ -]?rules|terms|agreement|arrangement|understanding)\\b[^,.;]{0,60}?\\b(?:anonymity|anonymous|attribution|(?:named|identified)\\b|${nameNoun}\\b)`,
  `(?:gave|give|gives|giving|provided|offered|shared|use|used|using|goes by|go by) (?:only )?${pronounOwner} (?:(?:first|given|nick|christian|military|code) ?names?|initials|names? (?:only )?as)`,
  `(?:identified|identify|identifying) (?:(?:himself|herself|themselves) )?(?:only|solely|simply|just) (?:as|by)`,
  `(?:would|wanted to|wished to|asked to|agreed to|preferred to|chose to) (?:only )?be identified (?:only )?(?:as|by)`,
  `identified (?:only )?by (?:their |his |her |a )?(?:first names?|given names?|surnames?|initials|call signs?|pseudonyms?|nicknames?|noms? de guerre)`,
  `(?:cannot|can't|can’t|could not|couldn't|couldn’t) be (?:named|identified) for legal reasons`,
  `(?:speaking|spoke|speak|speaks|talking|talked) (?:on (?:deep )?background|off the record)`,
  `not for attribution`,
  `${negation} (?:authori[sz]ed|allowed|permitted|cleared) to`,
  `${negation} (?:supposed|entitled|empowered|at liberty) to ${speechVerb}`,
  `(?:no|without|lack(?:ed|ing|s)?|${negation} (?:have|had|get|got)) (?:the )?(?:authori[sz]ation|authority|permission|clearance|approval) to ${speechVerb}`,
)

/**
 * What follows a verb that requests anonymity rather than reporting: a wish not to be named ("asked not to be
 * named") or a name held back ("declined to give her surname", "refused to reveal his full name"), which
 * withholds who the source is, not anything the source would say.
 */
export const anonymityRequest = new RegExp(
  `^\\s*(not to be (named|identified|quoted)|to (be (named|identified|quoted)|remain anonymous|speak anonymously)|anonymity|on anonymity(?= (?:to|because|as|for|since|given|,|;|\\.)|\\s*$)|that (?:only )?${pronounOwner} ${nameNoun}(?! (?:could|would|were|was|had|have|has|are|is|will|can|did|do|does|should|might|must|appeared|appear|appears)\\b)|to (give|provide|disclose|reveal|share|state|offer|spell|confirm) ${pronounOwner} ${nameNoun})\\b`,
  'i',
)

/**
 * Where the reason for anonymity starts after the marker. Kinds: a clause of cause ("because", "as they",
 * "since", "given"), a fear or worry ("fearing", "over fears of", "out of concern"), a purpose ("to protect",
 * "so as not to", "lest"), a stated ground ("citing", "for safety reasons", "for her own safety"), a want of
 * clearance ("not authorised to"), a rule ("under military rules", "in line with policy"), and a matter still
 * closed ("the talks being private").
 */
export const reasonPattern = anyOf(
  `because|since|due to|owing to|lest|citing|so as not to`,
  `as (?:he|she|they|it|we|I|the|this|these|those|his|her|their|its|such|talks|negotiations|discussions|details)`,
  // "as staff may not speak to the press", "as officers are barred from", "as aid workers were told not to": a
  // bare subject and its verb make a clause of cause, where "named as a witness" is only a noun.
  `as (?:\\w+ ){1,2}(?:may|might|must|cannot|can't|could|are|is|were|was|have|has|had|do|does|did|would|will|should)`,
  `given (?:that |the |his |her |their |its |a )`,
  `for fear|fearing|feared|fears? (?:of|for|that)|afraid|worried|out of (?:\\w+ )?concern|(?:amid|over) (?:\\w+ )?(?:fears?|concerns?|worries)`,
  `(?:in order |so as )?to (?:discuss|talk|speak|describe|share|detail|reveal|brief|comment|protect|shield|avoid|spare|prevent|safeguard|preserve|guard|keep|offer|give|provide|assess|explain|outline|express|voice|air|critici[sz]e|characteri[sz]e|speculate|recount|relay|convey|disclose|candidly|freely|frankly|openly)`,
  `so (?:that )?(?:he|she|they|it) (?:would|could|can|will|might) not`,
  `in (?:line|keeping|accordance) with|(?:under|per) (?:\\w+ ){0,2}(?:rules|policy|policies|protocol|guidelines|regulations|practice)`,
  `for (?:\\w+ )?reasons`,
  `for ${pronounOwner} (?:own |family's |families' )?(?:safety|security|protection|privacy|jobs?|livelihoods?)`,
  `${negation} (?:authori[sz]ed|allowed|permitted|cleared|supposed|entitled|empowered|at liberty) to`,
  `(?:the|its|their|his|her) \\w+ (?:being|is|was|were|are|remains?|remained) (?:still )?(?:private|confidential|sensitive|ongoing|continuing|classified|secret|under way|underway|unresolved|not (?:yet )?(?:public|final|announced))`,
)

/** Boilerplate reasons that say nothing about this source (standards' "formulaic" reason). */
export const formulaicPattern = anyOf(
  `${negation} (?:authori[sz]ed|allowed|permitted|cleared|supposed|entitled|empowered|at liberty) to (?:speak|talk|comment|discuss|brief)(?: publicly| on the record| to (?:the )?(?:media|press|reporters|journalists))?`,
)

/** Adverbs and verbs that distance the writer from a claim. */
export const hedgeWords = set(`reportedly allegedly purportedly supposedly apparently claimed claims claim claiming alleged alleges allege`)

/** Verbs of a passive, agentless report ("is believed to"). */
export const passiveReportVerbs = set(`believed thought said reported understood alleged rumored rumoured claimed feared suspected estimated`)

/** Words of a reporter's own witnessing, which source a claim without a cue. */
export const witnessPattern =
  /\b(saw|seen by|witnessed|(a|this|our) (reporter|correspondent|photographer)|reporters? (saw|counted|observed|visited)|visited by)\b/i

/** Verbs of harm and custody whose figures are contestable claims. */
export const claimVerbs = set(`
  killed wounded injured died dead arrested detained captured released freed displaced destroyed fired
  launched seized deported evacuated kidnapped abducted executed sentenced convicted raised spent cost lost won
`)
