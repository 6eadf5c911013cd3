import type {
  Heading,
  Parents,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text
} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {defaultHandlers, toMarkdown, type Info, type Options, type State, type Unsafe} from 'mdast-util-to-markdown'

/** Phrasing content, or a plain string that becomes a text node. */
export type Inline = PhrasingContent | string

/**
 * A text node. Whitespace runs (including line breaks) collapse to one space,
 * so article text can never end a table row or start a block of its own;
 * everything else is escaped by `mdast-util-to-markdown`.
 *
 * @param value
 *   Text, possibly from the article.
 * @returns
 *   Text node.
 */
export function text(value: string): PhrasingContent {
  return {type: 'text', value: value.replace(/\s+/g, ' ')}
}

/**
 * Turn strings into text nodes.
 *
 * @param children
 *   Inline content.
 * @returns
 *   Phrasing nodes.
 */
function inline(children: readonly Inline[]): PhrasingContent[] {
  return children.map((child) => (typeof child === 'string' ? text(child) : child))
}

/**
 * Strong emphasis.
 *
 * @param children
 *   Content.
 * @returns
 *   Node.
 */
export function strong(...children: Inline[]): PhrasingContent {
  return {type: 'strong', children: inline(children)}
}

/**
 * Inline code: used for quoted phrases, so the reader sees the exact text.
 *
 * @param value
 *   Text.
 * @returns
 *   Node.
 */
export function code(value: string): PhrasingContent {
  return {type: 'inlineCode', value: value.replace(/\s+/g, ' ')}
}

/**
 * A link with a relative or absolute URL given by the caller (never taken
 * from article text).
 *
 * @param url
 *   Address.
 * @param children
 *   Label.
 * @returns
 *   Node.
 */
export function link(url: string, ...children: Inline[]): PhrasingContent {
  return {type: 'link', url, children: inline(children)}
}

/**
 * An image with a URL given by the caller (never taken from article text) and
 * alternative text that says what the picture shows.
 *
 * @param url
 *   Address, relative to the document.
 * @param alt
 *   Alternative text.
 * @returns
 *   Node.
 */
export function image(url: string, alt: string): PhrasingContent {
  return {type: 'image', url, alt: alt.replace(/\s+/g, ' ')}
}

/**
 * A heading.
 *
 * @param depth
 *   Level.
 * @param children
 *   Content.
 * @returns
 *   Node.
 */
export function heading(depth: Heading['depth'], ...children: Inline[]): Heading {
  return {type: 'heading', depth, children: inline(children)}
}

/**
 * A paragraph.
 *
 * @param children
 *   Content.
 * @returns
 *   Node.
 */
export function paragraph(...children: Inline[]): Paragraph {
  return {type: 'paragraph', children: inline(children)}
}

/**
 * A bulleted list of one-paragraph items.
 *
 * @param items
 *   Inline content of each item.
 * @returns
 *   Node.
 */
export function list(items: readonly Inline[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => ({type: 'listItem', spread: false, children: [paragraph(...item)]}))
  }
}

/**
 * A GFM table.
 *
 * @param header
 *   Column titles.
 * @param rows
 *   Cells of each row.
 * @param align
 *   Column alignment.
 * @returns
 *   Node.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly Inline[])[],
  align: Table['align'] = header.map(() => null)
): Table {
  const row = (cells: readonly Inline[]): TableRow => ({
    type: 'tableRow',
    children: header.map((_, index): TableCell => ({type: 'tableCell', children: inline([cells[index] ?? ''])}))
  })
  return {type: 'table', align, children: [row(header), ...rows.map(row)]}
}

/**
 * Serialise a document to Markdown with GFM tables.
 *
 * @param children
 *   Top-level nodes.
 * @returns
 *   Markdown text.
 */
export function serialize(children: RootContent[]): string {
  const tree: Root = {type: 'root', children}
  return toMarkdown(tree, markdownOptions)
}

/** The escaping patterns of one configuration, by the character each escapes. */
interface Escapes {
  /** Patterns of each character. */
  byCharacter: Map<string, Unsafe[]>
  /** Finds a character some pattern escapes, other than the space, or a backslash. */
  rare: RegExp
}

