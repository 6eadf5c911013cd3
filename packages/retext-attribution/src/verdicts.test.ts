import {describe, expect, it} from 'vitest'
import {cuesOf, speakersOf} from './fixtures/tag.js'

describe('a verdict verb with what it judges as its object', () => {
  it.each([
    ['Romania condemned the attack.', 'Romania', 'condemned'],
    ['Opposition leaders on Tuesday condemned the arrests.', 'Opposition leaders', 'condemned'],
    ['The Foreign Office has condemned the sentencing of the activists.', 'The Foreign Office', 'has condemned'],
    ['Neighbouring states condemned the coup, calling for calm.', 'Neighbouring states', 'condemned'],
    ['Human rights groups condemned the new law as an attack on free speech.', 'Human rights groups', 'condemned'],
    ['The mayor strongly condemned the violence in a speech on Sunday.', 'The mayor', 'strongly condemned'],
    ['Teachers\' unions condemned plans to extend the school day.', 'Teachers\' unions', 'condemned'],
    ['The league condemns the racist abuse directed at its players.', 'The league', 'condemns'],
    ['Several senators condemned what they called a "reckless" decision.', 'Several senators', 'condemned'],
    ['The African Union condemned what it called an "unconstitutional change of government".', 'The African Union', 'condemned'],
    ['Police chiefs yesterday condemned the attacks on officers.', 'Police chiefs', 'condemned'],
    ['The ambassador condemned the strikes on civilian targets at a press conference in Geneva.', 'The ambassador', 'condemned'],
    ['In a joint statement, the two governments condemned the shelling.', 'the two governments', 'condemned'],
    ['Mr Okafor condemned the decision as "a betrayal of the workers".', 'Mr Okafor', 'condemned']
  ])('reads "%s" as a report by %j', (text, source, cue) => {
    expect(speakersOf(text)).toContainEqual([source, cue])
  })

  it('makes the name in "what X called" part of the verdict, not a report of its own', () => {
    expect(cuesOf('The union condemned what it called a “betrayal” of its members.')).toEqual(['condemned'])
    expect(cuesOf('The minister condemned what the ministry called a deliberate provocation.')).toEqual(['condemned'])
  })
})

describe('a free relative with "what" as the object of a cue', () => {
  it.each([
    ['The governor insisted the state would not bargain with what he called “armed gangs”.', ['insisted']],
    ['The ministry blamed the shortages on hoarding and on what it described as “organised smuggling”.', ['blamed']],
    ['Locals said they wanted an end to what they called “the harassment”.', ['said']],
    ['“The verdict confirms what the families of the missing have said for years,” Ortiz told reporters.', ['told reporters']],
    ['The drought is consistent with what climate models predict for the region.', []]
  ])('reads the name given by a pronoun, or the thing said, as the outer clause\'s object in "%s"', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues)
  })

  it.each([
    ['The two men were stopped for what police described as a traffic violation.', 'police', 'described'],
    ['What the minister said was that the talks had failed.', 'the minister', 'said'],
    ['That was what the senator said when she left the committee.', 'the senator', 'said'],
    ['The gap between what the mayor says the plan would cost and its real cost is wide.', 'the mayor', 'says'],
    ['Here’s what the mayor said: “We will not raise taxes.”', 'the mayor', 'said'],
    ['Watch what the minister said on Monday: “We are ready.”', 'the minister', 'said']
  ])('keeps a report whose free relative is named after "as", opens a pseudo-cleft, points back or holds a clause, in "%s"', (text, source, cue) => {
    expect(speakersOf(text)).toEqual([[source, cue]])
  })

  it.each([
    'The building was condemned as unsafe after the fire.',
    'The plan has been widely condemned by economists.',
    'Critics were quick to condemn the plan.',
    'The condemned prisoners were moved overnight.',
    'He faced a backlash for condemning the protesters.',
    'The ruling left the tenants in condemned flats.'
  ])('finds no verdict in "%s"', (text) => {
    expect(cuesOf(text).some((cue) => cue.includes('condemn'))).toBe(false)
  })
})

describe('a passive "told" before an instruction', () => {
  // PolNeAR train marks 1 of 4 "was/were/been told (not) to": an order with no source, not a report.
  it.each([
    ['We were told to wait outside.', 'were told'],
    ['Staff have been told not to talk to reporters.', 'told'],
    ['Residents were told to leave their homes by midnight.', 'told'],
    ['Drivers are being told to avoid the motorway.', 'told'],
    ['Pupils had been told not to bring phones to class.', 'told'],
    ['Passengers were told to remain in their seats.', 'told']
  ])('finds no report in "%s"', (text, cue) => {
    expect(cuesOf(text).some((found) => found.includes(cue))).toBe(false)
  })

  it('keeps the real report around the instruction', () => {
    const text = 'A nurse, who asked not to be named because staff had been told not to speak to the press, said the ward was full.'
    expect(cuesOf(text)).toEqual(['said'])
  })

  it.each([
    ['The minister told reporters to expect delays.', 'told reporters'],
    ['She told the board that she had been told to resign.', 'told'],
    ['Police told residents not to approach the man.', 'told residents']
  ])('keeps an active "told" in "%s"', (text, cue) => {
    expect(cuesOf(text)[0]).toContain(cue.split(' ')[0])
  })
})

describe('"claim" naming a pleading after "of"', () => {
  it.each([
    'According to the particulars of claim, the builder was never paid.',
    'The firm filed a statement of claim in the High Court.',
    'Creditors have until May to submit a proof of claim.',
    'The council received a notice of claim from the family.'
  ])('finds no "claim" cue in "%s"', (text) => {
    expect(cuesOf(text)).not.toContain('claim')
  })

  it('keeps the particulars as a document cited', () => {
    expect(cuesOf('According to the particulars of claim, she left in May.')).toContain('according to')
  })
})
