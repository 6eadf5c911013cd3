import {describe, expect, it} from 'vitest'
import {attributionsOf, cuesOf, speakersOf} from './fixtures/tag.js'

/** Source, cue and content of each attribution, in cue order. */
function frames(text: string): Array<[string | undefined, string, string]> {
  return attributionsOf(text).map((attribution) => [attribution.source?.text, attribution.cue.text, attribution.content.text])
}

describe('a verb whose report is told by what follows it', () => {
  it.each([
    ['The state government has repeatedly demanded that other regions take in more of the arrivals.', 'The state government', 'has repeatedly demanded', 'other regions take in more of the arrivals'],
    ['Tenants are demanding that the landlord repair the lifts.', 'Tenants', 'are demanding', 'the landlord repair the lifts'],
    ['The weather office has forecast heavy rain along the coast until Monday.', 'The weather office', 'has forecast', 'heavy rain along the coast until Monday'],
    ['The agency had forecast a surplus of 2 billion euros.', 'The agency', 'had forecast', 'a surplus of 2 billion euros']
  ])('reads "%s" as a report by %j', (text, source, cue, content) => {
    expect(frames(text)).toEqual([[source, cue, content]])
  })

  it.each([
    'The lenders had demanded an additional $40 million in collateral.',
    'The firm could not meet demands that it repay the loan.',
    'The forecast for Monday is for rain.',
    'Traders watched the weather and forecast changes closely.',
    'Temperatures rose sharply on Monday, and forecast models show more heat ahead.'
  ])('reads no report in a thing demanded or the noun "forecast" in "%s"', (text) => {
    expect(cuesOf(text)).toEqual([])
  })

  it('reads a second verb after a comma and "and" with the first one\'s subject', () => {
    const text = 'The consultancy estimated that prices rose 3 percent in the first week, and forecast inflation of 10 percent for the month.'
    expect(frames(text)).toEqual([
      ['The consultancy', 'estimated', 'prices rose 3 percent in the first week'],
      ['The consultancy', 'forecast', 'inflation of 10 percent for the month']
    ])
  })

  it('reads "estimating that" after a report as one more report by its source', () => {
    const text = 'The union warned the closure would cost jobs, estimating that two more jobs depended on each one at the plant.'
    expect(speakersOf(text)).toEqual([
      ['The union', 'warned'],
      ['The union', 'estimating']
    ])
  })
})

describe('an impersonal passive with a place before its clause', () => {
  it.each([
    ['It is widely believed in the capital that the shortages are deliberate.', 'is widely believed', 'the shortages are deliberate'],
    ['It is thought among senior diplomats that the talks will fail.', 'is thought', 'the talks will fail']
  ])('reads "%s" as a report with no source', (text, cue, content) => {
    expect(frames(text)).toEqual([[undefined, cue, content]])
  })
})

describe('a report noun after an adjective of series', () => {
  it('leaves a verb after "the first" a verb', () => {
    expect(cuesOf('Of the two men, the first said he was innocent.')).toEqual(['first said'])
  })

  it('reads "its latest forecast that" as the medium, leaving the verbs after it their reports', () => {
    const text = 'The central bank said in its latest forecast that inflation would peak in the autumn, but warned the outlook was uncertain.'
    expect(speakersOf(text)).toEqual([
      ['The central bank', 'said'],
      ['The central bank', 'warned']
    ])
  })
})

describe('a report whose clause lacks the subject a relative pronoun stands for', () => {
  it.each([
    ['The border, which the commission argues would require checks, is the sticking point.', 'the commission', 'argues'],
    ['It is a cost that the union says will fall on members.', 'the union', 'says'],
    ['The harvest was lost, which local growers estimate could cost the region millions.', 'local growers', 'estimate']
  ])('reads "%s" as a report by %j', (text, source, cue) => {
    expect(speakersOf(text)).toContainEqual([source, cue])
  })

  it.each([
    ['The rival claims would be tested in court.', []],
    ['He said that the union claims were exaggerated.', ['said']]
  ])('still reads a plural noun before an auxiliary as a noun, also after the "that" of a clause, in "%s"', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues)
  })
})
