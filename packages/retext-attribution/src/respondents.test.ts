import {describe, expect, it} from 'vitest'
import {attributionsOf, typeOf} from './fixtures/tag.js'

/** "source | cue" of each attribution found in `text`. */
function sourcesAndCues(text: string): string[] {
  return attributionsOf(text).map((attribution) => `${attribution.source?.text} | ${attribution.cue.text}`)
}

describe('people asked by a poll or a reporter', () => {
  it.each([
    ['Those surveyed said the economy was the top issue.', 'Those surveyed | said'],
    ['Those polled say the country is on the wrong track.', 'Those polled | say'],
    ['Voters interviewed said they backed the plan.', 'Voters interviewed | said'],
    ['Nearly half of those polled say taxes are too high.', 'Nearly half of those polled | say'],
    ['Most of the residents questioned said they felt safe at night.', 'Most of the residents questioned | said'],
    ['The farmers canvassed say the subsidy is too low.', 'The farmers canvassed | say'],
    ['By a wide margin, those surveyed said the council should resign.', 'those surveyed | said'],
    ['Some 56 percent of voters polled said they were less likely to vote.', 'Some 56 percent of voters polled | said'],
    ['Again, those questioned said crime was their main worry.', 'those questioned | said'],
    ['Officials contacted said the files had been destroyed.', 'Officials contacted | said'],
    ['Of the parents sampled, most said the school day was too long.', 'most | said'],
    ['Teachers interviewed for this article said the reforms were rushed.', 'Teachers interviewed for this article | said'],
    // The one who asked after "by", and a place between the people and the participle.
    ['Residents of Homs reached by AFP said the shelling continued.', 'Residents of Homs reached by AFP | said'],
    ['Villagers contacted by Reuters said the army had left.', 'Villagers contacted by Reuters | said'],
    ['Those interviewed by the BBC said they felt abandoned.', 'Those interviewed by the BBC | said'],
    ['Voters in New Hampshire polled by the university said the economy mattered most.', 'Voters in New Hampshire polled by the university | said'],
    ['Doctors in the Gaza Strip reached by telephone said supplies were gone.', 'Doctors in the Gaza Strip reached by telephone | said']
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })

  it.each([
    // The participle is the verb of its clause, or what is asked is not a person.
    ['He questioned the figures.', 'He | questioned'],
    ['The voters asked the mayor whether the plan was ready.', 'The voters | asked']
  ])('keeps the verb in "%s"', (text, expected) => {
    expect(sourcesAndCues(text)).toEqual([expected])
  })

  it.each([
    'The area surveyed showed signs of flood damage.',
    'The sites surveyed were mostly empty.'
  ])('finds no speaker in "%s"', (text) => {
    expect(sourcesAndCues(text)).toEqual([])
  })
})

describe('a share of a group as the subject', () => {
  it.each([
    ['Two in three said they were less likely to vote for the party.', 'Two in three | said'],
    ['Voters were split. One in four said the party was hostile to farmers.', 'One in four | said'],
    ['Nearly nine out of 10 say the country is on the wrong track.', 'Nearly nine out of 10 | say'],
    ['Nearly two in three said they would vote.', 'Nearly two in three | said'],
    ['Delegates back the change, and all but two said the party should act.', 'all but two | said'],
    ['On economic issues, 42% say they are liberal.', '42% | say'],
    ['About 42% say they are liberal.', 'About 42% | say'],
    ['Voters were divided: 47% say troops should be sent.', '47% | say'],
    ['Three of the four said they would stay in the coalition.', 'Three of the four | said'],
    ['More than six in 10 said the cuts went too far.', 'More than six in 10 | said'],
    ['Roughly one in five told pollsters they had not decided.', 'Roughly one in five | told'],
    ['At least seven in 10 believe the tax is unfair, while one in 10 said it was fair.', 'one in 10 | said'],
    ['The survey of 2,000 adults was taken in May. Four in five said they feared for their jobs.', 'Four in five | said'],
    ['Asked about the war, 61% said the government had been too slow.', '61% | said'],
    ['One of every four warned that rents would rise.', 'One of every four | warned']
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })

  it.each([
    // The share is counted inside an object or a place, or does not open its clause.
    ['Prices rose in two of three regions, officials said.', 'officials | said'],
    ['The survey showed that nearly two in three say prices are too high.', 'The survey | showed'],
    ['Turnout fell in all but two districts, the commission said.', 'the commission | said']
  ])('reads no share as the speaker in "%s"', (text, expected) => {
    expect(sourcesAndCues(text)).toEqual([expected])
  })
})

/**
 * "Those" with no noun after it, only a participle or an adjective, stands for several people: an unnamed
 * group, as "Voters interviewed" is. A noun after it keeps its own type ("Those figures", "Those officials").
 */
describe('"those" standing for people', () => {
  it.each([
    ['Those surveyed said prices were too high.', 'Those surveyed', 'unnamed-group'],
    ['Those interviewed by the BBC said they felt unsafe.', 'Those interviewed by the BBC', 'unnamed-group'],
    ['Those questioned by investigators told them the fire started at night.', 'Those questioned by investigators', 'unnamed-group'],
    ['Those consulted argued that the scheme was unfair.', 'Those consulted', 'unnamed-group'],
    ['Those polled say the country is on the wrong track.', 'Those polled', 'unnamed-group'],
    ['Those contacted by Reuters said the army had left.', 'Those contacted by Reuters', 'unnamed-group'],
    ['Those questioned said that crime was their main worry.', 'Those questioned', 'unnamed-group'],
    ['Those close to the minister say he will not resign.', 'Those close to the minister', 'unnamed-group'],
    ['Those who attended said the meeting was tense.', 'Those who attended', 'unnamed-group'],
    ['Those responsible for the plan insist it will work.', 'Those responsible for the plan', 'unnamed-group'],
    // Look-alikes: a noun after "those" decides.
    ['Those figures show that crime fell.', 'Those figures', 'document'],
    ['Those officials said the talks had stalled.', 'Those officials', 'unnamed-group']
  ])('%s', (text, source, type) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
