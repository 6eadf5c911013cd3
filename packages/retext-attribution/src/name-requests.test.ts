import {describe, expect, it} from 'vitest'
import {cuesOf} from './fixtures/tag.js'

describe('a request that a name be held back', () => {
  // It withholds who the source is, not anything the source says.
  it.each([
    '"It is hard," said Maria, 67, who asked that her surname not be published.',
    '"We had no warning," said Tomas, who asked that his last name not be used.',
    'The two men, who asked that their identities be withheld, said they were paid in cash.',
    'A driver who asked that his full name not be printed said the depot was closed.',
    '"Nobody came," said Aisha, 34, who asked that her family name be withheld for her safety.',
    'Karim, a welder who asked that only his first name be used for fear of losing his job, said the pay had stopped.',
    'The owner of a bakery, who asked that only his first name, Pieter, be used, said he now starts at 2am.',
    'A miner who asked that his name be protected said the shaft had flooded twice.',
    'The two guards, who asked that their identities remain secret, said they had not been paid.'
  ])('finds no "asked" report in "%s"', (text) => {
    expect(cuesOf(text)).not.toContain('asked')
  })

  it.each([
    'The mayor asked that the vote be delayed.',
    'Union leaders asked that the talks resume on Monday.'
  ])('keeps a request about anything else in "%s"', (text) => {
    expect(cuesOf(text)).toContain('asked')
  })
})

describe('a report about names', () => {
  it.each([
    ['Residents complained that their names could not be found on the register.', 'complained'],
    ['Several voters said that their names were missing.', 'said']
  ])('keeps the report in "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})
