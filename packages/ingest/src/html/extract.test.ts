import {describe, expect, it} from 'vitest'
import {parseHTML} from 'linkedom'
import {blockText, extractHtml} from './index.js'

const paragraph = (n: number) =>
  `Paragraph ${n}: the regional water authority said on Monday that reservoir levels had fallen to their lowest point in a decade after a dry winter and a hot spring.`

describe('blockText', () => {
  it('puts block elements on their own paragraphs and collapses white space', () => {
    const {document} = parseHTML(
      '<div><h2>Water  levels</h2><p>First <b>bold</b>\n line.</p><ul><li>One</li><li>Two</li></ul><p>A<br>B</p><script>x()</script></div>'
    )
    expect(blockText(document)).toBe('Water levels\n\nFirst bold line.\n\nOne\n\nTwo\n\nA\nB')
  })
})

describe('extractHtml', () => {
  it('reads date, author and site from JSON-LD and <time>, and leaves captions out', () => {
    const html = `<html><head><title>Reservoirs fall - Valley Times</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Reservoirs fall to decade low","datePublished":"2021-06-02T08:00:00+02:00","author":{"@type":"Person","name":"Tom Hale"},"publisher":{"@type":"Organization","name":"Valley Times"}}</script>
</head><body><main><article>
<figure><img src="a.jpg"><figcaption>A dry reservoir bed. Photo: Jane Doe</figcaption></figure>
${[1, 2, 3, 4].map((n) => `<p>${paragraph(n)}</p>`).join('\n')}
</article></main></body></html>`
    const page = extractHtml(html)
    expect(page.text.split('\n\n')).toEqual([1, 2, 3, 4].map(paragraph))
    expect(page).toMatchObject({
      title: 'Reservoirs fall to decade low',
      byline: 'Tom Hale',
      date: '2021-06-02T08:00:00+02:00',
      outlet: 'Valley Times',
      extractor: 'readability'
    })
  })

  it('falls back to the densest paragraphs when the page is mostly short lines', () => {
    const html = `<html><body><div class="sidebar"><a href="/a">Latest</a></div><div>
<p>Short intro to the story that Readability finds too thin to use.</p><p>One more short line.</p></div>
<time datetime="2020-01-05">Jan 5</time></body></html>`
    const page = extractHtml(html)
    expect(page.text).toContain('Short intro to the story')
    expect(page.date).toBe('2020-01-05')
  })
})
