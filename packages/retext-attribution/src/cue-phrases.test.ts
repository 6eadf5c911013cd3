import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {attributionsOf, cuesOf} from './fixtures/tag.js'

/** The attribution whose cue holds `cue`. */
function withCue(text: string, cue: string): Attribution | undefined {
  return attributionsOf(text).find((attribution) => attribution.cue.text.toLowerCase().includes(cue))
}

describe('"call" heading a noun phrase after a preposition or a verb', () => {
  it.each([
    ['A senior official told reporters on a conference call that the sanctions would stay.'],
    ['The minister, telling journalists during a phone call that the talks were over, hung up.'],
    ['She spoke in a brief video call that was later posted online with “no regrets” in the caption.'],
    ['The chief executive held a conference call with analysts that lasted an hour and ended with “thank you”.'],
    ['Officials said on a telephone call that the border would reopen.'],
    ['In a late-night phone call, the envoy said the deal was off.'],
    ['He joined the weekly staff call that morning, saying “we will pull through”.'],
    ['During a short Zoom call on Friday, the coach said the team was ready.']
  ])('finds no cue "call" in "%s"', (text) => {
    expect(cuesOf(text)).not.toContain('call')
  })

  it.each([
    ['The union this week calls for a national strike.', 'calls for'],
    ['Critics call the plan “a giveaway to landlords”.', 'call'],
    ['Local leaders call on the government to act.', 'call on'],
    ['The opposition calls the budget “reckless”.', 'calls'],
    ['Critics said the press would call him “a coward” if he stayed away.', 'would call']
  ])('still reads "%s" as a cue %j', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})

describe('what was told opens at "that", past the addressee and the occasion', () => {
  it.each([
    ['The spokesman declined to comment, telling reporters on a conference call that the Kremlin “does not comment on verdicts.”', 'telling', 'the Kremlin “does not comment on verdicts.”'],
    ['The minister defended the deal, telling journalists during a phone call that it was fair.', 'telling', 'it was fair'],
    ['She rejected the claims, adding in a statement that the firm had done nothing wrong.', 'adding', 'the firm had done nothing wrong'],
    ['The coach praised his side, telling the BBC in an interview that they deserved the win.', 'telling', 'they deserved the win'],
    ['He left early, telling the committee he was ill.', 'telling', 'he was ill'],
    ['She defended the bill, pointing to a study that found fewer deaths.', 'pointing', 'to a study that found fewer deaths'],
    ['A senior official told reporters on a conference call that the United States would keep up the pressure.', 'told', 'the United States would keep up the pressure']
  ])('"%s": cue %j, content %j', (text, cue, content) => {
    expect(withCue(text, cue)?.content?.text).toBe(content)
  })
})

describe('a bare noun or gerund after "in" is a phrase of manner', () => {
  it.each([
    ['The prime minister had promised the exemption in writing when the coalition was formed.', 'writing'],
    ['Ministers agreed the terms in writing before the vote.', 'writing'],
    ['The council set out its objections in writing last month.', 'writing'],
    ['She nodded in reply and left the room.', 'reply'],
    ['The firm raised prices in response to the new tax.', 'response'],
    ['He smiled in answer to the question.', 'answer'],
    ['Allies said he was right in saying the army was exhausted.', 'saying'],
    ['She joined rivals in writing a bill that failed.', 'writing'],
    ['Critics had a point in warning that firms might hire fewer workers.', 'warning']
  ])('finds no cue %j in "%s"', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue)
  })

  it.each([
    ['“We are not done,” she said in reply.', 'said'],
    ['He is writing a book about the strike.', 'writing'],
    ['He answered in writing: “We will not pay.”', 'writing'],
    ['The mayor replied in writing that the road would be fixed.', 'replied']
  ])('still reads "%s" as a cue %j', (text, cue) => {
    expect(cuesOf(text).some((found) => found.includes(cue))).toBe(true)
  })
})

describe('a bound on a number opens the source', () => {
  it.each([
    ['The board said at least one selector argued for his inclusion.', 'argued', 'at least one selector'],
    ['At least one selector, a former captain, argued for his inclusion.', 'argued', 'At least one selector, a former captain'],
    ['At least two ministers said the plan was dead.', 'said', 'At least two ministers'],
    ['As many as 40 lawmakers have warned that the bill is flawed.', 'warned', 'As many as 40 lawmakers'],
    ['More than 200 economists warned that the plan would fail.', 'warned', 'More than 200 economists'],
    ['Fewer than half of voters said they trusted the government.', 'said', 'Fewer than half of voters'],
    ['Nearly 300 doctors signed a letter and said the cuts were unsafe.', 'said', 'Nearly 300 doctors'],
    ['Up to 30 MPs have said they will rebel.', 'said', 'Up to 30 MPs'],
    ['Officials said up to 30 MPs have warned they will rebel.', 'warned', 'up to 30 MPs'],
    ['At most three officials said they knew of the plan.', 'said', 'At most three officials']
  ])('"%s": cue %j, source %j', (text, cue, source) => {
    expect(withCue(text, cue)?.source?.text).toBe(source)
  })
})

