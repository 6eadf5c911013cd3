import {mostCommonScript, scriptCounts, type Script, type ScriptCounts} from '@sourcing/ingest'
import type {RemovalReason, Removed} from '@sourcing/schema'
import {splitLines, type Line} from './lines.js'
import {agencyByline, isWireCredit, matchesLine, phraseOf, type Phrase} from './phrases.js'
import {
  crawlerDateField,
  isCrawlerFieldsLine,
  endsSentence,
  endsWithPhotoCredit,
  isBylineBesideStamp,
  isBylineLine,
  isCapitalNamesLine,
  isDateStamp,
  isDeskLine,
  isGluedCard,
  isHandleByline,
  isLifeDates,
  isMarkedAuthorLine,
  isMarkedCaption,
  isMetadataStrip,
  isNameLine,
  isNamesLine,
  isPostSignature,
  isPromoCall,
  isSectionTrail,
  isSectionTrailTo,
  isShareWidget,
  isStampLine,
  isTitleCase,
  isTitleFieldOf,
  labelledAuthors,
  stopwordDensity,
  withoutPlace,
  wordCount,
  words
} from './signals.js'

/** Options of {@link findBoilerplate}. */
export interface BoilerplateOptions {
  /**
   * Run jusText's context classifier, which removes runs of short lines
   * around the prose (menus, footers, teaser lists) (default: true). Turn it
   * off for text an extractor already cut out of a page: there, lists and
   * tables next to the prose are part of the story.
   */
  context?: boolean
}

/** What the rules that count words need of a line. */
type Words = Pick<Block, 'line' | 'wordCount' | 'tokens' | 'protected'>

/** jusText's paragraph classes. */
type Quality = 'good' | 'neargood' | 'short' | 'bad'

/** What the classifier knows about one non-blank line. */
interface Block {
  line: Line
  wordCount: number
  /** The words themselves, split only for the few lines a rule needs them of (see `tokensOf`). */
  tokens: string[] | null
  /** Letters per script, added up for the article's script. */
  scripts: ScriptCounts
  reason: RemovalReason | null
  /** Kept whatever the context says (the headline). */
  protected: boolean
  quality: Quality
}

/**
 * Thresholds of the context classifier, after jusText (Pomikálek 2011) with
 * its defaults, the stop-word ones lowered for the shorter stop-word list used
 * here.
 */
const lengthLow = 70
const lengthHigh = 200
const stopwordsLow = 0.22
const stopwordsHigh = 0.26

/** A paragraph with this much prose ends a run of end-of-page furniture. */
const proseWords = 20

/**
 * Find the lines of a scraped article that are not article body: captions and
 * credits, bylines, promos, share widgets, translation notices, paywall and
 * comment-form text, related-article teasers, stamps, repeated lines, and the
 * navigation and footer text of a whole page.
 *
 * Signals, strongest first: whole-line phrase families (see `phrases`), line
 * shape (author lines, date stamps, picture-credit endings, lines in another
 * script than the article), repetition, position after a comment form or
 * paywall prompt, and jusText's length / stop-word density classes revised by
 * their neighbours, which keeps short body lines (crossheads, one-sentence
 * paragraphs) that sit between paragraphs of prose.
 *
 * @param text Article text, exactly as given.
 * @param options Whether to run the context classifier.
 * @returns Removed spans, one per line, sorted; each covers a whole line (without its `\n`).
 */
export function findBoilerplate(text: string, options: BoilerplateOptions = {}): Removed[] {
  const blocks: Block[] = []
  for (const line of splitLines(text)) {
    if (line.value === '') continue
    const block: Block = {
      line,
      wordCount: wordCount(line.value),
      tokens: null,
      scripts: scriptCounts(line.value),
      reason: null,
      protected: false,
      quality: 'short'
    }
    block.quality = quality(block)
    blocks.push(block)
  }

  if (blocks.length === 0) return []
  // Blank lines and the white space trimmed off lines hold no letters, so
  // the lines' counts add up to the whole text's.
  const script = mostCommonScript(blocks.map((block) => block.scripts))
  const headline = headlineIndex(blocks)
  markLines(blocks, script, headline)
  keepDatedLists(blocks)
  if (headline === 1) markLineOverHeadline(blocks[0]!, blocks[1]!)
  markAuthorOutlets(blocks)
  markTagLists(blocks)
  if (headline !== null) {
    markHeaderCredits(blocks, headline)
    keepDeck(blocks, headline)
    keepFirstSentenceUnderCredits(blocks, headline)
  }
  markRepeats(blocks)
  markGluedCards(blocks)
  markCaptionHeadlines(blocks)
  markCapitalHeadlines(blocks)
  markCommentThread(blocks)
  markSourceLists(blocks)
  markStampedTeasers(blocks)
  markUnstampedTeasers(blocks)
  markLabelledHeadlines(blocks)
  markTail(blocks)
  keepQuotedReplies(blocks)
  if (options.context !== false) markContext(blocks, headline ?? 0)

  return blocks
    .filter((block) => block.reason !== null)
    .map((block) => ({start: block.line.start, end: block.line.end, reason: block.reason!}))
    .filter((span) => span.end > span.start)
}

/**
 * A trail of section labels over the headline is the page's navigation,
 * whether or not it ends with the headline itself; a crawler's title field
 * that repeats the headline is the page's metadata.
 *
 * @param block The line over the headline.
 * @param headline The headline.
 */
function markLineOverHeadline(block: Block, headline: Block): void {
  const {value} = block.line
  if (block.reason !== null) return
  if (isSectionTrail(value) || isSectionTrailTo(value, headline.line.value)) block.reason = 'other'
  else if (isTitleFieldOf(value, headline.line.value)) block.reason = 'dateline-meta'
}

/** Words of an outlet or desk name under an author line ("The Evening Courier", "Metro Desk"). */
const outletWords = {min: 1, max: 4}

/**
 * The name of the author's outlet or desk printed on its own line under the
 * author line ("By Jane Doe" over "The Evening Courier") is part of the
 * credit: a few capitalised words that do not end like a sentence.
 *
 * @param blocks Non-blank lines.
 */
function markAuthorOutlets(blocks: Block[]): void {
  for (const [index, block] of blocks.entries()) {
    if (
      blocks[index - 1]?.reason === 'byline' &&
      block.reason === null &&
      hasWords(block, outletWords) &&
      !endsSentence(block.line.value) &&
      isTitleCase(tokensOf(block))
    ) {
      block.reason = 'byline'
    }
  }
}

/** Lines between a headline and its story's first paragraph that may be its header. */
const headerLines = 6
/** Words of a section label in a header ("Environment", "World News"). */
const sectionLabelWords = {min: 1, max: 2}

/**
 * Under the headline and above the story's first paragraph, pages print the
 * authors' bare names ("Jane Doe and John Roe", maybe "in London") and the
 * section's label ("Environment") beside the stamp. Where a stamp or an author line shows
 * that run is the header, a line of names there is an author line and a
 * label of a word or two in title case is furniture; names with their
 * outlet, place or handle, or in capitals, are an author line there anyway,
 * and a short line in capitals is the dateline's place or a kicker.
 *
 * @param blocks Non-blank lines, after the line rules.
 * @param headline The headline's index.
 */
function markHeaderCredits(blocks: Block[], headline: number): void {
  const header: Block[] = []
  for (const block of blocks.slice(headline + 1, headline + 1 + headerLines)) {
    if (block.quality === 'good') break
    header.push(block)
  }
  const credited = header.some((block) => block.reason === 'timestamp' || block.reason === 'byline')
  const titled = !endsSentence(blocks[headline]!.line.value)
  for (const block of header) {
    const {value} = block.line
    // An agency signing its copy under the headline is its byline, though the same name under the last paragraph is kept as a wire credit.
    if (block.reason !== null) continue
    const agency = matchesLine(agencyByline, value)
    if (block.protected && !agency) continue
    if (agency || isMarkedAuthorLine(value) || isCapitalNamesLine(value) || (credited && isNamesLine(withoutPlace(value)))) {
      block.reason = 'byline'
    }
    else if (credited && lowerCase.test(value) && isSectionLabel(block)) {
      block.reason = 'other'
    }
    // A place or a label of a few words in capitals under the headline is the dateline or the kicker ("HATAY",
    // "ANALYSIS"); under a paragraph taken for the headline, it is a crosshead.
    else if (titled && block.wordCount <= headerKickerWords && isKicker(block) && capitalLetter.test(value)) {
      block.reason = 'dateline-meta'
    }
  }
}

/** Lines of a deck between the headline and its author line or stamp. */
const deckLines = {min: 2, max: 4}
/** Words of a deck's line: a clause, longer than a label or a name. */
const deckWords = 5

/**
 * Lines that stand between the headline and the header's author line or
 * stamp, two or more, each a clause without a rule of its own, are the
 * story's deck ("Shares fell 12 per cent in early trading" / "Founder steps
 * down as chief executive on Monday"), kept though a line ending with its
 * day is shaped like a caption. One such line alone may be a picture's
 * caption, a repeated headline or an author line no rule knew ("Desk / By
 * Jane Doe"), so it is kept only when it is none of these.
 *
 * @param blocks Non-blank lines, after the header's credits.
 * @param headline The headline's index.
 */
function keepDeck(blocks: Block[], headline: number): void {
  const header = blocks.slice(headline + 1, headline + 2 + deckLines.max)
  const credit = header.findIndex((block) => block.reason === 'byline' || block.reason === 'timestamp')
  const deck = header.slice(0, credit)
  if (credit < 1 || !deck.every(isDeckLine) || (credit < deckLines.min && !isLoneDeckLine(deck[0]!, blocks[headline]!))) return
  for (const block of deck) {
    block.reason = null
    block.protected = true
  }
}

