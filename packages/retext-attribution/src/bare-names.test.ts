import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {typeOf} from './fixtures/tag.js'

interface Row {
  text: string
  source: string
  type: Attribution['sourceType']
}

/**
 * Short multi-sentence news snippets where the source is one capitalised
 * word. The README's "Bare single names" section reports how the two
 * candidate rules score on this table.
 */
const rows: Row[] = [
  // Bodies named by one word, never introduced as a person.
  {text: 'Boeing said it would cut production of the 737 jet. Shares fell 3 percent.', source: 'Boeing', type: 'named-organization'},
  {text: 'Reuters reported that the deal was worth $2 billion.', source: 'Reuters', type: 'named-organization'},
  {text: 'Fifa said the tournament would go ahead as planned.', source: 'Fifa', type: 'named-organization'},
  {text: 'Amazon declined to comment on the report.', source: 'Amazon', type: 'named-organization'},
  {text: 'The workers walked out on Monday. Volkswagen said talks would resume next week.', source: 'Volkswagen', type: 'named-organization'},
  {text: 'The fine is the largest of its kind. Google said it would appeal.', source: 'Google', type: 'named-organization'},
  {text: 'Interpol said the suspect had been arrested in Madrid.', source: 'Interpol', type: 'named-organization'},
  {text: 'Bloomberg reported on Tuesday that the bank was considering job cuts.', source: 'Bloomberg', type: 'named-organization'},
  {text: 'Greenpeace said the spill had reached the coast.', source: 'Greenpeace', type: 'named-organization'},
  {text: 'Ryanair said it expected fares to rise over the summer.', source: 'Ryanair', type: 'named-organization'},
  {text: 'The match was abandoned after crowd trouble. Uefa said it had opened disciplinary proceedings.', source: 'Uefa', type: 'named-organization'},
  {text: 'Ofcom said it had received more than 2,000 complaints about the broadcast.', source: 'Ofcom', type: 'named-organization'},
  {text: 'Toyota told suppliers that output would be cut in March.', source: 'Toyota', type: 'named-organization'},
  {text: 'Eurostat said inflation in the euro zone eased to 2.4 percent in November.', source: 'Eurostat', type: 'named-organization'},
  {text: 'Sky reported that the club had agreed a fee for the striker.', source: 'Sky', type: 'named-organization'},
  {text: 'Moody\'s downgraded the bonds last month. Fitch said the outlook remained negative.', source: 'Fitch', type: 'named-organization'},
  {text: 'Airbus said deliveries would fall short of its target this year.', source: 'Airbus', type: 'named-organization'},
  // People introduced in full before the surname is used alone.
  {text: 'Grace Okafor, a nurse in Lagos, has worked at the clinic for 12 years. Okafor said the wards were full every night.', source: 'Okafor', type: 'named-person'},
  {text: 'The club appointed Marco Rossi as coach in June. Rossi said the squad needed time.', source: 'Rossi', type: 'named-person'},
  {text: 'Priya Sharma founded the company in 2015. On Monday Sharma said it would list its shares in Mumbai.', source: 'Sharma', type: 'named-person'},
  {text: 'Finance Minister Tomas Novak presented the budget on Tuesday. Novak told lawmakers the deficit would shrink.', source: 'Novak', type: 'named-person'},
  {text: 'The report was written by economist Helen Clarke. Clarke said wages had not kept up with rents.', source: 'Clarke', type: 'named-person'},
  {text: 'Jon Eriksen, 52, lost his boat in the storm. Eriksen said he had never seen waves like it.', source: 'Eriksen', type: 'named-person'},
  {text: 'Kwame Mensah has run the market stall since 1998. Business is slow, Mensah said.', source: 'Mensah', type: 'named-person'},
  // Surnames with an honorific or title.
  {text: 'Mr Patel said the council had ignored the residents.', source: 'Mr Patel', type: 'named-person'},
  {text: 'Dr Nakamura said the vaccine was safe for children.', source: 'Dr Nakamura', type: 'named-person'},
  {text: 'Ms Dlamini told the inquiry that she had raised concerns in 2019.', source: 'Ms Dlamini', type: 'named-person'},
  {text: 'Senator Whitfield said the bill would pass.', source: 'Senator Whitfield', type: 'named-person'},
  // Surnames a personal pronoun refers back to.
  {text: 'Okonkwo said he would stand for re-election next year.', source: 'Okonkwo', type: 'named-person'},
  {text: 'Lindqvist said she had resigned because of the pressure.', source: 'Lindqvist', type: 'named-person'},
  {text: 'Moreau said the decision was final. He did not take questions.', source: 'Moreau', type: 'named-person'},
  {text: 'Castillo told reporters that her campaign had raised $3 million.', source: 'Castillo', type: 'named-person'}
]


