import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {typeOf} from './fixtures/tag.js'

interface Row {
  text: string
  source: string
  type: Attribution['sourceType']
}

/**
 * Some of a party's or a people's members, counted by a quantifier before their capitalised plural
 * ("Several Democrats", "a few Tories"): an unnamed group, not the party. Look-alikes: the party itself
 * and a body.
 */
const rows: Row[] = [
  {text: 'Several Democrats argued the testimony undercut the defence.', source: 'Several Democrats', type: 'unnamed-group'},
  {text: 'Many Republicans said the bill went too far.', source: 'Many Republicans', type: 'unnamed-group'},
  {text: 'A few Tories complained that the leader had ignored them.', source: 'A few Tories', type: 'unnamed-group'},
  {text: 'Some Conservatives warned that the tax rise would cost them seats.', source: 'Some Conservatives', type: 'unnamed-group'},
  {text: 'Most Greens said the deal was too timid.', source: 'Most Greens', type: 'unnamed-group'},
  {text: 'Other Republicans insisted the inquiry was a waste of money.', source: 'Other Republicans', type: 'unnamed-group'},
  {text: 'Numerous Liberals have said the leader should step down.', source: 'Numerous Liberals', type: 'unnamed-group'},
  {text: 'In the Senate, several Democrats said they would vote against the nominee.', source: 'several Democrats', type: 'unnamed-group'},
  {text: 'The plan was welcomed by ministers, but some Nationals argued it ignored farmers.', source: 'some Nationals', type: 'unnamed-group'},
  {text: 'After the vote, many Socialists told reporters the party had lost its way.', source: 'many Socialists', type: 'unnamed-group'},
  {text: 'Some Labour MPs warned the cuts would hurt.', source: 'Some Labour MPs', type: 'unnamed-group'},
  {text: 'Dozens of Conservatives signed a letter saying the plan was unworkable.', source: 'Dozens of Conservatives', type: 'unnamed-group'},
  {text: 'A few Independents have said they will abstain.', source: 'A few Independents', type: 'unnamed-group'},
  {text: 'Several Ukrainians said they would not return.', source: 'Several Ukrainians', type: 'unnamed-group'},
  {text: 'Many Americans say prices are still too high.', source: 'Many Americans', type: 'unnamed-group'},
  // Look-alikes: the party or a body.
  {text: 'The Democrats said the bill would pass.', source: 'The Democrats', type: 'named-organization'},
  {text: 'Republicans said the bill would pass.', source: 'Republicans', type: 'named-organization'},
  {text: 'Reuters reported that the deal was worth $2 billion.', source: 'Reuters', type: 'named-organization'}
]

describe('members counted before their capitalised plural', () => {
  it.each(rows)('$source in "$text"', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