/** What a page prints between the headline and the story beside its credits. */
const headerFurniture: ReadonlySet<Block['reason']> = new Set(['byline', 'timestamp', 'share-widget', 'dateline-meta'])

/**
 * The first line under the header's credits that no rule marks is the story's deck or its lead, when it is a
 * sentence, with its full stop or long enough to be one: kept, though it is short and a caption may follow it,
 * as boilerplate encloses no line of a story's ("Jane Doe" / "The Pune-based company is also in a dispute with
 * investors over a board seat and a $45 million bridge round" / caption).
 *
 * @param blocks Non-blank lines, after the header's credits.
 * @param headline The headline's index.
 */
function keepFirstSentenceUnderCredits(blocks: Block[], headline: number): void {
  let index = headline + 1
  while (index < blocks.length && isHeaderFurniture(blocks[index]!)) index++
  const first = blocks[index]
  const credited = blocks.slice(headline + 1, index).some((block) => block.reason === 'byline' || block.reason === 'timestamp')
  if (!credited || !first || first.reason !== null || first.wordCount < (endsSentence(first.line.value) ? deckWords : openDeckWords)) return
  first.protected = true
}

/**
 * Whether a line of the header is its furniture: a credit, a stamp, a share bar, or a few words that end no
 * sentence, as an author's name alone is, which is marked only later with the lines around it.
 */
function isHeaderFurniture(block: Block): boolean {
  return headerFurniture.has(block.reason) || (block.reason === null && block.wordCount < deckWords && !endsSentence(block.line.value))
}

/** Words of a deck printed without its full stop: a clause as long as a sentence, not a kicker's label. */
const openDeckWords = 12

/**
 * Whether a line under the headline may be a line of its deck: a clause
 * with no rule of its own but a caption's shape, short of a paragraph.
 *
 * @param block A line under the headline.
 * @returns True for a possible deck line.
 */
function isDeckLine(block: Block): boolean {
  return (block.reason === null || block.reason === 'caption') && !block.protected && block.quality !== 'good' && block.wordCount >= deckWords
}

/** Whether the one line between a headline and its credits is a deck: see {@link keepDeck}. */
function isLoneDeckLine(block: Block, headline: Block): boolean {
  const {value} = block.line
  return block.reason === null && key(value) !== key(headline.line.value) && !creditsAuthor.test(value)
}

/**
 * "By" opening the line or after a desk's name: "By Jane Doe", "By national
 * health reporter Jane Doe", "Gippsland Desk / By Jane Doe"; not "fell by 12
 * per cent" inside a deck.
 */
const creditsAuthor = /(?:^|[/|] )by:? /i

/** A kicker or a stamp over the headline is no longer than this. */
const labelLength = 200

/**
 * The headline as the title: the line `findBoilerplate` keeps as the
 * headline (see `headlineIndex`), when it does not end with a full stop or
 * a semicolon either.
 *
 * @param lines The text's non-blank lines.
 * @returns The headline line, or null.
 */
export function titleLine(lines: readonly Line[]): Line | null {
  const [first, second] = lines
  if (first === undefined) return null
  // A line of fields alone, or a trail ending with the headline, stands over the page as it was printed.
  if (second !== undefined && (isCrawlerFieldsLine(first.value) || repeatsHeadline(first.value, second.value))) return titleLine(lines.slice(1))
  const isTitle = (line: Line) => looksLikeHeadline({line, tokens: words(line.value)})
  if (isTitle(first)) return first
  if (second === undefined) return null
  const counted = (line: Line): Words => ({line, wordCount: wordCount(line.value), tokens: null, protected: false})
  const field = crawlerDateField.exec(first.value)
  if (field !== null) {
    // The field glued to a headline ("date 2019-12-28 Storm leaves thousands
    // without power"): what follows it is the title when an author line or a
    // stamp follows, as under a headline; before prose it is the lead, cut short.
    const rest = {...first, value: first.value.slice(field[0].length).trim()}
    return isTitle(rest) && isHeaderLine(counted(second), false) ? rest : null
  }
  // Most texts open with their headline or their lead paragraph, which is no
  // label: only a short first line (a kicker, a stamp) is looked at further.
  if (first.value.length > labelLength) return null
  const index = headlineIndex(lines.slice(0, headerRun + 1).map(counted))
  return index !== null && isTitle(lines[index]!) ? lines[index]! : null
}

/**
 * Context-free class of a paragraph. As in jusText, long paragraphs dense in
 * function words are good and medium ones near-good; unlike jusText, a
 * paragraph of twenty words or more that ends like a sentence is good whatever
 * its density (news prose full of names and numbers is sparse in function
 * words), and nothing is bad before context is known: only the line rules
 * make a line bad, the rest are short and take their class from their
 * neighbours.
 *
 * @param block The line.
 * @returns The class.
 */
function quality(block: Block): Quality {
  const {value} = block.line
  const sentence = endsSentence(value)
  if (sentence && (block.wordCount >= proseWords || value.length > lengthHigh)) return 'good'
  if (value.length < lengthLow) return 'short'
  const density = stopwordDensity(tokensOf(block))
  if (density >= stopwordsHigh && value.length > lengthHigh) return 'good'
  return density >= stopwordsLow ? 'neargood' : 'short'
}

/**
 * Line-by-line rules: phrase families and line shapes.
 *
 * @param blocks Non-blank lines.
 * @param script The article's main script.
 * @param headline The headline's index (see `headlineIndex`), kept whatever the rules say.
 */
function markLines(blocks: Block[], script: Script | null, headline: number | null): void {
  if (headline !== null) blocks[headline]!.protected = true

  for (const [index, block] of blocks.entries()) {
    const {value} = block.line
    const phrase = phraseOf(value)
    // A wire credit is part of the story unless it only points elsewhere; so
    // are the signature of a post the story embeds and an obituary's dates.
    // A line a crawler's date field opens is the headline or the lead, never furniture.
    if ((!phrase && isWireCredit(value)) || isPostSignature(value) || isLifeDates(value) || (crawlerDateField.test(value) && !isCrawlerFieldsLine(value))) block.protected = true
    if (block.protected) continue
    if (phrase) {
      block.reason = phrase.reason
    } else if (isBylineLine(value) || isHandleByline(value) || labelledAuthors(value) !== null || isBylineBesideStamp(value)) {
      block.reason = 'byline'
    } else if (isStampLine(value) || isDeskLine(value)) {
      block.reason = 'timestamp'
    } else if (isMetadataStrip(value) || isCrawlerFieldsLine(value)) {
      block.reason = 'dateline-meta'
    } else if (isShareWidget(value, block.wordCount)) {
      block.reason = 'share-widget'
    } else if (isPromoCall(value, block.wordCount) && !blocks[index - 1]?.line.value.endsWith(':')) {
      // Under a line that ends with a colon, calls to sign up or download
      // are the steps of a list the story introduces.
      block.reason = 'promo'
    } else if (endsWithPhotoCredit(value) || isMarkedCaption(value)) {
      block.reason = 'caption'
    } else if (script !== null && isInOtherScript(block, script)) {
      // A line in another script than the article: alt text or a teaser
      // from a sister edition.
      block.reason = 'related-links'
    }
  }
}

/** A page prints its metadata strip once over the story and maybe once under it. */
const maximumStripRun = 2

/**
 * Lines shaped like metadata strips that follow each other beyond what a
 * page prints are the items of a list in the story: a timeline ("March 2019
 * — Brexit Deadline"), a schedule of dates and venues. They are kept.
 *
 * @param blocks Non-blank lines, after the line rules.
 */
function keepDatedLists(blocks: Block[]): void {
  let start = 0
  for (let index = 0; index <= blocks.length; index++) {
    if (blocks[index]?.reason === 'dateline-meta') continue
    if (index - start > maximumStripRun) for (const block of blocks.slice(start, index)) block.reason = null
    start = index + 1
  }
}

/** A tag list's label alone on its line ("KEYWORDS", "Tags:", "More about"), its tags on the next. */
const tagLabel = /^(?:tags?|keywords|topics|subjects|related topics|more about)\s*:?$/i
/** A tag: a few words, no sentence. */
const tagWords = 5
/** A topic printed alone on its line under the label: a few words, the first capitalised ("Music industry", "High Court"). */
const topicLine = /^\p{Lu}[\p{L}.&'’-]*(?: [\p{L}.&'’-]+){0,3}$/u

/**
 * The lines under a tag list's label, when they are only tags: separated by
 * commas on one line ("floods, insurance, Lower Saxony"), or one topic a line
 * ("High Court", "Music industry"). The label's phrase family removes it, and
 * the tags are no sentence; the first line of another shape ends the list.
 *
 * @param blocks Non-blank lines, after the line rules.
 */
function markTagLists(blocks: Block[]): void {
  for (const [index, block] of blocks.entries()) {
    if (block.reason === null || !tagLabel.test(block.line.value)) continue
    const first = blocks[index + 1]
    if (first === undefined || first.reason !== null || first.protected) continue
    if (isTagList(first.line.value)) {
      first.reason = block.reason
      continue
    }
    for (const topic of blocks.slice(index + 1)) {
      if (topic.reason !== null || topic.protected || !topicLine.test(topic.line.value)) break
      topic.reason = block.reason
    }
  }
}

