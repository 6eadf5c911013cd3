import {readFileSync, readdirSync} from 'node:fs'
import type {HardSentence} from '@sourcing/schema'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextDocumentReadability, {type HardSentenceOptions, reproducedPackages} from './index.js'

const corpusFolder = new URL('../../../corpus/', import.meta.url)
const corpus = readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [`corpus/${name}`, readFileSync(new URL(name, corpusFolder), 'utf8')] as const)

const polnear = readFileSync('/work/shared/data/polnear/train.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 50)
  .map((line) => JSON.parse(line) as {id: string; text: string})
  .map(({id, text}) => [`polnear/${id}`, text] as const)

const articles = [...corpus, ...polnear]

const optionSets: ReadonlyArray<readonly [string, HardSentenceOptions]> = [
  ['defaults', {}],
  ['a younger reader', {age: 14}],
  ['an older reader and a lower threshold', {age: 18, threshold: 2 / 7}],
  ['a higher threshold and longer sentences only', {threshold: 5 / 7, minWords: 12}]
]

/** What retext-readability itself reports on the text, as hard-sentence records. */
function reference(text: string, options: HardSentenceOptions): HardSentence[] {
  const tree = unified().use(retextEnglish).parse(text)
  const file = new VFile(text)
  retextReadability(options)(tree, file)
  return file.messages.map((message) => {
    const votes = /according to (?:(\d+) out of|all (\d+))/.exec(message.reason)
    const place = message.place && 'start' in message.place ? message.place : undefined
    return {
      start: place?.start.offset ?? -1,
      end: place?.end.offset ?? -1,
      text: message.actual ?? '',
      votes: Number(votes?.[1] ?? votes?.[2])
    }
  })
}

/** The plugin's hard sentences, from one parse and transform. */
function ours(text: string, options: HardSentenceOptions): HardSentence[] {
  const processor = unified().use(retextEnglish).use(retextDocumentReadability, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.data.readability!.hardSentences
}

describe.each(optionSets)('hard sentences with %s', (_, options) => {
  it.each(articles)('%s: same spans, texts and votes as retext-readability', (_, text) => {
    expect(ours(text, options)).toEqual(reference(text, options))
  })

  it('finds hard sentences at all, so the comparison is not vacuous', () => {
    const found = articles.reduce((sum, [, text]) => sum + ours(text, options).length, 0)
    expect(found).toBeGreaterThan(articles.length)
  })
})

describe('retext-readability version', () => {
  it('is the version whose algorithm is reproduced', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../node_modules/retext-readability/package.json', import.meta.url), 'utf8')
    ) as {version: string}
    expect(reproducedPackages['retext-readability']).toBe(manifest.version)
  })
})

describe('hard sentences without the source text', () => {
  it('joins the sentence nodes when the file holds no text', () => {
    const [, text] = polnear[0]!
    const tree = unified().use(retextEnglish).parse(text)
    const file = new VFile()
    unified().use(retextDocumentReadability).runSync(tree, file)
    const expected = reference(text, {})
    expect(expected.length).toBeGreaterThan(0)
    expect(file.data.readability!.hardSentences).toEqual(expected)
  })
})
