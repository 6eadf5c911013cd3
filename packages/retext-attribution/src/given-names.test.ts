import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {attributionsOf, typeOf} from './fixtures/tag.js'

interface Row {
  text: string
  source: string
  type: Attribution['sourceType']
}

/**
 * A lone first name after the full name of a person ("Agus Priyanto ...
 * Agus said"): news writing refers this way to people who go by their given
 * name, so the bare name is the person's, not a body never introduced.
 * The full name is a source met before. Look-alikes: a bare name no
 * person's full name opens stays a body's, and so does a place's name.
 */
const rows: Row[] = [
  {text: 'The ministry\'s director for fire control, Agus Priyanto, said hot spots had doubled. "The fires are deep in the peat," Agus said.', source: 'Agus', type: 'named-person'},
  {text: 'Schools will stay shut, the agency\'s head, Rudi Hartono Lubis, said on Tuesday. "We cannot ask children to breathe this air," Rudi told reporters.', source: 'Rudi', type: 'named-person'},
  {text: 'A farmer, Siti Aminah, said she had lost her crop. Siti said the river had never risen so fast.', source: 'Siti', type: 'named-person'},
  {text: 'Ana Ruiz, a nurse at the clinic, said staff were tired. Later, Acme said it would send more staff.', source: 'Acme', type: 'named-organization'},
  {text: 'Jordan Hale, an analyst, said exports would fall. Jordan said it would close the border.', source: 'Jordan', type: 'named-organization'}
]

describe('a lone first name after a person\'s full name', () => {
  it.each(rows)('$source is $type in "$text"', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})

describe('a lone first name two people share', () => {
  it('is left to neither of them', () => {
    const text = 'Ana Ruiz, a nurse, said the ward was full. Ana Lopez, a doctor, said beds were short. "We have no more room," Ana said.'
    expect(attributionsOf(text).find((attribution) => attribution.source?.text === 'Ana')?.speaker).toBe('Ana')
  })
})

/** The speaker the attribution whose source is `source` as written resolves to. */
function speakerOf(text: string, source: string): string | null | undefined {
  return attributionsOf(text).find((attribution) => attribution.source?.text === source)?.speaker
}

describe('a lone paternal surname after a Spanish or Portuguese full name', () => {
  it.each([
    ['The mayor of the district, Julio César Tapia Gallardo, said the road was cut. "People feel forgotten," Tapia said.', 'Tapia', 'Julio César Tapia Gallardo'],
    ['"We have no beds," said Dr. Marta Gómez Ruiz, who runs the ward. Gómez added that two nurses had quit.', 'Gómez', 'Marta Gómez Ruiz'],
    ['João Carlos Pereira Lima, a fisherman, said the catch had collapsed. Pereira said the boats stayed in port.', 'Pereira', 'João Carlos Pereira Lima']
  ])('%s', (text, source, speaker) => {
    expect(speakerOf(text, source)).toBe(speaker)
  })

  it.each([
    ['Mohammed Ali Hassan, the district governor, said the camp was full. Ali, a 12-year-old boy who fled with his mother, said he was hungry.', 'Ali'],
    ['Mary Grace Okafor, a nurse, said the clinic had run out of insulin. Grace, whose surname is withheld to protect her family, said her son needed the drug.', 'Grace']
  ])('is not a new person the name introduces with a description of its own: %s', (text, source) => {
    expect(speakerOf(text, source)).toBe(source)
  })

  it('is left to neither of two people who share it', () => {
    const text = 'Ana García López, a nurse, said the ward was full. Luis García Soto, a doctor, said beds were short. "There is no room," García said.'
    expect(speakerOf(text, 'García')).toBe('García')
  })
})

describe('a pronoun after a phrase fronted before it refers to the person the sentence before was about', () => {
  it.each([
    ['The hospital\'s director, Dr. Ramón Bello, disagreed. In a phone interview, he said the shortages were temporary.', 'he', 'Ramón Bello'],
    ['Ana Ruiz, the union\'s secretary, walked out of the meeting. Later, she said the offer was an insult.', 'she', 'Ana Ruiz']
  ])('%s', (text, source, speaker) => {
    expect(speakerOf(text, source)).toBe(speaker)
  })

  it('passes over a sentence with no words', () => {
    expect(attributionsOf('Ana Ruiz walked out.\n\n* * *\n\nLater, she said the offer was an insult.').map((attribution) => attribution.cue.text)).toEqual(['said'])
  })
})
