import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {typeOf} from './fixtures/tag.js'

interface Row {
  text: string
  source: string
  type: Attribution['sourceType']
}

/**
 * Chinese and Korean names with a hyphenated given name ("Chan Wing-kit", "Moon Jae-in"), some after a
 * Western given name: the family name is the word before the given name, or the first, and a later bare
 * family name is the person's. Look-alikes: Western double names, and bodies never introduced as a person.
 */
const rows: Row[] = [
  {text: '"Buyers are waiting," said Louis Chan Wing-kit, chief executive of a property firm. Chan estimated that prices would fall.', source: 'Chan', type: 'named-person'},
  {text: 'Secretary for Housing Agnes Lo Mei-ling told lawmakers the market was cooling. "The market is adjusting," Lo said.', source: 'Lo', type: 'named-person'},
  {text: 'Moon Jae-in said talks would resume. Moon told reporters the North had agreed.', source: 'Moon', type: 'named-person'},
  {text: 'The president, Yoon Suk-yeol, said he would veto the bill. Yoon said the opposition had overreached.', source: 'Yoon', type: 'named-person'},
  {text: 'Tsai Ing-wen visited the base on Friday. Tsai said the island would defend itself.', source: 'Tsai', type: 'named-person'},
  {text: 'The chief executive, Carrie Lam Cheng Yuet-ngor, met legislators. Lam said the bill was dead.', source: 'Lam', type: 'named-person'},
  {text: 'Economist Raymond Ng Kwok-wai wrote the report. Ng warned that rents would rise.', source: 'Ng', type: 'named-person'},
  {text: 'Opposition leader Lee Jae-myung spoke at a rally in Seoul. Lee argued the budget favoured the rich.', source: 'Lee', type: 'named-person'},
  {text: 'Ho Iat-seng, the city\'s leader, opened the session. Ho said casinos would pay more tax.', source: 'Ho', type: 'named-person'},
  {text: 'Taipei mayor Ko Wen-je said the plan was too costly. Ko added that it could be revised.', source: 'Ko', type: 'named-person'},
  {text: 'Professor Wu Hsiu-chen studies water policy. Wu said the reservoirs were at a record low.', source: 'Wu', type: 'named-person'},
  {text: 'Pharmacist Yu Ka-ming, 52, has run the shop since 1998. Yu complained that rents had doubled.', source: 'Yu', type: 'named-person'},
  {text: 'Police chief Kim Jong-ho told reporters the suspect had fled. Kim said officers were searching the port.', source: 'Kim', type: 'named-person'},
  {text: 'Joseph Li Kwok-leung, a lawyer, filed the appeal. Li said the ruling ignored the evidence.', source: 'Li', type: 'named-person'},
  {text: 'Legislator Michael Tien Puk-sun said fares should fall. Tien argued the operator made too much.', source: 'Tien', type: 'named-person'},
  {text: 'Former minister Chung Dong-young said the talks were a mistake. Chung added that he would run again.', source: 'Chung', type: 'named-person'},
  // Look-alikes: a Western double surname, or a bare body's name.
  {text: 'Anna Smith-Jones, a teacher, joined the strike. Smith-Jones said pay had fallen.', source: 'Smith-Jones', type: 'named-person'},
  {text: 'Lo-Fi Records said the album would be released in May.', source: 'Lo-Fi Records', type: 'named-organization'},
  {text: 'Samsung said profits had fallen by a third.', source: 'Samsung', type: 'named-organization'},
  {text: 'Hyundai told suppliers that output would be cut.', source: 'Hyundai', type: 'named-organization'}
]

describe('family names before a hyphenated given name', () => {
  it.each(rows)('$source in "$text"', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
