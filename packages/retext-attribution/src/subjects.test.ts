import {describe, expect, it} from 'vitest'
import {attributionsOf} from './fixtures/tag.js'

/** "source | cue" of each attribution found in `text`. */
function sourcesAndCues(text: string): string[] {
  return attributionsOf(text).map((attribution) => `${attribution.source?.text} | ${attribution.cue.text}`)
}

describe('an event noun in -ing ending the subject', () => {
  it.each([
    ['Two neighbours who witnessed the shooting told the paper that the man was unarmed.', 'Two neighbours who witnessed the shooting | told'],
    ["Residents at a tenants' meeting last week said many people had stopped complaining.", "Residents at a tenants' meeting | said"],
    ['Parents who attended the hearing said the board had ignored them.', 'Parents who attended the hearing | said'],
    ['Several people at the briefing said the roads would reopen.', 'Several people at the briefing | said'],
    ['Survivors of the bombing told investigators they heard two blasts.', 'Survivors of the bombing | told'],
    ["Delegates at the party's gathering insisted the leader would stay.", "Delegates at the party's gathering | insisted"],
    ['Witnesses to the stabbing described a man in a grey hoodie.', 'Witnesses to the stabbing | described'],
    ['Those who saw the landing said the plane tilted sharply.', 'Those who saw the landing | said'],
    ['Teachers at the meeting on Monday warned that classes would be cut.', 'Teachers at the meeting | warned'],
    ['The department of housing said it was monitoring the situation.', 'The department of housing | said'],
    ['The department of higher education and training said it was monitoring the situation closely.', 'The department of higher education and training | said']
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })

  it.each([
    // A noun compound opened by an -ing word is no subject before a base-form verb.
    ['The company was accused of taking deposits for a housing project that was never built.', 'project'],
    ['Officials are planning a building project that could take years.', 'project'],
    // A verb in -ing still closes the subject.
    ['After years of fighting the union reported gains.', 'After years of fighting the union | reported']
  ])('%s', (text, absent) => {
    expect(sourcesAndCues(text).some((found) => found.endsWith(`| ${absent}`) || found === absent)).toBe(false)
  })
})

describe('an -ing word naming the kind of a body', () => {
  it.each([
    ['Internet traffic was cut, monitoring group NetBlocks said.', 'monitoring group NetBlocks | said'],
    ['Shares fell after the consulting firm Halden Partners said demand was weak.', 'the consulting firm Halden Partners | said'],
    ['Mining company Acme Gold said the mine would close.', 'Mining company Acme Gold | said'],
    // A participle set off as an aside, or with people for its object, stays out of the subject.
    ['Ruiz, leaving court on Monday, said she was innocent.', 'Ruiz | said'],
    ['The senator, addressing party members in Ohio, said the race was close.', 'The senator | said'],
    ['Students leaving school said the exams were too hard.', 'Students leaving school | said']
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })

  it.each([
    ['Students leaving school said the exams were too hard.', 'unnamed-group'],
    ['Analysts tracking company filings said the figures were weak.', 'unnamed-group'],
    ['Federal planning ministry spokesman Ali Khan said losses were high.', 'named-person']
  ])('types %j as %s', (text, type) => {
    expect(attributionsOf(text).map((attribution) => attribution.sourceType)).toEqual([type])
  })
})

describe('an adjective in -ing before a place inside the subject', () => {
  it.each([
    ['Aid workers in neighbouring Chad said the camps were full.', 'Aid workers in neighbouring Chad | said'],
    ['Officials in neighboring Jordan said the border was closed.', 'Officials in neighboring Jordan | said'],
    ['Farmers in surrounding villages said the river was poisoned.', 'Farmers in surrounding villages | said'],
    ['Residents of outlying districts complained that buses never came.', 'Residents of outlying districts | complained'],
    ['The remaining hostages told relatives they were unharmed.', 'The remaining hostages | told']
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })
})

describe('a name in apposition to the subject, then the verb', () => {
  it.each([
    ['A lawyer for the family, Ben Crump, said the officers lied.', 'A lawyer for the family, Ben Crump | said'],
    ['A lawyer for the family, Ben Crump, said the officers lied to investigators.', 'A lawyer for the family, Ben Crump | said'],
    ['The head of the union, Tom Kessler, said the managers fled.', 'The head of the union, Tom Kessler | said'],
    ['A spokeswoman for the hospital, Ana Ruiz, said two patients died overnight.', 'A spokeswoman for the hospital, Ana Ruiz | said'],
    ["The victim's brother, Sam Moyo, told reporters the police used tear gas.", "The victim's brother, Sam Moyo | told reporters"],
    ['Relatives of those who died said the inquiry was a whitewash.', 'Relatives of those who died | said'],
    // A body's abbreviation in brackets inside a chain of descriptions.
    [
      'Mira Kohl, head of the Federation of Rail Engineers (FRE), a trade union, argued that the trains were unsafe.',
      'Mira Kohl, head of the Federation of Rail Engineers (FRE), a trade union | argued'
    ]
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })

  it('still reads a source after its verb when no name closes an aside', () => {
    expect(sourcesAndCues('The officers lied, said a lawyer for the family.')).toEqual(['a lawyer for the family | said'])
  })
})