/**
 * Bodies whose names run to several capitalised words, and lone names the
 * article mentions beside a pronoun that is not theirs.
 */
const bodyRows: Row[] = [
  {text: 'The Lagos Chronicle reported that the bridge would close.', source: 'The Lagos Chronicle', type: 'named-organization'},
  {text: 'At least 40 people died, according to the United Nations.', source: 'the United Nations', type: 'named-organization'},
  {text: '"Markets will recover," said Meridian Securities.', source: 'Meridian Securities', type: 'named-organization'},
  {text: 'The fare rise was approved, according to the Harbour City Star.', source: 'the Harbour City Star', type: 'named-organization'},
  {text: 'The river rose overnight, according to the Valley Falls Leader.', source: 'the Valley Falls Leader', type: 'named-organization'},
  {text: 'The Somali Shabaab claimed the attack.', source: 'The Somali Shabaab', type: 'named-organization'},
  {text: 'Ruiz told Delta News defence correspondent Ana Ortiz that the base would stay. Delta News said the base was safe.', source: 'Delta News', type: 'named-organization'},
  {text: 'He sold the lease to Acme, keeping his stake. Acme said it would appeal.', source: 'Acme', type: 'named-organization'},
  {text: 'Brandt planned to charge Acme $6 million for his trademark. Acme said it would appeal.', source: 'Acme', type: 'named-organization'},
  {text: '“We will win,” Okafor said, adding that he was confident.', source: 'Okafor', type: 'named-person'},
  // A post held in a body, then the name: the surname alone is the person.
  {text: 'State Senate Speaker Ruth Adeyemi opened the session. Adeyemi said the budget would pass.', source: 'Adeyemi', type: 'named-person'},
  // Plural common nouns and "another" opening a sentence are no names.
  {text: 'Traders cited the uncertainty over the talks.', source: 'Traders', type: 'unnamed-group'},
  {text: 'One user mocked the slogan. Another wondered why it was chosen.', source: 'Another', type: 'unnamed-person'},
  // A title alone, or leading a name, still makes a person.
  {text: 'The President said the talks had failed.', source: 'The President', type: 'named-person'},
  {text: 'Party Leader Ahmad Bello said the vote was fair.', source: 'Party Leader Ahmad Bello', type: 'named-person'}
]

/**
 * Bodies whose names are two to five capitalised words with no person's
 * noun: their trade, their legal form, a country's code for their national
 * arm, a name "of" splits, a noun for the people a body serves before its
 * head. Invented, in several outlets' styles.
 */
