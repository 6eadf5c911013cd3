import {mkdtempSync, mkdirSync, writeFileSync, type Stats} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {articleSchema} from '@sourcing/schema'
import {beforeAll, describe, expect, it} from 'vitest'
import {countInputs, readArticles, type IngestResult} from './index.js'

const story =
  'The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by nearly 4 percent, officials said.'

const page = `<!doctype html><html><head>
<title>Council approves budget | Springfield Herald</title>
<meta property="og:site_name" content="Springfield Herald">
<link rel="canonical" href="https://herald.example/2022/03/budget">
<meta property="article:published_time" content="2022-03-03T09:15:00Z">
<meta name="author" content="Maria Lopez">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1>
<p>${story}</p>
<p>The mayor said the increase would be paid for by savings elsewhere in the budget, and that property taxes would stay flat for a third year.</p>
<p>Opposition members said the plan relied on optimistic forecasts of sales-tax revenue and would leave the city exposed if the economy slowed.</p>
</article><footer>© 2022 Springfield Herald</footer></body></html>`

let dir: string

/**
 * Collect every result of reading `paths`.
 *
 * @param paths Files and folders.
 * @returns The results in order.
 */
async function all(paths: string[]): Promise<IngestResult[]> {
  const results: IngestResult[] = []
  for await (const result of readArticles(paths)) results.push(result)
  return results
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'))
  mkdirSync(join(dir, 'folder/nested'), {recursive: true})
  writeFileSync(join(dir, 'folder/b.txt'), `Budget passes\r\n\r\n${story}\r\n`)
  writeFileSync(join(dir, 'folder/nested/a.md'), `# Budget passes\n\n${story}\n`)
  writeFileSync(join(dir, 'folder/.hidden.txt'), story)
  writeFileSync(join(dir, 'bom.txt'), `\uFEFF${story}`)
  writeFileSync(join(dir, 'empty.txt'), '  \n')
  writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('Council '), Buffer.from([0xff]), Buffer.from(' vote')]))
  writeFileSync(join(dir, 'page.html'), page)
  writeFileSync(join(dir, 'page2.html.gz'), gzipSync(page))
  writeFileSync(join(dir, 'notes.pdf'), 'x')
  const records = [
    JSON.stringify({id: 'a1', text: story, title: 'Budget passes', date: '2022-03-03', url: 'https://x.example/a1', outlet: 'Herald'}),
    '',
    JSON.stringify({maintext: story, title: 'From a crawler', date_publish: '2022-03-03 09:15:00', source_domain: 'herald.example', url: 'https://herald.example/b', authors: ['Maria Lopez']}),
    JSON.stringify({id: 'a1', text: 'A second record with the same id.'}),
    '{"id": "x", "text": }',
    JSON.stringify({id: 'no-text', title: 'Headline only'}),
    JSON.stringify({text: story})
  ]
  writeFileSync(join(dir, 'dump.jsonl'), records.join('\n') + '\n')
  writeFileSync(join(dir, 'dump2.jsonl.gz'), gzipSync(records.slice(0, 1).join('\n').replace('"a1"', '"z9"')))
})