/** A related-stories label alone on its line ("Read more", "Also read", "Related", "More on this story"). */
const relatedLabel = /^(?:read more|read also|also read|related|related (?:stories|articles|news)|more on this story|see also)\s*:?$/i
/** Linked headlines a related-stories label carries; more under it would be the story going on. */
const labelledHeadlines = 3

/** The mark of an item in a list of links: "* ", "• ". */
const linkBullet = /^[*•▪►] /

/**
 * The headlines under a related-stories label removed with it: up to three
 * lines shaped like headlines (a few words, no sentence end), as the box
 * prints its links; a paragraph ending like a sentence ends the box, unless
 * a bullet marks a question as a link ("* What does the new timetable mean
 * for you?"). Run after the teaser cards: a card's "Read more" link over the
 * next card's headline is no box's label.
 *
 * @param blocks Non-blank lines, after the line rules.
 */
function markLabelledHeadlines(blocks: Block[]): void {
  for (const [index, block] of blocks.entries()) {
    if (block.reason === null || block.wordCount > 4 || !relatedLabel.test(block.line.value)) continue
    for (const link of blocks.slice(index + 1, index + 1 + labelledHeadlines)) {
      if (link.reason !== null || link.protected || link.wordCount < 3) break
      if (!(linkBullet.test(link.line.value) && link.line.value.endsWith('?')) && (link.quality === 'good' || endsSentence(link.line.value))) break
      link.reason = 'related-links'
    }
  }
}

/**
 * Whether a line is a list of tags: two or more, comma-separated, each a few
 * words, with no sentence end.
 *
 * @param value A line.
 * @returns True for a tag list.
 */
function isTagList(value: string): boolean {
  const tags = value.split(',')
  return tags.length >= 2 && !endsSentence(value) && tags.every((tag) => tag.trim() !== '' && wordCount(tag) <= tagWords)
}

/**
 * The index of the headline: the first line when it is shaped like one; the
 * second when it is printed twice; else the first line shaped like one after
 * up to `headerRun` header lines pages print above the headline (a kicker in
 * capitals, "ANALYSIS"; a stamp, "Posted on Thu, Feb. 21, 2008"; a section's
 * label or trail, "World | Europe"; a writer's field; see `isHeaderLine`).
 *
 * @param blocks Non-blank lines.
 * @returns The headline's index, or null when no line at the top is one.
 */
function headlineIndex(blocks: readonly Words[]): number | null {
  const [first, second, third] = blocks
  if (second !== undefined && repeatsHeadline(first!.line.value, second.line.value)) return isHeadlineLine(second) ? 1 : null
  if (isHeadlineLine(first!)) return 0
  if (second === undefined) return null
  // A page's title printed again as its heading makes the line over both a
  // label, whatever it says ("Most Read from ...").
  if (third !== undefined && key(third.line.value) === key(second.line.value)) return isHeadlineLine(second) ? 1 : null
  for (const [index, block] of blocks.slice(0, headerRun + 1).entries()) {
    if (!isHeaderLine(block, index === 0)) return index > 0 && isHeadlineLine(block) ? index : null
  }
  return null
}

/**
 * Whether a line over another repeats it as the page's furniture: a trail of sections ending with it,
 * or a crawler's title field.
 *
 * @param value The line over the headline.
 * @param headline The line under it.
 * @returns True when the line under it is the headline the line over it repeats.
 */
function repeatsHeadline(value: string, headline: string): boolean {
  return isSectionTrailTo(value, headline) || isTitleFieldOf(value, headline)
}

/** Header lines a page prints over its headline: a stamp, an update, a section, a writer, a place. */
const headerRun = 5
/** Words of a kicker in capitals under another header line ("CHENNAI", "WORLD NEWS"); a headline in capitals has more. */
const headerKickerWords = 3
/** A letter a kicker has, which a clock ("07:58") in the same shape lacks. */
const capitalLetter = /\p{Lu}/u

/**
 * Whether a line is one of the header lines pages print over the headline: a
 * kicker in capitals, a section's label or trail, a stamp ("PUBLISHED : 18
 * Sep 2023 at 06:00"), a dateline's place and stamp, a metadata strip, an
 * author line, a labelled field ("NEWSPAPER SECTION: Business", "WRITER:
 * Jane Doe"), a dateline printed alone ("ANKARA - Daily Courier"), a promo or
 * a notice ("Sign up to receive our biggest stories"), a crawler's fields alone on the first line (" url
 * https://example.com/story  date 2020-05-01 "). Under the first line, only a short kicker is one: a longer
 * line in capitals there is the headline itself.
 *
 * @param block A line at the top.
 * @param first Whether it is the text's first line.
 * @returns True for a header line.
 */
function isHeaderLine(block: Words, first: boolean): boolean {
  const {value} = block.line
  if (first && isCrawlerFieldsLine(value)) return true
  if (value.length > labelLength) return false
  if (
    (isKicker(block) && (first || block.wordCount <= headerKickerWords)) ||
    isSectionLabel(block) ||
    isStampLine(value) ||
    isDeskLine(value) ||
    isSectionTrail(value) ||
    isMetadataStrip(value) ||
    isBylineLine(value) ||
    labelledAuthors(value) !== null
  ) {
    return true
  }
  // The phrase families last: they are the dearest check.
  const reason = phraseOf(value)?.reason
  // A newsletter plug or an archive notice may sit over the headline too ("This article was published more than 9 years ago.").
  return reason === 'byline' || reason === 'timestamp' || reason === 'dateline-meta' || reason === 'promo' || reason === 'other'
}

/**
 * Whether a line is a section's label of a word or two in title case ("Politics", "World News"),
 * as pages print over the headline; a headline has more words, and the header
 * of a teaser box ("Latest Headlines") or a sign-in link is a phrase, over teasers.
 *
 * @param block A line.
 * @returns True for a section label.
 */
function isSectionLabel(block: Words): boolean {
  const {value} = block.line
  return hasWords(block, sectionLabelWords) && !endsSentence(value) && isTitleCase(tokensOf(block)) && phraseOf(value) === undefined
}

/**
 * Whether a line at the top is shaped like a headline, even ending with a
 * full stop or a semicolon: archive exports end headlines with one ("Council
 * backs budget; mayor objects;"), and if it is the lead sentence instead it
 * is body all the same. Only a clean headline becomes the title.
 *
 * @param block A line.
 * @returns True for a headline-shaped line.
 */
function isHeadlineLine(block: Words): boolean {
  return headlineShape({line: block.line, tokens: tokensOf(block)}, /[:,]$/)
}

/**
 * Whether a line is written mostly in another script than the article.
 *
 * @param block A line.
 * @param script The article's main script.
 * @returns True when the line has letters and most are in another script.
 */
function isInOtherScript(block: Block, script: Script): boolean {
  const own = mostCommonScript([block.scripts])
  return own !== null && own !== script
}

/**
 * The words of a line, split the first time they are needed.
 *
 * @param block A line.
 * @returns Its words.
 */
function tokensOf(block: Words): string[] {
  block.tokens ??= words(block.line.value)
  return block.tokens
}

/**
 * Whether the first line is the headline: short, not a sentence, not a stamp.
 *
 * @param block First non-blank line.
 * @returns True for a headline.
 */
export function looksLikeHeadline(block: {line: Line; tokens: string[]}): boolean {
  return headlineShape(block, /[.:;,]$/)
}

/**
 * Whether a line is short and neither a stamp, an author line nor a
 * boilerplate phrase other than a headline's, and does not end with `closing`.
 *
 * @param block A line and its words.
 * @param closing Endings that rule a headline out.
 * @returns True for a line shaped like a headline.
 */
function headlineShape(block: {line: Line; tokens: string[]}, closing: RegExp): boolean {
  const {value} = block.line
  return (
    block.tokens.length >= 3 &&
    block.tokens.length <= 30 &&
    value.length <= 250 &&
    !closing.test(value) &&
    !crawlerDateField.test(value) &&
    !isDateStamp(block.tokens) &&
    !isStampLine(value) &&
    !isDeskLine(value) &&
    !isBylineLine(value, block.tokens) &&
    !isSectionTrail(value) &&
    !isMetadataStrip(value) &&
    mayBeHeadline(phraseOf(value))
  )
}

/** Whether a line matching `phrase`, if any, may still be a headline: only a related story's headline may. */
function mayBeHeadline(phrase: Phrase | undefined): boolean {
  return phrase === undefined || phrase.headline === true
}

/** White space other than single spaces. */
const unevenSpace = /[^\S ]| {2}/

/**
 * Normalise a line for repetition checks.
 *
 * @param value A line.
 * @returns Lower case, white space collapsed.
 */
function key(value: string): string {
  const lower = value.toLowerCase()
  // Replacing every single space by itself would copy the line piece by
  // piece: most lines have nothing else to collapse.
  return unevenSpace.test(lower) ? lower.replace(/\s+/g, ' ') : lower
}

/** Lines this close to their earlier copy repeat page furniture, not the story. */
const nearRepeat = 10
/** Author boxes print the name near the top. */
const authorBoxLines = 15

/**
 * Repeated lines. A later copy is a duplicate when it comes soon after the
 * first (captions and pull quotes printed twice, author boxes); lines that
 * recur far apart (table headings, interview questions) are content. A
 * non-sentence printed twice in a row is not body either (video titles,
 * author boxes), so its first copy goes too; so does a caption that comes
 * back with its credit appended.
 *
 * @param blocks Non-blank lines.
 */
