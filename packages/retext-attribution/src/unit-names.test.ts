import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {typeOf} from './fixtures/tag.js'

interface Row {
  text: string
  source: string
  type: Attribution['sourceType']
}

/**
 * Armed and official units named by a run of capitalised words that ends in the unit's noun ("Southern
 * Operational Command", "Black Sea Fleet", "Coast Guard"): a body, not a person, with or without a
 * country's possessive. Look-alikes: the same nouns leading a person's post and name.
 */
const rows: Row[] = [
  {text: 'Ukraine\'s Southern Operational Command said in a statement that 11 drones were shot down.', source: 'Ukraine\'s Southern Operational Command', type: 'named-organization'},
  {text: 'Israel\'s Northern Command said sirens had sounded in the Galilee.', source: 'Israel\'s Northern Command', type: 'named-organization'},
  {text: 'Russia\'s Black Sea Fleet said its ships had returned to port.', source: 'Russia\'s Black Sea Fleet', type: 'named-organization'},
  {text: 'The Coast Guard said the search had been suspended overnight.', source: 'The Coast Guard', type: 'named-organization'},
  {text: 'Iran\'s Revolutionary Guard said it had seized a tanker in the Gulf.', source: 'Iran\'s Revolutionary Guard', type: 'named-organization'},
  {text: 'The 3rd Assault Brigade said it had taken the village.', source: 'The 3rd Assault Brigade', type: 'named-organization'},
  {text: 'The Pacific Fleet said a destroyer had docked in Vladivostok.', source: 'The Pacific Fleet', type: 'named-organization'},
  {text: 'The Eastern Army Command said troops had been moved to the border.', source: 'The Eastern Army Command', type: 'named-organization'},
  {text: 'Ukraine\'s General Staff reported that 30 clashes took place.', source: 'Ukraine\'s General Staff', type: 'named-organization'},
  {text: 'Pakistan\'s Frontier Corps said five militants were killed.', source: 'Pakistan\'s Frontier Corps', type: 'named-organization'},
  {text: 'India\'s Western Naval Command confirmed that the vessel had been intercepted.', source: 'India\'s Western Naval Command', type: 'named-organization'},
  {text: 'The Joint Operations Command told reporters the airspace was closed.', source: 'The Joint Operations Command', type: 'named-organization'},
  {text: 'Nigeria\'s Air Component Command claimed that the camp was destroyed.', source: 'Nigeria\'s Air Component Command', type: 'named-organization'},
  {text: 'The Presidential Guard Regiment said the ceremony would go ahead.', source: 'The Presidential Guard Regiment', type: 'named-organization'},
  {text: 'Brazil\'s Southern Military Command said 12 suspects were detained.', source: 'Brazil\'s Southern Military Command', type: 'named-organization'},
  // The same services written in lower case, as many outlets write them; a guard of no service is a person.
  {text: 'The coast guard said 126 people had been rescued.', source: 'The coast guard', type: 'named-organization'},
  {text: 'The national guard said troops would stay in the city.', source: 'The national guard', type: 'named-organization'},
  {text: 'A border guard said the crossing had been shut since dawn.', source: 'A border guard', type: 'unnamed-person'},
  {text: 'A prison guard said the cells were flooded.', source: 'A prison guard', type: 'unnamed-person'},
  {text: 'Two national guards said they had not been paid in months.', source: 'Two national guards', type: 'unnamed-group'},
  // Look-alikes: a unit's noun before a person's post and name.
  {text: 'Brigade commander Oleh Kuzmenko said the village was retaken.', source: 'Brigade commander Oleh Kuzmenko', type: 'named-person'},
  {text: 'Fleet Admiral Ana Ruiz said the ships were ready.', source: 'Fleet Admiral Ana Ruiz', type: 'named-person'},
  {text: 'Coast Guard spokesman Tom Hale said the search was over.', source: 'Coast Guard spokesman Tom Hale', type: 'named-person'},
  {text: 'National Guard Maj. Gen. Tom Hale told reporters the river would crest on Friday.', source: 'National Guard Maj. Gen. Tom Hale', type: 'named-person'},
  {text: 'A Revolutionary Guard commander said the tanker had been seized.', source: 'A Revolutionary Guard commander', type: 'unnamed-person'}
]

describe('units named by a run ending in the unit\'s noun', () => {
  it.each(rows)('$source in "$text"', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
