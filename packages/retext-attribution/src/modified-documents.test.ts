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
  {text: 'An internal briefing note seen by the Gazette, dated 27 May, shows that outages rose.', source: 'An internal briefing note seen by the Gazette, dated 27 May', type: 'document'},
  {text: 'A polling memo circulated by the campaign said turnout would be low.', source: 'A polling memo circulated by the campaign', type: 'document'},
  {text: 'An internal briefing note shows that outages rose.', source: 'An internal briefing note', type: 'document'},
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

/**
 * The agent counted by a number word or "several" ("lodged by two former
 * employees alleges"): the verb agrees with the document, not the agent, so
 * its form in -s is still a verb. And a long agent's name, with "and" in it,
 * before a time adjunct ("released by the Office for National Statistics on
 * Wednesday show"), still makes the document's verb report.
 */
const countedAndNamedAgents: Array<{text: string; source: string}> = [
  {text: 'A complaint lodged by two former employees alleges that managers hid losses.', source: 'A complaint lodged by two former employees'},
  {text: 'A complaint lodged by three nurses with the tribunal alleges they were underpaid.', source: 'A complaint lodged by three nurses with the tribunal'},
  {text: 'A letter signed by several senior judges warns that the courts are underfunded.', source: 'A letter signed by several senior judges'},
  {text: 'A letter signed by more than 200 doctors warns that the service is failing.', source: 'A letter signed by more than 200 doctors'},
  {text: 'An open letter signed by fewer than 30 MPs urges ministers to act.', source: 'An open letter signed by fewer than 30 MPs'},
  {text: 'A report prepared by four independent experts for the ministry concludes that the dam is safe.', source: 'A report prepared by four independent experts for the ministry'},
  {text: 'A study carried out by two universities in Brazil suggests the virus spread earlier.', source: 'A study carried out by two universities in Brazil'},
  {text: 'A report compiled by three United Nations agencies last year found that hunger rose.', source: 'A report compiled by three United Nations agencies last year'},
  {text: 'Figures released by the Office for National Statistics on Wednesday show that inflation fell.', source: 'Figures released by the Office for National Statistics on Wednesday'},
  {text: 'Figures released on Wednesday by the Office for National Statistics show that inflation fell.', source: 'Figures released on Wednesday by the Office for National Statistics'},
  {text: 'Data published by the Bureau of Labor Statistics on Friday showed hiring slowed.', source: 'Data published by the Bureau of Labor Statistics on Friday'},
  {text: 'Data compiled by the Institute for Fiscal Studies on Tuesday shows that incomes stagnated.', source: 'Data compiled by the Institute for Fiscal Studies on Tuesday'},
  {text: 'Figures published by the Australian Bureau of Statistics on Thursday showed unemployment rose.', source: 'Figures published by the Australian Bureau of Statistics on Thursday'},
  {text: 'Figures compiled by the Office for Budget Responsibility last autumn suggest growth will slow.', source: 'Figures compiled by the Office for Budget Responsibility last autumn'},
  {text: 'Data released by the Centers for Disease Control and Prevention on Wednesday shows cases fell.', source: 'Data released by the Centers for Disease Control and Prevention on Wednesday'},
  {text: 'A survey conducted by the National Retail Federation in December found that spending rose.', source: 'A survey conducted by the National Retail Federation in December'},
  {text: 'A review commissioned by the Scottish Government in 2019 recommends that the unit be closed.', source: 'A review commissioned by the Scottish Government in 2019'}
]

/** Look-alikes: a person or body says it, or the document is an object or a subject of a non-reporting clause. */
const unchanged: Array<{text: string; source: string; type: Attribution['sourceType']}> = [
  {text: 'The Bank of England said lending slowed.', source: 'The Bank of England', type: 'named-organization'},
  {text: 'A spokesman for the institute, which commissioned the report, said the figures were sound.', source: 'A spokesman for the institute', type: 'unnamed-person'},
  {text: 'A survey by the Confederation of British Industry found optimism fell.', source: 'A survey by the Confederation of British Industry', type: 'document'},
  {text: 'A Bank of Ghana report argues that the cedi is undervalued.', source: 'A Bank of Ghana report', type: 'document'},
  {text: 'Prices rose, according to a Ministry of Finance statement.', source: 'a Ministry of Finance statement', type: 'document'}
]

/** The document opens no subject here: a clause with its own verb stands between it and the cue. */
const noDocument = [
  'The report by the committee criticised ministers, who said they would respond.',
  'A report published on Monday was dismissed by the minister, who said it was flawed.',
  'The survey was conducted by the institute, its director said.',
  'The figures were released by the Office for National Statistics on Wednesday.',
  'Inspectors reviewed more than 1,200 police reports.'
]

/** A counted plural that is the subject itself, or the agent of a passive ending the sentence, is read as before. */
const countedLookAlikes: Array<{text: string; source: string; type: Attribution['sourceType']}> = [
  {text: 'Two former employees allege that managers hid losses.', source: 'Two former employees', type: 'unnamed-group'},
  {text: 'The account was confirmed by two police reports.', source: 'two police reports', type: 'document'},
  {text: 'Officials at the Office for National Statistics on Wednesday said inflation fell.', source: 'Officials at the Office for National Statistics', type: 'unnamed-group'}
]

describe('documents with participle phrases as subjects', () => {
  it.each([...rows, ...unchanged])('$source in "$text" is $type', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
  it.each(countedAndNamedAgents)('$source in "$text" is a document', ({text, source}) => {
    expect(typeOf(text, source)).toBe('document')
  })
  it.each(countedLookAlikes)('$source in "$text" is $type', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
  it.each(noDocument)('no document source in "%s"', (text) => {
    expect(attributionsOf(text).filter((attribution) => attribution.sourceType === 'document')).toEqual([])
  })
})