describe('a chain of titles and names longer than the phrase limit', () => {
  it.each([
    ["Associate Professor Mei Lin Ong of the National University of Singapore's Department of Real Estate said the effect would be modest.", "Associate Professor Mei Lin Ong of the National University of Singapore's Department of Real Estate | said"],
    ['Dr Maria Gonzalez de la Vega of the Institute for Fiscal Studies and the London School of Economics said the plan was flawed.', 'Dr Maria Gonzalez de la Vega of the Institute for Fiscal Studies and the London School of Economics | said'],
    ['Professor Emeritus John Okafor of the University of Lagos Department of Political Science warned that turnout would fall.', 'Professor Emeritus John Okafor of the University of Lagos Department of Political Science | warned'],
    ['Deputy Director General Anna Kowalska of the European Commission Directorate General for Competition told reporters the review had begun.', 'Deputy Director General Anna Kowalska of the European Commission Directorate General for Competition | told reporters']
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })

  it.each([
    // Lower-case words other than joiners, or a chain after an opener of time, keep the limit.
    ['In the rain on the road to the city on Monday after a long meeting of the board members of the trust said it was fine.'],
    ['Yesterday Associate Professor Mei Lin Ong of the National University of Singapore Department of Real Estate and Urban Planning said so.']
  ])('%s', (text) => {
    expect(sourcesAndCues(text).every((found) => found.split(' | ')[0]!.split(' ').length <= 14)).toBe(true)
  })
})

describe('a person with a clause about them that the verb ends', () => {
  it.each([
    ['A porter standing beside him said the gates had closed early.', 'A porter standing beside him | said'],
    ['A commuter waiting outside said the bridge was shut.', 'A commuter waiting | said'],
    ['A banker familiar with Qatari thinking said the offer would be raised.', 'A banker familiar with Qatari thinking | said'],
    ['Inspectors who visited before the dam was repaired said the cracks were new.', 'Inspectors who visited before the dam was repaired | said'],
    ['A nurse sitting next to her said the ward was full.', 'A nurse sitting next to her | said'],
    ['A driver with a haulage firm operating in the port said the queues were growing.', 'A driver with a haulage firm operating in the port | said'],
    ['Volunteers at a food bank serving the estate said demand had doubled.', 'Volunteers at a food bank serving the estate | said'],
    ['On Sunday, a county official who coordinates housing for the region of Tarnow described the camps as full.', 'a county official who coordinates housing for the region of Tarnow | described']
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })

  it.each([
    // The clause's own verb after an auxiliary reports nothing of the sentence's subject.
    ['A neighbour who had been asking about the noise finally called the police.', 'asking'],
    ['A porter standing beside him, the guide said, had seen the thief.', 'A porter standing beside him'],
    // A clause of its own after "but" has its own subject.
    ['Officials working in the port denied it but a driver said the queues were growing.', 'Officials working in the port denied it but a driver']
  ])('%s', (text, absent) => {
    expect(sourcesAndCues(text).some((found) => found.endsWith(`| ${absent}`) || found.startsWith(`${absent} |`))).toBe(false)
  })
})

describe('a gerund after the time its subject spent', () => {
  it.each([
    ['The mayor has spent weeks warning that the shelters are full.', 'The mayor | warning'],
    ['Mira Kohl, the union leader, spent much of Monday insisting that the strike would go ahead.', 'Mira Kohl, the union leader | insisting'],
    // The subject of "spent", in a reported clause too.
    ['The mayor said the police had spent weeks warning drivers that the bridge was unsafe.', 'the police | warning']
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })
})

describe('a subject with two relative clauses joined by "and"', () => {
  it.each([
    [
      'Two engineers who were involved in designing the bridge, and who spoke to a radio station on condition they not be named because they feared for their jobs, said the cables had rusted.',
      'Two engineers who were involved in designing the bridge | said'
    ]
  ])('%s', (text, expected) => {
    expect(sourcesAndCues(text)).toContain(expected)
  })
})
