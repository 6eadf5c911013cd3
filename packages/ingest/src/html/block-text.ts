/**
 * Elements that end a paragraph: their text becomes its own line. Anything
 * else is inline and runs on with its neighbours.
 */
const blocks = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL'
])

/** Elements whose text a reader never sees. */
const hidden = new Set([
  'BUTTON',
  'CANVAS',
  'HEAD',
  'IFRAME',
  'NOSCRIPT',
  'OBJECT',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA'
])

/** Options of {@link blockText}. */
export interface BlockTextOptions {
  /** Tag names (upper case) to leave out with everything inside them. */
  skip?: ReadonlySet<string>
}

/**
 * The visible text of a DOM node with its paragraph structure: every block
 * element becomes its own paragraph, paragraphs are separated by a blank line,
 * `<br>` is a line break, and runs of white space inside a paragraph collapse
 * to one space (what a browser's `innerText` does, without layout).
 *
 * @param root Element or document to read.
 * @param options Elements to leave out besides the invisible ones.
 * @returns Plain text, paragraphs joined by `\n\n`.
 */
export function blockText(root: Node, options: BlockTextOptions = {}): string {
  const skip = options.skip
  const paragraphs: string[] = []
  let lines: string[] = []
  let line = ''

  const endLine = () => {
    const value = line.replace(/\s+/g, ' ').trim()
    if (value) lines.push(value)
    line = ''
  }

  const endParagraph = () => {
    endLine()
    if (lines.length > 0) paragraphs.push(lines.join('\n'))
    lines = []
  }

  // An explicit stack: article pages nest deep enough to make recursion a risk.
  const stack: Array<{node: Node; leaving: boolean}> = [{node: root, leaving: false}]
  while (stack.length > 0) {
    const {node, leaving} = stack.pop()!
    if (leaving) {
      endParagraph()
      continue
    }

    if (node.nodeType === 3) {
      line += node.nodeValue ?? ''
      continue
    }

    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : ''
    if (hidden.has(name) || skip?.has(name)) continue
    if (name === 'BR') {
      endLine()
      continue
    }

    const block = blocks.has(name)
    if (block) {
      endParagraph()
      stack.push({node, leaving: true})
    }

    const children = node.childNodes
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({node: children[index]!, leaving: false})
    }
  }

  endParagraph()
  return paragraphs.join('\n\n')
}
