import {describe, expect, it} from 'vitest'
import {cuesOf} from './fixtures/tag.js'

describe('a participle on the object of a bare verb', () => {
  it.each([
    ['The union blamed a failure to open promised community beds.', 'promised'],
    ['The council failed to deliver promised repairs.', 'promised'],
    ['Critics say the plan will scrap promised tax cuts.', 'promised'],
    ['She wants to honour pledged funding for schools.', 'pledged'],
    ['He said ministers had to keep announced spending in place.', 'announced'],
    ['The government plans to cut reported waiting times.', 'reported'],
    ['Landlords could ignore proposed rules on deposits.', 'proposed'],
    ['The board voted to reverse announced job cuts.', 'announced'],
    ['Opponents would challenge stated aims of the policy.', 'stated'],
    ['The trust must restore promised services by spring.', 'promised']
  ])('finds no report in "%s"', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue)
  })

  it.each([
    ['The minister promised new beds.', 'promised'],
    ['The party wants to be seen to have promised reforms.', 'have promised'],
    ['A presentation to staff indicated jobs would be cut.', 'indicated'],
    ['A letter to parliament suggested the tax was unfair.', 'suggested']
  ])('keeps the verb in "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})

describe('a participle after a noun, before the verb of the sentence', () => {
  it.each([
    ['The governor said the drought declared in June would last into winter.', 'declared'],
    ['Unions warned that the cuts announced in March will hit nurses hardest.', 'announced'],
    ['The limits proposed in March would apply to every new flat.', 'proposed'],
    ['The mayor confirmed on Friday that the alert declared in May would stay in force.', 'declared']
  ])('finds no report in "%s"', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue)
  })

  it.each([
    ['The sum, which officials estimated in May would be needed, has doubled.', 'estimated'],
    ['The council declared Thursday would be a day of mourning.', 'declared'],
    ['Economists predicted next year will bring a recession.', 'predicted'],
    ['The company reported last year had been its best since 2008.', 'reported'],
    ['Officials estimated last week that 300 homes were lost.', 'estimated']
  ])('keeps the report in "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})
