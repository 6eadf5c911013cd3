import type {
  Heading,
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
import {defaultHandlers, toMarkdown, type Handle, type Options} from 'mdast-util-to-markdown'

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

/**
 * The default text handler, trying only the escaping patterns whose character
 * occurs in the text. `mdast-util-to-markdown` tries all of its patterns, about
 * 90 with GFM, on every text node, which made rendering over half of the
 * report stage's time; a pattern escapes only its own character, and only
 * inside the text, so the others cannot change the output.
 */
const escapedText: Handle = (node: Text, parent, state, info) => {
  const unsafe = state.unsafe
  state.unsafe = unsafe.filter((pattern) => node.value.includes(pattern.character))
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = unsafe
  }
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
