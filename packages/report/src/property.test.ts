import {analysisSchema} from '@sourcing/schema'
import {scoreArticle} from '@sourcing/score'
import {tagged} from '@sourcing/score/fixtures'
import fc from 'fast-check'
import type {Nodes} from 'mdast'
import {describe, expect, it} from 'vitest'
import {all, parse} from './fixtures/markdown.js'
import {renderArticleReport} from './index.js'

// Markdown and HTML syntax mixed into arbitrary text: what an article could
// carry into a report through its headline, its quotes or its sources.
const syntax = fc.constantFrom(
  '|', '\\|', '<script>', '</script>', '<!--', '-->', '`', '```', '[', ']', '(', ')', 'javascript:', '*', '_',
  '#', '---', '\n', '\n\n', '>', '<img src=x onerror=1>', '&amp;', '~', '![', 'http://x.test', ':', '\\'
)
const hostile = fc.array(fc.oneof(fc.string(), syntax), {maxLength: 20}).map((parts) => parts.join(''))

describe('renderArticleReport on arbitrary article text', () => {
  it('never throws, keeps every table rectangular, lets no text become HTML or an active link', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (headline, quote, source) => {
        const text = `${quote} ${source} said on Monday. "${quote}," ${source} told reporters.\n\n${headline}\n`
        const article = tagged(
          text,
          [
            {in: `${source} said`, cue: 'said', source: source || null, content: quote || null},
            {in: `${source} told reporters`, cue: 'told reporters', source: source || null, quote: 'direct'}
          ].filter((spec) => text.includes(spec.in)),
          {title: headline, byline: source, outlet: quote}
        )
        const analysis = analysisSchema.parse({...article, score: scoreArticle(article)})
        const tree = parse(renderArticleReport(analysis))
        expect(all(tree, 'html')).toEqual([])
        // GFM turns a bare web address into a link even when escaped (its
        // autolink literals are found after escapes are resolved): a plain
        // http(s) or mailto link, never a script or data URL.
        for (const link of [...all(tree, 'link'), ...all(tree, 'image')]) {
          expect((link as Nodes & {url: string}).url).toMatch(/^(?:https?:\/\/|mailto:|[\w.-]+\.(?:md|svg)(?:#|$))/i)
        }
        for (const table of all(tree, 'table')) {
          const rows = (table as Nodes & {children: Array<{children: unknown[]}>}).children
          for (const row of rows) expect(row.children.length).toBe(rows[0]!.children.length)
        }
      }),
      {numRuns: 150}
    )
  })
})