const companyRows: Row[] = [
  {text: 'Pacific Copper said in a statement that the mine would reopen in March.', source: 'Pacific Copper', type: 'named-organization'},
  {text: 'Output will rise next year, Red Hill Resources said.', source: 'Red Hill Resources', type: 'named-organization'},
  {text: 'Blue Lake Gold Mines said production had been halted after the flood.', source: 'Blue Lake Gold Mines', type: 'named-organization'},
  {text: 'Southern Cross Minerals told investors the deal was off.', source: 'Southern Cross Minerals', type: 'named-organization'},
  {text: 'Harbour Metals said on Tuesday it had cut 200 jobs.', source: 'Harbour Metals', type: 'named-organization'},
  {text: 'Nordlicht AG said orders had fallen for a third quarter.', source: 'Nordlicht AG', type: 'named-organization'},
  {text: 'Rio Verde SA said the dam was safe.', source: 'Rio Verde SA', type: 'named-organization'},
  {text: 'The tailings were stable, Minera Sol S.A. said.', source: 'Minera Sol S.A.', type: 'named-organization'},
  {text: 'Van Dijk Logistiek NV said it would appeal the fine.', source: 'Van Dijk Logistiek NV', type: 'named-organization'},
  {text: 'Kessler Bau GmbH said the site had passed inspection.', source: 'Kessler Bau GmbH', type: 'named-organization'},
  {text: 'PT Sinar Jaya said the fires were not on its land.', source: 'PT Sinar Jaya', type: 'named-organization'},
  {text: 'Sinar Jaya Tbk said revenue rose 8 percent.', source: 'Sinar Jaya Tbk', type: 'named-organization'},
  {text: 'Golden Palm Bhd said the plantation was certified.', source: 'Golden Palm Bhd', type: 'named-organization'},
  {text: 'Coral Coast Pty said the resort would close for repairs.', source: 'Coral Coast Pty', type: 'named-organization'},
  {text: 'Westbrook Brewing Limited said sales had doubled.', source: 'Westbrook Brewing Limited', type: 'named-organization'},
  {text: 'Harbour Bay Holdings plc said profits rose.', source: 'Harbour Bay Holdings plc', type: 'named-organization'},
  {text: 'Profits fell, Acme Foods plc said on Friday.', source: 'Acme Foods plc', type: 'named-organization'},
  {text: 'Summit Ventures said it had raised $40 million.', source: 'Summit Ventures', type: 'named-organization'},
  {text: 'Crown Properties said rents would rise.', source: 'Crown Properties', type: 'named-organization'},
  {text: 'Atlas Shipping said the vessel had been diverted.', source: 'Atlas Shipping', type: 'named-organization'},
  {text: 'Age UK Leeds said demand for its services had risen.', source: 'Age UK Leeds', type: 'named-organization'},
  {text: 'Acme USA Retail said stores would stay open.', source: 'Acme USA Retail', type: 'named-organization'},
  {text: 'The Association of Professional Flight Crews said pilots were exhausted.', source: 'The Association of Professional Flight Crews', type: 'named-organization'},
  {text: 'The Alliance of Small Island States said the agreement fell short.', source: 'The Alliance of Small Island States', type: 'named-organization'},
  {text: 'The Institute of Chartered Surveyors warned that prices would fall.', source: 'The Institute of Chartered Surveyors', type: 'named-organization'},
  {text: 'The UN refugee agency, UNHCR, called on governments to act.', source: 'The UN refugee agency, UNHCR', type: 'named-organization'},
  {text: 'UNHCR, the UN refugee agency, said it was alarmed.', source: 'UNHCR, the UN refugee agency', type: 'named-organization'},
  {text: "The farmers' union, NFU, said prices were too low.", source: "The farmers' union, NFU", type: 'named-organization'},
]

/**
 * A body's full name, then its first words alone: the short name is the body's, as a bare name is,
 * though two words long or holding a title's word. A name before a job and a person's name is where
 * that person works, and "he" after them is the person, not the body. Look-alikes: a person whose
 * name a body bears, whom a pronoun or "who" refers back to or whose name an institution bears, and a
 * name before a verb that is also a job's plural ("coaches").
 */
const shortNameRows: Row[] = [
  {text: 'Prosecutors raided the offices of Hanbit Marine Co. on Monday. Hanbit Marine said in a statement that it was cooperating.', source: 'Hanbit Marine', type: 'named-organization'},
  {text: 'Screens at Cedar Hollow Health Systems went dark on Friday. Cedar Hollow said that no patient data had been taken.', source: 'Cedar Hollow', type: 'named-organization'},
  {text: 'Screens at Cedar Hollow Medical Center went dark on Friday. Cedar Hollow said that no patient data had been taken.', source: 'Cedar Hollow', type: 'named-organization'},
  {text: 'The home is run by Birchfield Senior Living Inc., a chain. In a statement, Birchfield Senior Living said safety was its priority.', source: 'Birchfield Senior Living', type: 'named-organization'},
  {text: 'Norvell said it would cap costs at $35. Norvell spokesperson Greg Tamura wrote in an email that prices had fallen. He declined to say more.', source: 'Norvell', type: 'named-organization'},
  {text: 'Ana Ruiz set up the Ana Ruiz Foundation in 2010. Ana Ruiz said she would step down as its chair.', source: 'Ana Ruiz', type: 'named-person'},
  {text: 'Karl Brenner set up the Karl Brenner Foundation in 2010. Karl Brenner said the gift would go to schools.', source: 'Karl Brenner', type: 'named-person'},
  {text: 'Harlan Pike Co. shares fell 4 percent. Harlan Pike, who founded the company in 1982, said the slump would pass.', source: 'Harlan Pike', type: 'named-person'},
  {text: 'Anton Vale coaches Riverside United. He said the team was ready. "We will win," Vale said.', source: 'Vale', type: 'named-person'}
]

