import type {Root, SentenceContent} from 'nlcst'
import {shortTitles} from './words.js'

// Patterns in this package are module constants: a regular expression
// literal in a function body builds a new RegExp object on every call, which
// on per-token paths was a tenth of the tagger's allocation.

/** A name with a lowercase particle: "al-Masri", "d'Alembert". */
const particleName = /^[a-z]{1,3}[-'’][A-Z]/

/** A word, punctuation mark or symbol of a sentence; whitespace is left out. */
export interface Token {
  /** The token as written. */
  value: string
  /** Lowercased, with curly apostrophes made straight, for lexicon lookups. */
  lower: string
  start: number
  end: number
  word: boolean
  /**
   * Whether the token is a word written like a proper name: capitalised, or
   * a name with a lowercase particle such as "al-Masri". Decided once here:
   * the rules ask it of most words several times.
   */
  capitalised: boolean
}

/** A sentence of the parsed text, flattened to the tokens the rules read. */
export interface Sentence {
  start: number
  end: number
  /** 0-based index of the paragraph it is in. */
  paragraph: number
  tokens: Token[]
}

/**
 * Flatten a retext-english tree into sentences of tokens, reading each token's
 * text by offset so no subtree is stringified.
 *
 * @param tree Tree from retext-english.
 * @param text The text the tree was parsed from.
 * @returns Sentences in text order.
 */
export function sentencesOf(tree: Root, text: string): Sentence[] {
  const sentences: Sentence[] = []
  // Lowercasing the text once is much cheaper than once a token; it is only
  // sliced by the same offsets when lowercasing kept every length.
  const lowered = text.toLowerCase().replaceAll('’', "'")
  const sameLength = lowered.length === text.length
  let paragraph = 0
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    // A parsed sentence is held back until the next shows it did not go on
    // past an abbreviation: "ranked No. | 1 in the state".
    let held: Token[] = []
    let heldStart = 0
    let heldEnd = 0
    for (const child of block.children) {
      if (child.type !== 'SentenceNode' || !child.position) continue
      const first = child.position.start.offset ?? 0
      const tokens = tokensOf(child.children, first, text, sameLength ? lowered : null)
      if (held.length > 0 && continuesAfterAbbreviation(held, tokens)) {
        held = held.concat(tokens)
      } else {
        pushCutAtEnds(sentences, held, heldStart, heldEnd, paragraph, text)
        held = tokens
        heldStart = first
      }
      heldEnd = child.position.end.offset ?? 0
    }
    pushCutAtEnds(sentences, held, heldStart, heldEnd, paragraph, text)
    paragraph++
  }
  return sentences
}

/**
 * The tokens of one parsed sentence, whitespace left out. A function apart
 * from the walk over paragraphs, so that the optimiser compiles this hot loop
 * on its own and a rare paragraph does not make it compile the loop again.
 *
 * @param children Children of the sentence node.
 * @param first Offset where the sentence starts.
 * @param text The whole text.
 * @param lowered The whole text lowercased, when lowercasing kept every length; `null` otherwise.
 * @returns Tokens in text order.
 */
function tokensOf(children: SentenceContent[], first: number, text: string, lowered: string | null): Token[] {
  const tokens: Token[] = []
  // Offsets are summed from the lengths of the tokens: reading each
  // token's position takes three objects per token, cold after a parse.
  let end = first
  for (const node of children) {
    const start = end
    const value = valueOf(node)
    end += value === undefined ? lengthOf(node) : value.length
    if (node.type === 'WhiteSpaceNode') continue
    const word = node.type === 'WordNode'
    const written = value ?? text.slice(start, end)
    // "the Piura–Chulucanas road", "the 2010–2014 term": an en dash touching two names or two figures joins
    // them into one, as a hyphen does; between other words ("claimed–without evidence–that") it sets off an
    // aside, as it does spaced.
    const dash = tokens.at(-1)
    const before = tokens.at(-2)
    if (word && dash?.value === '–' && dash.end === start && before?.word && before.end === dash.start && joinedByDash.test(before.value) && joinedByDash.test(written)) {
      const joined = text.slice(before.start, end)
      tokens.length -= 2
      tokens.push({value: joined, lower: joined.toLowerCase().replaceAll('’', "'"), start: before.start, end, word, capitalised: before.capitalised})
      continue
    }
    tokens.push({
      value: written,
      // Most tokens are lowercase already: one string serves as both.
      lower: lowered === null ? written.toLowerCase().replaceAll('’', "'") : lowered.startsWith(written, start) ? written : lowered.slice(start, end),
      start,
      end,
      word,
      capitalised: word && isCapitalised(written)
    })
  }
  return tokens
}

/** What an en dash joins: a name or a figure ("Piura–Chulucanas", "2010–2014"). */
const joinedByDash = /^(?:\p{Lu}|\d)/u

/** A short abbreviation written with a capital that stands before a number: "No.", "Vol.", "Fig.". */
const numberAbbreviation = /^[A-Z][a-z]{1,2}$/

/**
 * Whether a parsed sentence goes on from the one before it: retext-english
 * ends a sentence at "No." in "the No. 2 Republican" and at a title it does
 * not know ("said Coun. | Ana Ruiz"). A sentence that starts with a digit
 * after a short capitalised word and its full stop does, and one that starts
 * with a name after such a title; "he said no. 2 years later" is left as two.
 *
 * @param before Tokens of the sentence before.
 * @param tokens Tokens of the sentence.
 */
