import {readFileSync, readdirSync} from 'node:fs'
import {readabilitySchema} from '@sourcing/schema'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextDocumentReadability, {formulaPackages, minimumSentences, minimumWords} from './index.js'

const corpusFolder = new URL('../../../corpus/', import.meta.url)
const corpus = readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(new URL(name, corpusFolder), 'utf8')] as const)

/** Run the plugin the way the tag stage does: parse once, then transform. */
function analyse(text: string) {
  const processor = unified().use(retextEnglish).use(retextDocumentReadability)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return {file, readability: file.data.readability!}
}

describe('retextDocumentReadability on the shipped corpus', () => {
  it.each(corpus)('%s: gives a record the schema accepts', (_, text) => {
    expect(readabilitySchema.safeParse(analyse(text).readability).success).toBe(true)
  })

  it.each(corpus)('%s: hard-sentence offsets slice the text exactly', (_, text) => {
    for (const sentence of analyse(text).readability.hardSentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })

  it.each(corpus)('%s: feeds the counts to the published formulas', (_, text) => {
    const {counts, ...grades} = analyse(text).readability
    const wordsPerSentence = counts.words / counts.sentences
    const syllablesPerWord = counts.syllables / counts.words
    expect(grades.fleschReadingEase).toBeCloseTo(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord, 1)
    expect(grades.fleschKincaidGrade).toBeCloseTo(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59, 1)
    expect(grades.gunningFog).toBeCloseTo(0.4 * (wordsPerSentence + (100 * counts.complexWords) / counts.words), 1)
    expect(grades.smog).toBeCloseTo(3.1291 + 1.043 * Math.sqrt((counts.polysyllabicWords * 30) / counts.sentences), 1)
    expect(grades.automatedReadability).toBeCloseTo(
      4.71 * (counts.characters / counts.words) + 0.5 * wordsPerSentence - 21.43,
      1
    )
  })

  it.each(corpus)('%s: consensus is the median of the six grades', (_, text) => {
    const r = analyse(text).readability
    const [from, to] = r.daleChallGrade!
    const six = [r.fleschKincaidGrade!, r.gunningFog!, r.smog!, r.colemanLiau!, r.automatedReadability!, (from + to) / 2]
    const sorted = six.toSorted((a, b) => a - b)
    expect(r.consensusGrade).toBeCloseTo((sorted[2]! + sorted[3]!) / 2, 1)
  })

  it.each(corpus)('%s: hard news reads between grade 8 and 16', (_, text) => {
    const {consensusGrade} = analyse(text).readability
    expect(consensusGrade).toBeGreaterThan(8)
    expect(consensusGrade).toBeLessThan(16)
  })
})

describe('retextDocumentReadability on edge cases', () => {
  it(`gives no grades below ${minimumWords} words or ${minimumSentences} sentences`, () => {
    const {readability} = analyse('Police said the bridge would reopen on Monday. Drivers should expect delays.')
    expect(readability.counts.sentences).toBe(2)
    expect(readability.fleschKincaidGrade).toBeNull()
    expect(readability.consensusGrade).toBeNull()
    expect(readability.daleChallGrade).toBeNull()
  })

  it('keeps offsets of the original text when boilerplate is blanked with spaces', () => {
    const [, text] = corpus[1]!
    const cut = text.indexOf('\n', 200)
    const blanked = text.slice(0, cut).replace(/[^\n]/g, ' ') + text.slice(cut)
    for (const sentence of analyse(blanked).readability.hardSentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })

  it('does not count figures as words', () => {
    const {counts} = analyse('The council approved 1,100 new homes in 2024.').readability
    expect(counts.words).toBe(6)
  })

  it('never reports a SMOG vote, so votes stay at six or fewer', () => {
    const votes = corpus.flatMap(([, text]) => analyse(text).readability.hardSentences.map((sentence) => sentence.votes))
    expect(votes.length).toBeGreaterThan(0)
    expect(Math.max(...votes)).toBeLessThanOrEqual(6)
  })

  it('emits no messages on the file', () => {
    expect(analyse(corpus[0]![1]).file.messages).toEqual([])
  })

  it('names the installed version of every formula package', () => {
    const {formulas} = analyse('Officials said the talks would resume.').readability
    expect(Object.keys(formulas)).toEqual([...formulaPackages])
    expect(formulas['retext-readability']).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