describe('readArticles', () => {
  it('reads a folder recursively, ids relative to it with / separators, in sorted order', async () => {
    const results = await all([join(dir, 'folder')])
    expect(results.map((result) => (result.ok ? result.article.id : result.failure.reason))).toEqual([
      'b.txt',
      'nested/a.md'
    ])
  })

  it('keeps text exactly as given, CRLF included, and formats from the extension', async () => {
    const [txt, md] = await all([join(dir, 'folder')])
    expect(txt!.ok && txt!.article.text).toBe(`Budget passes\r\n\r\n${story}\r\n`)
    expect(txt!.ok && txt!.article.origin).toEqual({path: join(dir, 'folder/b.txt'), format: 'txt', line: null})
    expect(md!.ok && md!.article.origin.format).toBe('md')
  })

  it('uses the path as given for a file given directly and drops a byte-order mark', async () => {
    const path = join(dir, 'bom.txt')
    const [result] = await all([path])
    expect(result!.ok && result!.article.id).toBe(path)
    expect(result!.ok && result!.article.text).toBe(story)
  })

  it.each([
    ['empty.txt', 'empty file'],
    ['bad.txt', 'invalid UTF-8 at byte 8'],
    ['notes.pdf', `unsupported file type (${'notes.pdf'})`],
    ['missing.txt', 'no such file or directory']
  ])('reports %s as a failure: %s', async (name, reason) => {
    const [result] = await all([join(dir, name)])
    expect(result!.ok).toBe(false)
    expect(!result!.ok && result!.failure.reason).toBe(reason.replace('notes.pdf', join(dir, 'notes.pdf')))
  })

  it('extracts an HTML page and its metadata, gzipped or not', async () => {
    const results = await all([join(dir, 'page.html'), join(dir, 'page2.html.gz')])
    for (const result of results) {
      expect(result.ok).toBe(true)
      if (!result.ok) continue
      const {article} = result
      expect(articleSchema.parse(article)).toEqual(article)
      expect(article.text.split('\n\n')[0]).toBe(story)
      expect(article.text).not.toContain('Home')
      expect(article.text).not.toContain('©')
      expect(article).toMatchObject({
        title: 'Council approves budget',
        byline: 'Maria Lopez',
        date: '2022-03-03T09:15:00Z',
        outlet: 'Springfield Herald',
        url: 'https://herald.example/2022/03/budget'
      })
    }
  })

  it('reads JSON Lines record by record, with every bad record named by line', async () => {
    const path = join(dir, 'dump.jsonl')
    const results = await all([path])
    expect(
      results.map((result) =>
        result.ok
          ? ['ok', result.article.id, result.article.origin.line]
          : ['fail', result.failure.id, result.failure.line, result.failure.reason]
      )
    ).toEqual([
      ['ok', 'a1', 1],
      ['ok', 'https://herald.example/b', 3],
      ['fail', 'a1', 4, `duplicate id (first seen at ${path}:1)`],
      ['fail', `${path}:5`, 5, 'invalid JSON at column 21 (ValueExpected)'],
      ['fail', 'no-text', 6, 'missing field text'],
      ['ok', `${path}:7`, 7]
    ])
  })

  it('maps news-please fields and normalises dates', async () => {
    const results = await all([join(dir, 'dump.jsonl')])
    const crawler = results[1]!
    expect(crawler.ok && crawler.article).toMatchObject({
      title: 'From a crawler',
      date: '2022-03-03',
      outlet: 'herald.example',
      byline: 'Maria Lopez',
      url: 'https://herald.example/b'
    })
  })

  it('reads gzipped JSON Lines', async () => {
    const [result] = await all([join(dir, 'dump2.jsonl.gz')])
    expect(result!.ok && result!.article.id).toBe('z9')
  })

  it('reads the shipped corpus folder into valid articles named by file', async () => {
    const results = await all([new URL('../../../corpus', import.meta.url).pathname])
    expect(results.every((result) => result.ok)).toBe(true)
    expect(results.map((result) => result.ok && result.article.id)).toEqual([
      '000_bab99c2aa4f08c88.txt',
      '001_bc121a0789a62e57.txt',
      '002_fa0c7fc083449b93.txt',
      '003_e57ea73591aaa2d4.txt',
      '004_ffd932c2fd4869dd.txt'
    ])
  })

  it('skips whole files an earlier run read, keyed by path and bytes, and still parses JSON Lines records', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ingest-unchanged-'))
    writeFileSync(join(folder, 'a.txt'), story)
    writeFileSync(join(folder, 'b.txt'), story)
    writeFileSync(join(folder, 'feed.jsonl'), JSON.stringify({id: 'f1', text: story}) + '\n')
    const keys = new Map<string, string>()
    for await (const result of readArticles([folder], {unchanged: () => false})) {
      if (result.ok === true) keys.set(result.article.id, result.key)
    }
    expect(new Set(keys.values()).size).toBe(3)
    expect((await all([folder])).some((result) => 'key' in result)).toBe(false)

    writeFileSync(join(folder, 'b.txt'), `${story} A spokesman declined to comment.`)
    const seen: unknown[] = []
    for await (const result of readArticles([folder], {unchanged: (key) => [...keys.values()].includes(key)})) {
      seen.push(result.ok === 'unchanged' ? result : result.ok && [result.article.id, result.key === keys.get(result.article.id)])
    }
    expect(seen).toEqual([
      {ok: 'unchanged', id: 'a.txt', key: keys.get('a.txt')},
      ['b.txt', false],
      ['f1', true]
    ])
  })

  it('takes a whole file whose stats give a key an earlier run read as unchanged, unopened, and notes the key of every whole file it reads', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ingest-unchanged-'))
    writeFileSync(join(folder, 'a.txt'), story)
    writeFileSync(join(folder, 'b.txt'), `${story} A spokesman declined to comment.`)
    writeFileSync(join(folder, 'feed.jsonl'), JSON.stringify({id: 'f1', text: story}) + '\n')
    const noted = new Map<string, string>()
    const noting = {get: () => undefined, set: (path: string, _stats: Stats, key: string) => void noted.set(path, key)}
    const keys = new Map<string, string>()
    for await (const result of readArticles([folder], {unchanged: () => false, fileKeys: noting})) {
      if (result.ok === true) keys.set(result.article.origin.path, result.key)
    }
    expect(noted).toEqual(new Map([...keys].filter(([path]) => path.endsWith('.txt'))))

    // Read, a.txt would have a new key; its stats say it is the file read before.
    writeFileSync(join(folder, 'a.txt'), `${story} The mayor disagreed.`)
    const a = join(folder, 'a.txt')
    const trusting = {get: (path: string) => (path === a ? keys.get(a) : undefined), set: () => {}}
    const seen = []
    for await (const result of readArticles([folder], {unchanged: (key) => [...keys.values()].includes(key), fileKeys: trusting})) {
      seen.push(result.ok === 'unchanged' ? [result.id, result.key === keys.get(join(folder, result.id))] : result.ok && result.article.id)
    }
    expect(seen).toEqual([
      ['a.txt', true],
      ['b.txt', true],
      'f1'
    ])
  })

  it('still reports a duplicate id when the first of the two files is unchanged', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ingest-unchanged-'))
    writeFileSync(join(folder, 'a.txt'), story)
    writeFileSync(join(folder, 'b.jsonl'), JSON.stringify({id: 'a.txt', text: story}) + '\n')
    const results = []
    for await (const result of readArticles([folder], {unchanged: () => true})) results.push(result)
    expect(results.map((result) => result.ok === false && result.failure.reason)).toEqual([
      false,
      `duplicate id (first seen at ${join(folder, 'a.txt')})`
    ])
  })

  it('counts up front as many results as it yields, failures and JSON Lines records included', async () => {
    const results = await all([dir])
    expect(results.some((result) => !result.ok)).toBe(true)
    expect(await countInputs([dir])).toBe(results.length)
    expect(await countInputs([join(dir, 'missing.txt'), join(dir, 'dump.jsonl')])).toBe(
      (await all([join(dir, 'missing.txt'), join(dir, 'dump.jsonl')])).length
    )
  })
})
