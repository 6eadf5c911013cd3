import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {attributionsOf, typeOf} from './fixtures/tag.js'

/**
 * A document opening the sentence, followed by participle phrases (who made,
 * published, filed or saw it, where and when), appositions on their agents
 * and "and"-joined participles before its verb: the whole phrase is the
 * source, and the document heads it, not the agent after "by".
 */
const rows: Array<{text: string; source: string; type: Attribution['sourceType']}> = [
  {text: 'Modelling commissioned by the climate institute, an independent thinktank, and seen by the Herald, estimates that the target would add 0.2% to output.', source: 'Modelling commissioned by the climate institute, an independent thinktank, and seen by the Herald', type: 'document'},
  {text: 'Modelling commissioned by the institute estimates that prices would rise.', source: 'Modelling commissioned by the institute', type: 'document'},
  {text: 'Modeling conducted for the state treasury estimates a deficit of $2 billion.', source: 'Modeling conducted for the state treasury', type: 'document'},
  {text: 'The modelling found that a weaker target would raise prices.', source: 'The modelling', type: 'document'},
  {text: 'A survey by a polling institute published on Sunday found that 68% of respondents were against the plan.', source: 'A survey by a polling institute published on Sunday', type: 'document'},
  {text: 'A poll published last week by the pollster Civica found that 47% supported the strike.', source: 'A poll published last week by the pollster Civica', type: 'document'},
  {text: 'A lawsuit filed last month in Superior Court by a group of borrowers claims that brokers inflated incomes.', source: 'A lawsuit filed last month in Superior Court by a group of borrowers', type: 'document'},
  {text: 'A report commissioned by the Department of Transport and published on Thursday warns that the line is unsafe.', source: 'A report commissioned by the Department of Transport and published on Thursday', type: 'document'},
  {text: 'An internal memo obtained by the Associated Press shows officials knew of the leak.', source: 'An internal memo obtained by the Associated Press', type: 'document'},
  {text: 'Documents seen by Reuters show the company paid the fee.', source: 'Documents seen by Reuters', type: 'document'},
  {text: 'A study conducted by researchers at the University of Leeds suggests that the drug is safe.', source: 'A study conducted by researchers at the University of Leeds', type: 'document'},
  {text: 'An audit carried out by the regional watchdog in March found that 12 hospitals missed targets.', source: 'An audit carried out by the regional watchdog in March', type: 'document'},
  {text: 'A complaint lodged with the regulator by former employees alleges that managers hid losses.', source: 'A complaint lodged with the regulator by former employees', type: 'document'},
  // A participle in commas right after the document is stepped over, as before: the document alone.
  {text: 'The indictment, unsealed on Tuesday in federal court in Brooklyn, says the men laundered millions.', source: 'The indictment', type: 'document'},
  {text: 'A letter signed by 40 MPs, including three former ministers, urges the government to act.', source: 'A letter signed by 40 MPs, including three former ministers', type: 'document'},
  {text: 'A review ordered by the health secretary last year concluded that the unit should close.', source: 'A review ordered by the health secretary last year', type: 'document'},
  {text: 'Figures released by the statistics office on Wednesday show that inflation fell.', source: 'Figures released by the statistics office on Wednesday', type: 'document'},
  {text: 'A petition organised by residents of the estate and delivered to the council says a new school is needed.', source: 'A petition organised by residents of the estate and delivered to the council', type: 'document'},
  {text: 'Research published in the Lancet by a team in Cape Town suggests the vaccine works.', source: 'Research published in the Lancet by a team in Cape Town', type: 'document'}
]

/** Look-alikes: a person or body says it, or the document is an object or a subject of a non-reporting clause. */
const unchanged: Array<{text: string; source: string; type: Attribution['sourceType']}> = [
  {text: 'The Bank of England said lending slowed.', source: 'The Bank of England', type: 'named-organization'},
  {text: 'A spokesman for the institute, which commissioned the report, said the figures were sound.', source: 'A spokesman for the institute', type: 'unnamed-person'},
  {text: 'A survey by the Confederation of British Industry found optimism fell.', source: 'A survey by the Confederation of British Industry', type: 'document'}
]

/** The document opens no subject here: a clause with its own verb stands between it and the cue. */
const noDocument = [
  'The report by the committee criticised ministers, who said they would respond.',
  'A report published on Monday was dismissed by the minister, who said it was flawed.',
  'The survey was conducted by the institute, its director said.'
]

describe('documents with participle phrases as subjects', () => {
  it.each([...rows, ...unchanged])('$source in "$text" is $type', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
  it.each(noDocument)('no document source in "%s"', (text) => {
    expect(attributionsOf(text).filter((attribution) => attribution.sourceType === 'document')).toEqual([])
  })
})
