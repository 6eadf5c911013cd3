import type {CheckStatus, TaggedArticle} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {tagged, type AttributionSpec} from './fixtures/build.js'
import {findings, runChecks} from './index.js'

const named = ['Ana Ruiz', 'Tom Becker', 'Priya Nair', 'Sam Ortiz']
const unnamed = ['a port official', 'a union negotiator', 'a police spokesman', 'a hospital worker']

/**
 * A story with `n` named and `a` anonymous speakers, one sentence each;
 * `options` overrides the first attribution.
 */
function story(n: number, a: number, options: Partial<AttributionSpec> = {}) {
  const lines = [
    ...named.slice(0, n).map((name) => `${name} said the plant would close in June.`),
    ...unnamed.slice(0, a).map((who) => `${who[0]!.toUpperCase()}${who.slice(1)} said the plant would close in June.`)
  ]
  const text = lines.join('\n\n')
  const specs: AttributionSpec[] = lines.map((line, index) => {
    const anonymous = index >= n
    const source = line.slice(0, line.indexOf(' said'))
    return {
      in: line,
      cue: 'said',
      source,
      content: 'the plant would close in June',
      anonymous,
      speaker: anonymous ? null : source,
      ...(anonymous ? {specificity: 2} : {}),
      ...(index === 0 ? options : {})
    }
  })
  return {text, specs}
}

function status(article: TaggedArticle, id: string): CheckStatus {
  return runChecks(findings(article)).find((check) => check.id === id)!.status
}

describe('R1 sources identified', () => {
  it.each([
    [4, 0, 'pass'],
    [3, 1, 'pass'],
    [2, 2, 'partial'],
    [1, 2, 'fail'],
    [0, 0, 'not-applicable']
  ] as const)('%i named, %i anonymous -> %s', (n, a, expected) => {
    const {text, specs} = story(n, a)
    expect(status(tagged(text || 'Nothing here.', specs), 'R1')).toBe(expected)
  })
})

describe('R2 anonymous sources described', () => {
  it.each([
    [[3, 2], 'pass'],
    [[2, 1], 'partial'],
    [[1, 1], 'partial'],
    [[2, 0], 'fail'],
    [[], 'not-applicable']
  ] as const)('specificity %j -> %s', (levels, expected) => {
    const {text, specs} = story(1, levels.length)
    levels.forEach((level, index) => (specs[index + 1]!.specificity = level))
    expect(status(tagged(text, specs), 'R2')).toBe(expected)
  })
})

describe('R3 reason for anonymity', () => {
  const reasons = {
    substantive: 'because he feared losing his job',
    boilerplate: 'because he was not authorized to speak publicly',
    'anonymity-only': 'on condition of anonymity'
  }
  it.each([
    [['substantive', 'boilerplate'], 'pass'],
    [['boilerplate', 'boilerplate'], 'partial'],
    [['substantive', null], 'partial'],
    [['anonymity-only', null], 'fail'],
    [[], 'not-applicable']
  ] as const)('%j -> %s', (kinds, expected) => {
    const {text, specs} = story(1, kinds.length)
    const extra = kinds.map((kind) => (kind ? ` He spoke ${reasons[kind]}.` : ''))
    const lines = text.split('\n\n').map((line, index) => line + (index > 0 ? extra[index - 1] : ''))
    kinds.forEach((kind, index) => {
      if (kind) specs[index + 1]!.justification = reasons[kind]
    })
    expect(status(tagged(lines.join('\n\n'), specs), 'R3')).toBe(expected)
  })
})

describe('R4 anonymous material is factual', () => {
  it.each([
    ['the plant would close in June', 'indirect', 'pass'],
    ['the plant should never have opened', 'indirect', 'partial'],
    ['the plant would close in June', 'direct', 'partial'],
    ['the plant should never have opened', 'direct', 'fail']
  ] as const)('anonymous says "%s" (%s) -> %s', (content, quote, expected) => {
    const text = `A port official said "${content}." Ana Ruiz said "the plant would close in June."`
    const article = tagged(text, [
      {in: 'A port official', cue: 'said', source: 'A port official', content, quote, anonymous: true, specificity: 1},
      {in: 'Ana Ruiz', cue: 'said', source: 'Ana Ruiz', content: 'the plant would close in June', quote: 'direct', speaker: 'Ana Ruiz'}
    ])
    expect(status(article, 'R4')).toBe(expected)
  })
})