/** Escapes of each configuration's pattern list: made once per serialisation, not per text node. */
const escapesOf = new WeakMap<Unsafe[], Escapes>()

/**
 * Group escaping patterns by character.
 *
 * @param unsafe
 *   Patterns of a serialisation.
 * @returns
 *   The groups and a test for them.
 */
function escapes(unsafe: Unsafe[]): Escapes {
  let known = escapesOf.get(unsafe)
  if (!known) {
    const byCharacter = new Map<string, Unsafe[]>()
    for (const pattern of unsafe) byCharacter.set(pattern.character, [...(byCharacter.get(pattern.character) ?? []), pattern])
    const rare = [...byCharacter.keys(), '\\'].filter((character) => character !== ' ')
    const escaped = rare.map((character) => `\\u{${character.codePointAt(0)!.toString(16)}}`).join('')
    known = {byCharacter, rare: new RegExp(`[${escaped}]`, 'gu')}
    escapesOf.set(unsafe, known)
  }
  return known
}

/**
 * The patterns whose character occurs in a text, or `undefined` when there
 * is none and no backslash either: then the text needs no escaping at all.
 *
 * @param value
 *   Text.
 * @param unsafe
 *   Patterns of the serialisation.
 * @returns
 *   Patterns to try.
 */
function patternsFor(value: string, unsafe: Unsafe[]): Unsafe[] | undefined {
  const {byCharacter, rare} = escapes(unsafe)
  const patterns = value.includes(' ') ? [...(byCharacter.get(' ') ?? [])] : []
  let seen = ''
  let backslash = false
  rare.lastIndex = 0
  for (let match = rare.exec(value); match; match = rare.exec(value)) {
    const character = match[0]
    if (seen.includes(character)) continue
    seen += character
    if (character === '\\') backslash = true
    patterns.push(...(byCharacter.get(character) ?? []))
  }
  return patterns.length > 0 || backslash ? patterns : undefined
}

/**
 * The default text handler, trying only the escaping patterns whose character
 * occurs in the text. `mdast-util-to-markdown` tries all of its patterns, about
 * 90 with GFM, on every text node, which made rendering over half of the
 * report stage's time. Its `safe` escapes a position only where a pattern's
 * own character stands inside the text, so the other patterns cannot change
 * the output; the order of patterns does not matter either, as the positions
 * are sorted and the conditions of one position are anded. A text with none
 * of the characters and no backslash, followed by no backslash, comes back
 * as it is (the only change left would be doubling backslashes).
 *
 * @param node
 *   Text node.
 * @param parent
 *   Its parent.
 * @param state
 *   Serialisation state.
 * @param info
 *   Surrounding characters.
 * @returns
 *   Markdown.
 */
function escapedText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const unsafe = state.unsafe
  const patterns = patternsFor(node.value, unsafe)
  if (!patterns && !info.after?.includes('\\')) return node.value
  state.unsafe = patterns ?? []
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = unsafe
  }
}

/**
 * What a text node starts with, asked for the node before it: the text as it
 * is when its first character is one no pattern escapes and no backslash (the
 * output then starts with that character), as `mdast-util-to-markdown`
 * otherwise serialises every text twice.
 *
 * @param node
 *   Text node.
 * @param parent
 *   Its parent.
 * @param state
 *   Serialisation state.
 * @param info
 *   Surrounding characters.
 * @returns
 *   Markdown starting with the text's first character.
 */
escapedText.peek = function (node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const first = node.value.charAt(0)
  return first === '\\' || escapes(state.unsafe).byCharacter.has(first) ? escapedText(node, parent, state, info) : node.value
}

/**
 * Made once: `mdast-util-to-markdown` compiles each escaping pattern into a
 * regex the first time it sees the pattern object, so fresh GFM extensions
 * for every report would have it compile theirs again for each report.
 *
 * Table cells are not padded to line up: padding made a report about 40%
 * longer, and one longer cell re-padded its whole column, so a diff between
 * two runs showed every row of the table instead of the row that changed.
 */
const markdownOptions: Options = {
  extensions: [gfmToMarkdown({tablePipeAlign: false})],
  handlers: {text: escapedText},
  bullet: '-',
  rule: '-'
}
