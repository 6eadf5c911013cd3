import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {attributionsOf} from './fixtures/tag.js'

/**
 * NAME, ROLE of BODY, which/who ..., VERB: a relative aside after a role
 * describes the body ("which handles ...") or the speaker ("who took
 * office ..."); either way the speaker is the name opening the sentence, not
 * the role read back from the aside. A body's aside stays in the source, as
 * an appositive one does (", a company that runs three mines,"); a person's
 * is left out, as after a bare name, whatever description comes before it
 * (", a retired teacher, who ...").
 */
const rows: Array<{text: string; source: string}> = [
  {text: 'Sompong Lertrat, managing director of Golden Lotus Tours, which handles mainly tour groups, said bookings were down.', source: 'Sompong Lertrat, managing director of Golden Lotus Tours, which handles mainly tour groups'},
  {text: 'Ana Ruiz, chief executive of Lotus Holdings, which owns three hotels, said profits fell.', source: 'Ana Ruiz, chief executive of Lotus Holdings, which owns three hotels'},
  {text: 'Tom Hale, head of the Farmers Union, which represents 40,000 growers, warned that prices would rise.', source: 'Tom Hale, head of the Farmers Union, which represents 40,000 growers'},
  {text: 'Karin Berg, spokeswoman for Nordic Rail, which runs the line, told reporters the trains would resume.', source: 'Karin Berg, spokeswoman for Nordic Rail, which runs the line'},
  {text: 'Liu Wei, director at Harbour Capital, which manages $2bn, says the market is overheated.', source: 'Liu Wei, director at Harbour Capital, which manages $2bn'},
  {text: 'Pedro Alves, president of the Lisbon Hoteliers Association, which has 300 members, said occupancy was low.', source: 'Pedro Alves, president of the Lisbon Hoteliers Association, which has 300 members'},
  {text: 'Sarah Kent, founder of Kent Analytics, which advises retailers, said demand had slowed.', source: 'Sarah Kent, founder of Kent Analytics, which advises retailers'},
  {text: 'Ana Ruiz, a nurse at the hospital, which has 300 beds, said staff were tired.', source: 'Ana Ruiz, a nurse at the hospital, which has 300 beds'},
  {text: 'Jean Dupont, mayor of Lyon, who took office in 2020, said the plan was costly.', source: 'Jean Dupont, mayor of Lyon'},
  {text: 'Joan Tan, MP for Eastfield North, who filed the question, said the numbers showed the grants were working.', source: 'Joan Tan, MP for Eastfield North'},
  {text: 'Rafael Ortiz, a retired teacher, who has lived on the street since 1980, said the water rose overnight.', source: 'Rafael Ortiz, a retired teacher'},
  {text: 'Maria Lopez, chief executive of Andes Mining, a company that operates three mines, said output fell.', source: 'Maria Lopez, chief executive of Andes Mining, a company that operates three mines'},
  {text: 'Tom Hale, owner of Hale Farms, based in Devon, said yields were poor.', source: 'Tom Hale, owner of Hale Farms, based in Devon'},
  {text: 'Frank Moss, president of Local 71 of the United Rail Crafts Union, which represents conductors, warned that crews were tired.', source: 'Frank Moss, president of Local 71 of the United Rail Crafts Union, which represents conductors'},
  {text: 'Lena Ak, the owner of Asi Build, a firm building 600 homes in the district, said steel prices had doubled.', source: 'Lena Ak, the owner of Asi Build, a firm building 600 homes in the district'},
  {text: 'Derek Hall, 47, from Peterhead, who has worked at the yard for 11 years, said he expected to be laid off.', source: 'Derek Hall, 47, from Peterhead'},
  {text: 'Derek Hall, from Peterhead, who has worked at the yard for 11 years, said he expected to be laid off.', source: 'Derek Hall, from Peterhead'}
]

/** Look-alikes: the relative follows the name or a body itself, or the sentence opens with an adverbial. */
const unchanged: Array<{text: string; source: string; type: Attribution['sourceType']}> = [
  {text: 'Sir John Major, who replaced her as leader in 1990, said the deal was wrong.', source: 'Sir John Major', type: 'named-person'},
  {text: 'Officials at Lotus Tours, which handles tour groups, said bookings were down.', source: 'Officials at Lotus Tours', type: 'unnamed-group'},
  {text: 'A retired teacher, who has lived on the street since 1980, said the water rose overnight.', source: 'A retired teacher', type: 'unnamed-person'},
  {text: 'Speaking in Bonn on Friday, a spokeswoman for the agency, which would ration gas, said supplies were secure.', source: 'a spokeswoman for the agency', type: 'unnamed-person'}
]

describe('a name before a description with a relative aside', () => {
  it.each(rows)('$source is the named person in "$text"', ({text, source}) => {
    const found = attributionsOf(text).find((attribution) => attribution.source?.text === source)
    expect(found?.sourceType).toBe('named-person')
  })
  it.each(unchanged)('$source in "$text" is $type', ({text, source, type}) => {
    expect(attributionsOf(text).find((attribution) => attribution.source?.text === source)?.sourceType).toBe(type)
  })
})
