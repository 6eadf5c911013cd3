import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {typeOf} from './fixtures/tag.js'

interface Row {
  text: string
  source: string
  type: Attribution['sourceType']
}

/**
 * A title joined to its portfolio by "for" or "of" before the holder's name, as Irish, British, Indian
 * and African outlets write it ("Minister for Health Ciarán Madden"), or a spokesman's by "on" ("spokesman
 * on health Jane Doe"): the holder is a named person, also
 * when a name opens with an accented capital. Look-alikes: the post alone, with no name after it.
 */
const rows: Row[] = [
  {text: 'Minister for Health Ciarán Madden acknowledged the situation was difficult.', source: 'Minister for Health Ciarán Madden', type: 'named-person'},
  {text: 'Minister for Health Ciaran Madden acknowledged the situation was difficult.', source: 'Minister for Health Ciaran Madden', type: 'named-person'},
  {text: 'Minister of State for Housing Jo Hale said the plan would be published in the autumn.', source: 'Minister of State for Housing Jo Hale', type: 'named-person'},
  {text: 'Secretary of State for Defence John Roe said troops would stay until spring.', source: 'Secretary of State for Defence John Roe', type: 'named-person'},
  {text: 'Cabinet Secretary for Interior Kipchumba Murkomen said the curfew would be lifted.', source: 'Cabinet Secretary for Interior Kipchumba Murkomen', type: 'named-person'},
  {text: 'Minister for Finance Máire Ó Briain said the budget would balance next year.', source: 'Minister for Finance Máire Ó Briain', type: 'named-person'},
  {text: 'Minister for Education Seán Kelleher told the Dáil that schools would reopen.', source: 'Minister for Education Seán Kelleher', type: 'named-person'},
  {text: 'Minister of Finance Nirmala Rao told parliament the deficit would narrow.', source: 'Minister of Finance Nirmala Rao', type: 'named-person'},
  {text: 'Minister for Foreign Affairs Tom Hale warned that the talks could collapse.', source: 'Minister for Foreign Affairs Tom Hale', type: 'named-person'},
  {text: 'Minister of Agriculture Kofi Mensah announced that farmers would be paid in May.', source: 'Minister of Agriculture Kofi Mensah', type: 'named-person'},
  {text: 'Minister for Justice Aoife Byrne has said the law will be changed.', source: 'Minister for Justice Aoife Byrne', type: 'named-person'},
  {text: 'Commissioner for Human Rights Ana Ruiz urged the government to act.', source: 'Commissioner for Human Rights Ana Ruiz', type: 'named-person'},
  {text: '"The beds are not there," Minister for Health Ciarán Madden said.', source: 'Minister for Health Ciarán Madden', type: 'named-person'},
  // A portfolio in lower case after "of", and a rank before a post a body's name holds.
  {text: '"He needs rest," said president of baseball operations Lena Ortiz.', source: 'president of baseball operations Lena Ortiz', type: 'named-person'},
  {text: 'Central Bank of Kenya deputy governor Dr Amina Odhiambo insisted the shilling was stable.', source: 'Central Bank of Kenya deputy governor Dr Amina Odhiambo', type: 'named-person'},
  {text: 'University of Leeds senior lecturer Jan Berg said the data was thin.', source: 'University of Leeds senior lecturer Jan Berg', type: 'named-person'},
  {text: 'Minister of State for Trade Promotion Niamh Walsh insisted the deal was fair.', source: 'Minister of State for Trade Promotion Niamh Walsh', type: 'named-person'},
  {text: 'Óscar Ruiz, a farmer near Seville, said the rains came late.', source: 'Óscar Ruiz, a farmer near Seville', type: 'named-person'},
  {text: '"We are ready," Ángel Ortega said.', source: 'Ángel Ortega', type: 'named-person'},
  {text: 'Opposition spokesman on national security Tom Hale argued that the curfew had failed.', source: 'Opposition spokesman on national security Tom Hale', type: 'named-person'},
  {text: "Labour's spokesperson on health Jane Doe said waiting lists were growing.", source: "Labour's spokesperson on health Jane Doe", type: 'named-person'},
  // A name set off between two commas, with a description after it.
  {text: 'Another resident, Ana Ruiz, a 52-year-old hairdresser, said the soldiers had been polite.', source: 'Another resident, Ana Ruiz, a 52-year-old hairdresser', type: 'named-person'},
  {text: 'Her neighbour, Tom Hale, 69, a retired bus driver, said the bills had doubled.', source: 'Her neighbour, Tom Hale, 69, a retired bus driver', type: 'named-person'},
  // Look-alikes: the post alone picks out one person, as annotators type it, and its source stays whole.
  {text: 'The Minister for Foreign Affairs said the embassy would stay open.', source: 'The Minister for Foreign Affairs', type: 'named-person'},
  {text: 'The Minister for Health said the figures were encouraging.', source: 'The Minister for Health', type: 'named-person'},
  {text: 'The Secretary of State for Northern Ireland said talks would resume.', source: 'The Secretary of State for Northern Ireland', type: 'named-person'},
  {text: 'The Minister of State for Housing said the plan would be published.', source: 'The Minister of State for Housing', type: 'named-person'},
  {text: 'The Minister for Children Equality Disability said funding would rise.', source: 'The Minister for Children Equality Disability', type: 'named-person'},
  // A spokesperson for a body or a person is no post in a name: the words after "for" are the one spoken for.
  {text: 'A spokesman for Al Nakheel Crest Contracting acknowledged the delays.', source: 'A spokesman for Al Nakheel Crest Contracting', type: 'unnamed-person'},
  {text: 'A spokeswoman for Mayor Linda Carrow said the mayor supported the decision.', source: 'A spokeswoman for Mayor Linda Carrow', type: 'unnamed-person'},
  {text: 'A spokesperson for Harbour View Homes said the tenants had been rehoused.', source: 'A spokesperson for Harbour View Homes', type: 'unnamed-person'}
]

describe('holders of a portfolio joined by "for", "of" or "on", and names in apposition', () => {
  it.each(rows)('$source in "$text"', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
