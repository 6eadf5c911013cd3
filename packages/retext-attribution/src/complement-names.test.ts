import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {typeOf} from './fixtures/tag.js'

/**
 * A plural head with "for", "of" or "to" and one name in apposition: an apposition agrees in number with what
 * it names, so the name is the object's (the client, the victim, the leader), and the people who speak are an
 * unnamed group. A singular head, or several names, keep the names as the speakers'.
 */
const rows: Array<{text: string; source: string; type: Attribution['sourceType']}> = [
  {text: 'Lawyers for the contractor, Ana Ruiz, argued that the contract was void.', source: 'Lawyers for the contractor, Ana Ruiz', type: 'unnamed-group'},
  {text: 'Relatives of the victim, Tom Hale, said he had been threatened.', source: 'Relatives of the victim, Tom Hale', type: 'unnamed-group'},
  {text: 'Supporters of the opposition leader, Jan Berg, said they would march on Sunday.', source: 'Supporters of the opposition leader, Jan Berg', type: 'unnamed-group'},
  {text: 'Attorneys for the former mayor, Li Wei, said Tuesday that he would appeal.', source: 'Attorneys for the former mayor, Li Wei', type: 'unnamed-group'},
  {text: 'Friends of the dead woman, Grace Obi, told reporters she had no enemies.', source: 'Friends of the dead woman, Grace Obi', type: 'unnamed-group'},
  {text: 'Advisers to the president, Luis Mora, have said the vote will go ahead.', source: 'Advisers to the president, Luis Mora', type: 'unnamed-group'},
  {text: 'Neighbours of the accused, Paul Dunne, said the family kept to themselves.', source: 'Neighbours of the accused, Paul Dunne', type: 'unnamed-group'},
  {text: 'Aides to the governor, Kathy Hochul, insisted the budget was balanced.', source: 'Aides to the governor, Kathy Hochul', type: 'unnamed-group'},
  {text: 'Colleagues of the murdered journalist, Daphne Vella, said she had received threats.', source: 'Colleagues of the murdered journalist, Daphne Vella', type: 'unnamed-group'},
  {text: 'Lawyers representing the family of the victim, Ahmed Khan, say that the police lied.', source: 'Lawyers representing the family of the victim, Ahmed Khan', type: 'unnamed-group'},
  {text: 'Members of the family of the boy, Sam Oduya, claimed the school ignored warnings.', source: 'Members of the family of the boy, Sam Oduya', type: 'unnamed-group'},
  {text: 'Employees of the businessman, Viktor Petrov, said they had not been paid.', source: 'Employees of the businessman, Viktor Petrov', type: 'unnamed-group'},
  {text: 'Lawyers for the retired colonel, Dmitri de Groot, argued the charges were political.', source: 'Lawyers for the retired colonel, Dmitri de Groot', type: 'unnamed-group'},
  {text: 'Supporters of the jailed activist, Nadia Karim, said she was on hunger strike.', source: 'Supporters of the jailed activist, Nadia Karim', type: 'unnamed-group'},
  {text: 'Relatives of the missing fisherman, John Kamau, said that the search had stopped.', source: 'Relatives of the missing fisherman, John Kamau', type: 'unnamed-group'},
  // Look-alikes: a singular head is the one named; several names are the people the plural counts.
  {text: 'The head of the union, Sgt. Tom Kessler, said the plan was dead.', source: 'The head of the union, Sgt. Tom Kessler', type: 'named-person'},
  {text: 'A lawyer for the contractor, Ana Ruiz, argued that the contract was void.', source: 'A lawyer for the contractor, Ana Ruiz', type: 'named-person'},
  {text: 'The leader of the opposition, Jan Berg, said he would vote against.', source: 'The leader of the opposition, Jan Berg', type: 'named-person'},
  {text: 'A friend of the victim, Grace Obi, said she had no enemies.', source: 'A friend of the victim, Grace Obi', type: 'named-person'},
  {text: 'The spokesman for the police, Chief Inspector Paul Dunne, said no arrests had been made.', source: 'The spokesman for the police, Chief Inspector Paul Dunne', type: 'named-person'},
  {text: 'Lawyers for the family, Ben Crump and Tom Hale, said that the officers lied.', source: 'Lawyers for the family, Ben Crump and Tom Hale', type: 'named-person'}
]

describe('a name in apposition after a plural head and its complement', () => {
  it.each(rows)('$source in "$text" is $type', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
