import {describe, expect, it} from 'vitest'
import {attributionsOf} from './fixtures/tag.js'

describe('a relative "which" as the object of a reporting verb', () => {
  // What was said is the antecedent; the gerund left after the verb is never the content.
  it.each([
    ['He was asked about a second passport, which he denied having.', 'denied', 'a second passport'],
    ['She was questioned about the payment, which she admits making.', 'admits', 'the payment'],
    ['The loan, which the minister denied taking, was repaid.', 'denied', 'The loan'],
    ['Reporters asked about the meeting, which the adviser has denied attending.', 'has denied', 'the meeting'],
    ['Officers recovered a knife, which the driver admitted carrying.', 'admitted', 'a knife']
  ])('reads "%s" with the antecedent in the content', (text, cue, antecedent) => {
    const attribution = attributionsOf(text).find((found) => found.cue.text === cue)
    expect(attribution?.content?.text).toContain(antecedent)
  })

  it.each([
    ['He denied having a second passport.', 'having a second passport'],
    ['The minister admitted making the payment.', 'making the payment']
  ])('keeps the gerund clause after a plain verb in "%s"', (text, content) => {
    expect(attributionsOf(text)[0]?.content?.text).toBe(content)
  })
})