describe('a reporting verb alone in a relative clause on the subject', () => {
  it.each([
    ['Residents who complained said the water smelled of sewage.', 'said', 'Residents who complained'],
    ['Parents who testified told the board that the buses were late.', 'told', 'Parents who testified'],
    ['Those who objected argued that the fee was unfair.', 'argued', 'Those who objected'],
    ['Two nurses who resigned said they had been ignored.', 'said', 'Two nurses who resigned'],
    ['Officials who spoke said the talks had stalled.', 'said', 'Officials who spoke'],
    ['The driver who filed several complaints said he was ignored.', 'said', 'The driver who filed several complaints']
  ])('"%s": cue %j, source %j', (text, cue, source) => {
    expect(withCue(text, cue)?.source?.text).toBe(source)
  })

  it.each([
    ['Residents who complained said the water smelled of sewage.', 'complained'],
    ['Those who objected argued that the fee was unfair.', 'objected']
  ])('finds no cue %j in "%s"', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue)
  })
})

describe('"recalls that" reports a memory', () => {
  it.each([
    ['One resident recalls that the river flooded every spring.', 'recalls'],
    ['She recalls that nobody came to help.', 'recalls'],
    ['Older miners recall that the pit never closed on Sundays.', 'recall']
  ])('"%s" has the cue %j', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })

  it.each([
    ['The carmaker recalls 40,000 vehicles over faulty brakes.'],
    ['Nobody could recall the name of the ship.']
  ])('finds no cue in "%s"', (text) => {
    expect(cuesOf(text)).toEqual([])
  })
})

describe('a crowd counted by its size, before a colon and a quotation', () => {
  it.each([
    ['Tens of thousands march in Madrid against soaring rents: “We can’t live on what’s left.”'],
    ['Hundreds of nurses rally outside parliament: “We are exhausted.”'],
    ['Thousands of farmers block roads in protest: "We cannot survive."'],
    ['Dozens gather at the gates: ‘Bring them home.’'],
    ['Millions take to the streets: “Enough is enough.”']
  ])('finds no attribution in "%s"', (text) => {
    expect(attributionsOf(text)).toEqual([])
  })

  it.each([
    ['The coach was blunt: “We were not good enough.”', 'The coach'],
    ['The union put it plainly: “We will strike.”', 'The union'],
    ['Officials were defiant: “We will not back down.”', 'Officials']
  ])('"%s" has the source %j', (text, source) => {
    expect(attributionsOf(text).map((attribution) => attribution.source?.text)).toContain(source)
  })
})

describe('a relative "that" on a document whose own verb reports', () => {
  it.each([
    ['Analysts pointed to a research note from Barclays that said the rally would fade.', 'said', 'a research note from Barclays'],
    ['A report that warned of shortages was shelved.', 'warned', 'A report'],
    ['Investors read the bank’s latest research report that predicted a slump.', 'predicted', 'the bank’s latest research report'],
    ['She signed a letter that urged the mayor to resign.', 'urged', 'a letter'],
    ['The senator has released a video that accuses his rival of lying.', 'accuses', 'The senator']
  ])('"%s": cue %j, source %j', (text, cue, source) => {
    expect(withCue(text, cue)?.source?.text).toBe(source)
  })

  it.each([
    ['A lawsuit against the college that promised jobs was dropped.', 'promised'],
    ['The report that officials released said little.', 'released']
  ])('finds no cue %j in "%s"', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue)
  })
})

describe('"tell" in the present and "per" as the wire and business press write them', () => {
  it.each([
    ['The regulator has widened its inquiry, three people familiar with the matter tell Axios.', 'tell axios', 'three people familiar with the matter'],
    ['Officials tell reporters the bridge will stay shut.', 'tell reporters', 'Officials'],
    ["Subscriptions made up a third of sales last year, per the company's annual report.", 'per', "the company's annual report"],
    ['The talks broke down last week, per two people familiar with them.', 'per', 'two people familiar with them']
  ])('reads %j with the cue %j and the source %j', (text, cue, source) => {
    expect(withCue(text, cue)?.source?.text).toBe(source)
  })

  it.each([
    ['I would tell Ana the truth if I could.', 'tell'],
    ['You have to tell Reuters everything.', 'tell'],
    ['Shares rose $5 per share in early trading.', 'per'],
    ['Prices rose 4 per cent in March.', 'per'],
    ['The fee is $20 a month, as per the agreement.', 'per'],
    ['He was buried at Arlington, per his wishes.', 'per'],
    ['Wholesale power traded at 120 euros per MWh on Tuesday.', 'per'],
    ['Per Olsen, the club chairman, said the coach would stay.', 'per'],
    ['Please tell Reuters what you saw.', 'tell'],
    ['They never tell us anything about the budget.', 'tell'],
    ['We tell Congress the truth every year.', 'tell']
  ])('finds no cue in %j', (text, cue) => {
    expect(cuesOf(text).map((found) => found.toLowerCase().split(' ')[0])).not.toContain(cue)
  })
})
