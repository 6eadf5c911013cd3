import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {syllable} from 'syllable'
import {describe, expect, it} from 'vitest'
import {syllablesOf} from './counts.js'
import {isDaleChallFamiliar, isSpacheFamiliar, tally} from './index.js'

const parse = (text: string) => unified().use(retextEnglish).parse(text)

describe('syllables of a spelling', () => {
  // Counted from the runs of word characters of an ASCII spelling: each must
  // give what `syllable` gives for the spelling as a whole.
  it.each([
    ['negotiations'],
    ['Said'],
    ["Florida's"],
    ['McCain’s'],
    ['vote-by-mail'],
    ['U.S.'],
    ['1,100'],
    ['2016'],
    ['self_driving'],
    ["rock'n'roll"],
    ['naïve'],
    ['Café']
  ])('%s', (word) => {
    expect(syllablesOf(word)).toBe(syllable(word))
  })
})

describe('Gunning fog complex words', () => {
  it.each([
    ['The negotiations collapsed.', 1],
    ['Senator Washington declined to comment.', 0],
    ['The well-organized protest ended.', 0],
    ['The union created a strike fund.', 0],
    ['Investigators interviewed the witnesses.', 1],
    ['Prosecutors described the evidence as overwhelming.', 2]
  ])('%s -> %i', (text, complex) => {
    expect(tally(parse(text)).counts.complexWords).toBe(complex)
  })
})

describe('Dale-Chall familiar words', () => {
  it.each([
    ['talks', true],
    ['stopped', true],
    ['cities', true],
    ['bigger', true],
    ['houses', true],
    ["don't", true],
    ['legislature', false],
    ['officials', false],
    ['ceasefire', false]
  ])('%s -> %s', (word, familiar) => {
    expect(isDaleChallFamiliar(word)).toBe(familiar)
  })
})

describe('Spache familiar words', () => {
  it.each([
    ['dogs', true],
    ['played', true],
    ['government', false]
  ])('%s -> %s', (word, familiar) => {
    expect(isSpacheFamiliar(word)).toBe(familiar)
  })
})

describe('difficult words per token', () => {
  it('counts each use of a difficult word, not each distinct word', () => {
    const {counts} = tally(parse('The legislature met. The legislature adjourned.'))
    expect(counts.daleChallDifficultWords).toBe(3)
  })

  it('treats capitalised words inside a sentence as names, not difficult words', () => {
    const {counts} = tally(parse('The mayor met Kowalczyk in Szczecin.'))
    expect(counts.daleChallDifficultWords).toBe(0)
  })

  it('counts curly-apostrophe contractions as the listed straight forms', () => {
    const {counts} = tally(parse('She didn’t say.'))
    expect(counts.daleChallDifficultWords).toBe(0)
  })
})

describe('letters and characters', () => {
  it.each([
    ['Café owners in Zürich protested.', 27, 27],
    ['Leaders of the G20 met in São Paulo.', 26, 28],
    ['The 3rd round starts at 9am.', 20, 22]
  ])('%s -> %i letters, %i letters and digits', (text, letters, characters) => {
    const {counts} = tally(parse(text))
    expect(counts.letters).toBe(letters)
    expect(counts.characters).toBe(characters)
  })
})

describe('caches', () => {
  it('counts a text with more distinct spellings than the caches hold', () => {
    const words = Array.from({length: 70_000}, (_, index) => `w${index.toString(36)}`)
    const {counts} = tally(parse(words.join(' ') + '.'))
    expect(counts.words).toBe(70_000)
    expect(counts.syllables).toBe(tally(parse(words.join(' ') + '.')).counts.syllables)
  })
})
