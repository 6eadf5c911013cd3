import {describe, expect, it} from 'vitest'
import {attributionsOf, cuesOf} from './fixtures/tag.js'

describe('a reporting verb that is also a noun, read from agreement', () => {
  // After "a", "each" or "another" a verb would end in -s or -ed; after a number or "several" it would not end in -s.
  it.each([
    ['Investors pored over a research note from the ratings firm.', 'note'],
    ['The bank issued a client note on Tuesday.', 'note'],
    ['Each campaign claim was checked by the desk.', 'claim'],
    ['Another press statement followed within the hour.', 'statement'],
    ['She wrote a guest comment for the weekly.', 'comment'],
    ['The paper reviewed 1,200 police reports and found most cases closed.', 'reports'],
    ['Reporters read 300 incident reports filed since 2015.', 'reports'],
    ['Two press statements contradicted each other.', 'statements'],
    ['Several campaign pledges were quietly dropped.', 'pledges'],
    ['Thousands of angry tweets followed the match.', 'tweets'],
    ['The audit found 40 budget estimates were wrong.', 'estimates'],
    ['Many council promises were never kept.', 'promises'],
    ['These hospital reports show a rise in admissions.', 'reports'],
    ['An opinion poll report put the party ahead.', 'report'],
    ['The fund said it had settled 2300 claims since the flood.', 'claims'],
    ['The agency had logged more than 3,600 claims by the end of May.', 'claims'],
    ['The carmaker faces billions in civil claims from drivers.', 'claims'],
    ['The spokesman said such claims were invented by critics.', 'claims'],
    ['There were no reports of injuries.', 'reports'],
    ['Claims rose by a third in the month after the storm.', 'Claims'],
    ['The vote went ahead amid claims of fraud.', 'claims'],
    ['Lawyers argued that police reports in some districts were copied.', 'reports']
  ])('finds no cue %j in "%s"', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue)
  })

  it.each([
    ['An official warns that prices will rise.', 'warns'],
    ['A spokesman notes that the plant is closed.', 'notes'],
    ['Two analysts note that the bank is weak.', 'note'],
    ['Several economists warn that growth will slow.', 'warn'],
    ['The agency reports that prices rose in May.', 'reports'],
    ['A review commissioned in 2019 recommends that the unit close.', 'recommends'],
    ['New evidence from trade suggests that tariffs hurt farmers.', 'suggests'],
    ['Channel 4 says it will appeal the ruling.', 'says'],
    ['The ministry in turn claims the figures were inflated.', 'claims'],
    ['The government at least claims that it has a plan.', 'claims'],
    ['A spokesman for police says the road will stay shut.', 'says'],
    ['The company did not comment on reports that it had cut jobs.', 'reports'],
    ['The ministry pushed back against claims by the agencies that the data was wrong.', 'claims'],
    ['Before anyone claims fraud, the count must end.', 'claims'],
    ['Each candidate claims to be the outsider.', 'claims'],
    ['A local farmer says the river has never been so low.', 'says'],
    ['One resident insists that the sirens never sounded.', 'insists'],
    ['Three witnesses reported seeing a white van.', 'reported'],
    ['Many voters say the economy matters most.', 'say'],
    ['A senior diplomat warned that talks could collapse.', 'warned'],
    ['A letter signed by 40 senators warns that the deal is weak.', 'warns'],
    ['The 50-state poll suggests the race is close.', 'suggests'],
    ['A textbook written for 9th graders explains that peace pays.', 'explains']
  ])('keeps the verb in "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})

describe('"accused of" right after a noun', () => {
  // A reduced passive names the accused: no source, as for "were accused of"; only the active verb has one.
  it.each([
    'Five men accused of forming a terror cell appeared in court on Monday.',
    'Singer accused of breaching contract in $12 million lawsuit',
    'The officer accused of leaking the files has resigned.',
    'A charity accused of misusing donations closed its doors.',
    'Two firms accused of price fixing will be fined.',
    'Dozens of soldiers accused of abuses were released.',
    'Ex-mayor accused of bribery goes on trial',
    'Police arrested a teacher accused of assaulting pupils.'
  ])('reads an agentless passive in "%s"', (text) => {
    expect(attributionsOf(text).find((attribution) => attribution.cue.text === 'accused')).toMatchObject({source: null, sourceType: 'anonymous'})
  })

  it.each([
    ['The union accused the company of breaking the deal.', 'accused', 'The union'],
    ['Critics whom she has accused of lying said nothing.', 'has accused', 'she'],
    ['Rivals accused him of cheating.', 'accused', 'Rivals']
  ])('keeps the accuser in "%s"', (text, cue, source) => {
    expect(attributionsOf(text).find((attribution) => attribution.cue.text === cue)?.source?.text).toBe(source)
  })
})

describe('a denial of something granted', () => {
  it.each([
    'Four protest leaders denied bail in sedition case',
    'The court denied bail to four leaders on Tuesday.',
    'Border guards denied entry to the journalists.',
    'The embassy denied him a visa.',
    'The regulator denies access to the records.',
    'The board denied them permission to build.',
    'Officials denied the couple asylum last year.',
    'The parole board denied parole for the third time.'
  ])('finds no report in "%s"', (text) => {
    expect(cuesOf(text).some((cue) => cue.includes('denie') || cue.includes('deny'))).toBe(false)
  })

  it.each([
    ['The ministry denied the report, calling it false.', 'denied'],
    ['She denied that she had been paid.', 'denied'],
    ['The club denies any wrongdoing.', 'denies'],
    ['He denied access had been blocked.', 'denied']
  ])('keeps the denial in "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})

describe('a report denied to anyone', () => {
  it.each([
    ['"Nobody told us where the shelters were," one farmer said.', 'told us'],
    ['"No one has told us anything," her brother said.', 'has told us'],
    ['Nobody ever warned the tenants, the council admitted.', 'ever warned']
  ])('finds no cue in "%s"', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue)
  })

  it.each([
    ['None of the officials said when the bridge would reopen.', 'said'],
    ['"No one has told us anything," her brother said.', 'said']
  ])('keeps the report in "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})

describe('a relative clause defining anyone', () => {
  // The clause picks out a class of people; nobody is reported.
  it.each([
    ['Anyone who complained to the ministry would have his visa cancelled.', 'complained'],
    ['Everyone who says otherwise is lying to you.', 'says'],
    ['Whoever who claims the prize must show a ticket.', 'claims'],
    ['Anybody who had warned of the flood was ignored.', 'had warned'],
    ['Nobody who testified before the panel was charged.', 'testified']
  ])('finds no cue in "%s"', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue)
  })

  it.each([
    ['Those who said they would vote backed the mayor.', 'said'],
    ['Someone who conceded in a debate that she was no natural politician won the night.', 'conceded'],
    ['Anyone can apply, the ministry said.', 'said'],
    ['Everyone, the minister said, would get a vote.', 'said']
  ])('keeps the report in "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})