/** Look-alikes that stay persons: full names, titled names, names after a lowercase noun, letters after a name, a person noun as head. */
const companyLookalikeRows: Row[] = [
  {text: 'Mary Gold said she had not been consulted.', source: 'Mary Gold', type: 'named-person'},
  {text: 'Tom Silver said the plan was flawed.', source: 'Tom Silver', type: 'named-person'},
  {text: 'Secretary of State Ana Ruiz said the talks would go on.', source: 'Secretary of State Ana Ruiz', type: 'named-person'},
  {text: 'University of Leeds Professor Tom Hale said the data were clear.', source: 'University of Leeds Professor Tom Hale', type: 'named-person'},
  {text: 'Browns QB Tom Hale said he was ready.', source: 'Browns QB Tom Hale', type: 'named-person'},
  {text: 'Acme CEO Ana Ruiz said profits would rise.', source: 'Acme CEO Ana Ruiz', type: 'named-person'},
  {text: 'A refugee told reporters he had walked for days.', source: 'A refugee', type: 'unnamed-person'},
  {text: 'The refugee agency spokesman said the camp was full.', source: 'The refugee agency spokesman', type: 'unnamed-person'},
  {text: 'The plc said it would appeal.', source: 'The plc', type: 'unnamed-person'},
  {text: 'A friend of Mary Jones said she was shocked.', source: 'A friend of Mary Jones', type: 'unnamed-person'},
]

/**
 * A noun for a person's post as the head, the body only in an of-phrase or a
 * prefix for a past holder: a person, though a headline capitalises the noun
 * or a paper's name opens with a weekday. Look-alikes: a body's name with a
 * hyphen, a paper's name alone, a weekday as a time adjunct.
 */
const postRows: Row[] = [
  {text: 'Ex-editor tells MPs of cover-up', source: 'Ex-editor', type: 'unnamed-person'},
  {text: 'Ex-chairman admits bank misled investors', source: 'Ex-chairman', type: 'unnamed-person'},
  {text: 'Ex-minister says he was misled over the deal', source: 'Ex-minister', type: 'unnamed-person'},
  {text: 'Ex-soldiers say they were never paid.', source: 'Ex-soldiers', type: 'unnamed-group'},
  {text: 'The ex-editor told MPs that phones were hacked.', source: 'The ex-editor', type: 'unnamed-person'},
  {text: 'Then-chairman tells inquiry he was not warned', source: 'Then-chairman', type: 'unnamed-person'},
  {text: 'A former editor of the Sunday Courier has told MPs that phones were hacked.', source: 'A former editor of the Sunday Courier', type: 'unnamed-person'},
  {text: 'Phones were hacked, a former reporter for the Sunday Herald told the inquiry.', source: 'a former reporter for the Sunday Herald', type: 'unnamed-person'},
  {text: 'The former chairman of Acme Holdings said the board had been misled.', source: 'The former chairman of Acme Holdings', type: 'unnamed-person'},
  {text: 'A lawyer for the Evening Standard said the claim was false.', source: 'A lawyer for the Evening Standard', type: 'unnamed-person'},
  {text: 'The Sunday Times reported that the deal was off.', source: 'The Sunday Times', type: 'named-organization'},
  {text: 'Ex-Im Bank said the loan had been approved.', source: 'Ex-Im Bank', type: 'named-organization'},
  {text: 'Officials on Sunday said the deal was off.', source: 'Officials', type: 'unnamed-group'},
  {text: 'Ana Ruiz on Monday said the deal was off.', source: 'Ana Ruiz', type: 'named-person'},
]

describe('names as sources', () => {
  it.each([...rows, ...bodyRows, ...companyRows, ...shortNameRows, ...companyLookalikeRows, ...postRows])('types `$source` as $type in "$text"', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
