import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {sentencesOf, spaced} from './tokens.js'

const parser = unified().use(retextEnglish)

/** Every token of a text as `[value, start, end, capitalised]`. */
function tokensOf(text: string): Array<[string, number, number, boolean]> {
  return sentencesOf(parser.parse(text), text).flatMap((sentence) =>
    sentence.tokens.map((token): [string, number, number, boolean] => [token.value, token.start, token.end, token.capitalised])
  )
}

describe('sentencesOf', () => {
  // Offsets are summed from token lengths, so words the parser builds from
  // several nodes ("U.S.", "al-Masri's", "don't") must keep later offsets right.
  const texts = [
    'The U.S. envoy, Khalid al-Masri, said the talks would resume.',
    'He said: “We don’t know yet.” Then he left. Reporters waited.',
    'Ms. Okafor’s office, on Main St., declined to comment on the 2.5% rise.\n\nOfficials said nothing.'
  ]

  it.each(texts)('gives each token of %j the text at its offsets', (text) => {
    for (const [value, start, end] of tokensOf(text)) expect(text.slice(start, end)).toBe(value)
  })

  const capitalised: Array<[string, string, boolean]> = [
    ['Brandt said the plan failed.', 'Brandt', true],
    ['The envoy, al-Masri, said so.', 'al-Masri', true],
    ['The envoy, al-Masri, said so.', 'envoy', false],
    ['Officials said “no”.', '“', false],
    ['A well-known analyst said so.', 'well-known', false]
  ]

  it.each(capitalised)('in %j marks %j as a name: %s', (text, value, expected) => {
    expect(tokensOf(text).find((token) => token[0] === value)?.[3]).toBe(expected)
  })

  const split: Array<[string, string[]]> = [
    ['It happened on May 18. Neighbours heard shots.', ['It happened on May 18.', 'Neighbours heard shots.']],
    ['The toll rose to 40,000. Officials said so.', ['The toll rose to 40,000.', 'Officials said so.']],
    ['Version 2.0 shipped on time.', ['Version 2.0 shipped on time.']],
    ['He won 6-4, 7-5 in Madrid.', ['He won 6-4, 7-5 in Madrid.']],
    ['The No. 2 Democrat in the House said so.', ['The No. 2 Democrat in the House said so.']],
    ['The team is ranked No. 1, the coach said. Fans cheered.', ['The team is ranked No. 1, the coach said.', 'Fans cheered.']],
    ['The figures are in Vol. 3 of the audit, she said.', ['The figures are in Vol. 3 of the audit, she said.']],
    ['He is No. 4. Rivals said so.', ['He is No. 4.', 'Rivals said so.']],
    ['Asked if he would run, he said no. 2 years later he did.', ['Asked if he would run, he said no.', '2 years later he did.']],
    ['Talks began in 2019. 3 rounds failed.', ['Talks began in 2019.', '3 rounds failed.']],
    ['It was tested in the U.K.\nAcme’s chief said so.', ['It was tested in the U.K.', 'Acme’s chief said so.']],
    ['Unions threaten strike\nUnions said the talks failed.', ['Unions threaten strike', 'Unions said the talks failed.']],
    ['He met voters personally\nin three states.', ['He met voters personally\nin three states.']]
  ]

  const dashes: Array<[string, string[]]> = [
    ['She lives on the Piura–Chulucanas road.', ['She', 'lives', 'on', 'the', 'Piura–Chulucanas', 'road', '.']],
    ['In the 2010–2014 term, rates fell.', ['In', 'the', '2010–2014', 'term', ',', 'rates', 'fell', '.']],
    ['Ana Ruiz – a vendor – left.', ['Ana', 'Ruiz', '–', 'a', 'vendor', '–', 'left', '.']]
  ]

  it.each(dashes)('in %j joins the words an en dash touches on both sides, and keeps a spaced one apart', (text, expected) => {
    expect(tokensOf(text).map(([value]) => value)).toEqual(expected)
  })

  it.each(split)('splits %j into sentences after a number or at a line break that ends one, not after an abbreviation before one', (text, expected) => {
    expect(sentencesOf(parser.parse(text), text).map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(expected)
  })
})

describe('spaced', () => {
  const cases: Array<[string, string[], string]> = [
    ['joins words with single spaces', ['Maria', 'Santos'], 'Maria Santos'],
    ['gives one word as it is', ['officials'], 'officials'],
    ['gives nothing for no words', [], '']
  ]
  it.each(cases)('%s', (_, words, expected) => {
    expect(spaced(words, (word) => word)).toBe(expected)
  })

  it('reads each item through the given text', () => {
    const text = 'Senior officials said'
    const tokens = sentencesOf(parser.parse(text), text)[0]!.tokens
    expect(spaced(tokens, (token) => token.lower)).toBe('senior officials said')
  })
})