describe('R5 not single-sourced', () => {
  it.each([
    [3, 0, 'pass'],
    [2, 1, 'pass'],
    [1, 2, 'partial'],
    [1, 1, 'partial'],
    [1, 0, 'fail'],
    [0, 0, 'fail']
  ] as const)('%i named, %i anonymous -> %s', (n, a, expected) => {
    const {text, specs} = story(n, a)
    expect(status(tagged(text || 'Nothing here.', specs), 'R5')).toBe(expected)
  })

  it('counts a pronoun resolved to a speaker as the same source', () => {
    const text = 'Ana Ruiz said the plant would close. She said 300 jobs would go.'
    const article = tagged(text, [
      {in: 'Ana Ruiz', cue: 'said', source: 'Ana Ruiz', speaker: 'Ana Ruiz'},
      {in: 'She said', cue: 'said', source: 'She', speaker: 'Ana Ruiz'}
    ])
    expect(findings(article).sources).toHaveLength(1)
  })
})

describe('R6 claims attributed', () => {
  it.each([
    [0, 'pass'],
    [1, 'partial'],
    [3, 'fail']
  ])('%i unattributed claims among 4 attributions -> %s', (claims, expected) => {
    const {text, specs} = story(4, 0)
    const facts = ['The plant employs 300 people.', 'It opened in 1998.', 'Its owner posted a loss in 2023.']
    const full = [text, ...facts.slice(0, claims)].join('\n\n')
    expect(status(tagged(full, specs, {claims: facts.slice(0, claims)}), 'R6')).toBe(expected)
  })

  it('fails placement when a long quote names its speaker three sentences in', () => {
    const text = '"We will appeal. The ruling is wrong. It ignores the evidence," said Ana Ruiz. Tom Becker said he agreed.'
    const article = tagged(text, [
      {in: '"We will', cue: 'said', source: 'Ana Ruiz', content: 'We will appeal', quote: 'direct', speaker: 'Ana Ruiz'},
      {in: 'Tom Becker', cue: 'said', source: 'Tom Becker', content: 'he agreed', speaker: 'Tom Becker'}
    ])
    expect(status(article, 'R6')).toBe('partial')
  })
})

describe('R7 hedges calibrated and sourced', () => {
  it.each([
    ['The company said it would appeal.', 'pass'],
    ['The company could not independently verify the figures.', 'pass'],
    ['The owner is reportedly considering a sale.', 'partial'],
    ['The owner is reportedly considering a sale. He is believed to have met buyers.', 'fail']
  ])('%s -> %s', (text, expected) => {
    expect(status(tagged(text, []), 'R7')).toBe(expected)
  })

  it('counts a hedge as sourced when a named source stands in its sentence', () => {
    const text = 'The owner is reportedly considering a sale, Ana Ruiz said.'
    expect(status(tagged(text, [{in: 'Ana Ruiz', cue: 'said', source: 'Ana Ruiz'}]), 'R7')).toBe('pass')
  })
})

describe('R8 agency and outlet material credited', () => {
  it.each([
    ['The mill will close, the union said.', [], 'not-applicable'],
    ['The mill will close, the union said.', ['Reuters'], 'pass'],
    ['The mill will close, according to local media.', [], 'fail'],
    ['Media reports said the mill would close.', [], 'fail']
  ])('%s (wire %j) -> %s', (text, wire, expected) => {
    expect(status(tagged(text, [], {wireCredits: wire}), 'R8')).toBe(expected)
  })
})

describe('R9 diverse voices', () => {
  it.each([
    [['official', 'expert'], 'pass'],
    [['official', 'politician'], 'partial'],
    [['official', 'official'], 'fail'],
    [['unknown', 'citizen'], 'fail']
  ] as const)('%j -> %s', (roles, expected) => {
    const {text, specs} = story(2, 0)
    roles.forEach((role, index) => (specs[index]!.role = role))
    expect(status(tagged(text, specs), 'R9')).toBe(expected)
  })
})

describe('R10 experts, documents and direct voice', () => {
  it.each([
    ['direct', 'expert', 'pass'],
    ['indirect', 'expert', 'partial'],
    ['direct', 'official', 'partial'],
    ['indirect', 'official', 'fail']
  ] as const)('%s quote, %s -> %s', (quote, role, expected) => {
    const {text, specs} = story(1, 0, {quote, role})
    expect(status(tagged(text, specs), 'R10')).toBe(expected)
  })
})
