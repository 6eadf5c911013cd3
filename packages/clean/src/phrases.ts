import type {RemovalReason} from '@sourcing/schema'
import {nameBeforeRole, sectionLabel} from './signals.js'

/** A pattern tested against a whole trimmed line. */
export interface LinePattern {
  pattern: RegExp
  /**
   * Strings of which every line the pattern matches holds at least one,
   * looked for before the pattern runs. Only for patterns V8 would try from
   * many positions of every line (anchored at the end only, or opening with
   * a long run): most lines lack the strings and cost an `includes`.
   */
  holds?: readonly string[]
  /**
   * The longest line the pattern can match, checked before anything else:
   * for a pattern that would scan and backtrack over a long run at the start
   * of every line of prose before failing.
   */
  maxLength?: number
}

/**
 * One family of boilerplate lines: a pattern tested against the whole
 * trimmed line, the reason it is removed, and where the family comes from.
 */
export interface Phrase extends LinePattern {
  reason: RemovalReason
  /** Where the family is seen; evidence, not a rule input. */
  source: string
  /**
   * Whether everything after the line is end-of-page furniture (comment
   * forms, subscription prompts): short lines after it are removed too.
   */
  endsArticle?: boolean
  /**
   * Whether the line is printed under every reader's comment (reply buttons,
   * vote counts): several of them close together make a comment thread.
   */
  perComment?: boolean
  /** Whether the line heads a thread of readers' comments: everything after it is comments. */
  opensThread?: boolean
  /**
   * Whether the line is a headline itself, a related story's: at the top of
   * the page the same shape is the story's own headline, kept as its title.
   */
  headline?: boolean
}

/**
 * A wire desk's credits for a story's reporting, writing and editing, under
 * the story: "(Reporting by Jane Doe; Editing by John Roe)", "Additional
 * reporting by Ann Lee in Madrid", "Writing by Jane Doe; Editing by John
 * Roe". They name the desk's staff, not the story's sources: credits, reported
 * as `wireCredits` and removed, as annotators of scraped news mark them.
 */