function markRepeats(blocks: Block[]): void {
  const keys = blocks.map((block) => key(block.line.value))
  const firstSeen = new Map<string, number>()
  for (const [index, block] of blocks.entries()) {
    const value = keys[index]!
    const earlierIndex = firstSeen.get(value)
    if (earlierIndex === undefined) {
      firstSeen.set(value, index)
      // A caption printed once bare and once with its credit.
      const next = blocks[index + 1]
      if (
        next &&
        block.reason === null &&
        !block.protected &&
        next.reason !== null &&
        block.wordCount >= 3 &&
        keys[index + 1]!.startsWith(value)
      ) {
        block.reason = next.reason
      }
      continue
    }

    // Separators ("___", "* * *") recur in the story itself.
    if (block.wordCount === 0) continue
    const earlier = blocks[earlierIndex]!
    const distance = index - earlierIndex
    const name = index < authorBoxLines && isNameLine(block.line.value, tokensOf(block))
    const restated = betweenSentences(blocks, earlierIndex) && betweenSentences(blocks, index)
    if (block.reason === null && !block.protected && (name || (distance <= nearRepeat && !restated))) {
      block.reason = name ? 'byline' : 'duplicate'
    }
    if (earlier.reason === null && !earlier.protected && (name || (distance <= 3 && !endsSentence(earlier.line.value)))) {
      earlier.reason = name ? 'byline' : 'caption'
    }
  }
}

/**
 * Whether a line stands between two kept lines that end like sentences: a
 * line repeated there is the story saying it again (a live-blog entry's
 * closing note, a running order), not a pull quote or a teaser, which sit
 * next to headings, labels and furniture.
 *
 * @param blocks Non-blank lines.
 * @param index The line.
 * @returns True when both neighbours are kept sentences.
 */
function betweenSentences(blocks: readonly Block[], index: number): boolean {
  return [blocks[index - 1], blocks[index + 1]].every(
    (block) => block !== undefined && block.reason === null && endsSentence(block.line.value)
  )
}

/** Glued teaser cards this close to the one before form a list. */
const gluedCardGap = 3

/**
 * Teaser cards printed with headline and summary glued into one line (see
 * `isGluedCard`), three or more with at most `gluedCardGap` lines from one
 * to the next: a teaser list. One such line alone may be a story's
 * sentence with a brand name in it.
 *
 * @param blocks Non-blank lines.
 */
function markGluedCards(blocks: Block[]): void {
  const glued = blocks.flatMap((block, index) =>
    block.reason === null && !block.protected && isGluedCard(block.line.value) ? [index] : []
  )
  for (const list of closeGroups(glued, gluedCardGap, minimumCards)) {
    for (const index of list) blocks[index]!.reason = 'related-links'
  }
}

/**
 * Groups of line indices each within `gap` lines of the one before, with
 * `minimum` or more members: lists of like lines (cards, handles).
 *
 * @param indices Line indices, ascending.
 * @param gap Largest distance from one member to the next.
 * @param minimum Members a group needs.
 * @returns The groups.
 */
function closeGroups(indices: readonly number[], gap: number, minimum: number): number[][] {
  const groups: number[][] = []
  let start = 0
  for (let end = 1; end <= indices.length; end++) {
    if (end < indices.length && indices[end]! - indices[end - 1]! <= gap) continue
    if (end - start >= minimum) groups.push(indices.slice(start, end))
    start = end
  }
  return groups
}

/**
 * A crosshead is a few words; a line this long in capitals is another
 * story's headline, printed as a link.
 */
const capitalHeadlineWords = {min: 9, max: 30}
/** Past this length a line is not a headline, and is not case-folded. */
const capitalHeadlineLength = 250

/**
 * A long headline in capitals between paragraphs is a link to another story
 * ("SENATOR SAYS NEW TAX PLAN WILL HIT FAMILIES HARDEST"). A question stays:
 * crossheads ask the reader questions the story answers.
 *
 * @param blocks Non-blank lines.
 */
function markCapitalHeadlines(blocks: Block[]): void {
  for (let index = 1; index + 1 < blocks.length; index++) {
    const block = blocks[index]!
    const previous = blocks[index - 1]!
    if (
      block.reason === null &&
      !block.protected &&
      hasWords(block, capitalHeadlineWords) &&
      blocks[index + 1]!.quality === 'good' &&
      (previous.quality === 'good' || previous.reason !== null) &&
      block.line.value.length <= capitalHeadlineLength &&
      !/[.?:]$/.test(block.line.value) &&
      isInCapitals(block.line.value)
    ) {
      block.reason = 'related-links'
    }
  }
}

/**
 * Whether a line has letters with case and none in lower case.
 *
 * @param value A short line.
 * @returns True for a line in capitals.
 */
function isInCapitals(value: string): boolean {
  // Prose has a lower-case ASCII letter in its first word or two: most lines
  // are turned down here, before the whole line is case-folded twice.
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= asciiLowerA && code <= asciiLowerZ) return false
  }
  return value.toUpperCase() === value && value.toLowerCase() !== value
}

const asciiLowerA = 'a'.charCodeAt(0)
const asciiLowerZ = 'z'.charCodeAt(0)

/**
 * A title-case line printed right above a caption (no blank line between) is
 * the caption's own headline.
 *
 * @param blocks Non-blank lines.
 */
function markCaptionHeadlines(blocks: Block[]): void {
  for (let index = 0; index + 1 < blocks.length; index++) {
    const block = blocks[index]!
    const next = blocks[index + 1]!
    if (
      block.reason === null &&
      !block.protected &&
      next.reason === 'caption' &&
      next.line.index === block.line.index + 1 &&
      !endsSentence(block.line.value) &&
      block.wordCount <= 12 &&
      isTitleCase(tokensOf(block))
    ) {
      block.reason = 'caption'
    }
  }
}

/** Readers' comments under a page: `jane_doe says:`, `Jane Doe on May 2, 2019 at 4:47 pm said:`. */
const commentHeader = /^(\S.{0,80}) (?:says|said|wrote) ?:$/i
const datedCommenter = / on \S.{2,30}\d{4},? at \d{1,2}[:.]\d{2}/
const signedHeaders = 3

/**
 * A thread of readers' comments: from the first comment header on, the page
 * holds comments and the furniture after them. A header with a date and time
 * ("Jane Doe on May 2, 2019 at 4:47 pm said:") is enough, and so is the
 * thread's title ("6 thoughts on “How to ...”"); bare user names
 * ("jane_doe says:") take three, since a story may introduce one quotation
 * with "He said:".
 *
 * @param blocks Non-blank lines.
 */
function markCommentThread(blocks: Block[]): void {
  let first = -1
  let signed = 0
  for (const [index, block] of blocks.entries()) {
    const {value} = block.line
    const match = value.length <= 100 ? commentHeader.exec(value) : null
    if (!match) continue
    const dated = datedCommenter.test(match[1]!)
    if (!dated && !/^\S+$/.test(match[1]!)) continue
    if (first === -1) first = index
    if (dated) signed = signedHeaders
    else signed++
  }

  const headed = first !== -1 && signed >= signedHeaders ? first : -1
  const titled = blocks.findIndex((block) => block.reason === 'comments' && phraseOf(block.line.value)?.opensThread)
  const starts = [headed, countedThreadStart(blocks), titled].filter((index) => index !== -1)
  if (starts.length === 0) return
  const start = Math.min(...starts)
  for (const block of blocks.slice(start)) {
    if (block.reason === null && !block.protected) block.reason = 'comments'
  }
}