function continuesAfterAbbreviation(before: Token[], tokens: Token[]): boolean {
  if (before.length < 2 || tokens.length === 0) return false
  const stop = before.at(-1)!
  const abbreviation = before.at(-2)!
  if (stop.value !== '.' || abbreviation.end !== stop.start || tokens[0]!.start !== stop.end + 1) return false
  const code = tokens[0]!.value.charCodeAt(0)
  if (code >= 48 && code <= 57) return numberAbbreviation.test(abbreviation.value)
  return tokens[0]!.capitalised && abbreviation.capitalised && shortTitles.has(abbreviation.lower)
}

/**
 * Add the sentences of one run of tokens, cut where a number or a line ends one.
 *
 * @param sentences Sentences so far.
 * @param tokens Tokens of a sentence as parsed (none adds nothing).
 * @param start Offset where the parsed sentence starts.
 * @param end Offset where it ends.
 * @param paragraph Index of its paragraph.
 * @param text The whole text.
 */
function pushCutAtEnds(sentences: Sentence[], tokens: Token[], start: number, end: number, paragraph: number, text: string): void {
  if (tokens.length === 0) return
  let from = 0
  for (const cut of sentenceEnds(tokens, text)) {
    sentences.push({start: tokens[from]!.start, end: tokens[cut - 1]!.end, paragraph, tokens: tokens.slice(from, cut)})
    from = cut
  }
  if (tokens.length > from) {
    sentences.push({
      start: from === 0 ? start : tokens[from]!.start,
      end,
      paragraph,
      tokens: from === 0 ? tokens : tokens.slice(from)
    })
  }
}

/** A number with the full stop the parser kept in the word: "18.", "40,000.". */
const numberWithStop = /^[\d,]*\d\.$/

/**
 * Where a sentence the parser left whole ends before a capitalised word:
 * retext-english joins "It happened on May 18. Neighbours said ..." into one
 * sentence, and reads on across a line break after an abbreviation ("in the
 * U.K.⏎Acme's chief said") or after a headline with no full stop. A full stop
 * right after a number, then space, ends one; so does a line break. A line
 * broken before a lowercase word goes on.
 *
 * @param tokens Tokens of one parsed sentence.
 * @param text The whole text.
 * @returns Indices of the first token of each sentence after the first.
 */
function sentenceEnds(tokens: Token[], text: string): number[] {
  const cuts: number[] = []
  for (let index = 0; index < tokens.length - 1; index++) {
    const last = tokens[index]!
    const next = tokens[index + 1]!
    if (!(next.capitalised || quoteMarks.has(next.value)) || next.start === last.end) continue
    if (!(last.word && numberWithStop.test(last.value)) && !lineBreakBetween(text, last.end, next.start)) continue
    if (next.capitalised || opensQuotedSentence(tokens, index + 1)) cuts.push(index + 1)
  }
  return cuts
}

/** Whether a quotation mark opens a sentence at `at`: 'told Radio 10. "Prices are rising."'. */
function opensQuotedSentence(tokens: Token[], at: number): boolean {
  return quoteMarks.has(tokens[at]!.value) && tokens[at + 1]?.capitalised === true
}

const quoteMarks = new Set(['"', '“', '‘', "'"])

/** Whether the space from `from` to `to` breaks a line; read by character, as a slice would allocate. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 10) return true
  return false
}

/**
 * The text of a token that the parser already holds as one string: a
 * punctuation mark or symbol, or a word of a single text node. Reusing it
 * spares a slice of the text per token, and the string's hash, once taken
 * by a lookup, serves every later lookup of it.
 *
 * @param node A child of a sentence.
 * @returns Its text, or `undefined` when it is made of several nodes.
 */
function valueOf(node: SentenceContent): string | undefined {
  if ('value' in node) return node.value
  const only = node.children.length === 1 ? node.children[0]! : undefined
  return only?.type === 'TextNode' ? only.value : undefined
}

/**
 * The length of a word made of several nodes.
 *
 * @param node A child of a sentence without a value of its own.
 */
function lengthOf(node: SentenceContent): number {
  let length = 0
  if ('children' in node) for (const part of node.children) length += 'value' in part ? part.value.length : 0
  return length
}

/**
 * Whether a word is written like a proper name: capitalised, or a name with a
 * lowercase particle such as "al-Masri".
 *
 * @param value A word.
 */
function isCapitalised(value: string): boolean {
  const first = value.charCodeAt(0)
  if (first >= 65 && first <= 90) return true
  // "Óscar", "Émile", "Şahin", "Ó Briain": a capital with an accent leads a name as a plain one does.
  if (first > 127) return accentedCapital(value)
  // Most words are lowercase and have no mark after a short particle, so
  // the pattern runs only when one of the second to fourth characters is a
  // hyphen or apostrophe.
  return first >= 97 && first <= 122 && particleMarkAt(value) && particleName.test(value)
}

/** Whether a word opens with a capital letter outside ASCII; asked only of words that open with such a character. */
function accentedCapital(value: string): boolean {
  const first = value.charAt(0)
  return first !== first.toLowerCase()
}

/**
 * Whether a hyphen or apostrophe stands where it would end a particle of one
 * to three letters.
 *
 * @param value A word.
 */
function particleMarkAt(value: string): boolean {
  for (let index = 1; index <= 3 && index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 45 || code === 39 || code === 0x2019) return true
  }
  return false
}

/**
 * The texts of some items joined by single spaces.
 *
 * A loop rather than `map` then `join`: `map` inlined into optimised code
 * makes a holey array where the interpreter's is packed, and each `join` that
 * met both kinds was deoptimised, recompiling the large function it sits in
 * (the cue finder, the mention reader).
 *
 * @param items Tokens, mentions or token indices.
 * @param text The text of an item.
 */
export function spaced<T>(items: readonly T[], text: (item: T) => string): string {
  let joined = ''
  for (const [index, item] of items.entries()) joined += index === 0 ? text(item) : ' ' + text(item)
  return joined
}
