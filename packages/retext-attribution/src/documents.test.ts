import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {typeOf} from './fixtures/tag.js'

/**
 * A source phrase headed by a text or a record is a document whatever body
 * owns, issued or is named inside it; a person who owns it, or a person's name
 * in its place, is not.
 */
const rows: Array<{text: string; source: string; type: Attribution['sourceType']}> = [
  {text: "The Bank of England's quarterly figures showed lending slowed.", source: "The Bank of England's quarterly figures", type: 'document'},
  {text: "The Real Estate Institute of Ireland's (REII) monthly figures, released on Friday, showed prices fell.", source: "The Real Estate Institute of Ireland's (REII) monthly figures", type: 'document'},
  {text: "The Department of Health's guidance says masks are optional.", source: "The Department of Health's guidance", type: 'document'},
  {text: "The University of Otago's latest survey found that most students work.", source: "The University of Otago's latest survey", type: 'document'},
  {text: 'Polling suggests the party is behind in the north.', source: 'Polling', type: 'document'},
  {text: 'According to the court docket, the hearing was postponed.', source: 'the court docket', type: 'document'},
  {text: "According to a list prepared by the workers' federation, 40 people died.", source: "a list prepared by the workers' federation", type: 'document'},
  {text: 'According to a state database, thousands of wells were abandoned.', source: 'a state database', type: 'document'},
  {text: 'Internal emails suggest the company knew of the fault.', source: 'Internal emails', type: 'document'},
  {text: 'Court filings by Acme Corp say the contract was void.', source: 'Court filings by Acme Corp', type: 'document'},
  {text: 'A survey by the Confederation of British Industry found optimism fell.', source: 'A survey by the Confederation of British Industry', type: 'document'},
  {text: 'Figures from the National Police Chiefs’ Council suggest crime fell.', source: 'Figures from the National Police Chiefs’ Council', type: 'document'},
  {text: "Tesla's quarterly report said deliveries rose.", source: "Tesla's quarterly report", type: 'document'},
  // A charge's text names whom it is against; the text of an agreement is a text.
  {text: 'According to the indictment against Jan Berg, the men met twice.', source: 'the indictment against Jan Berg', type: 'document'},
  {text: 'According to the text of the treaty, boats may fish 20 miles out.', source: 'the text of the treaty', type: 'document'},
  {text: 'Protesters against the plan said they would return.', source: 'Protesters against the plan', type: 'unnamed-group'},
  // A coastguard and a dairy are bodies.
  {text: "Ghana's coastguard said in a statement that the boats were seized.", source: "Ghana's coastguard", type: 'named-organization'},
  {text: 'Norrmejeri, a cooperative dairy with 400 farms, said the tax would cost it millions.', source: 'Norrmejeri, a cooperative dairy with 400 farms', type: 'named-organization'},
  // A title whose last word names a kind of document, and a body whose name ends in "Survey".
  {text: 'According to the Coastal Flood Risk Map, 900 homes lie below the line.', source: 'the Coastal Flood Risk Map', type: 'document'},
  {text: 'The Global Hunger Index says famine risk rose.', source: 'The Global Hunger Index', type: 'document'},
  {text: 'The US Geological Survey said the quake struck at dawn.', source: 'The US Geological Survey', type: 'named-organization'},
  {text: 'The Cook Political Report said the race was now a toss-up.', source: 'The Cook Political Report', type: 'named-organization'},
  {text: 'The Syrian Observatory for Human Rights, a Britain-based war monitor, said 12 people were killed. The monitor said the strikes hit a market.', source: 'The monitor', type: 'named-organization'},
  {text: 'A coastguard who took part in the rescue said the waves were ten metres high.', source: 'A coastguard who took part in the rescue', type: 'unnamed-person'},
  {text: 'Mayor Ana Index said the quake struck at dawn.', source: 'Mayor Ana Index', type: 'named-person'},
  // A text sent to people stays a text: its addressees are no source.
  {text: 'Rates will fall, according to a note to clients from the broker.', source: 'a note to clients from the broker', type: 'document'},
  {text: 'A letter to shareholders warned that profits would fall.', source: 'A letter to shareholders', type: 'document'},
  {text: 'An adviser to the governor said the bill was dead.', source: 'An adviser to the governor', type: 'unnamed-person'},
  // Look-alikes: a person the body's name owns, and the body itself, stay as they were.
  {text: "The Washington Post's Tom Hale reported that the deal collapsed.", source: "The Washington Post's Tom Hale", type: 'named-person'},
  {text: 'The Bank of England said lending slowed.', source: 'The Bank of England', type: 'named-organization'}
]

describe('documents by their head noun', () => {
  it.each(rows)('$source in "$text" is $type', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