/** The header of a fact-check's list of the sources it consulted. */
const sourceListHeader = /^(?:our )?sources(?: cited| consulted)?:$/i
/** An entry citing a titled document or an interview: 'Outlet, "Title," May 2, 2019'. */
const citedWork = /[,.]["”] |^(?:e-?mail|phone|telephone|video|in-person|personal)? ?interviews? with /i
const citedYear = /\b(?:1[89]|20)\d\d\.?$/
const minimumCitations = 2

/**
 * A fact-check's source list: a "Sources:" header over at least two entries
 * that each cite a titled document or an interview and end with its year
 * ('Agency, "Annual report," May 2, 2019', 'Email interview with Jane Doe,
 * professor of economics, May 3, 2019'). The entries repeat the story's
 * attributions as references; a sentence of the story never ends with a bare
 * date after a quoted title.
 *
 * @param blocks Non-blank lines.
 */
function markSourceLists(blocks: Block[]): void {
  for (let index = 0; index < blocks.length; index++) {
    if (blocks[index]!.reason !== null || !sourceListHeader.test(blocks[index]!.line.value)) continue
    let end = index + 1
    while (end < blocks.length && isCitation(blocks[end]!)) end++
    if (end - index - 1 < minimumCitations) continue
    for (const block of blocks.slice(index, end)) block.reason = 'other'
    index = end - 1
  }
}

/** Whether a line is an entry of a source list; see `markSourceLists`. */
function isCitation(block: Block): boolean {
  const {value} = block.line
  return block.reason === null && !block.protected && citedYear.test(value) && citedWork.test(value)
}

/** Lines between the buttons of consecutive readers' comments. */
const commentSpacing = 8

/**
 * Where a thread of readers' comments starts that shows only by the buttons
 * and counters printed under every comment ("Reply", "Rating: 12 Votes"):
 * three of them, each within `commentSpacing` lines of the one before. One
 * such line alone may be a share bar over the story. The thread starts at the
 * thread's header ("Top Rated Comments") when one is just above the first.
 *
 * @param blocks Non-blank lines, after the line rules.
 * @returns Index of the thread's first line, or -1.
 */
function countedThreadStart(blocks: readonly Block[]): number {
  const markers: number[] = []
  for (const [index, block] of blocks.entries()) {
    if (block.reason !== 'comments' || !phraseOf(block.line.value)?.perComment) continue
    if (markers.length > 0 && index - markers.at(-1)! > commentSpacing) markers.length = 0
    markers.push(index)
    if (markers.length < signedHeaders) continue
    const first = markers[0]!
    for (let at = Math.max(0, first - commentSpacing); at < first; at++) {
      if (blocks[at]!.reason === 'comments') return at
    }
    return first
  }
  return -1
}

/** Lines a teaser card holds above its stamp: a headline and a summary. */
const cardLines = 2
/** A list of stamped cards this long is a teaser list. */
const minimumCards = 3

/**
 * A list of teaser cards, each a headline, maybe a summary, and a stamp
 * ("Storm closes schools / Officials said ... / 2H ago"), three or more in
 * a row: the cards are teasers. A card with a paragraph of prose is a
 * live-blog entry, and ends the list.
 *
 * @param blocks Non-blank lines, after the line rules.
 */
function markStampedTeasers(blocks: Block[]): void {
  const teaser = (block: Block) => block.reason === null && !block.protected && block.quality !== 'good'
  let run: number[] = []
  const close = () => {
    if (run.length >= minimumCards) {
      let first = run[0]!
      while (first > 0 && run[0]! - first < cardLines && teaser(blocks[first - 1]!)) first--
      for (const block of blocks.slice(first, run.at(-1)!)) if (teaser(block)) block.reason = 'related-links'
    }
    run = []
  }

  for (const [index, block] of blocks.entries()) {
    if (block.reason !== 'timestamp') continue
    const from = run.length > 0 ? run.at(-1)! + 1 : index - 1
    const card = blocks.slice(Math.max(0, from), index)
    if (run.length > 0 && (card.length > cardLines || !card.every(teaser))) close()
    if (index > 0 && teaser(blocks[index - 1]!)) run.push(index)
  }
  close()
}

/** Reasons a teaser card's author line may already carry: a name printed once, or again. */
const cardAuthorReasons: ReadonlySet<RemovalReason | null> = new Set([null, 'byline', 'duplicate'])

/**
 * Where the teaser card whose author line is at `index` ends: a card is a
 * headline, the author's name, maybe stamps, and one line of summary. A
 * story's own headline and author sit over many paragraphs, not one.
 *
 * @param blocks Non-blank lines, after the line rules.
 * @param index A line.
 * @returns Index of the card's summary, or -1 when the line is not a card's author.
 */
function cardSummary(blocks: readonly Block[], index: number): number {
  const author = blocks[index]!
  const headline = blocks[index - 1]
  if (
    !headline ||
    headline.reason !== null ||
    headline.protected ||
    headline.wordCount < 3 ||
    !cardAuthorReasons.has(author.reason) ||
    !isNameLine(author.line.value, tokensOf(author)) ||
    isNameLine(headline.line.value, tokensOf(headline))
  ) {
    return -1
  }
  let at = index + 1
  while (blocks[at]?.reason === 'timestamp') at++
  const summary = blocks[at]
  return summary && summary.reason === null && !summary.protected && summary.wordCount >= 3 ? at : -1
}

/**
 * Where the teaser card whose author line is at `index` starts and ends
 * (see `cardSummary`).
 *
 * @param blocks Non-blank lines, after the line rules.
 * @param index A line.
 * @returns The card's headline and summary, or null when the line is not a card's author.
 */
function bylinedCard(blocks: readonly Block[], index: number): Card | null {
  const summary = cardSummary(blocks, index)
  return summary === -1 ? null : {from: index - 1, to: summary, marked: false}
}

/** Words of a teaser headline with no author over its summary. */
const bareHeadlineWords = {min: 3, max: 20}
/** Words of its summary: one or two sentences, shorter than most paragraphs. */
const bareSummaryWords = {min: 8, max: 60}
/** Words of a summary the page cut short ("... he said..."). */
const truncatedSummaryWords = {min: 8, max: 100}
/** A list of cards with no author this long is a teaser list. */
const minimumBareCards = 4
/** Cards marked as teasers (see `Card`) that make such a list a teaser list beside any story. */
const markedListCards = 2
/** Where one sentence of a summary ends and the next begins. */
const sentenceBreak = /[.!?]["'”’)]* +(?=\p{Lu})/u
/** A summary the page cut short: "... he said..." */
const cutShort = /\S(?:\.{3}|…)$/u
/** What a headline does not end in: a summary or a label ends so. */
const closingMark = /[.!?:;,…]["'”’)]*$/

/** Whether a line, not one to keep whatever, has between `min` and `max` words. */
function hasWords(block: Words, {min, max}: {min: number; max: number}): boolean {
  return !block.protected && block.wordCount >= min && block.wordCount <= max
}

/**
 * Whether a line may stand between teaser cards: furniture already found
 * ("Read More", a stamp), or a kicker ("Business").
 *
 * @param block A line.
 * @returns True for furniture between cards.
 */
function isCardFurniture(block: Block): boolean {
  return block.reason !== null || (!block.protected && block.wordCount <= 3 && !endsSentence(block.line.value)) || isKicker(block)
}

/** Words of a kicker: a label in capitals over a headline ("RUNNING LONG", "DIGG PICKS | AFFILIATE", "ANALYSIS"). */
const kickerWords = {min: 1, max: 8}
const lowerCase = /\p{Ll}/u

/**
 * Whether a line is a kicker (of a story or a teaser card): a short label in capitals that
 * does not end like a sentence.
 *
 * @param block A line.
 * @returns True for a kicker.
 */
function isKicker(block: Words): boolean {
  // The word count rules out paragraphs before the Unicode class runs.
  return hasWords(block, kickerWords) && !endsSentence(block.line.value) && !lowerCase.test(block.line.value)
}

/**
 * Where the teaser card whose summary is at `index` starts and ends, when
 * the card is a bare headline (no closing punctuation, or cut off with
 * dots), maybe a stamp or a source line, and a summary of one or two
 * sentences, as teaser lists print them with no author and often no box
 * header; a kicker in capitals over the headline belongs to the card. The
 * headline may be a second copy of one printed over the picture.
 *
 * @param blocks Non-blank lines, after the line rules.
 * @param index A line.
 * @returns The card's headline and summary, or null when the line is not such a summary.
 */
function bareCard(blocks: readonly Block[], index: number): Card | null {
  const summary = blocks[index]!
  // A line already removed is passed over before its sentences are split.
  if (summary.reason !== null) return null
  const {value} = summary.line
  const short = hasWords(summary, bareSummaryWords) && endsSentence(value) && value.split(sentenceBreak).length <= 2
  const truncated = hasWords(summary, truncatedSummaryWords) && cutShort.test(value)
  if (!(short || truncated)) return null
  let from = index - 1
  while (blocks[from]?.reason === 'timestamp') from--
  if (sourceLine(blocks, from)) from--
  const headline = blocks[from]
  if (!headline || (headline.reason !== null && headline.reason !== 'duplicate') || !hasWords(headline, bareHeadlineWords)) return null
  const title = headline.line.value
  // A headline the list cut off to fit ("Council delays vote on ...") ends in dots, not as a label does.
  const cutOff = cutShort.test(title)
  if (closingMark.test(title) && !cutOff) return null
  const kicker = blocks[from - 1]
  const kicked = kicker !== undefined && kicker.reason === null && isKicker(kicker)
  return {from: kicked ? from - 1 : from, to: index, marked: cutOff || kicked}
}

/** Words of a card's source line under its headline ("cnn.com News", "3 comments Politics"). */
const sourceLineWords = {min: 1, max: 6}

/**
 * Whether a line is the source or section line a teaser card prints between
 * its headline and summary: a few words with no closing mark under a line
 * shaped like a headline.
 *
 * @param blocks Non-blank lines.
 * @param index A line.
 * @returns True for a source line.
 */
function sourceLine(blocks: readonly Block[], index: number): boolean {
  const line = blocks[index]
  const headline = blocks[index - 1]
  return (
    line !== undefined &&
    headline !== undefined &&
    line.reason === null &&
    hasWords(line, sourceLineWords) &&
    !closingMark.test(line.line.value) &&
    headline.reason === null &&
    hasWords(headline, bareHeadlineWords) &&
    !closingMark.test(headline.line.value)
  )
}

/**
 * Lists of teaser cards not each closed by a stamp (see
 * `markStampedTeasers`): cards of a headline, the author's name and a
 * one-paragraph summary ("Storm closes schools / Jane Doe / Officials said
 * the schools would reopen on Monday."), three or more in a row, each right
 * under the one before; and cards of a bare headline and a short or
 * cut-off summary, four or more, with only furniture between them ("Read
 * More", a stamp, a kicker), beside a story longer than the list or with
 * two cards marked as teasers (see `Card`). Their
 * summaries are full sentences, so the context classifier takes them for
 * prose.
 *
 * @param blocks Non-blank lines, after the line rules.
 */
function markUnstampedTeasers(blocks: Block[]): void {
  markCardRuns(blocks, bylinedCard, {between: () => false, minimum: minimumCards, besideLongerStory: false})
  markCardRuns(blocks, bareCard, {between: isCardFurniture, minimum: minimumBareCards, besideLongerStory: true})
}

/** A teaser card: its first and last line. */
interface Card {
  from: number
  to: number
  /**
   * Whether the card is marked as a teaser, as a story's crossheads never
   * are: by a headline the page cut off to fit ("Council delays vote on
   * ...") or a kicker in capitals over it ("RUNNING LONG").
   */
  marked: boolean
}

/** What makes a run of cards a teaser list. */
interface CardRun {
  /** Lines that may stand between two cards of a run. */
  between: (block: Block) => boolean
  /** Cards a run needs. */
  minimum: number
  /** Whether the rest of the page must hold more paragraphs of prose than the run has cards. */
  besideLongerStory: boolean
}

/**
 * Mark runs of `minimum` or more teaser cards in a row.
 *
 * @param blocks Non-blank lines, after the line rules.
 * @param cardAt The card a line belongs to, or null.
 * @param shape What makes a run of cards a teaser list.
 */
function markCardRuns(
  blocks: Block[],
  cardAt: (blocks: readonly Block[], index: number) => Card | null,
  shape: CardRun
): void {
  const {between, minimum, besideLongerStory} = shape
  let run: Card[] = []
  const close = () => {
    const from = run[0]?.from ?? 0
    const to = run.at(-1)?.to ?? 0
    const storyProse = () => blocks.filter((block, index) => (index < from || index > to) && block.quality === 'good').length
    const marked = () => run.filter((card) => card.marked).length >= markedListCards
    if (run.length >= minimum && (!besideLongerStory || storyProse() > run.length || marked())) {
      for (const block of blocks.slice(from, to + 1)) {
        if (block.reason === null && !block.protected) block.reason = 'related-links'
      }
    }
    run = []
  }

  for (let index = 0; index < blocks.length; index++) {
    const card = cardAt(blocks, index)
    if (card === null) continue
    const previous = run.at(-1)
    if (previous && (card.from <= previous.to || !blocks.slice(previous.to + 1, card.from).every(between))) close()
    run.push(card)
    index = card.to
  }
  close()
}

/** A line that is a social-media handle alone ("@janedoe."). */
const bareHandle = /^@\w{1,30}\.?$/
/** Handles this close to the one before belong to one list of replies. */
const replyGap = 3
/** A list of replies has this many handles. */
const minimumReplies = 3

/**
 * Readers' replies quoted in a story, each under or over the handle of its
 * writer ("@janedoe. / No, and he never will."), three or more handles in a
 * row: the story's own material, kept whatever the context says. The lines
 * are short, so the context classifier would take them for a menu.
 *
 * @param blocks Non-blank lines, after the line and position rules.
 */
function keepQuotedReplies(blocks: Block[]): void {
  const handles = blocks.flatMap((block, index) => (bareHandle.test(block.line.value) ? [index] : []))
  for (const list of closeGroups(handles, replyGap, minimumReplies)) {
    for (const block of blocks.slice(list[0], list.at(-1)! + 1)) if (block.reason === null) block.protected = true
  }
}

/**
 * Words of a site's rules for readers' posts. Tried only on prose under a
 * comment form, so a story about moderation elsewhere is never read by it.
 */
const commentPolicy = /\b(?:comments?|moderat(?:e|es|ed|ing|ion|ors?)|rules|users?)\b/i

/**
 * After a comment form, paywall prompt or topic-follow widget the page holds
 * furniture, not story: short lines there are teasers and form labels, and
 * so are near-prose teaser headlines. A paragraph of prose ends the run (a
 * mid-story subscription box), and so does a story's headline, except that
 * under a comment form prose about comments, moderators, users or rules is
 * the site's posting policy ("We moderate comments to keep the conversation
 * civil.").
 *
 * @param blocks Non-blank lines.
 */
function markTail(blocks: Block[]): void {
  let tail: RemovalReason | null = null
  for (const [index, block] of blocks.entries()) {
    const phrase = block.reason ? phraseOf(block.line.value) : undefined
    if (phrase?.endsArticle) {
      tail = block.reason
      continue
    }

    if (tail === null || block.reason !== null || block.protected) continue
    if (block.quality === 'good' || (block.quality === 'neargood' && !teaserHeadline(blocks, index))) {
      if (tail === 'comments' && commentPolicy.test(block.line.value)) block.reason = 'comments'
      else tail = null
      continue
    }
    // A lead sentence short on function words ("PARIS (AP) — Police said
    // on Monday.") with the story's prose right under it; that prose ends
    // the run. A teaser cut off to fit ("... said...") is no lead.
    const {value} = block.line
    if (endsSentence(value) && !cutShort.test(value) && blocks[index + 1]?.quality === 'good') continue

    block.reason = 'related-links'
  }
}

/** A story's headline has its prose this close under it. */
const headlineProse = 2

/**
 * Whether a near-prose line in a run of end-of-page furniture is a teaser
 * headline: it does not end like a sentence or an introduction (":"), and no
 * paragraph of prose follows within `headlineProse` lines, as one does under
 * the story's own headline after a sign-in prompt at the top of a page.
 *
 * @param blocks Non-blank lines.
 * @param index The line.
 * @returns True for a teaser headline.
 */
function teaserHeadline(blocks: readonly Block[], index: number): boolean {
  const {value} = blocks[index]!.line
  if (endsSentence(value) || value.endsWith(':')) return false
  return !blocks.slice(index + 1, index + 1 + headlineProse).some((block) => block.quality === 'good')
}

/**
 * jusText's context revision: short and near-good lines take the class of
 * the nearest real paragraphs around them, so a crosshead between paragraphs
 * of prose stays and a run of menu items goes. Lines already removed count as
 * bad; the headline counts as good.
 *
 * @param blocks Non-blank lines.
 * @param headline The headline's index, or 0 when there is none.
 */
function markContext(blocks: Block[], headline: number): void {
  // A single removed line inside the story (a "See also" teaser) does not
  // make its neighbours boilerplate: it is passed over like a short line.
  const flagged = (index: number) => blocks[index]?.reason != null
  const anchored = headlineNearProse(blocks, headline)
  const classes: Quality[] = blocks.map((block, index) =>
    block.protected
      ? index !== headline || anchored
        ? 'good'
        : 'short'
      : block.reason === null
        ? (anchored || blocks[headline]!.protected) && index === headline + 1 && isStandfirst(block)
          ? 'good'
          : block.quality
        : flagged(index - 1) || flagged(index + 1)
          ? 'bad'
          : 'short'
  )

  // Without a single paragraph of prose there is nothing to tell the story
  // from its surroundings (a table, a list, a photo page): keep it all.
  if (!classes.includes('good')) return
  markNumberedLists(blocks, classes)
  markSeparatedLists(blocks, classes)
  markResultsTables(blocks, classes)
  markMenuRuns(blocks, classes)
  markHeadlineRuns(blocks, classes)

  // Short lines first, judged by the classes before any revision (as jusText).
  const revised = [...classes]
  const strict = neighbours(classes, true)
  const loose = neighbours(classes, false)
  for (const [index, value] of classes.entries()) {
    if (value !== 'short') continue
    const previous = strict.previous[index]
    const next = strict.next[index]
    if (previous === 'good' && next === 'good') revised[index] = 'good'
    else if (previous === 'bad' && next === 'bad') revised[index] = 'bad'
    else if (
      (previous === 'bad' && loose.previous[index] === 'neargood') ||
      (next === 'bad' && loose.next[index] === 'neargood') ||
      closingSentence(blocks, classes, index) ||
      continuesProse(blocks, classes, index)
    ) {
      revised[index] = 'good'
    } else revised[index] = 'bad'
  }

  const after = neighbours(revised, true)
  for (const [index, value] of revised.entries()) {
    if (value !== 'neargood') continue
    const enclosed = after.previous[index] === 'bad' && after.next[index] === 'bad'
    revised[index] = enclosed && !closingSentence(blocks, classes, index) ? 'bad' : 'good'
  }
  keepListsTogether(blocks, classes, revised)

  for (const [index, block] of blocks.entries()) {
    if (block.reason === null && !block.protected && revised[index] === 'bad') block.reason = 'other'
  }

  markOutlyingProse(blocks)
}

/** Words of a list's label ("Key points:", "What we know so far:"). */
const listLabelWords = 6

/**
 * The items of a list under a line that introduces it ("Key points:") stand
 * or fall together: one kept item keeps the rest, as a summary item full of
 * names is short on function words and would otherwise go alone. A short
 * label over kept items is kept with them: it is the list's heading, though
 * it stands next to the header's stamp.
 *
 * @param blocks Non-blank lines.
 * @param classes Their classes before revision.
 * @param revised Their revised classes, updated in place.
 */
function keepListsTogether(blocks: readonly Block[], classes: readonly Quality[], revised: Quality[]): void {
  const isItem = (block: Block, index: number) =>
    block.reason === null && !block.protected && classes[index] !== 'good' && block.wordCount >= summaryItemWords
  for (let index = 0; index < blocks.length; index++) {
    if (!blocks[index]!.line.value.endsWith(':')) continue
    let end = index + 1
    while (end < blocks.length && isItem(blocks[end]!, end)) end++
    const items = end - index - 1
    if (items <= summaryItems && revised.slice(index + 1, end).includes('good')) revised.fill('good', index + 1, end)
    if (revised[index + 1] === 'good' && blocks[index]!.wordCount <= listLabelWords) revised[index] = 'good'
    index = Math.max(index, end - 1)
  }
}

/**
 * A summary list's items: a handful, each a clause of several words, where a
 * menu under a label ("Sections:") has many items of a word or two.
 */
const summaryItems = 6
const summaryItemWords = 6

/** A standfirst has at least this many words; a label or a name fewer. */
const standfirstWords = 10

/**
 * Whether the line right under the headline is its standfirst: a summary in
 * sentence case, often with no full stop ("Residents say aid has yet to
 * arrive as ports stay shut"), which would otherwise take the class of the
 * stamps and author lines under it.
 *
 * @param block The line under the headline, not removed.
 * @returns True for a standfirst.
 */
function isStandfirst(block: Block): boolean {
  return block.wordCount >= standfirstWords && block.line.value.length <= lengthHigh && !isTitleCase(tokensOf(block))
}

/** "1. Jane Doe (3.)", "2) Rates rise", "3 Team name 24 pts": a numbered item. */
const numberedItem = /^(\d{1,3})(?:[.)]\s*|\s+)\S/
/** A numbered list this long is a list, not a stray number. */
const minimumListItems = 3

/**
 * A numbered list that follows the story's prose (rankings, results, a
 * list of facts) is part of the story: its items count as prose. A list is
 * items numbered 1, 2, 3 ... in order, each allowed one unnumbered line (an
 * item wrapped onto the next line), starting at most three lines after a
 * paragraph of prose or near-prose with only short lines between; a list under a removed header ("Most read") is already
 * removed and stays so.
 *
 * @param blocks Non-blank lines.
 * @param classes Their classes, revised in place.
 */
function markNumberedLists(blocks: readonly Block[], classes: Quality[]): void {
  let expected = 1
  let from = -1
  let last = -1
  const close = () => {
    if (expected > minimumListItems && afterProse(classes, from)) {
      for (let at = from; at <= last; at++) if (blocks[at]!.reason === null) classes[at] = 'good'
    }
    expected = 1
  }

  for (const [index, block] of blocks.entries()) {
    const match = numberedItem.exec(block.line.value)
    const number = match ? Number(match[1]) : -1
    if (number === expected && block.reason === null) {
      if (expected === 1) from = index
      last = index
      expected++
    } else if (expected > 1 && (number !== -1 || index - last > 1)) {
      close()
      if (number === 1 && block.reason === null) {
        from = index
        last = index
        expected = 2
      }
    }
  }
  close()
}

/**
 * Whether a list starting at `start` follows the story's prose: a paragraph
 * of prose or near-prose at most three lines above, with only short lines
 * (a header: "Tour dates") between.
 *
 * @param classes Classes of the lines.
 * @param start The list's first line.
 * @returns True after prose.
 */
function afterProse(classes: readonly Quality[], start: number): boolean {
  for (let at = start - 1; at >= start - 3 && at >= 0; at--) {
    if (classes[at] !== 'short') return classes[at] === 'good' || classes[at] === 'neargood'
  }
  return false
}

/**
 * What sets off the parts of a list item: "June 9 -- Arena, City", "Spain
 * (Group F): 11th appearance". Not a colon alone: tabloid teaser headlines
 * open with a kicker and one ("Plague fears: ...").
 */
const itemSeparator = / (?:--|[–—|]) | \(/
/** Unnumbered items need more of them in a row than numbered ones to be a list. */
const minimumSeparatedItems = 4

/**
 * A list whose items all set off their parts with the same separator and
 * differ after it (tour dates, results, qualified teams), four or more lines
 * in a row starting right after the story's prose, is part of the story, as a
 * numbered list is: its items count as prose, so the author box or share
 * bar under it does not take it away.
 *
 * @param blocks Non-blank lines.
 * @param classes Their classes, revised in place.
 */
function markSeparatedLists(blocks: readonly Block[], classes: Quality[]): void {
  let from = 0
  let separator: string | undefined
  const close = (to: number) => {
    if (
      separator !== undefined &&
      to - from >= minimumSeparatedItems &&
      afterProse(classes, from) &&
      distinctItems(blocks.slice(from, to))
    ) {
      for (let at = from; at < to; at++) classes[at] = 'good'
    }
  }

  for (const [index, block] of blocks.entries()) {
    const item = block.reason === null && classes[index] !== 'good' ? itemSeparator.exec(block.line.value)?.[0] : undefined
    if (item !== undefined && item === separator) continue
    close(index)
    from = index
    separator = item
  }
  close(blocks.length)
}

/**
 * Whether list items say different things after their separator, as dates,
 * results and teams do, and a row of share buttons ("Share on Facebook
 * (Opens in new window)", "Share on X (Opens in new window)") does not.
 *
 * @param items Lines of a list.
 * @returns True when more than half of the items end differently.
 */
function distinctItems(items: readonly Block[]): boolean {
  return new Set(items.map((item) => item.line.value.split(itemSeparator)[1])).size * 2 > items.length
}

/** A results line's words, at most: a score line or a player's figures, not a paragraph. */
const resultsLineWords = 40
/** A word that is a figure: "14", "70-44", "(3-0):", "85%", "1,200"; not a price, a date stamp or a code. */
const figure = /^\(?\d[\d.,%]*\)?[.,:;]?$/
/** A score: "70-44", "(1-1-1):". */
const score = /^\(?\d{1,3}(?:[-–]\d{1,3})+\)?[.,:;]?$/
/** Figures make up at least one word in this many of a results line. */
const resultsFigureShare = 5
/** Lines without figures a results table holds in a row: a header ("Girls soccer"), a name cell, a repeated cell. */
const resultsGap = 2
/** Results lines a table needs to be one. */
const minimumResultsLines = 4

/**
 * Results and statistics flattened into lines ("Northfield d. Eastlake
 * 70-44", "Eastlake 14 11 6 15 — 44", "Westbrook (3-0): J. Doe 1 goal.", or
 * one cell a line: "DL", "Larry Doe", "63", "85%") are part of a story
 * about the games when they run on from its prose or into it, or hold a
 * paragraph of it: their lines count as prose, so the stamp or the share bar
 * at the story's edge does not take them away. Lines without figures may
 * stand between results lines, `resultsGap` at most, and a line removed
 * for another reason than repeating ends the table: a stamp or a footer
 * holds figures too.
 *
 * @param blocks Non-blank lines.
 * @param classes Their classes, revised in place.
 */
function markResultsTables(blocks: readonly Block[], classes: Quality[]): void {
  let from = -1
  let last = -1
  let lines = 0
  const close = () => {
    if (lines >= minimumResultsLines && nextToProse(classes, from, last)) {
      for (let at = from; at <= last; at++) if (blocks[at]!.reason === null) classes[at] = 'good'
    }
    from = -1
    lines = 0
  }

  for (const [index, block] of blocks.entries()) {
    if (isResultsLine(block)) {
      if (from === -1) from = index
      last = index
      lines++
    } else if (from !== -1 && (index - last > resultsGap || (block.reason !== null && block.reason !== 'duplicate'))) close()
  }
  close()
}

/**
 * Whether a line reads as results: few words, a score or two figures
 * among them, and figures at least one word in `resultsFigureShare`. Lines
 * without a digit are passed over before they are split.
 *
 * @param block A line.
 * @returns True for a results line not removed yet.
 */
function isResultsLine(block: Block): boolean {
  if (block.reason !== null || block.wordCount > resultsLineWords || !digit.test(block.line.value)) return false
  const words = block.line.value.split(' ').filter((word) => word !== '')
  const figures = words.filter((word) => figure.test(word) || score.test(word))
  return (figures.length >= 2 || figures.some((word) => score.test(word))) && figures.length * resultsFigureShare >= words.length
}

/**
 * Whether lines `from` to `to` run on from prose or into it (with at most
 * three short lines between) or hold a paragraph of it.
 *
 * @param classes Classes of the lines.
 * @param from The first line.
 * @param to The last line.
 * @returns True next to prose.
 */
function nextToProse(classes: readonly Quality[], from: number, to: number): boolean {
  if (afterProse(classes, from) || classes.slice(from, to + 1).includes('good')) return true
  for (let at = to + 1; at <= to + 3 && at < classes.length; at++) {
    if (classes[at] !== 'short') return classes[at] === 'good' || classes[at] === 'neargood'
  }
  return false
}

/** Words and characters a menu item has at most ("World", "Middle East", "Food & Drink"). */
const menuItemWords = 3
const menuItemLength = 30
/** A run of menu items this long is a menu, whatever prose stands around it. */
const minimumMenuItems = 8
/** More than one item in this many holding a digit makes the run a table's cells ("74", "100%"), not a menu. */
const numberedCellShare = 10
const digit = /\d/

/**
 * A long run of one- to three-word lines that are not sentences ("World /
 * Africa / Middle East / US Politics / ...") is a site menu even between
 * two paragraphs of prose, where jusText would keep it: a footer menu sits
 * between the story and a legal notice long enough to be prose. A story's
 * crossheads come one at a time, its lists are longer items, and the cells
 * of its tables hold numbers.
 *
 * @param blocks Non-blank lines.
 * @param classes Their classes, revised in place.
 */
function markMenuRuns(blocks: readonly Block[], classes: Quality[]): void {
  let from = 0
  const close = (to: number) => {
    if (to - from < minimumMenuItems) return
    const numbered = blocks.slice(from, to).filter((block) => digit.test(block.line.value)).length
    if (numbered * numberedCellShare <= to - from) classes.fill('bad', from, to)
  }

  for (const [index, block] of blocks.entries()) {
    const {value} = block.line
    const item =
      classes[index] === 'short' &&
      block.reason === null &&
      !block.protected &&
      block.wordCount <= menuItemWords &&
      value.length <= menuItemLength &&
      !endsSentence(value)
    if (item) continue
    close(index)
    from = index + 1
  }
  close(blocks.length)
}

/** Words of a teaser's headline in a list of related stories ("Teachers Vote To End Strike After Pay Deal"). */
const runHeadlineWords = {min: 4, max: 14}
/** Headlines in a row that make a list of related stories; a story's crossheads come one at a time. */
const minimumHeadlineRun = 3

/**
 * A run of headlines in title case without a full stop, as a related-stories
 * box prints them with its label lost, is removed even between two
 * paragraphs of prose, where jusText would keep short lines; the items of a
 * list the story introduces with a colon are kept, and so are those set off
 * by a dash (a timeline, see `markSeparatedLists`); its crossheads come one at a time.
 *
 * @param blocks Non-blank lines.
 * @param classes Their classes, revised in place.
 */
function markHeadlineRuns(blocks: readonly Block[], classes: Quality[]): void {
  const isHeadlineItem = (block: Block, index: number) =>
    classes[index] !== 'good' &&
    block.reason === null &&
    !block.protected &&
    hasWords(block, runHeadlineWords) &&
    !closingMark.test(block.line.value) &&
    !itemSeparator.test(block.line.value) &&
    isTitleCase(tokensOf(block))
  for (let index = 0; index < blocks.length; index++) {
    let end = index
    while (end < blocks.length && isHeadlineItem(blocks[end]!, end)) end++
    const introduced = blocks[index - 1]?.line.value.endsWith(':') ?? false
    if (end - index >= minimumHeadlineRun && !introduced) classes.fill('bad', index, end)
    index = Math.max(index, end)
  }
}

/**
 * This many menu, footer or teaser lines in a row separate the story from the
 * rest of the page. Captions, bylines and share widgets do not count: they sit
 * inside a story, between its headline and its text.
 */
const sectionGap = 6
/**
 * Paragraphs of prose in a row that make a section above the largest one
 * the story's lead, cut off by a teaser box, rather than a teaser summary
 * or an author bio (one paragraph each).
 */
const storyParagraphs = 3

/**
 * A whole page's text holds one story and, far from it behind menus and
 * teaser lists, other prose: teaser summaries, author bios, promos. Split the
 * kept lines into sections at runs of `sectionGap` furniture lines and keep the
 * section with the most text; the others go unless they are at least half
 * its size (a story split by a long gallery) or come before it with
 * `storyParagraphs` paragraphs of prose in a row (the lead paragraphs above a
 * teaser box inside the story; legal and cookie prose under it still goes).
 *
 * @param blocks Non-blank lines, after the context classifier.
 */
function markOutlyingProse(blocks: Block[]): void {
  const sections: Array<{from: number; to: number; size: number; paragraphs: number; run: number}> = []
  let gap = sectionGap
  for (const [index, block] of blocks.entries()) {
    if (block.reason === 'other' || block.reason === 'related-links') {
      gap++
      continue
    }
    if (block.reason !== null) continue
    if (gap >= sectionGap) sections.push({from: index, to: index, size: 0, paragraphs: 0, run: 0})
    const section = sections.at(-1)!
    section.to = index
    section.size += block.line.value.length
    section.run = block.quality === 'good' ? section.run + 1 : 0
    section.paragraphs = Math.max(section.paragraphs, section.run)
    gap = 0
  }

  const largest = sections.reduce((most, section) => Math.max(most, section.size), 0)
  const main = sections.findIndex((section) => section.size === largest)
  for (const [index, section] of sections.entries()) {
    if (section.size * 2 >= largest || (index < main && section.paragraphs >= storyParagraphs)) continue
    for (const block of blocks.slice(section.from, section.to + 1)) {
      if (block.reason === null && !block.protected) block.reason = 'other'
    }
  }
}

/** Standfirst, author and picture lines a headline may sit above its story. */
const headlineGap = 3

/**
 * Whether the headline (or first line) is close enough to the story's prose to anchor the
 * lines between as body: a headline's standfirst is, while a whole page's
 * first line (a site name, a skip link) sits above a menu and would keep it.
 * Lines already removed do not count as distance.
 *
 * @param blocks Non-blank lines.
 * @param headline The headline's index, or 0 when there is none.
 * @returns True when at most `headlineGap` unclassified lines separate the
 *   headline from the first paragraph of prose.
 */
function headlineNearProse(blocks: readonly Block[], headline: number): boolean {
  let between = 0
  for (const block of blocks.slice(headline + 1)) {
    if (block.quality === 'good' && block.reason === null) return true
    if (block.reason === null && ++between > headlineGap) return false
  }
  return false
}

/**
 * For every line, the class of the nearest line before and after it that is
 * good or bad (or near-good, when those count), in one pass each way. The
 * edges of the text count as bad, as in jusText.
 *
 * @param classes Class of each line.
 * @param skipNeargood Whether near-good lines are passed over like short ones.
 * @returns Nearest classes before and after each line.
 */
function neighbours(classes: readonly Quality[], skipNeargood: boolean): {previous: Quality[]; next: Quality[]} {
  const counts = (value: Quality) => value === 'good' || value === 'bad' || (value === 'neargood' && !skipNeargood)
  const previous: Quality[] = []
  const next: Quality[] = Array.from({length: classes.length})
  let last: Quality = 'bad'
  for (const value of classes) {
    previous.push(last)
    if (counts(value)) last = value
  }

  last = 'bad'
  for (let index = classes.length - 1; index >= 0; index--) {
    next[index] = last
    if (counts(classes[index]!)) last = classes[index]!
  }

  return {previous, next}
}

/**
 * Lines a story's pictures put between its paragraphs: a chain of short
 * sentences runs on past them (two lead paragraphs above a gallery of
 * captions belong to the prose under it). Not author lines and stamps: a
 * line between them and the story is a lead picture's caption.
 */
const pictureFurniture: ReadonlySet<RemovalReason | null> = new Set(['caption', 'credit', 'duplicate'])

/**
 * What a box of links inside a story holds ("Don't miss" over three
 * teasers, "Trending"): tabloids put one every few paragraphs, so a chain
 * of short sentences runs up past `storyBoxLines` of them in all to the
 * prose above; an end-of-page teaser list is longer. Only up: a sentence
 * over a box is as often the last teaser of a list as the story's.
 */
const inStoryBox: ReadonlySet<RemovalReason | null> = new Set(['promo', 'related-links'])
const storyBoxLines = 5

/** How many short sentences in a row may stand between a line and the prose it belongs to. */
const sentenceChain = 8

/**
 * A short sentence at the edge of the story (a closing one-line paragraph,
 * "Pure propaganda.", or a few of them in a row) belongs to it, where jusText
 * would drop it: it is joined to a paragraph of prose by nothing but other
 * sentences. Menus and teaser headlines do not end like sentences, so they
 * break the chain.
 *
 * @param blocks Non-blank lines.
 * @param classes Their classes.
 * @param index The short or near-good line.
 * @returns True when the line is a sentence and prose is reached through at
 *   most `sentenceChain` sentences, any picture furniture, and above it a
 *   box or two of links inside the story.
 */
function closingSentence(blocks: readonly Block[], classes: readonly Quality[], index: number): boolean {
  const block = blocks[index]!
  if (block.wordCount < 2 || !endsSentence(block.line.value) || betweenPictures(blocks, index)) return false
  // A prompt cut off with dots ("Tell us what you think...") does not reach past a box.
  const boxBudget = cutShort.test(block.line.value) ? 0 : storyBoxLines
  for (const step of [-1, 1]) {
    for (let at = index + step, hops = 0, boxLines = 0; hops <= sentenceChain; at += step, hops++) {
      const value = classes[at]
      if (value === 'good') return true
      if (pictureFurniture.has(blocks[at]?.reason ?? null) || betweenPictures(blocks, at)) {
        hops--
        continue
      }
      if (step === -1 && inStoryBox.has(blocks[at]?.reason ?? null) && boxLines < boxBudget) {
        boxLines++
        hops--
        continue
      }
      if (value === undefined || value === 'bad' || !endsSentence(blocks[at]!.line.value)) break
    }
  }
  return false
}

/** A line opening in lower case, as the broken-off end of a paragraph does. */
const lowercaseStart = /^\p{Ll}/u

/**
 * Whether a short line is the end of the paragraph above, broken off by a
 * line break ("... to ban all members of a religion from / entering the
 * country."): it starts in lower case and ends a sentence, and the prose or
 * near-prose line above it does not.
 *
 * @param blocks Non-blank lines.
 * @param classes Their classes.
 * @param index The short line.
 * @returns True for the tail of the paragraph above.
 */
function continuesProse(blocks: readonly Block[], classes: readonly Quality[], index: number): boolean {
  const {value} = blocks[index]!.line
  const above = classes[index - 1]
  return (
    (above === 'good' || above === 'neargood') &&
    lowercaseStart.test(value) &&
    endsSentence(value) &&
    !endsSentence(blocks[index - 1]!.line.value)
  )
}

/**
 * Whether a line has picture furniture right above and below it: a sentence
 * there is a gallery's caption ("Image 2 of 5 / An artist's concept of the
 * lander. / (Image credit: NASA)"), not a paragraph.
 *
 * @param blocks Non-blank lines.
 * @param index The line.
 * @returns True when both neighbours are captions, credits or repeats.
 */
function betweenPictures(blocks: readonly Block[], index: number): boolean {
  return [blocks[index - 1], blocks[index + 1]].every((block) => pictureFurniture.has(block?.reason ?? null))
}
