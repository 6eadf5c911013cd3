import fc from 'fast-check'
import type {RootContent} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown} from 'mdast-util-to-markdown'
import {describe, expect, it} from 'vitest'
import {code, heading, link, list, paragraph, serialize, strong, table} from './mdast.js'

/** The same serialisation with `mdast-util-to-markdown`'s own text handler. */
function serializeByDefault(children: RootContent[]): string {
  return toMarkdown(
    {type: 'root', children},
    {extensions: [gfmToMarkdown({tablePipeAlign: false})], bullet: '-', rule: '-'}
  )
}

/** Every place a report puts text: headings, paragraphs, emphasis, links, lists and table cells. */
function documentOf(value: string): RootContent[] {
  return [
    heading(1, value),
    paragraph(value, strong(value), value, code(value), value),
    paragraph({type: 'text', value}, {type: 'break'}, {type: 'text', value}),
    paragraph(link('a.md', value), value),
    paragraph(strong('Source:'), ` ${value}`, value, value),
    list([[value], [strong('Source:'), ' ', value]]),
    table(['Source', 'Quote'], [[value, value], [strong(value), value]])
  ]
}

describe('serialize escapes text exactly as mdast-util-to-markdown does', () => {
  it.each([
    ['plain words', 'Officials said the talks would resume on Monday.'],
    ['emphasis markers', '*Breaking*: the minister\'s _final_ offer **rejected**'],
    ['intraword underscores', 'the snake_case name and a__b'],
    ['brackets and links', 'see [this](https://example.com) and ![image](x.png)'],
    ['a heading or list at the start', '# Not a heading'],
    ['an ordered list at the start', '1. first point'],
    ['a thematic break', '---'],
    ['a block quote', '> quoted'],
    ['HTML', '<script>alert(1)</script> and <b>bold</b>'],
    ['character references', 'AT&amp;T and &#x61; and R&D'],
    ['table pipes', 'either | or \\| both'],
    ['code spans', 'the `rm -rf` command and ``double``'],
    ['strikethrough', '~~struck~~ and ~one~'],
    ['autolink literals', 'www.example.com, press@example.org and https://example.net/a'],
    ['backslashes', 'a\\*b and C:\\\\path\\ and trailing \\'],
    ['line endings and edge spaces', ' leading\nmiddle \r\nend '],
    ['tabs', '\tindented\tcolumn\t'],
    ['control characters', 'a\u0000b\u007fc'],
    ['non-Latin text', 'Путин сказал: «нет» — 总统说'],
    ['empty text', ''],
    ['text that needs no escaping', 'Officials said 12 people were hurt, police said'],
    ['a backslash before punctuation at the end', 'the path ends in \\'],
    ['a lone backslash', '\\'],
    ['a leading space', ' said the minister'],
    ['astral characters at the edges', '😀 a reaction 😀'],
    ['a character reference at the edge', '&copy; 2024 and &']
  ])('%s', (_, value) => {
    const document = documentOf(value)
    expect(serialize(document)).toBe(serializeByDefault(document))
  })

  it('for arbitrary text mixed with Markdown syntax', () => {
    const syntax = fc.constantFrom(
      '*', '_', '`', '~', '|', '\\', '[', ']', '(', ')', '!', '#', '<', '>', '&', '-', '+', '=', ':', '.', '@',
      '1.', 'www.', 'http://', '\n', '\r', '\t', ' '
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), syntax), {maxLength: 24}), (parts) => {
        const document = documentOf(parts.join(''))
        expect(serialize(document)).toBe(serializeByDefault(document))
      }),
      {numRuns: 500}
    )
  })
})