const deskCredits: readonly LinePattern[] = [
  {pattern: /^(?:• )?\(?(?:additional|further) reporting by\b.{2,160}$/i},
  {pattern: /^\(?reporting by\b.{2,200}\)?\.?$/i},
  {pattern: /^\(?(?:[Ww]riting|[Ee]diting|WRITING|EDITING) (?:by|BY) \p{Lu}[\p{L}.'’ -]{1,60}(?:[;,] .{2,200})?\)?\.?$/u},
  // Names only after it: "With assistance from the army, ..." opens a sentence.
  // A contribution placed somewhere other than the dateline names a desk's
  // reporter, not a source: "Jane Doe in Leeds contributed to this report.",
  // "Jane Doe and John Roe contributed reporting from Lagos."
  {
    pattern:
      /^\p{Lu}[\p{L}.'’ ,-]{1,150}(?: in \p{Lu}[\p{L}.'’ ,-]{1,60} contributed (?:reporting|to this (?:report|story|article))| contributed reporting from \p{Lu}[\p{L}.'’ ,-]{1,60})\.?$/u,
    holds: [' contributed ']
  },
  // Staff named bare, two to four words each: "Jane Doe contributed to this report.", "Jane Doe and John
  // Roe contributed reporting." Not an agency or an outlet ("The Associated Press", "Agence France-Presse",
  // "Bloomberg News", "Al Jazeera contributed"), whose credit is a wire credit kept with the story, as the
  // annotated seeds keep "Reuters contributed".
  {
    pattern:
      /^(?!(?:The|Agence|United|Australian|Canadian|Kyodo|Yonhap|Xinhua|Anadolu|PA|Dow)\b)(?!.*\b(?:Press|News|Newswires?|Reuters|Bloomberg|Jazeera|Agency|Agencies|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Media|Wire|Services?|Network|Television|TV|Radio|Broadcasting|Corporation|Staff)\b)\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:(?:,| and|, and) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})* contributed (?:reporting|to this (?:report|story|article))\.?$/u,
    holds: [' contributed ']
  },
  {pattern: /^(?:-{1,2}|[–—])? ?[Ww]ith (?:additional )?assistance from \p{Lu}[\p{L}.'’-]*(?:,? (?:and )?\p{Lu}[\p{L}.'’-]*){0,11}\.?\)?$/u}
]

/**
 * A line crediting a member of some outlet's staff with reporting: a role or
 * a possessive comes before the name ("Associated Press writer Jane Doe
 * contributed to this report.", "CNN's John Roe contributed reporting."). A
 * desk's credit, like those above; an outlet's own credit ("Reuters
 * contributed to this report.") stays in the story, as the annotated seeds
 * keep it.
 */
const staffContribution: LinePattern = {
  pattern:
    /^\p{Lu}.{0,100}(?:['’]s?| (?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Pp]hotographers?|[Pp]roducers?|[Rr]esearchers?|[Ss]taff)) \p{Lu}.{1,150} contributed (?:reporting|to this (?:report|story|article))[\p{L} ,.;'-]{0,120}$/u,
  holds: [' contributed ']
}

/**
 * An outlet's sign-off naming the agencies whose copy its story draws on,
 * printed as the author line or under the story, the outlet maybe left to
 * the masthead: "The Courier with AFP", "(Channel 4 with AFP and Reuters)",
 * "(with AFP)". Both an author line and a wire credit.
 */
const outletWithAgencies: LinePattern = {
  pattern:
    /^\(?(?:\p{Lu}[\p{L}\d.&'’ -]{1,30} with|[Ww]ith) (?:AFP|AP|Reuters|EFE|dpa|Xinhua|PTI|IANS|(?:news )?agencies)(?:(?:,| and) (?:AFP|AP|Reuters|EFE|dpa|Xinhua|PTI|IANS|(?:news )?agencies)){0,3}\)?$/u,
  holds: ['with ', 'With '],
  maxLength: 110
}

/** A menu's label: a word or three, capitalised. */
const menuItem = String.raw`\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}`

/**
 * Whole-line boilerplate phrases. Every pattern is anchored to the whole line
 * and has no nested quantifiers, so it runs in linear time on any line.
 * Families come from the CMS templates seen across the aeb benchmark pages
 * (WordPress, Arc, Hearst, Tribune, Reach, bilingual sites in two scripts)
 * and from the web-scraped seed corpus; none names a person, place or story.
 */
export const phrases: readonly Phrase[] = [
  // Share and follow widgets: button labels scraped as text.
  {
    pattern: /^(?:send in e-?mail)+$/i,
    reason: 'share-widget',
    source: 'share-button label, often doubled by icon text'
  },
  {
    pattern: /^(?:(?:please|kindly) )?(?:share|tweet|email|e-mail|print|copy link|pin|whatsapp|facebook|twitter|linkedin|reddit|flipboard|messenger|comment|comments|save|share this article|share this story|share this|share on (?:facebook|twitter|whatsapp|linkedin|email))(?:(?:[\s|·•,/]|(?<=^share this):)+(?:share (?:on|by|via) )?(?:share|send|tweet|email|e-mail|print|copy link|pin|whatsapp|facebook|twitter|google\+|linkedin|reddit|flipboard|messenger|comments?|save|more))*:?$/i,
    reason: 'share-widget',
    source: 'social sharing bars (WordPress, Arc, Hearst templates; "Share Send Facebook Twitter google+ More")'
  },
  {
    pattern: /^(?:click|tap) the (?:alert|bell|follow) icon to follow topics:?$/i,
    reason: 'share-widget',
    source: 'topic-follow widget prompt',
    endsArticle: true
  },
  {
    pattern: /^(?:(?:follow|like) us on (?:facebook|twitter|instagram|linkedin|google news|telegram|whatsapp)\b.{0,80}|like [\p{L}\d .&'’-]{1,40} on facebook,? (?:and )?follow @?\w{1,30} on twitter\b.{0,150})$/iu,
    reason: 'share-widget',
    source: 'social follow prompts ("Follow us on Twitter", "Like Business on Facebook, follow @desk on Twitter to stay informed")'
  },
  {
    // Case-sensitive so that what is followed starts with a capital: an
    // outlet, a desk, a handle or a pronoun ("Follow the money on ..." is no prompt).
    pattern:
      /^(?=(?:[Ff]or (?:more|the latest|all the latest) [\p{L} ]{1,30}, )?(?:[Ff]ollow|FOLLOW) )(?!.*\b(?:said|says|told|urged|advised)\b)(?:[Ff]or (?:more|the latest|all the latest) [\p{L} ]{1,30}, )?(?:[Ff]ollow|FOLLOW) (?:me|us|him|her|them|@\w{1,30}|(?:the )?\p{Lu}[\p{L}\d.&'’-]*(?: [\p{L}\d.&'’()@-]+){0,6}) on (?:[Ff]acebook|[Tt]witter|X|[Ii]nstagram|Y[Oo][Uu]T[Uu][Bb][Ee]|[Yy]ou[Tt]ube|[Ll]inked[Ii]n|[Tt]ik[Tt]ok|[Tt]hreads|[Bb]luesky|[Tt]elegram|[Ww]hats[Aa]pp)\b.{0,250}$/u,
    reason: 'share-widget',
    source: 'follow prompts naming the outlet, desk or author ("Follow the Newsdesk on Instagram, Facebook and YouTube.", "Follow me on Twitter or LinkedIn.", "For more news, follow the Courier on X.")'
  },

  {
    // A call to pass the story on, maybe after a question: never a sentence of
    // the story, which does not address its reader about itself.
    pattern:
      /^(?:sharing is caring|spread the (?:word|love)|(?:if you )?(?:like|liked|enjoy|enjoyed|love|loved|found) (?:(?:this|the|our) (?:story|article|post|piece)|this|it)(?: useful| helpful| interesting)?[?,!.]? (?:(?:please|then|do) )?(?:share|pass) (?:it|this|them)(?: on| along)?(?: with [\p{L} ]{1,30})?)[.!]*$/iu,
    holds: ['har', 'pread', 'ass ', 'HAR', 'PREAD'],
    maxLength: 120,
    reason: 'share-widget',
    source: 'calls to share the story ("Sharing is caring!", "Spread the word!", "Like this article? Share it with your friends.", "If you enjoyed this story, please share it.")'
  },
  {
    // A plea addressed to the reader, maybe after a lead-in ending in a
    // question or comma: the story quotes such pleas, it does not make them.
    pattern:
      /^(?:[^.?!"“]{1,30}[?!,] )?(?:please )?(?:(?:consider )?support(?:ing)? (?:us|our (?:work|journalism|reporting))(?:[ ,:;.!].{0,60})?|take a (?:second|moment|minute) to support (?:us|our) .{0,60}|make a (?:small )?(?:donation|contribution)(?:[ ,:;.!].{0,60})?)$/i,
    holds: ['upport', 'onation', 'ontribution', 'UPPORT'],
    maxLength: 140,
    reason: 'promo',
    source: 'donation pleas ("Liked it? Take a second to support us on Patreon!", "If you value our reporting, please make a donation.")'
  },
  {
    // Only an outlet's account of itself: a charity the story is about may ask for donations in its last paragraph.
    pattern: /^[^.?!"“]{1,40} is an? (?:independent|non-?profit|reader-(?:funded|supported)) (?:[\p{L}-]+ ){0,3}(?:news|media|journalism|newsroom)[^.?!"“]{0,80}\. (?:[Pp]lease )?[Ss]upport (?:us|our (?:work|journalism|reporting))[.!]?$/u,
    holds: ['upport'],
    maxLength: 220,
    reason: 'promo',
    source: 'an outlet\'s account of itself before a plea for support ("The Courier is an independent news organization covering the region. Support our work.")'
  },
  {
    // The outlet may speak of itself first; no comma after "journalism", which a report of the plea would need
    // ("Support local journalism, the editor urged").
    pattern: /^(?:[Ww]e(?:['’][a-z]{1,2})? [^.?!"“]{1,80}[.?!] |[^.?!"“]{1,30}[?!,] )?(?:[Pp]lease )?(?:consider )?[Ss]upport(?:ing)? (?:independent|quality|local|public-interest|\p{Lu}[\p{L}&. -]{1,30}['’]s?) (?:\p{Lu}\p{Ll}{2,20} )?journalism(?: [^,.!?"“]{1,80})?[.!]?$/u,
    holds: ['upport'],
    maxLength: 200,
    reason: 'promo',
    source: 'pleas to support the outlet\'s journalism ("Support The Courier\'s journalism of integrity and credibility", "We have covered the war since day one. Support independent journalism in the region and become a member today.")'
  },
  {
    // The lead-in speaks of journalism, the outlet's work: a story does not close a sentence of its own with "Contribute today."
    pattern: /^(?:[^.!?"“]{0,150}(?:journalism|reporting|journalists|newsroom)[^.!?"“]{0,150}[.!] )?(?:[Cc]ontribute|[Dd]onate|[Ss]ubscribe|[Ss]upport us) (?:today|now|here)[.!]$/u,
    holds: ['ontribute', 'onate', 'ubscribe', 'upport us'],
    maxLength: 320,
    reason: 'promo',
    source: 'donation calls ("Independent journalism has never been more important. Contribute today.")'
  },
  {
    // The lead-in is the outlet speaking of itself: "The food bank has one request. Help us keep going." is a quote.
    pattern: /^(?:[Ww]e(?:['’][a-z]{1,2})? [^.?!"“]{1,80}[.?!] )?help us (?:keep (?:going|reporting|doing this|doing what we do)|continue (?:our|this) (?:work|reporting|journalism))[.!]?$/i,
    holds: ['elp us', 'ELP US'],
    maxLength: 180,
    reason: 'promo',
    source: 'pleas to keep the outlet going ("We have reported on this city for 90 years. Help us keep going.")'
  },
  {
    pattern: /^(?:\p{Lu}[\p{L}&'’.-]* ){1,2}(?:[Gg]raphics?|[Ii]nfographics?|[Ii]nteractive|GRAPHICS?|INTERACTIVE): (?:How|What|Why|Where|When|Who|Which|Mapping|Tracking|Charting|Inside|In (?:charts|maps|numbers)) .{2,120}$/u,
    holds: [': '],
    reason: 'promo',
    source: 'an outlet\'s graphics and interactives linked inside the story ("Courier Graphics: Where the floodwater reached")'
  },
  {
    pattern: /^(?:get short url|social sharing|order reprints?|print (?:this )?article|(?:text|font) size(?::?(?: [aA][+-]?){1,4})?|republish this (?:article|story)(?:: .{1,300})?|shares?|\d[\d,.]*k? shares|share this(?: article| story| page)?|share (?:it |this (?:article |story )?)?with (?:a )?friends?!?|like this (?:story|article)\?(?: share it with a friend!?)?|share your thoughts with friends\.?|share this with|share page|google\+|pinterest|tumblr|stumbleupon|telegram|blogger|follow|[a-z]{1,12} sharing button(?: [a-z]{1,12})?(?: [a-z]{1,12} sharing button(?: [a-z]{1,12})?){1,7}|connect with us|stay connected|find us on (?:facebook|twitter|instagram|linkedin|youtube)|check us (?:out )?on (?:facebook|twitter|google\+|instagram)|follow [\p{L}.]{1,20} on(?: (?:facebook|twitter|instagram|telegram|youtube))?:?|follow on (?:facebook|twitter|instagram|linkedin|youtube|telegram)|(?:share (?:on|via|to|by) [a-z+]{2,40} ?){2,8}|share this: ?(?:facebook|twitter|whatsapp|email|e-mail|print|linkedin|reddit|telegram|pinterest|tumblr|more|google\+){2,8})$/iu,
    reason: 'share-widget',
    source: 'share, reprint and follow buttons scraped one to a line ("Get short URL", "Order Reprints", "Follow RT on"), or run together ("Share on FacebookShare on TwitterShare via Email", "Share this:FacebookTwitterEmail")'
  },

  {
    pattern: /^(?:permalink|permanent link|short ?link|short url)(?::? (?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/\S{0,100})?$/i,
    reason: 'share-widget',
    source: 'permanent-link widgets with their address ("Permalink https://example.com/p/1AbC2")'
  },

  // Machine-translation and language notices.
  {
    pattern: /^(?:powered by (?:automated|machine|google) translation|this (?:article|story|page) (?:was|has been|is) (?:automatically |machine[- ])?translated\b.{0,120}|(?:machine |automatic |google )?translat(?:ed|ion) by (?:google|deepl|ai)\b.{0,40}|translation of an (?:article|story) (?:originally )?published in [A-Z][a-z]+\b.{0,200}|read (?:this|the) (?:article|story) in [A-Z][a-z]+(?: on [^.]{1,40})?\.?|this (?:article|story) is (?:also )?available in (?:arabic|french|spanish|german|portuguese|russian|chinese|turkish|italian|hindi|urdu|persian|farsi|hebrew|japanese|korean|indonesian|malay|swahili|ukrainian|polish|dutch)\b.{0,80}|this (?:article|story) is (?:also )?available in: [\p{L} ,]{2,60}|(?:lee|lea) (?:este artículo|esta (?:historia|nota)) en español\.?)$/iu,
    reason: 'translation-notice',
    source: 'translation widgets on multilingual news sites ("This article is also available in: Srpski", "Lee este artículo en español")'
  },

  // Promos: podcasts, videos, newsletters, live blogs.
  {
    pattern: /^(?:(?:>>|[»›▸►])\s*)?(?:listen|watch|live updates?|live blog|podcast|video|newsletter|sign up|read more|read also|also read|read related(?: [\p{L}\d'’. ]{1,30})? (?:coverage|stories|articles)|read(?=\s*[:|])|see more|more|don't miss|do not miss|must read|related video|more on this (?:story|topic))\s*(?:[:|–—►»›▸-]|(?= (?:subscribers|members) only\b))\s*.{0,200}$/iu,
    reason: 'promo',
    source: 'teaser labels ("LISTEN: ...", "Live updates: ...", "SEE MORE: ...", "Read: ...", "Read related Courier coverage: ...", "More on this topic: ...", "Read more Subscribers only ...") across templates'
  },
  {
    // A name, then a headline: capitalised, with no quotation and no full stop, which a live blog's
    // "More from the Prime Minister: he said ..." or "More from Biden: “We will ...”" has.
    pattern: /^(?:[Mm]ore from|MORE FROM) (?:[Tt]he )?\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3}(?::| [|–—-]) \p{Lu}[^"“”]{1,200}[^.!?"“”:]$/u,
    reason: 'promo',
    source: 'links to the outlet\'s other stories ("More from the Courier: Council unveils fresh relief package for restaurants")'
  },
  {
    pattern: /^[[(]?(?:don't miss|do not miss|must read|trending(?: now)?|recommended|advertisement|sponsored(?: content)?|partner content|promoted|top stories|editor's picks?|more from [A-Z][\w .&'’-]{0,40}|watch|listen|newsletter|podcast|videos?|photos|(?:photo |video )?gallery|ads?|advertisements|(?:watch|listen) (?:live|now)|watch (?:the )?(?:full )?video(?: here)?|listen to (?:the|our|this) podcast|listen \d{1,3} min(?:ute)?s?)[\])]?$/i,
    reason: 'promo',
    source: 'section labels of promo boxes and players on a line of their own ("Video", "Ad", "[ADVERTISEMENT]", "Watch Live", "Listen 5 min")'
  },
  {
    pattern: /^(?:(?:[^.?!]{1,60}\? )?sign up (?:for|to) (?:our|the|receive)\b.{0,150}|(?:subscribe: )?sign up for [^.]{1,60}\b(?:newsletters?|briefing|bulletin|digest)\b.{0,60}|get (?:our|the) (?:free |daily |weekly )?newsletter.{0,150}|subscribe to (?:our|the)\b.{0,150}|(?:(?:advertisement|advertising)\s*(?:[-–|·•]\s*)?)?(?:story continues below|scroll to continue(?: with content)?|continue reading below)|(?:article|story) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading the main story)$/i,
    reason: 'promo',
    source: 'newsletter prompts and in-article ad markers'
  },
  {
    // After a sentence of lead-in at most: "Want more? Subscribe to ...",
    // "There's more where that came from. Sign up ... delivered to your inbox".
    pattern:
      /^(?:(?:[^.?!]{1,60}[?!] )?subscribe to .{1,200}|.{1,200} (?:sent|delivered) (?:directly |straight )?to your (?:inbox|phone).{0,60})$/i,
    holds: ['ubscribe to', 'o your'],
    maxLength: 320,
    reason: 'promo',
    source: 'subscription and newsletter offers naming the outlet ("Subscribe to the Ledger and ...", "Sign up for ... delivered to your inbox daily.")'
  },

  {
    // A sentence about the outlet may lead in: "The Courier has a free newsletter. Sign up here to get ...".
    pattern: /^(?:[^.?!]{0,100}(?:newsletter|newsroom)[^.?!]{0,60}\. )?sign up (?:here |now |today )?(?:to|and) (?:get|receive) (?:[^.,]{0,40} )?(?:our|the (?:top|latest|best|biggest)|stories|newsletters?|headlines|updates)[ .,].{0,150}$/i,
    holds: ['ign up', 'IGN UP'],
    maxLength: 300,
    reason: 'promo',
    source: 'sign-up calls for the outlet\'s stories, maybe after a line about its newsletter ("The Courier has a free newsletter. Sign up here to get the top stories in your inbox."); not a public notice ("Sign up to receive your ballot by post")'
  },
  {
    pattern: /^this (?:article|story|page|content) (?:was (?:first )?published|is) (?:more than |over )?(?:a|an|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) (?:ago|old)\.?(?: [^.]{0,60}(?:no longer|out of date|outdated)[^.]{0,40}\.)?$|^this (?:article|story|post) has been (?:viewed|read|shared) [\d,]+ times\.?$/i,
    reason: 'other',
    source: 'archive notices and view counters ("This article was published more than 9 years ago. Some information may no longer be current.", "This story has been viewed 5124 times.")'
  },

  // Related-article teasers.
  {
    pattern: /^(?:related(?: articles?| stories| content| coverage| links)?|more stories|more news|more articles|more from the web|you may also like|you might also like|further reading|most (?:read|popular|viewed|shared)|what to read next|recommended for you|around the web|trending (?:now|stories)|more on this (?:story|topic))\s*:?$/i,
    reason: 'related-links',
    source: 'headers of related-article and most-read boxes; the short lines under them are teasers',
    endsArticle: true
  },

  {
    pattern: /^\[?(?:see also|read also|related(?: articles?| stories| content| coverage| links)?|more stories|more news|more articles|you may also like|you might also like|also on [A-Z][\w .]{0,30}|further reading|most (?:read|popular|viewed|shared)|what to read next|recommended for you|on [A-Z][\w]*\.com|topics)\b(?:[\s:|–—-]+.{0,200})?$/i,
    reason: 'related-links',
    source: '"See also" / "Related" teaser lines inside and after the story'
  },

  // Headlines of related stories in forms a story's own line never takes, with
  // no full stop: an explainer ("Coalition Crisis, Explained: What Happens
  // Next?"), a timeline ("The Draft Law: A Timeline"), a quarter's figure
  // ("Home prices up 2.3% in Q4, slowest rise in two years").
  {
    pattern: /^\p{Lu}[^.!]{2,100}, [Ee]xplained(?:[:?] [^.!]{2,100})?$|^\p{Lu}[^.!]{2,100}: (?:A|The) (?:[Tt]imeline|[Cc]hronology)$|^\p{Lu}[^.!]{2,80} (?:up|down|rises?|falls?|grows?|shrinks?) \d{1,3}(?:\.\d{1,2})? ?(?:%|per ?cent|percent) (?:in|for) Q[1-4](?:,[^.!]{2,100})?$/u,
    // A headline's length at most: the story's paragraphs, longer, skip the pattern.
    maxLength: 220,
    holds: ['xplained', 'imeline', 'hronology', ' Q'],
    reason: 'related-links',
    headline: true,
    source: 'related headlines in the forms of explainers, timelines and quarterly figures ("X, Explained", "X: A Timeline")'
  },
  // A headline that opens with its quotation and names the speakers after a
  // dash ("'We waited nine hours' - patients describe delays at A&E"), with
  // no full stop: a story's paragraph puts the speaker after the quotation
  // with a verb and a comma, and ends with a full stop.
  {
    pattern: /^['‘"“][^'‘’"“”]{5,120}['’"”] [-–—] \p{Ll}[^.!?;"“”]{5,120}$/u,
    maxLength: 260,
    reason: 'related-links',
    headline: true,
    source: 'related headlines led by a quotation and a dash ("\'We waited nine hours\' - patients describe delays")'
  },

  {
    pattern: /^(?:you (?:may|might) also (?:like|be interested in|enjoy)|you (?:may|might) have missed|stories you (?:may|might) (?:like|enjoy)|what's hot|hot topics|explore more|recommended (?:stories|articles|reading|videos)|read next|also read|our latest (?:stories|news|articles|videos)|latest (?:stories|news|articles|videos|headlines|posts)|recent (?:articles|posts|stories|content|news)|trending (?:news|articles|posts)|popular (?:posts|articles|stories|now|today|this week|right now)|trending (?:today|this week)|related (?:posts|topics|videos)|must (?:read|listen|watch)|editor's choice|in case you missed it|we recommend|recommended by|sponsored(?: links| stories| content)?|featured (?:videos?|stories|articles|content)|today's headlines|top headlines|the latest|elsewhere on [\p{L} .]{1,30}|next up(?: in [\p{L} &]{1,30})?|other (?:news|stories|articles)(?: in this section)?|partner news|(?:read|get|see|catch up on) (?:all )?(?:the |our )?latest (?:news|stories|headlines|updates)(?: here| now| below)?|read more (?:news|stories)(?: here)?|more (?:top )?(?:stories|headlines)|(?:today's )?top (?:news|stories)|latest updates|also in the news|read this next|more to explore|breaking news|read more (?:about|on) this (?:topic|story|issue)|(?:read|follow) (?:all )?our (?:latest |full |live )?coverage(?: of [\p{L}\d' ]{1,40})?|watch (?:the|our) latest videos?|catch up on the (?:latest )?news)\s*(?:\.\.\.|…|:)?$/iu,
    // The longest header ('Read all our coverage of ...') is shorter: longer lines, most of the story, skip the pattern.
    maxLength: 80,
    reason: 'related-links',
    source: 'headers of teaser boxes at the foot of a page or inside the story ("You may also like...", "Our Latest Stories", "Trending News", "Next Up In Science", "Also Read", "Read the latest news", "More top stories", "Read all our coverage of the election"); the short lines under them are teasers',
    endsArticle: true
  },
  {
    pattern: /^(?:(?:[Mm]ore(?: [Ii]n| [Ff]rom)?|MORE(?: IN| FROM)?|[Ll]atest (?:[Ii]n|[Ff]rom)|LATEST (?:IN|FROM)|[Ss]ee (?:[Mm]ore|[Aa]ll)|[Vv]iew [Aa]ll) \p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}|(?:[Ss]ee|[Vv]iew|[Ss]how) (?:[Ff]ull|[Aa]ll|[Rr]ecent) [\p{L} ]{1,30}|(?:[Vv]iew|[Ss]ee|[Ss]how) [Aa]ll \(\d+\)|(?:[←«‹<] ?)?(?:[Pp]revious|[Nn]ext|PREVIOUS|NEXT) (?:[Pp]ost|[Aa]rticle|[Ss]tory|POST|ARTICLE|STORY)\b.{0,80}|[\p{L} ]{1,30} [-–] (?:[Pp]revious|[Nn]ext)|[-–] (?:[Nn]ext|[Pp]revious) [\p{L} ]{1,30})$/u,
    reason: 'related-links',
    source: 'section links and post navigation ("More in World", "See Full Product Calendar", "Previous Post")'
  },
  {
    pattern: /^(?:(?:tags?|tagged(?: with| in)?|more about|filed under|categor(?:y|ies)|keywords|subjects|trends|related (?:tags|topics))\s*(?::\s*.{0,200}|#.{0,200})?|this (?:article|story|post|entry) (?:is|was) (?:related to|filed under|tagged|posted in)\b.{1,300})$/i,
    reason: 'related-links',
    source: 'tag and category lists ("Tags: Markets, Housing", "Filed under: Politics", "More about"), and tag sentences of blog templates ("This entry was posted in Politics and tagged budget, taxes.")'
  },

  // Paywall and subscription prompts.
  {
    pattern: /^(?:from \$\d+(?:\.\d\d)? (?:for|a|per) (?:the first |one |1 )?(?:month|week|year)s?|already (?:signed up|a subscriber|subscribed|have an account|registered)\?.{0,40}|(?:log|sign) ?in|(?:log|sign) ?in to (?:continue|read|comment).{0,80}|subscribe(?: now| today)?(?: to continue reading| for full access)?\.?|(?:this|the) (?:article|story|content) is (?:only )?(?:available |reserved )?(?:to|for) (?:subscribers|members)(?: only)?\.?|you have reached (?:your|the) (?:limit|maximum) of (?:free )?articles.{0,80}|create (?:a )?free account.{0,80}|already have an account\?.{0,40}|become a (?:subscriber|member)\b.{0,80}|(?:you(?: are|['’]re) reading [^.?!]{1,60}[.!] )?(?:please )?support (?:our )?(?:independent |quality )?journalism\b.{0,120}|get (?:all-access|unlimited access) to\b.{0,80}|unlock (?:this|unlimited)\b.{0,80}|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register)\b.{0,60})$/i,
    reason: 'paywall',
    source: 'metered-paywall and registration prompts ("You are reading The Courier. Support independent journalism - become a subscriber.")',
    endsArticle: true
  },

  // Comment forms and comment-section chrome.
  {
    pattern: /^(?:leave a (?:reply|comment)(?: cancel reply)?|post a comment|add a comment|write a comment|join the (?:conversation|discussion)(?: in (?:our|the) comments? section(?: below)?[.!](?: .{0,300})?)?|comments? (?:are|is|have been) (?:now )?closed(?: (?:for|on) this (?:story|article|post))?\.?|\(?\d+\)? comments?|comments?(?: \(\d+\))?|show comments(?: \(\d+\))?|join (?:our|the) comment(?:ing|s)? (?:forum|section|thread)|join (?:the )?(?:thought-provoking |lively )?conversations?, follow other .{1,60} readers and see their replies\.?|comment on this (?:article|story|post)|view comments|your email address will not be published\..{0,80}|required fields are marked\s*\*?|automatic approval of (?:subscriber )?comments\.?|cancel reply|notify me of (?:follow-up comments|new posts).{0,80}|save my name, email, and website.{0,120}|we welcome (?:your )?comments.{0,120}|comments (?:are|will be) moderated.{0,120}|[^.]{1,40} moderates (?:all )?(?:readers['’] )?comments (?:submitted|posted|left)\b.{0,300}|you can comment on (?:most |all |any |our )?(?:stories|articles)\b.{0,300}|(?:note: )?we(?: are|'re|’re) (?:temporarily )?moderating (?:all )?comments\b.{0,200}|comments are subject to\b.{0,200}|if you would like to (?:add a |post a |leave a )?comment\b.{0,120})$/i,
    reason: 'comments',
    source: 'WordPress and newspaper comment forms',
    endsArticle: true
  },

  {
    // A membership named with a capital is the outlet's ("a Courier Insider"), not one of the story's ("a registered voter");
    // the gate is a sentence of its own, with no topic a report would go on to ("… to comment on the race, officials said"),
    // and only the way in may follow it.
    pattern: /^(?:(?:[Pp]lease )?[Nn]ote:? )?[Yy]ou (?:must|need to|have to) be (?:logged in|signed in|registered|a (?:registered )?(?:subscriber|member|user)|an? \p{Lu}[\p{L}' -]{1,40}) to (?:post a |leave a |add a |make a )?comments?(?:\.(?: (?:[Ss]ign (?:up|in)|[Ll]og ?in|[Rr]egister|[Ss]ubscribe|[Jj]oin)[ .,!].{0,150})?)?$/u,
    holds: ['omment'],
    maxLength: 250,
    reason: 'comments',
    source: 'comment gates ("You must be logged in to post a comment.", "Please note you must be a Courier Insider to comment. Sign up here ...")'
  },
  {
    // A question to the reader may lead in: the story never asks its reader to comment on it.
    pattern: /^(?:what do you think(?: (?:of|about) (?:this|the) (?:story|article|issue|plan|decision))?\? )?(?:share your (?:thoughts|views|opinions?)|let us know(?: what you think)?|tell us (?:what you think|your views)) in the comments?(?: (?:section )?below)?[.!]?$/i,
    holds: ['omment'],
    maxLength: 160,
    reason: 'comments',
    source: 'calls to comment on the story ("What do you think of this story? Share your thoughts in the comments below.")'
  },
  {
    pattern: /^\[?\s*(?:(?:full (?:article|story) )?\d+ comments?|read all comments|view all comments|top rated comments|all comments|show (?:more|new|all|older|newer) comments(?: \(\d+\))?|load more comments|comments powered by disqus|(?:there are )?no comments(?: yet)?\b.{0,60}|be the first to comment\b.{0,60}|have your say(?: on this (?:story|article))?(?:[:.] (?:join|comment|leave|share|tell us)\b.{0,150})?|\(view all\))\s*\]?$/i,
    reason: 'comments',
    source: 'headers and buttons of readers\' comment threads ("Top Rated Comments", "[ Read All Comments ]")'
  },
  {
    pattern: /^(?:\d{1,5}|one|no) (?:thoughts?|responses?|comments?|repl(?:y|ies)) (?:on|to) [“"'‘«].{1,250}$/i,
    reason: 'comments',
    source: 'the header of a blog\'s comment thread ("6 thoughts on “How to ...”", "34 responses to “...”")',
    opensThread: true
  },
  {
    pattern: /^(?:reply|report abuse|rating: \d+ votes?|\d+ repl(?:y|ies)|(?:up|down)vote)$/i,
    reason: 'comments',
    source: 'buttons and counters printed under every reader\'s comment ("Reply", "Rating: 12 Votes")',
    perComment: true
  },
  {
    pattern: /^(?:[\p{L} ]{1,30}: (?=comments are))?(?:comments are the (?:sole )?responsibility of\b(?!.*\b(?:said|says|told|ruled|found|added|argued|according)\b)|as you comment|when (?:submitting|posting) (?:content|comments|a comment)|please (?:keep (?:it|comments|your comments)|be) (?:civil|respectful)|(?:our|the) (?:goal|aim) (?:with|of) (?:article |our )?comments|comments? (?:policy|guidelines)\b|comments will be moderated\b|community (?:standards|guidelines|rules)$).{0,600}$/iu,
    reason: 'comments',
    source: 'comment-policy notices and community-rules headers above or below a comment form ("Comments are the responsibility of the author.", "Courier Voices: comments are the responsibility of ...")',
    endsArticle: true
  },

  // Picture furniture: credits, gallery counters, caption toggles.
  {
    pattern: /^(?:photo|photos|photograph|picture|pictures|image|images|credit|credits|photo credit|image credit|source|illustration|video|graphic|file photo)\s*:\s*.{1,80}$|^\((?:photo|image|picture)? ?credits?\s*:[^()]{1,80}\)$/i,
    reason: 'credit',
    source: 'stand-alone picture credits ("Photo: Jane Doe / AP", "(Image credit: NASA)")'
  },
  // A graphic or chart the scraper left as its title in brackets, with its source after a slash:
  // "[Graphic: Car exports by month / Source: Ministry of Trade]", "(Chart: Jobless rate since 2010)".
  {
    pattern: /^\[(?:graphic|chart|map|infographic|graph|table)s?: [^\[\]]{2,300}\]$|^\((?:graphic|chart|map|infographic|graph|table)s?: [^()]{2,300}\)$/i,
    reason: 'caption',
    source: 'graphics and charts in brackets ("[Chart: House prices by region]")'
  },
  {
    pattern: /^(?:image|photo|picture|slide) \d+ of \/? ?\d*$|^(?:caption|close|expand|enlarge(?: this image)?|toggle caption|hide caption|view gallery|open gallery|open this (?:photo|image|picture) in (?:the )?gallery:?|play video|watch video|\d+ photos?)$/i,
    reason: 'caption',
    source: 'gallery counters and caption toggles ("Image 2 of 5", "Hide caption", "Open this photo in gallery:")'
  },
  {
    // The counter runs into the caption with no space, which no sentence does.
    pattern: /^\d{1,3}of\d{1,3}(?=[^\s\d]).{1,1000}$/,
    reason: 'caption',
    source: 'gallery captions printed after their slide counter ("2of5A crowd gathers outside the court.")'
  },
  {
    pattern: /^\(?supplied\)?\.?$|^(?:photo|photograph|image|picture)s? (?:courtesy(?: of)?|supplied by) [^.!?]{1,60}\.?$/i,
    maxLength: 100,
    reason: 'credit',
    source: 'pictures credited to whoever handed them over ("Supplied", "Photo courtesy of the family")'
  },
  {
    pattern: /^\(?(?:ap|afp|reuters|getty|getty images|epa|xinhua|anadolu|bloomberg|shutterstock|alamy|istock|ansa|efe|dpa)(?: photo)?(?:\/[^()]{1,60})?\)?\.?$/i,
    reason: 'credit',
    source: 'agency picture credits on a line of their own'
  },

  // Cross-references to wire copy lower down the page.
  {
    pattern: /^for more (?:reporting|coverage) from (?:the )?.{2,60}, see below\.?$/i,
    reason: 'credit',
    source: 'wire-copy credit that points at a section further down'
  },
  ...[...deskCredits, staffContribution].map(({pattern, holds}) => ({
    pattern,
    holds,
    reason: 'credit' as const,
    source: 'wire desks\' credits under agency copy ("Reporting by Jane Doe; Editing by John Roe"), Reuters and others'
  })),

  // Page furniture that survives extraction: skip links, read-more buttons,
  // cookie notices, reading-time labels, app prompts, author-box links.
  {
    pattern: /^(?:(?:(?:skip|jump)(?: directly)? to (?:the )?(?:main )?(?:content|article|navigation|search|footer|site index) ?){1,2}|read more(?: here| below)?(?:\s*[→»›>]+)?|keep reading|learn more|buy now|continue reading(?: below)?|advert|advertisement|story continues below(?: advertisement)?|click here\b.{0,120}|media playback is (?:unsupported|not supported) on your device|(?:a ?[+-] ?){2,3}|this slideshow requires javascript\.?|view (?:author )?archive|email the author|more great [\w ]{1,30} stories|want more stories like this\?|(?:this|our) (?:web)?site uses cookies\b.{0,300}|(?:estimated )?reading time\s*:?.{0,30}|time to read:? \d{1,3} min(?:ute)?s?\.?|\d{1,3} min(?:ute)?s?(?: read)?\.?|tempo de leitura\s*:.{0,30}|get the [\w ]{1,30} app\b.{0,60}|download (?:the|our)(?: [\w ]{1,30})? app\b.{0,60}|listen to (?:this )?(?:article|story)\b.{0,40}|read the (?:full|original|complete) (?:story|article|report)(?: (?:at|on|in|here)\b.{0,60})?\.?|(?:do you have|got|have) a (?:news )?(?:story|tip)\b.{0,150}|.{0,80}\b(?:sent|delivered) (?:straight )?to your inbox\b.{0,40}|get (?:the latest|breaking|our)\b.{0,60}\b(?:in|to) your inbox\b.{0,100}|get breaking news alerts\b.{0,150}|get alerts on\b.{1,80}\bwhen a new story is published\.?|get (?:e-?mail )?alerts on [a-z.'’ -]{2,50}|the (?:one-stop[- ]shop|all-in-one|essential|ultimate|premier) (?:solution|platform|service|resource|tool) for [a-z ,&-]{3,60} professionals\b.{0,200}|follow (?:[\w.&'’-]{1,30}['’]s |our |the )?(?:full |latest |live |continuing )?coverage of\b.{1,150}|(?:reach|follow|contact) (?:the )?(?:reporters?|writers?|authors?|columnists?) (?:on|at|via)\b.{1,200}|(?:you can )?contact (?:this|the) (?:reporter|writer|author)\b.{1,200}|(?:do you have|have you got|got) (?:more )?information (?:about|on)\b.{1,150}\? .{1,250}|join (?:our|the|[\w.&-]{1,30}['’]s?) (?:official )?(?:telegram|whatsapp|signal|discord) (?:channel|group|community)\b.{0,200})$/i,
    reason: 'promo',
    source: 'buttons, notices and labels left in extracted article containers (aeb pages): coverage links, reporter contact and tip lines, messaging-channel offers ("Follow our full coverage of the election at ...", "Reach the reporter on Twitter at ...", "Join our Telegram channel ...")'
  },
  {
    // A story links with words of its own ("the report, published on
    // Monday"); a box that ends on a bare "Click here" is an offer.
    pattern: /^.{1,200}[.!?]["”’]? (?:click|tap) here(?:[ .,:!?].{0,59})?$/i,
    holds: ['lick here', 'LICK HERE', 'ap here', 'AP HERE'],
    reason: 'promo',
    source: 'subscription and donation boxes ending in a link ("12 issues for £11.99. Click here for more information.")'
  },
  {
    // The label may run into the caption: "Media captionResidents queue ...".
    pattern: /^(?:[Ii]mage|[Mm]edia|IMAGE|MEDIA) (?:[Cc]opyright|[Cc]aption|[Ss]ource|COPYRIGHT|CAPTION|SOURCE)(?:\b|(?=\p{Lu})).{0,120}$/u,
    reason: 'credit',
    source: 'picture credit labels ("Image copyright Getty Images", "Media caption, ...")'
  },
  {
    // Case-sensitive: the name after "by" must be capitalised ("Photo by
    // photo, the exhibition ..." is a sentence).
    pattern: /^(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Ii]llustration|[Vv]ideo|PHOTO(?:GRAPH)?|PICTURE|IMAGE|ILLUSTRATION|VIDEO)[sS]? (?:by|BY) \p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}(?:\s*(?:\/|\||,|for|via)\s*[^.!?]{1,60})?\.?$/u,
    reason: 'credit',
    source: 'picture credits with "by" ("Photo by Jane Doe for The Courier")'
  },
  {
    pattern: /^[\p{L} .,'’|/&-]{0,80}(?:\||\/)\s*(?:getty images|shutterstock|alamy|afp|reuters|epa|ap|bloomberg)$/iu,
    holds: ['|', '/'],
    reason: 'credit',
    source: 'photographer | agency credit lines ("Jane Doe | Bloomberg | Getty Images")'
  },
  {
    pattern: /^(?:posted|published|written)(?: on)? [\p{L}\d ,.:/-]{3,40} by [\p{L} .'’-]{1,40}$/iu,
    reason: 'byline',
    source: 'blog post headers ("Posted on March 30, 2015 by Admin")'
  },
  {
    pattern: /^(?:[Pp]osted|[Pp]ublished|[Ww]ritten) by:? \p{Lu}[\p{L} .'’-]{1,40}? on [\p{L} ,.]{0,20}\d[\p{L}\d ,.:/-]{1,30}?(?: [Ii]n:? [\p{L}\d ,&'’-]{1,60}?)?(?: \d{1,5} [Cc]omments?| [Nn]o [Cc]omments| [Ll]eave a [Cc]omment)?$/u,
    holds: ['osted by', 'ublished by', 'ritten by'],
    reason: 'byline',
    source: 'blog post headers with the author first ("Posted by: Jane Doe on October 22, 2013 In: News 2 Comments")'
  },

  {
    pattern: /^(?:(?:researched|reported|edited|written|fact-checked|compiled) by|researchers?|editors?): \p{Lu}[\p{L} .,'’&-]{1,80}$/iu,
    reason: 'byline',
    source: 'fact-check credit boxes ("Researched by: Jane Doe, Tom Hale", "Edited by: Ana Ruiz")'
  },
  {
    pattern: /^(?:[Bb]y|BY)$|^(?:(?:[Bb]y|BY|[Ff]rom|FROM) )?(?:(?:[Oo]ur|OUR|[Aa]n?|A) (?:[Oo]wn |OWN )?)?(?!(?:The|THE) )(?:\p{Lu}[\p{L}'’-]* ){0,3}(?:(?<=\p{L} )(?:senior|chief|staff|special|deputy|political|politics|business|economics|finance|financial|health|science|education|environment|climate|energy|technology|legal|courts?|crime|foreign|diplomatic|defen[cs]e|security|aerospace|transport|housing|city|metro|arts|culture|sports?|data|investigative|features|social affairs|home affairs) ){0,2}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Dd]esk|[Bb]ureau(?: [Cc]hief)?|[Nn]ews [Ss]ervice|WRITER|REPORTER|EDITOR|CORRESPONDENT|DESK|BUREAU)(?<=\S+ \S+|^(?:[Cc]orrespondent|CORRESPONDENT))$/u,
    reason: 'byline',
    source: 'author boxes: a bare "By" over the name, a role or desk in place of the name ("Staff Writer", "Correspondent", "Special Correspondent", "Courier health reporter", "By our Legal Affairs Reporter", "Web Desk", "Express News Service"; not an outlet named after one, "The Evening Reporter")'
  },
  {
    pattern: /^(?:(?:[Ss]enior|[Ss]taff|[Cc]hief|[Ss]pecial|[Ff]oreign|[Cc]ontributing) )?(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Pp]hotographer|[Cc]olumnist), \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u,
    reason: 'byline',
    source: 'author boxes\' role with the reporter\'s base ("Reporter, New Orleans", "Correspondent, Nairobi")'
  },
  {
    // The bio may run on for a sentence or two ("She has covered ferries since 2009.", "Contact her at ...");
    // without the outlet, a beat is a bio only before the reporter's contact. A bio reports no one's words.
    pattern:
      /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}(?: \([^()\s]{1,60}\))? (?:(?:is (?:(?:a|an|the) )?(?:[\p{L}'’-]+ ){0,4}(?:[Ww]riter|[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Cc]ontributor|[Pp]roducer)(?: (?:for|at|of|with|and|based in|living in|who covers|covering)(?: .{0,600})?)?|(?:covers|reports on|has covered|has reported on|writes about|has written about) [\p{L} ,&'’-]{3,120} for (?:[Tt]he )?\p{Lu}[\p{L}.&'’ -]{1,40}(?: since (?:19|20)\d\d)?)(?:\. (?![^"“]{0,300}\b(?:said|says|told)\b)(?:(?:She|He|They) (?:has|have|had|previously|joined|was|is|covers|writes|lives|can be)|Previously,? (?:she|he|they) (?:was|were|worked|covered|reported|wrote)|[Cc]ontact|[Rr]each|[Ee]-?mail|[Ff]ollow) [^"“]{1,300}|\.)?|(?:covers|reports on|has covered|has reported on|writes about|has written about) [\p{L} ,&'’-]{3,120}\. (?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ff]ollow|[Ww]rite to) (?:him|her|them) .{1,300})$/u,
    holds: [' is ', ' covers ', ' reports on ', ' has covered ', ' has reported on ', ' writes about ', ' has written about '],
    reason: 'byline',
    source: 'author bios ("Jane Doe is a freelance writer based in Leeds", "Jane Doe is The Herald\'s housing correspondent. She has covered ...", "Jane Doe covers courts for The Ledger.", "Jane Doe has covered politics for The Herald since 2009.", "Jane Doe covers rural Alaska. Contact her at ...")'
  },

  {
    // Names in capitals, then the staff role: a name line in capitals with
    // no role is left to the capital author-line checks.
    pattern:
      /^(?:BY |[Bb]y )?\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){1,3}(?:(?:,? and|,| AND) \p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){1,3}){0,3}, (?:[Tt]he )?(?:\p{Lu}[\p{L}&.'’-]* ){0,3}(?:(?:[Ss]taff|[Ss]enior|[Cc]hief|[Ss]pecial|[Cc]ontributing|[Ff]oreign|[Pp]olitical) )?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Ee]ditors?|[Cc]olumnists?|[Jj]ournalists?)$/u,
    reason: 'byline',
    source: 'author lines in capitals with a staff role after a comma ("JANE DOE and JOHN ROE, Courier staff writers", "JANE DOE, Herald correspondent")'
  },
  {
    pattern: /^about the authors?(?::|\s*[-–—]) .{1,600}$/i,
    holds: ['he author', 'he Author', 'HE AUTHOR'],
    reason: 'byline',
    source: 'labelled author bios ("About the author: Jane Doe writes about science.")'
  },
  {
    ...outletWithAgencies,
    reason: 'byline',
    source: 'author lines of an outlet drawing on agency copy ("The Courier with AFP")'
  },
  {
    // The role in lower case after a capital: a headline in title case
    // ending with "Reporter" is not an author box.
    pattern: nameBeforeRole,
    reason: 'byline',
    source: 'author lines that run the name into the role ("Jane Doe Political correspondent", "John Roe Home affairs editor")'
  },
  {
    pattern: /^(?:[Pp]ublished|[Pp]rinted|[Aa]ppeared) in (?:the )?(?:print edition of )?(?:[Tt]he )?\p{Lu}[\p{L}.&'’ -]{1,60}, [\p{L}\d ,.]{3,40}\d{4}\.?$/u,
    reason: 'timestamp',
    source: 'print-edition lines at the foot of a web story ("Published in The Daily Courier, May 14th, 2013.")'
  },
  {
    pattern:
      // The outlet may be named before "print edition" as well as after it: "appeared in the Daily Courier print edition as: ...".
      /^(?:a version of this (?:article|story|report|review|column|essay) appear(?:s|ed) in (?:print|the print (?:edition|version|on))(?:[ ,.:].{0,250})?|this (?:article|story|report) (?:first )?appeared in (?:the )?.{1,80}? print edition(?:[ ,.:].{0,250})?|republished from (?:the )?.{1,80}? print edition\b.{0,80})$/i,
    reason: 'other',
    source: 'print-edition notices under a web story ("A version of this article appeared in print on May 2, 2014, on page A6 of the New York edition.", "This article appeared in the Daily Courier print edition as: Rents rise")'
  },
  {
    // Nothing after the place but the date and the agency, or the outlet's name: a story's dateline runs into its first sentence.
    pattern:
      /^(?:\p{Lu}[\p{Lu} .'’-]{1,30}(?:, \p{Lu}[\p{L}.'’ -]{1,30})?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \(?(?:Kyodo|Yonhap|Xinhua|Bernama|Reuters|AFP|AP|IANS|PTI|EFE|dpa|Anadolu)\)?|\p{Lu}[\p{Lu} .'’-]{1,30} [-–—] \p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,4})$/u,
    maxLength: 90,
    reason: 'dateline-meta',
    source: 'datelines printed alone over the story ("OSAKA, Japan, Sept. 3 Kyodo", "ANKARA - Daily Courier")'
  },
  {
    // Upper-case labels or a label only templates print: "Writer: Jane Doe" opens no sentence either.
    pattern: /^(?:WRITER|NEWSPAPER SECTION|[Nn]ewspaper [Ss]ection|[Ww]riter): \p{Lu}[\p{L}\d .&'’-]{1,40}$/u,
    reason: 'byline',
    source: 'CMS fields printed as labels over a story ("WRITER: Online Desk", "NEWSPAPER SECTION: Business")'
  },
  {
    pattern: /^[Cc]ontent[- ][Tt]ype: (?:[Nn]ews|NEWS|[Oo]pinion|[Aa]nalysis|[Cc]ommentary|[Ff]eature|[Rr]eview|[Ee]xplainer|[Ii]nvestigation|[Ss]ponsored|[Pp]aid)\b.{0,300}$/u,
    reason: 'other',
    source: 'the kind of story as the Trust Project\'s labels print it ("Content-Type: News Based on facts, either observed and verified directly by the reporter, ...")'
  },
  {
    pattern: /^(?:link copied!?|copied to clipboard!?|do you like (?:the content of )?this (?:article|story)\?|did you (?:like|enjoy) this (?:article|story)\?|article history)$/i,
    reason: 'share-widget',
    source: 'article tools\' labels and feedback prompts ("Link Copied!", "Do you like the content of this article?", "Article history")'
  },
  {
    // Each opens the line, so prose is passed over on its first words. A service's offer the story reports is no promo
    // ("Premium subscribers get exclusive access to new episodes, the company said"): a bounded look ahead finds its
    // verb of saying after the offer, where prose has long failed; an offer of anything but access is one only with the
    // call to take it up ("... Subscribe now.").
    pattern:
      /^(?:independent journalism costs(?:[ ,.!].{0,200})?|support .{1,60} for the price of a (?:cup of )?coffee(?:[ ,.!].{0,80})?|[\p{L}\d+]{1,20}(?: [\p{L}\d+]{1,20})? subscribers get (?:exclusive|unlimited|full) access(?![^"“]{0,300}\b(?:said|says|told)\b)(?:[ ,.!].{0,200})?|[\p{L}\d+]{1,20}(?: [\p{L}\d+]{1,20})? subscribers get (?:exclusive|unlimited|full) [^.!?"“]{1,150}[.!] (?:subscribe|sign up|join) (?:now|today|here)[.!]?|start your free trial[.!]?|(?:editor['’]s note: )?(?:[\p{L}\d.&'’ -]{1,40} is|we(?: are|['’]re)) hiring[.!] (?:see|visit|check out|view) our (?:careers?|jobs?) (?:page|section|site)[.!]?)$/iu,
    holds: ['ournalism', 'OURNALISM', 'offee', 'OFFEE', 'ubscribers', 'UBSCRIBERS', 'ree trial', 'ree Trial', 'REE TRIAL', 'hiring', 'Hiring', 'HIRING'],
    maxLength: 400,
    reason: 'promo',
    source: 'support and trial offers ("Independent journalism costs. Support The Courier for the price of a coffee.", "Start your free trial.", "Courier+ subscribers get exclusive coverage of the industry. Subscribe now."), and the outlet\'s job advertisements ("Editor\'s Note: The Courier is hiring. See our careers page.")'
  },
  {
    // What the story is part of is a service, a series or a partnership, maybe named after the outlet's: not an event of the story.
    pattern:
      /^[Tt]his (?:article|story) is (?:part of|from) (?:\p{Lu}[\p{L}'’+.-]*(?: \p{Lu}[\p{L}'’+.-]*){0,3}['’]s |our |an? |the )?(?:[^.!?]{0,60}? )?(?:Pro|PRO|service|series|partnership|supplement)(?:[ :.].{0,300})?$/u,
    holds: ['his '],
    maxLength: 420,
    reason: 'promo',
    source: 'labels of stories from a paid service or a series ("This article is part of Courier Pro", "This article is part of the Courier\'s premium policy service: Pro Energy. ...", "This story is part of a series on housing.")'
  },
  {
    pattern: /^[A-Z]{1,6}(?:\.[A-Z]{1,3})? [+−-]?\d{1,4}(?:\.\d{1,2})?% ?[▲▼↑↓]?$/,
    reason: 'other',
    source: 'stock-ticker widgets beside business stories ("ABC.N -6.41% ▼")'
  },
  {
    pattern: /^\((?:updates|adds|recasts|corrects|rewrites|refiles|removes|changes) (?:with|details?|comments?|quotes?|background|byline|headline|analysts?|reaction|closing|throughout|new|more|further|spelling|paragraph|graphic|photos?|links?|shares?|prices?)\b[^()]{0,120}\)\.?$/i,
    reason: 'other',
    source: 'wire desks\' notes on what a later version changed ("(Updates with shares in fourth paragraph.)", "(Adds analyst comment)")'
  },
  {
    pattern: /^(?:(?:(?:magazine|print) )?issue (?:no\.? ?|#)?\d{1,5}|page \d{1,3} of \d{1,3})$/i,
    reason: 'dateline-meta',
    source: 'print-issue labels of magazine sites ("Magazine issue 2553", "Issue #412") and page counters of stories split over pages ("Page 1 of 3")'
  },

  // Breadcrumbs: "Home » News » Science" (a bare "Home" may be a menu item
  // the context classifier judges, or a word of the story).
  {
    pattern: /^home(?:\s*[»›>/|]\s*[^»›>/|]{1,60}){1,6}$/i,
    reason: 'related-links',
    source: 'breadcrumb trails at the top of article pages'
  },

  // Teaser links tagged with their kind in capitals ("... [VIDEO]", "... [INSIGHT]|").
  {
    pattern: /^.{10,200}\[(?:INSIGHT|VIDEO|REACTION|NEWS|WARNING|PICS|POLL|REVEAL|LATEST|ANALYSIS|LIVE|UPDATE)\]\s*\|?$/,
    holds: ['['],
    reason: 'related-links',
    source: 'in-story teaser links of tabloid templates'
  },

  {
    pattern: /^(?:sign up (?:for|to) (?:e-?mail|free|daily|weekly|breaking)\b.{0,150}|(?:(?:don't|do not) miss\b[^.?!]{0,60} [–—-] )?sign up\b.{0,80}\bnewsletters?\b.{0,150}|sign up (?:to|for) (?:our )?(?:push|breaking news|news) (?:alerts|notifications)\b.{0,200}|every (?:weekday|day|morning|evening|week)\b.{0,60}, (?:you can )?get the (?:best|latest|top)\b.{0,120}|subscribe to .{1,40} newsletter\b.{0,150}|stay up to date with\b.{0,100}|stay updated|no spam,? we promise\b.{0,200}|you can unsubscribe at any time\b.{0,200}|(?:thank you|thanks) for (?:subscribing|signing up)\b.{0,150}|you have (?:successfully |succesfully )?subscribed\b.{0,100}|please,? (?:fill|enter|complete) .{0,40}to subscribe\b.{0,100}|by (?:subscribing|signing up),? you agree\b.{0,250}|enter your e-?mail(?: address)?\b.{0,80}|subscribe no thanks|want more\b.{0,40}\? (?:sign up|subscribe)\b.{0,150}|subscribe to .{1,40} on (?:youtube|facebook|twitter|instagram|telegram)|get daily news on your browser|there was an error processing your subscription\.?|please check the opt-in box\b.{0,100}|keep an eye on your inbox\b.{0,100}|an email with an activation link\b.{0,200}|i agree that .{1,60} (?:can|may) send me\b.{0,150}|[\w' ]{1,30} newsletters?)$/i,
    reason: 'promo',
    source: 'newsletter sign-up boxes: the offer ("Sign up here for our weekly newsletter", "Every weekday, get the best of ..."), the form labels and the thank-you text'
  },
  {
    // The channel closes the call, or a "never miss" tail does: a sentence
    // that goes on ("Receive the results by email within a week, the clinic
    // said.") is the story's.
    pattern:
      /^(?:get|receive) .{3,80} (?:by e-?mail|in your inbox|delivered (?:to you|(?:straight |directly )?to your inbox))(?: (?:every|each) \w+| daily| weekly)?(?:(?:,| [-–—])? (?:and |so you(?:'ll| will)? )?never miss\b.{0,80}|[.!])?$/i,
    reason: 'promo',
    source: 'newsletter calls naming the edition and the channel ("Get The Courier\'s Morning Briefing by email and never miss our top stories", "Receive our weekly digest in your inbox")'
  },
  {
    pattern:
      /^(?:(?:support|help) is available (?:for (?:anyone|those|people|readers) (?:affected|impacted) by|24 hours a day|around the clock)\b.{0,300}|if you(?:'ve| have| are)? (?:been )?affected by (?:any of )?(?:the )?(?:issues|topics|themes|subjects)\b.{0,300}|(?:an? |the )?(?:national |24-hour )?(?:crisis|suicide(?: prevention)?|mental health|support) (?:line|hotline|helpline|lifeline) is (?:available|open)\b.{0,200}|if you or someone you know (?:is|has been|needs|may be)\b.{0,200}\b(?:call|text|contact|visit|reach)\b.{0,200}|if you or someone you know (?:is|has been|needs|may be)\b.{0,200}\b(?:helpline|hotline|lifeline|crisis line) (?:is|on|at)\b[^.]{0,40}\d.{0,100})$/i,
    reason: 'other',
    source: 'help-line notes appended to sensitive stories ("Support is available for anyone affected by this story.", "A crisis line is available 24 hours a day at ...", "If you or someone you know is struggling, call or text ...", "If you or someone you know is struggling with addiction, the national helpline is ...")'
  },
  {
    pattern: /^page last updated at .{5,80}$/i,
    reason: 'timestamp',
    source: 'page stamps of older news sites ("Page last updated at 09:15 GMT, Monday, 3 May 2010 10:15 UK")'
  },
  {
    pattern: /^bookmark (?:with|this(?: page| article| story)?(?: with| on)?)\b:?.{0,120}$/i,
    reason: 'share-widget',
    source: 'social bookmarking bars of older news sites ("Bookmark with: Delicious Digg Facebook What are these?")'
  },
  {
    // A date in brackets after a headline is how link boxes date their
    // stories; at the top of the page the shape is the story's own headline.
    pattern: /^\p{Lu}[^.!]{5,120}[?!]? \(\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})\)$/u,
    holds: ['/'],
    reason: 'related-links',
    source: 'dated related headlines in link boxes ("Council Budget: Where Does the Money Go? (10/12/2015)")',
    headline: true
  },
  {
    pattern: /^(?:.{0,60} is supported by its (?:audience|readers)\b.{0,200}|when you (?:buy|purchase|shop)(?: something)? (?:through|via|using) (?:links|our links|retail links)\b.{0,200}|we may (?:earn|receive) (?:a|an) (?:small )?(?:affiliate )?commission\b.{0,200})$/i,
    reason: 'promo',
    source: 'affiliate-link disclaimers at the top of product and science sites'
  },
  {
    // The links or the purchase named too, before or after: a story about
    // a sales agent's pay is no disclaimer.
    pattern:
      /^(?:.{0,250} (?:link|purchase|this post|this article|this page).{0,150} (?:may|might|could|will) (?:earn|receive|get|make) (?:an? )?(?:small )?(?:affiliate )?commission.{0,200}|.{0,250} (?:may|might|could|will) (?:earn|receive|get|make) (?:an? )?(?:small )?(?:affiliate )?commission.{0,150} (?:link|purchase|this post|this article|this page).{0,200})$/i,
    holds: ['ommission'],
    maxLength: 500,
    reason: 'promo',
    source: 'affiliate disclaimers naming the outlet ("The Site may earn an affiliate commission on purchases made through links in this article.")'
  },
  {
    pattern: /^(?:(?:registration on or )?use of this (?:site|website) constitutes acceptance\b.{0,300}|the material on this (?:site|website) may not be reproduced\b.{0,300}|this copy is for your personal,? non-?commercial use only\b.{0,300}|community (?:rules|guidelines) apply to all content\b.{0,200}|(?:we(?:'ve|’ve| have) detected (?:that )?you(?:'re|’re| are) (?:using|on)|(?:please )?(?:update|upgrade) your browser|your browser is (?:out of date|not supported)|(?:please )?enable javascript|javascript is (?:disabled|required))\b.{0,300}|(?:we are committed to protecting your (?:personal (?:information|data)|privacy)|please review our privacy policy|i agree to the processing of my personal data|by (?:clicking|continuing to use|using) (?:this|our) (?:site|website)|by continuing,? you agree)\b.{0,400}|this (?:document|article|story|material|content) is (?:subject to|protected by) copyright\b.{0,400}|printed from a subscriber account\b.{0,300}|.{0,150}\b(?:respect|read|see) our copyright (?:policy|notice|terms)\b.{0,150}|this (?:site|page|form) is protected by recaptcha\b.{0,200}|loading(?:\.\.\.|…)?)$/i,
    reason: 'other',
    source: 'terms-of-use footers, reprint notices, outdated-browser banners, loading placeholders'
  },
  {
    pattern: /^(?:[Ww]rite to|[Ee]-?mail|[Cc]ontact|[Rr]each) \p{Lu}[\p{L}.'’ -]{1,40}(?: at|:) (?:[\d() .-]{7,20} or )?[^\s@]{1,64}@[^\s@]{1,100}\.?(?:(?: or | and |, | \p{Lu}).{0,150})?$/u,
    holds: ['@'],
    reason: 'other',
    source: 'author contact lines under a story ("Write to Jane Doe at jane.doe@example.com", "Reach Jane Doe at 555-0100 or jdoe@example.com", "Contact Jane Doe: 555-0100 or jdoe@example.com. Follow her on Twitter @jdoe.")'
  },
  {
    pattern: /^to contact the (?:reporters?|editors?|authors?|writers?)(?: responsible)?(?: (?:on|for|of) this (?:story|article|report))?: .{2,250}$/i,
    reason: 'other',
    source: 'wire desks\' contact lines under a story ("To contact the reporter on this story: Jane Doe in Paris", "To contact the editor responsible for this story: John Roe")'
  },

  // Cookie-consent banners (GDPR templates): the notice and its category texts.
  {
    pattern: /^(?:(?:this|our) (?:web ?)?site uses cookies|[a-z\d-]{2,30}\.[a-z]{2,6}(?:\.[a-z]{2})? uses (?:[a-z-]+(?:,? (?:and )?[a-z-]+){0,4} )?cookies\b(?=.{0,200}\b(?:consent|accept|agree|by (?:closing|continuing|using|clicking))\b)|we use cookies|(?:strictly )?(?:necessary|functional|performance|analytics|advertisement|non-necessary) cookies (?:are|is|help|may)|any cookies that)\b.{0,600}$|^(?:(?:accept|reject|allow|manage)(?: all)? cookies|cookie (?:settings|preferences)|manage (?:cookie )?preferences)$/i,
    reason: 'promo',
    source: 'cookie-consent banners and their category descriptions ("We use cookies ...", "Courier.com uses technical and profiling cookies ...")'
  },

  // Video-player furniture.
  {
    pattern: /^(?:just watched|must watch|replay|thanks for watching!?|more videos(?: \.\.\.|…)?|\(\d+ videos\)|(?:click|tap|press) (?:here )?to (?:play|unmute|mute|pause|watch|listen|enlarge|expand)(?: (?:the )?(?:video|audio|clip|image|gallery|photo))?|click to play tap to play|video (?:loading|unavailable)|play now|the video will start in \d{1,2}(?: ?cancel)?)$/i,
    reason: 'promo',
    source: 'video carousels and player buttons ("JUST WATCHED", "Replay", "More Videos ...", "(16 Videos)", "Click to play video", "Video Loading", "The video will start in 8Cancel", "Tap to unmute")'
  },

  {
    pattern: /^(?:(?:updated |posted |published )?\d{1,3} ?(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago\b.{0,40}|this (?:content|article|story|page|post) was (?:first |last |originally )?(?:published|updated|posted|modified)(?: on)? [\w ,.:/-]{0,30}\d[\w ,.:/-]{0,30})$/i,
    reason: 'timestamp',
    source: 'relative times under teaser cards and posts ("32M ago", "16 hours ago on Tech Blog"), and stamps written as a sentence ("This content was published on May 24, 2016 - 14:08")'
  },

  // Markup left in a page's text: a tracking-pixel tag, a bare ISO timestamp
  // from a metadata block. Bare URLs are not here: link lists in a post are
  // its content.
  {
    pattern: /^(?:<\/?(?:img|iframe|script|noscript|style|div|span|a|link|meta|input|source)\b[^<>]{0,500}>|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)$/i,
    reason: 'other',
    source: 'markup and machine timestamps of metadata blocks scraped as text'
  },

  // Corrections footers and trust-policy links appended by the CMS to every
  // story; an editor's note written into the story is not one of them.
  {
    pattern: /^(?:this (?:article|story|piece) (?:was|has been) (?:amended|updated|corrected) on\b.{0,300}|our standards\s*:.{0,100}|why you can trust [\w' .]{1,40}|report an? (?:error|typo|correction)|was this (?:article|story) (?:helpful|useful)\??)$/i,
    reason: 'other',
    source: 'correction footers ("This article was amended on 4 May 2024 ..."), "Our Standards: ..." links, feedback prompts'
  },
  // A correction notice says what an earlier version got wrong, under a label
  // of its own: "Corrections & Amplifications", "An earlier version of this
  // article misstated ...", "Correction: An earlier version ...", "This story has been corrected to show ...".
  // Annotators of scraped news remove them with the CMS furniture.
  {
    pattern: /^(?:corrections? (?:&|and) amplifications?|(?:(?:correction|clarification|editor['’]s note)(?:,? [a-z]{3,9}\.? \d{1,2}(?:, \d{4})?)?: )?(?:an earlier version of this (?:article|story|report|piece) .{2,300}|this (?:article|story|report|piece) (?:has been|was) (?:corrected|updated|amended)(?: (?:at|on) [^.]{1,60}?)?,? (?:to .{2,300}|with (?:comments?|a comment|a response|responses|reaction|a statement|quotes?) (?:from|by) .{2,200})))$/i,
    reason: 'other',
    source: 'correction and update notices ("An earlier version of this article misstated ...", "Editor\'s note: This story has been updated with comment from ...", "This article was updated at 18:05 to include ...") and their label'
  },
  {
    // A sponsor's teaser under its label, a newsletter's pitch that ends in the call to sign up, a wire's
    // pitch for its terminal, a note that the story will change: none is a line the story reports.
    pattern:
      /^(?:(?:sponsored|paid (?:content|post)|partner content|advertorial): .{1,160}|(?:the )?[\p{L}\d.&'’ -]{1,60} newsletter (?:provides|brings|gives|delivers|sends|is) .{1,200}[.!] (?:sign up|subscribe) (?:here|now|today)[.!]?|exclusive news, data and analytics for financial market professionals.{0,60}|this is a (?:developing|breaking)(?: news)? story(?:[.!](?: (?:check back|refresh|stay with|come back).{0,100})?)?)$/iu,
    holds: [':', 'ewsletter', 'EWSLETTER', 'xclusive news', 'XCLUSIVE NEWS', ' story', ' STORY'],
    reason: 'promo',
    source: 'sponsored teasers, newsletter pitches, a wire\'s terminal pitch and developing-story notes ("Sponsored: ...", "The Power Up newsletter provides ... Sign up here.", "This is a developing story. Check back for updates.")'
  },
  // Labels of sponsors' slots and reading times in words: "Sponsor Message", "3 mins to read".
  {
    pattern: /^(?:sponsor(?:ed)? message|\d{1,3} min(?:ute)?s? (?:to )?read|read(?:ing)? time:? \d{1,3} min(?:ute)?s?\.?|(?:views|page views|reads):? \d[\d,.]{0,12}k?)$/i,
    reason: 'other',
    source: 'sponsor slots, reading times and view counters ("Sponsor Message", "3 mins to read", "Read time: 4 min.", "Views: 2317")'
  },
  // Calls to follow the site for more of a topic: "Stay updated with the latest
  // football news on City Sports.", "Stay tuned to City News for the latest updates.",
  // "Keep up with the latest news by following City News", and the launch of
  // the outlet's own channel ("We've launched our own YouTube channel. Subscribe ...").
  {
    pattern:
      /^(?:stay (?:updated|tuned|informed) (?:with|to|on) .{2,150}\b(?:latest|updates?|news|scores?)\b.{0,100}|keep up (?:to date )?with (?:all )?the latest .{2,150} by following .{2,60}|we(?:'ve|’ve| have) (?:just )?launched (?:our own|our new|a new) (?:youtube|whatsapp|telegram|tiktok|instagram|podcast|video) channel\b.{0,250})$/i,
    reason: 'promo',
    source: 'calls to stay updated with or follow the site ("Stay tuned to City News for the latest", "We\'ve launched our own YouTube channel.")'
  },
  // An agency's name, maybe, and a desk title in capitals as the author line: "KYODO, STAFF REPORT", "STAFF WRITER".
  {
    pattern: /^(?:\p{Lu}[\p{Lu}.&'’ -]{1,40}, )?STAFF (?:REPORTS?|WRITERS?|REPORTERS?)$/u,
    reason: 'byline',
    source: 'desk titles in capitals as the author line ("KYODO, STAFF REPORT")'
  },
  // A desk title and the outlet run together with middle dots: "Sports reporter·City Herald·".
  {
    pattern: /^\p{Lu}[\p{L} -]{0,30} (?:reporter|editor|writer|correspondent|columnist) ?[·•] ?\p{Lu}[\p{L}\d .&'’-]{1,40}(?: ?[·•])?$/iu,
    holds: ['·', '•'],
    reason: 'byline',
    source: 'desk titles and outlets set off by middle dots ("Sports reporter·City Herald·")'
  },
  // Copy drawn from files or inputs of agencies and other outlets (names in capitals, not "the archive"): "With files from
  // The Canadian Press", "With inputs from PTI"; removed, and reported as wire credits.
  {
    pattern: /^(?:(?:-{1,2}|[–—]) ?)?(?:[Ww]ith|WITH) (?:files|inputs|FILES|INPUTS) (?:from|FROM) (?:the |The )?\p{Lu}[\p{L}\d.&'’ ,-]{1,100}\.?$/u,
    reason: 'credit',
    source: 'files and inputs from other newsrooms ("With files from Reuters and The Canadian Press")'
  },

  // A teaser's headline and its link run together: "Is the deal dead? Read
  // more", "Read more Rent reform: what changes", "What does the budget mean for you?
  // Read our explainer." The story points the reader nowhere; a sentence of
  // it that a scraper ran into the label ("... he said. READ MORE") stays.
  {
    pattern:
      /^(?:\p{Lu}[^.]{5,200}[?!:]? (?:Read more|READ MORE)|(?:Read more|READ MORE) \p{Lu}.{5,200}|.{5,200}[?!.] Read (?:our|the) (?:explainer|analysis|full (?:story|report|coverage)|live blog|timeline|guide|Q&A|coverage)(?: here)?\.?)$/u,
    holds: ['Read ', 'READ '],
    maxLength: 260,
    reason: 'related-links',
    source: 'teasers with their link label ("Is the deal dead? Read more", "Read more Rent reform: what changes", "What does the budget mean for you? Read our explainer.")'
  },
  {
    pattern: /^(?:[Dd]isclosure|DISCLOSURE|[Dd]isclaimer|DISCLAIMER)s?: .{10,400}$/u,
    reason: 'other',
    source: 'disclosure and disclaimer notes under a story ("Disclosure: The Example Trust is a financial supporter of the Courier.", "Disclaimer: The comments on this site do not represent the views of its owners.")'
  },
  {
    pattern: /^(?:[Ll]etters?|[Rr]eplies|[Rr]esponses?) in (?:response|reply) to this (?:story|article|report|column|piece):?$/u,
    reason: 'related-links',
    source: 'headers of readers\' letters answering the story ("Letter in response to this story:"); the short lines under them are the letters\' headlines',
    endsArticle: true
  },
  {
    pattern:
      /^(?:(?:[Ww]atch|[Ll]isten to|[Ss]ee) .{1,60} (?:in|on) the (?:video |audio )?player (?:above|below)|(?:[Ww]atch|[Ll]isten to) (?:the|our|this) (?:video|report|interview|clip|segment|broadcast|podcast) (?:above|below))[.:]?$/u,
    maxLength: 120,
    reason: 'promo',
    source: 'pointers to the page\'s player ("Watch our interview in the player below.", "Watch the video below:")'
  },
  {
    // A programme, not a day: "Aired on Sunday Night" says when.
    pattern: /^(?:[Hh]eard|[Aa]s [Hh]eard|[Aa]ired|[Bb]roadcast) on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}[\p{L}'’&-]{0,15}(?: \p{Lu}[\p{L}'’&-]{0,15}){0,4}$/u,
    maxLength: 100,
    reason: 'dateline-meta',
    source: 'the programme a radio or television story ran on ("Heard on All Things Considered", "As heard on The Current")'
  },
  // A newsletter form's messages: "* Enter a valid email", "You're all signed up!".
  {
    pattern: /^(?:\* ?)?(?:you['’]re all signed up!?|thanks? (?:you )?for (?:subscribing|signing up)\b.{0,80}|(?:please )?enter a valid email(?: address)?\.?)$/i,
    reason: 'promo',
    source: 'newsletter sign-up forms\' messages ("* Enter a valid email", "* Thank you for subscribing to our newsletter.")'
  },
  // Appeals for readers' money and letters, under the story.
  {
    pattern:
      /^(?:thank you for (?:donating|your donation|supporting)\b.{0,120}|support our work: .{1,300}|.{1,60}? is free to read,? but (?:it(?:['’]s| is) )?not free to (?:make|produce)\b.{0,300}|we(?: want|['’]d (?:like|love)| would (?:like|love)) to hear from you\b.{0,250})$/i,
    reason: 'promo',
    source: 'donation appeals and calls for readers\' stories ("Support our work: ...", "X is free to read, but not free to make.", "We want to hear from you: ...")'
  },
  {
    // Apart from the pleas above, so that the cheap test of what it holds spares other lines its lookahead.
    pattern: /^(?!.*\b(?:said|says|told|added|wrote|argued|explained|according)\b)(?:.{1,300}?[.!] )?we (?:rely|depend) (?:entirely |solely |only )?on (?:(?:the )?(?:donations|support|generosity|contributions) (?:of|from) )?(?:our )?readers(?:[ ,.!].{0,300})?$/i,
    holds: ['ely on', 'epend on', 'ELY ON', 'EPEND ON'],
    reason: 'promo',
    source: 'appeals that say the outlet lives on its readers ("... We rely on donations from readers like you.", "We depend on our readers. Donate")'
  },
  {
    pattern: /^(?:go deeper|suggested): (?!.*\b(?:said|says|told|argued|added|wrote)\b).{1,200}$/i,
    reason: 'promo',
    source: 'teaser labels with a colon ("Go deeper: ...", "Suggested: ...")'
  },
  {
    pattern: /^[\p{L}\d+ ]{1,60} subscribers (?:got|get) this (?:scoop|story) first(?:[ ,.!].{0,150})?$/iu,
    holds: [' subscribers ', ' Subscribers '],
    reason: 'promo',
    source: 'notes that a paid service ran the story first ("Courier Pro subscribers got this scoop first. Get smarter with Courier Pro.")'
  },
  {
    // The outlet's account of how readers fund it, never a report of someone's words.
    pattern: /^(?!.*\b(?:said|says|told|added|wrote|according)\b)(?:.{0,200}is (?:\d{1,3}% )?reader-(?:supported|funded)\. .{0,40}(?:[Ss]upport|[Bb]ecom|[Dd]onat|[Jj]oin)|.{0,200}funded (?:through|by) (?:donations|contributions) from our readers).{0,400}$/,
    holds: ['reader-', 'funded '],
    reason: 'promo',
    source: 'outlets\' notes that readers fund them ("The Courier is 100% reader-supported. Become a patron.", "... published by a foundation funded through donations from our readers")'
  },
  {
    // What made the story possible, said of the story itself: a story's own lines report what a grant did, not that it paid for them.
    pattern:
      /^[Tt]his (?:story|article|investigation|series|piece|reporting) (?:was|is) (?:produced|published|made possible|supported|reported|funded|written) (?:with (?:the )?(?:support|funding|a grant|financial support) (?:of|from)|in (?:partnership|collaboration) with|by (?:a grant from|the support of)|through a grant from|as part of) (?!.*\b(?:said|says|told|warns?|finds|found|shows?|showed|concludes|concluded|estimates?)\b).{1,400}$/u,
    holds: ['his '],
    reason: 'other',
    source: 'notes on who funded or partnered in the story ("This story was produced with support from the Fund for ...", "This investigation was produced with the support of ...")'
  },
  {
    pattern: /^(?:members|subscribers) can comment on (?:this|our) (?:article|story|stories|articles)\b.{0,120}$/i,
    reason: 'comments',
    source: 'notes that only members may comment ("Members can comment on this article. Log in or become a Member.")'
  },
  {
    pattern: /^(?:check out|listen to|subscribe to) .{1,150}\bwherever you get your podcasts\.?$/i,
    reason: 'promo',
    source: 'podcast plugs ("Check out the Courier\'s podcast, available wherever you get your podcasts.")'
  },
  {
    pattern: /^(?:comments? [-–—] \d{1,5}|add (?:a |your )?comment|comments will be (?:edited|moderated)\b.{0,200}\b(?:discretion|approv|authori[sz]|publish)\w*\b.{0,200}|the opinions expressed in (?:reader )?comments are those of the\b.{0,200})$/i,
    reason: 'comments',
    source: 'comment counters, buttons and policies ("Comments - 14", "Add comment", "Comments will be edited and authorized at the discretion of ...", "The opinions expressed in reader comments are those of the author only ...")'
  },
  {
    pattern: /^(?:latest in: [\p{L} &]{2,30}|read related(?: [\p{L}\d'’. ]{1,30})? (?:coverage|stories|articles)|posted in [\p{L}\d&' -]{2,30}(?:, [\p{L}\d&' -]{2,30}){0,6}|(?:unlimited )?digital access:? [$£€]\d.{0,40})$/iu,
    reason: 'other',
    source: 'section links, blog categories and subscription offers ("Latest in: News", "Read related Courier coverage", "Posted in Drugs, Peace process", "Unlimited Digital Access: $1 for 4 weeks")'
  },
  {
    pattern: /^(?:we will (?:only )?use your email(?: address)? (?:only )?(?:for|to) (?:send(?:ing)? you )?(?:newsletters?|updates)\b.{0,300}|.{1,60}\bnewsletter: sign up (?:here|now|today|for free)\b.{0,200})$/i,
    reason: 'promo',
    source: 'newsletter forms\' privacy lines and labelled sign-up calls ("We will use your email address only for sending you newsletters.", "The Courier\'s weekly newsletter: sign up here ...")'
  },
  {
    pattern: /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}: [^\s@;]{1,64}@[^\s@;]{1,100}(?:[;,.] .{0,300})?$/u,
    holds: ['@'],
    reason: 'byline',
    source: 'reporters\' contact lines that lead with the name ("Jane Doe: jdoe@example.com; on Twitter: @jdoe.")'
  },
  {
    pattern: /^\p{Lu}{2,10}\/\p{Lu}\p{Ll}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u,
    holds: ['/'],
    reason: 'credit',
    source: 'picture credits of an agency and its photographer on a line of their own ("ANDINA/Jane Doe")'
  },
  // The outlet describing itself under every story by what it does: "The Ledger is a nonprofit newsroom that
  // produces ...", "The Courier delivers independent coverage of ...". A story about a newsroom tells what
  // happened to it ("... a nonprofit newsroom that laid off 11 staff") or what was said of it.
  {
    pattern:
      /^(?!.*\b(?:said|says|told)\b)\p{Lu}[\p{L}\d.&'’ -]{1,40} (?:is an? (?:[\p{L}-]+ ){0,4}(?:newsroom|news (?:organi[sz]ation|outlet|site|website|service))(?: that| which)? (?:produces|covers|covering|publishes|reports on|provides|informs)|delivers (?:independent|award-winning|in-depth)) .{0,400}$/u,
    holds: [' is a', ' delivers '],
    reason: 'promo',
    source: 'outlets\' descriptions of themselves ("The Ledger is a national newsroom that produces in-depth journalism ...")'
  },
  // An agency's notice that the site carries part of its wire: "Anadolu Agency website contains only a portion of the news stories offered to subscribers ...".
  {
    pattern: /^.{1,60} website contains only a portion of the news\b.{0,250}$/i,
    reason: 'paywall',
    source: 'agencies\' notices that their site shows part of the subscribers\' wire'
  },
  // A box's label over a story's summary: "In summary", "Key takeaways". Not "Key points:", which may introduce the story's own list.
  {
    pattern: /^(?:in summary|key takeaways)$/i,
    reason: 'other',
    source: 'labels of summary boxes ("In summary", "Key takeaways")'
  },
  // A photographer and the outlet in capitals, set off by a slash, on a line of their own: "JANE DOE/THE COURIER".
  {
    pattern: /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){1,2} ?\/ ?\p{Lu}[\p{Lu}.&'’ -]{1,40}$/u,
    holds: ['/'],
    reason: 'credit',
    source: 'photographers\' credits in capitals ("JANE DOE/THE COURIER")'
  },
  {
    pattern: /^\((?:photo|image|picture) (?:source|credit)s?: [^()]{1,80}\)$/i,
    reason: 'credit',
    source: 'photo credits in brackets labelled as a source ("(photo source: Agency/Jane Doe)")'
  },
  // A reporter's e-mail address alone, under the byline or the story.
  {
    pattern: /^[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$/,
    holds: ['@'],
    reason: 'byline',
    source: 'reporters\' e-mail addresses on a line of their own'
  },
  // A desk's credits to its own staff, two or more: "Reported by Jane Doe for the Khmer Service. Translated by John Roe.
  // Written in English by Ann Lee."
  {
    pattern:
      /^(?:[Rr]eported|[Tt]ranslated|[Ww]ritten(?: in English)?|[Ee]dited) by \p{Lu}[^.]{1,80}\.(?: (?:[Tt]ranslated|[Ww]ritten(?: in English)?|[Ee]dited|[Pp]roduced) by \p{Lu}[^.]{1,80}\.?){1,3}$/u,
    holds: [' by '],
    reason: 'credit',
    source: 'staff credits for reporting, translation and editing ("Reported by ... Translated by ... Written in English by ...")'
  },
  // Counters of a share bar, run together with the networks' names: "0 12 googleplus0 0".
  {
    pattern: /^(?=.*\d)(?:(?:\d{1,6}(?!\d)|facebook|twitter|googleplus|google\+|linkedin|pinterest|reddit|whatsapp|email|tumblr) ?){3,14}$/i,
    reason: 'share-widget',
    source: 'share bars\' counters ("0 12 googleplus0 0")'
  },
  // A call to read the news in the outlet's app: "Catch all the business news on the Courier. Download the Courier App ...".
  {
    pattern: /^catch (?:all )?the (?:latest )?.{1,120}\bdownload (?:the|our) .{1,200}$/i,
    reason: 'promo',
    source: 'calls to follow the news in the outlet\'s app ("Catch all the news on X. Download the X App to get ...")'
  },
  {
    pattern: /^(?:[Ff]ollow|FOLLOW) (?:our|the|OUR|THE) (?:live (?:blog|coverage|updates)|LIVE (?:BLOG|COVERAGE|UPDATES))\b.{0,150}$/u,
    reason: 'promo',
    source: 'pointers to the outlet\'s live blog ("Follow our live blog for the latest updates")'
  },
  {
    // What the update changed, named as such ("Added comment from", "Updated
    // with"), not what happened: a live blog's entries ("Update 3:15 p.m.:
    // Added security has been deployed ...") are the story, and so is an
    // editor's note the story prints ("Editor's note: This story has been updated ...").
    pattern:
      /^(?:[Uu]pdated?|UPDATED?)(?: .{1,60}?)?: (?:(?:[Aa]dd(?:ed|s)|[Ii]nclud(?:ed|es)) (?:(?:a|an|the|more|new|further|additional) )?(?:comments?|quotes?|details?|statements?|responses?|reaction|context|background|paragraphs?)\b|(?:[Uu]pdat(?:ed|es)|[Cc]orrect(?:ed|s)|[Cc]larifie[sd]) (?:with|to (?:add|include|reflect|show|clarify|correct))\b|[Cc]orrect(?:ed|s) (?:the )?(?:spelling|headline|name|title)\b).{0,250}$/u,
    reason: 'other',
    source: 'notes of what an update changed ("Update March 3rd, 9:10AM ET: Added comment from the council.")'
  },
  {
    // The plea ends the line and names the outlet or its work, after the lead-in at most.
    pattern:
      /^(?:[^"“”]{0,250}[.!?] )?(?:[Pp]lease )?[Cc]onsider (?:supporting|subscribing to|donating to|becoming a (?:member|subscriber|supporter|patron) of) (?:us|our (?:work|journalism|reporting|newsroom)|(?:the )?\p{Lu}[\p{L}\d.&'’ -]{1,40})[.!]?$/u,
    holds: ['onsider '],
    maxLength: 320,
    reason: 'promo',
    source: 'donation pleas naming the outlet ("We work hard to bring you independent news. Consider supporting the Courier.")'
  },
  {
    // A bare call to act ends a pitch that speaks of the outlet as "our": a story's line ends on what happened.
    pattern:
      /^(?:.{0,300} )?(?:[Oo]ur|us) .{1,250}[.!?] (?:[Ff]ind out more|[Ll]earn more|[Tt]ry it (?:free|now|today)|[Ss]ign up (?:now|today|here))[.!]?$/u,
    holds: ['ind out more', 'earn more', 'ry it ', 'ign up '],
    maxLength: 600,
    reason: 'promo',
    source: 'pitches for the outlet\'s other products ("Need deeper coverage? Plus is our service for traders. Find out more.")'
  },
  {
    // No full stop: a sentence saying where a reporter went goes on to what they found.
    pattern:
      /^\p{Lu}[\p{L}\d&.'’ -]{0,30}['’]s \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (?:reports|reporting) from \p{Lu}[\p{L} ,'’-]{1,60}$/u,
    holds: [' from '],
    reason: 'caption',
    source: 'captions of a broadcaster\'s video report ("The Channel\'s Jane Doe reports from the capital")'
  },

  // A site's menu on one line: labels of a word or three, each capitalised, set off by bars, bullets or runs of
  // spaces (four or more, two of them sections' names), or by slashes (three or more, one a section's name):
  // "News | Politics | Business | Culture", "Investigations / Serbia / Rule of Law"; not a table's header
  // ("Party | Votes | Share | Seats") nor places ("Iran / Israel / United States"). A bar of networks is a share bar.
  {
    pattern: new RegExp(
      String.raw`^(?=${menuItem}(?: ?[|·•] ?| {2,}| \/ ))(?!.*\b(?:Facebook|Twitter|WhatsApp|LinkedIn|Email|E-mail)\b)(?:(?=(?:.*?\b${sectionLabel}\b){2})${menuItem}(?:(?: ?[|·•] ?| {2,})${menuItem}){3,12}|(?=.*?\b${sectionLabel}\b)${menuItem}(?: \/ ${menuItem}){2,6})$`,
      'u'
    ),
    reason: 'other',
    source: 'site menus printed on one line ("News | Politics | Business | Culture", "Investigations / Serbia / Rule of Law")'
  },

  // Copyright and legal footers.
  {
    pattern: /^(?:©|\(c\)|copyright\b).{0,600}$|^.{0,200}\ball rights reserved\b.{0,400}$|^(?:terms of (?:use|service)|terms (?:&|and) conditions|privacy(?: policy| notice)?|cookie policy|contact us|about us|advertise(?: with us)?|newsletters|site ?map|disclaimer|careers|faqs?)(?:\s*[|·•]\s*.{0,300})?$/i,
    reason: 'other',
    source: 'copyright and legal footers'
  }
]

/** News agencies of many countries as credits name them, and agencies unnamed ("news agencies"). */
const agencyNames = String.raw`(?:the )?(?:associated press|agence france[- ]presse|press trust of india|reuters|afp|ap|dpa|xinhua(?: news agency)?|efe|kyodo(?: news)?|yonhap(?: news agency)?|bernama|anadolu(?: agency)?|united press international|upi|ians|pti|press association|pa media|australian associated press|aap|canadian press|ansa|cna|tass|interfax|antara|(?:news |wire )?agencies|wire services)`

/**
 * A news agency's name alone as the author of its copy: "Agence
 * France-Presse", "Press Trust of India", "By AFP", "EFE", "Agencies".
 */
export const agencyByline: LinePattern = {
  pattern: new RegExp(String.raw`^(?:by )?${agencyNames}$`, 'i'),
  maxLength: 40
}

/**
 * Wire-agency credit lines as newsrooms write them. Matching lines are
 * reported as `wireCredits`; those that point elsewhere on the page are also
 * removed (see {@link phrases}). A desk's credits to its own staff are no
 * wire credits: annotators of scraped news leave them out.
 */
export const wireCreditPatterns: readonly LinePattern[] = [
  {
    // A list of names may come before "contributed": "Associated Press writers Jane Doe, John Roe and Ann Lee contributed to this report."
    pattern: /^(?:the )?[\p{Lu}][\p{L}.&' ,-]{1,200} contributed (?:reporting|to this (?:report|story|article))[\p{L} ,.;'-]{0,120}$/u,
    holds: [' contributed ']
  },
  {pattern: /^for more (?:reporting|coverage) from (?:the )?.{2,60}, see below\.?$/i},
  {pattern: new RegExp(String.raw`^(?:with|material from) (?:${agencyNames}|bloomberg|pa)\.?$`, 'i')},
  // Reporting credited to an agency, not to a desk's own staff: "Additional reporting by Bernama",
  // "With files from The Canadian Press", "• Additional reporting by Reuters and AFP".
  {
    pattern: new RegExp(
      String.raw`^(?:[•*]\s*)?(?:additional reporting|reporting|with (?:reports|files|inputs|reporting)) (?:by|from) ${agencyNames}(?:(?:,| and) ${agencyNames})*\.?$`,
      'i'
    )
  },
  // An agency's copyright under its copy: "© 2021 AFP", "Copyright 2016 The Associated Press. All rights reserved."
  {pattern: new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?${agencyNames}\b.{0,300}$`, 'i')},
  // An agency's name alone under the last paragraph signs the story as its copy.
  {pattern: /^(?:kyodo|yonhap|bernama|anadolu)(?: news)?$/i, maxLength: 12},
  {pattern: /^this (?:story|report|article) (?:includes|contains|has) (?:material|reporting) from\b.{2,120}$/i},
  // A sign-off naming the agencies whose copy the story draws on: "Source: News agencies",
  // "Source: The Courier and news agencies" (removed all the same, as a picture credit's label).
  {pattern: /^source: (?:.{2,60} and )?(?:news |wire )?agencies\.?$/i},
  outletWithAgencies
]

/**
 * Whether a line matches a pattern, looking for what it must hold first.
 *
 * @param entry The pattern.
 * @param value A trimmed line.
 * @returns True on a match.
 */
export function matchesLine(entry: LinePattern, value: string): boolean {
  return (
    (entry.maxLength === undefined || value.length <= entry.maxLength) &&
    (entry.holds === undefined || entry.holds.some((part) => value.includes(part))) &&
    entry.pattern.test(value)
  )
}

/**
 * The boilerplate phrase family a line belongs to.
 *
 * @param value A trimmed line.
 * @returns The first family in {@link phrases} that matches it, if any.
 */
export function phraseOf(value: string): Phrase | undefined {
  return phrases.find((entry) => matchesLine(entry, value))
}

/**
 * Whether a line is a wire-agency credit.
 *
 * @param value A trimmed line.
 * @returns True when one of {@link wireCreditPatterns} matches it.
 */
export function isWireCredit(value: string): boolean {
  return wireCreditPatterns.some((entry) => matchesLine(entry, value)) && !matchesLine(staffContribution, value)
}
