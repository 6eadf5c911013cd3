import type {Attribution} from '@sourcing/schema'
import {attributionSchema, claimSchema} from '@sourcing/schema'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextAttribution, {type Options} from './index.js'

function tag(text: string, options?: Options): VFile {
  const processor = unified().use(retextEnglish).use(retextAttribution, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file
}

function attributions(text: string): Attribution[] {
  return tag(text).data.attributions ?? []
}

interface Case {
  text: string
  cue: string
  source: string | null
  content?: string
  speaker?: string
  type?: Attribution['sourceType']
  quote?: Attribution['quote']
}

function expectFound(cases: Case[]): void {
  for (const expected of cases) {
    const found = attributions(expected.text).find((attribution) => attribution.cue.text === expected.cue)
    expect(found, `${expected.cue} in ${expected.text}`).toBeDefined()
    expect(found!.source?.text ?? null).toBe(expected.source)
    if (expected.content !== undefined) expect(found!.content?.text).toBe(expected.content)
    if (expected.speaker !== undefined) expect(found!.speaker).toBe(expected.speaker)
    if (expected.type !== undefined) expect(found!.sourceType).toBe(expected.type)
    if (expected.quote !== undefined) expect(found!.quote).toBe(expected.quote)
  }
}

describe('cues and their layout', () => {
  it.each<Case>([
    {text: 'The finance minister said the budget would be cut by 5 percent.', cue: 'said', source: 'The finance minister', content: 'the budget would be cut by 5 percent'},
    {text: 'Turnout was the lowest in decades, election officials said on Monday.', cue: 'said', source: 'election officials', content: 'Turnout was the lowest in decades'},
    {text: 'The plant will close in March, said the company, which employs 400 people.', cue: 'said', source: 'the company', content: 'The plant will close in March'},
    {text: 'The vote, said the spokeswoman, was postponed until next week.', cue: 'said', source: 'the spokeswoman', content: 'was postponed until next week'},
    {text: 'The storm killed 12 people, according to the civil defence agency.', cue: 'according to', source: 'the civil defence agency', content: 'The storm killed 12 people'},
    {text: 'According to the police report, the driver was speeding.', cue: 'According to', source: 'the police report', content: 'the driver was speeding', type: 'document'},
    {text: 'Our correspondent reported from Kabul that the talks had stalled.', cue: 'reported', source: 'Our correspondent', content: 'the talks had stalled'},
    {text: 'Officials there said the bridge would reopen on Monday.', cue: 'said', source: 'Officials there', type: 'unnamed-group'},
    {text: 'Farmers here say the drought is the worst in decades.', cue: 'say', source: 'Farmers here', content: 'the drought is the worst in decades', type: 'unnamed-group'},
    {text: 'Some Orthodox clergy have warned that the monasteries would be left outside the new border.', cue: 'have warned', source: 'Some Orthodox clergy', content: 'the monasteries would be left outside the new border', type: 'unnamed-group'},
    {text: 'The mayor has since said she will not run again.', cue: 'has since said', source: 'The mayor', content: 'she will not run again'},
    {text: 'The senator told reporters that the bill had enough votes.', cue: 'told reporters', source: 'The senator', content: 'the bill had enough votes'},
    {text: 'A police officer told Reuters on Friday that two suspects were held.', cue: 'told Reuters', source: 'A police officer', content: 'two suspects were held'},
    {text: 'The ministry said in a statement that the talks had ended.', cue: 'said in a statement', source: 'The ministry', content: 'the talks had ended', type: 'named-organization'},
    {text: 'The governor declined to confirm whether troops would be sent.', cue: 'declined to confirm', source: 'The governor', content: 'whether troops would be sent'},
    {text: 'The agency has declined to publicly confirm that the launch slipped.', cue: 'has declined to publicly confirm', source: 'The agency', content: 'the launch slipped'},
    {text: 'The club declined to immediately say whether the coach would stay.', cue: 'declined to immediately say', source: 'The club', content: 'whether the coach would stay'},
    {text: 'The central bank warned that inflation would stay high.', cue: 'warned', source: 'The central bank'},
    {text: 'The Washington Post reported that the agency had been warned.', cue: 'reported', source: 'The Washington Post', type: 'named-organization'},
    {text: 'The suspect is believed to have fled the country.', cue: 'is believed', source: null, content: 'to have fled the country', type: 'anonymous'},
    {text: 'The union rejected the offer, saying it did not cover pensions.', cue: 'saying', source: 'The union', content: 'it did not cover pensions'},
    {text: 'He added: “We will not give up.”', cue: 'added', source: 'He', content: '“We will not give up.”', quote: 'direct'},
    {text: 'The mayor called the plan “a disgrace to the city”.', cue: 'called', source: 'The mayor', quote: 'mixed'},
    {text: 'Rights groups called for an independent inquiry.', cue: 'called for', source: 'Rights groups', content: 'an independent inquiry'},
    {text: 'She said, however, that the plant would stay open.', cue: 'said', source: 'She', content: 'the plant would stay open'},
    {text: '“Is the strike over?” Lopez replied.', cue: 'replied', source: 'Lopez', content: '“Is the strike over?”', quote: 'direct'},
    {text: 'Fishermen in the harbour have vowed to fight the expansion.', cue: 'have vowed', source: 'Fishermen in the harbour', type: 'unnamed-group'},
    {text: 'Several herdsmen said the wells had dried up.', cue: 'said', source: 'Several herdsmen', type: 'unnamed-group'},
    {text: 'The dams were a quarter full, according to figures from the water development department (WDD).', cue: 'according to', source: 'figures from the water development department (WDD)', type: 'document'},
    {text: 'Senior party figures said the leader should resign.', cue: 'said', source: 'Senior party figures', type: 'unnamed-group'},
    {text: 'The Anatolia Chamber of Engineers, a professional body based in Adana, warned that surveys had been skipped.', cue: 'warned', source: 'The Anatolia Chamber of Engineers, a professional body based in Adana', type: 'named-organization'},
    {text: 'The industry body said sales fell.', cue: 'said', source: 'The industry body', type: 'named-organization'},
    {text: 'Clear Lobby Europe estimated that 40 groups had access.', cue: 'estimated', source: 'Clear Lobby Europe', type: 'named-organization'},
    {text: 'Asia Moreno said the festival had ignored her.', cue: 'said', source: 'Asia Moreno', type: 'named-person'},
    {text: 'Emma King-Prince said the roof leaked.', cue: 'said', source: 'Emma King-Prince', type: 'named-person'},
    {text: 'A growing body of research suggests that sleep protects memory.', cue: 'suggests', source: 'A growing body of research', type: 'unnamed-person'},
    {text: 'Ana Ruiz, head of the clinic, said the number of patients with asthma, bronchitis and flu had risen.', cue: 'said', source: 'Ana Ruiz, head of the clinic', content: 'the number of patients with asthma, bronchitis and flu had risen', type: 'named-person'},
    {text: 'On Monday, Parliament Vice-President Rafael Ortega said there would be zero tolerance.', cue: 'said', source: 'Parliament Vice-President Rafael Ortega', type: 'named-person'}
  ])('finds `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Acme Air, Land, and Sea said the order was late.', cue: 'said', source: 'Acme Air, Land, and Sea'},
    {text: 'Lee, Hall and Moss said the plan would fail.', cue: 'said', source: 'Lee, Hall and Moss'},
    {text: 'Meanwhile, Hall and Moss said the plan would fail.', cue: 'said', source: 'Hall and Moss'},
    {text: 'On Monday, Hall said the plan would fail.', cue: 'said', source: 'Hall'},
    {text: 'And, Acme says, the keys can be replaced.', cue: 'says', source: 'Acme'},
    {text: 'Yet, a study by Yale and Duke found that the drug worked.', cue: 'found', source: 'a study by Yale and Duke'}
  ])('reads names listed with commas at the start of the subject in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The spokesman refused to officially comment on the report.', cue: 'refused to officially comment on', source: 'The spokesman', content: 'the report'},
    {text: 'The club refused to say whether the coach would stay.', cue: 'refused to say', source: 'The club', content: 'whether the coach would stay'}
  ])('finds a refusal to speak in "$text"', (expected) => expectFound([expected]))

  it.each(['The minister refused to resign.', 'The players refused to fall in line.'])('finds no report in a refusal to act in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  // An authority's act put in force by declaring it is no report.
  it.each([
    'The premier declared a state of emergency across the north on Sunday.',
    'The cabinet has declared a three-month state of emergency in two provinces.',
    'The state declared a curfew earlier in the week.',
    'The president declared three days of national mourning.',
    'The army declared a curfew in the capital.',
    'The mayor declared a local emergency after the levee failed.',
    'The government declared Friday a day of national mourning, and flags flew at half-mast.',
    'Several factories declared a holiday for the day after workers walked out.',
    'A state of emergency has been declared in the town and repair crews have been sent.',
    'Martial law was declared in the province on Sunday.'
  ])('finds no report in an act declared in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'The governor declared that the emergency was over.', cue: 'declared', source: 'The governor', content: 'the emergency was over'},
    {text: 'The candidate declared victory shortly after midnight.', cue: 'declared', source: 'The candidate'},
    {text: 'The governor declared the curfew a success.', cue: 'declared', source: 'The governor'},
    {text: 'The court declared the lockdown unlawful.', cue: 'declared', source: 'The court'},
    {text: 'He declared the quarantine would end on Friday.', cue: 'declared', source: 'He'},
    {text: 'The president declared victory in the disaster zone.', cue: 'declared', source: 'The president'},
    {text: 'The general declared war on the curfew breakers.', cue: 'declared', source: 'The general'}
  ])('still finds a declaration that reports in "$text"', (expected) => expectFound([expected]))

  // A proposal turned down, money pledged, a thing asked for: acts, not reports.
  it.each([
    'Farm unions rejected the pension reforms on Monday.',
    'Dock workers rejected a revised pay offer late on Friday.',
    'Donor nations have pledged more than 800 million dollars for the rebuilding.',
    'Several tenants had asked the council for emergency housing.',
    'The hospital had asked its suppliers for oxygen and masks.',
    'The panel has been asked to report by the end of the year.',
    'He stayed to water the trees until police told him to go.',
    'The guard came back an hour later and told them not to wait.',
    "Police had questioned the company's field manager and two of its contractors.",
    'The engineer had been questioned by investigators on Tuesday.',
    'Officials met again on Friday, but the negotiations had not concluded.',
    'The toll rose to 40, with 12 more deaths reported in the past 24 hours.',
    'No deaths have been reported, but two firefighters were treated for heat exhaustion.'
  ])('finds no report in an act in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each(['The disputed territory lies to the north.', 'Voters in disputed areas stayed home.', 'A hotly disputed election ended on Friday.'])(
    'finds no report in a participle used as an adjective in "%s"',
    (text) => {
      expect(attributions(text)).toEqual([])
    }
  )

  it.each<Case>([
    {text: 'The ministry rejected the claim that it had been warned.', cue: 'rejected', source: 'The ministry'},
    {text: 'Prosecutors rejected that view.', cue: 'rejected', source: 'Prosecutors', content: 'that view'},
    {text: 'The ministry denied that claim on Monday.', cue: 'denied', source: 'The ministry', content: 'that claim on Monday'},
    {text: 'The ministry denied that claims had been altered.', cue: 'denied', source: 'The ministry', content: 'claims had been altered'},
    {text: 'The ministry rejected reports the deal had collapsed.', cue: 'rejected', source: 'The ministry'},
    {text: 'The union rejected claims the offer was final.', cue: 'rejected', source: 'The union'},
    {text: 'The judge asked lawyers for both sides whether they would settle.', cue: 'asked', source: 'The judge'},
    {text: 'The minister pledged 500 new homes would be built this year.', cue: 'pledged', source: 'The minister'},
    {text: 'Organisers disputed the police count.', cue: 'disputed', source: 'Organisers', content: 'the police count'},
    {text: 'The airline disputed that account.', cue: 'disputed', source: 'The airline', content: 'that account'},
    {text: 'The senator pledged to fight the bill.', cue: 'pledged', source: 'The senator'},
    {text: 'Reporters asked the minister whether he would resign.', cue: 'asked', source: 'Reporters'},
    {text: 'Reporters asked of the minister for a second time whether he would resign.', cue: 'asked', source: 'Reporters'},
    {text: 'The minister told the story to reporters on Monday.', cue: 'told', source: 'The minister'},
    {text: 'The inquiry concluded that the pilot was at fault.', cue: 'concluded', source: 'The inquiry'},
    {text: 'Officials reported 12 more deaths on Monday.', cue: 'reported', source: 'Officials'},
    {text: 'Officials investigating the attacks reported that the gunmen had fled.', cue: 'reported', source: 'Officials investigating the attacks'},
    {text: 'Three new cases were reported by the health ministry on Monday.', cue: 'were reported', source: 'the health ministry'},
    {text: 'Researchers at the conference concluded the drug was safe for children.', cue: 'concluded', source: 'Researchers at the conference'},
    {text: 'The meeting concluded the plant should close by March.', cue: 'concluded', source: 'The meeting'},
    {text: "He questioned the experts' conclusions.", cue: 'questioned', source: 'He'},
    {text: 'His account was questioned by investigators, who found no record of the flight.', cue: 'was questioned', source: 'investigators'},
    {text: 'A company spokesman told me to expect a statement on Friday.', cue: 'told me', source: 'A company spokesman'},
    {text: 'The airline told them to expect delays of up to six hours.', cue: 'told them', source: 'The airline'},
    {text: 'Ana Ruiz, the best nurse we ever had, said the director.', cue: 'said', source: 'the director'},
    {text: 'Critics questioned whether the plan would work.', cue: 'questioned', source: 'Critics'},
    {text: "The senator questioned the minister's figures.", cue: 'questioned', source: 'The senator', content: "the minister's figures"},
    {text: 'The mayor confirmed on Friday that the alert declared in May would stay in force.', cue: 'confirmed', source: 'The mayor', content: 'the alert declared in May would stay in force'}
  ])('still finds the report in "$text"', (expected) => expectFound([expected]))

  // A request for comment left unanswered says nothing; what went unanswered otherwise is its content.
  it.each([
    'The ministry did not respond to a request for comment.',
    'The airline did not immediately respond to requests for comment.',
    'The firm has not responded to repeated emails seeking comment.',
    "A spokeswoman didn't reply to a Reuters request for comment on Friday.",
    'The club never responded to phone calls requesting comment.',
    'The council did not respond to emails, calls or messages seeking comment.',
    'The ministry did not respond to a request for comment on the allegations.'
  ])('finds no report in a request for comment left unanswered in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it('keeps a question left unanswered beside a request for comment', () => {
    expectFound([{text: 'The union did not respond to the request for comment, nor to questions about the strike.', cue: 'did not respond', source: 'The union'}])
  })

  // A name held back withholds who the source is, not anything said: no refusal report beside the source's own.
  it.each([
    'Graciela, a pensioner who declined to give her surname, said bread had doubled in price.',
    'A taxi driver, who refused to give his name, said the checkpoint had been moved.',
    'One shopkeeper who declined to give his full name said sales had halved.',
    'The woman, who declined to reveal her identity, said the soldiers came at night.',
    'A farmer who refused to provide his surname said the river flooded twice.',
    'Two students, who declined to give their names, said the exam was cancelled.',
    'A nurse who declined to disclose her last name said the ward was closed.',
    "A miner, who refused to give his real name, said the shaft wasn't safe.",
    'A mother of three who declined to share her surname said the clinic had no doctors.',
    'The guard, who declined to state his name, said nobody had entered the building.',
    'A voter who declined to give her first name said she would not vote again.',
    'A resident who refused to reveal his identity told reporters the water was brown.',
    'An elderly man, who declined to give his family name, says the bus never comes.',
    'A soldier who declined to confirm his name said the unit had pulled back.',
    'A cleaner who declined to spell her surname said the wages were late.',
  ])('reads a name held back as no refusal report in "%s"', (text) => {
    const cues = attributions(text).map((attribution) => attribution.cue.text)
    expect(cues.filter((cue) => /declined|refused/.test(cue))).toEqual([])
    expect(cues).toHaveLength(1)
  })

  it.each<Case>([
    {text: 'The ministry declined to give details of the deal.', cue: 'declined to give', source: 'The ministry'},
    {text: 'The police declined to give the names of the victims.', cue: 'declined to give', source: 'The police'},
    {text: 'The firm declined to reveal its name for the new product.', cue: 'declined to reveal', source: 'The firm'},
    {text: 'The minister declined to give a figure.', cue: 'declined to give', source: 'The minister'},
  ])('still finds a refusal that withholds more than a name in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Sir John Major, who replaced her as leader in 1990, said the party had lost its way.', cue: 'said', source: 'Sir John Major', speaker: 'John Major', type: 'named-person'},
    {text: 'Maria Lopez, a nurse at the clinic, said the wards were full.', cue: 'said', source: 'Maria Lopez, a nurse at the clinic', speaker: 'Maria Lopez'},
    {text: 'The head of the port authority, Ahmed Nasser, said cranes were idle.', cue: 'said', source: 'The head of the port authority, Ahmed Nasser', speaker: 'Ahmed Nasser'},
    {text: 'The president, speaking in Ohio on Tuesday, said tariffs would stay.', cue: 'said', source: 'The president'},
    {text: '“The numbers do not add up,” said Paul Grant, an economist at the institute.', cue: 'said', source: 'Paul Grant, an economist at the institute', quote: 'direct'},
    // A name that lists words with commas ends the description, not the aside.
    {text: 'Jim Cole, a vice president at Acme Defense, Space and Security, said the launch was late.', cue: 'said', source: 'Jim Cole, a vice president at Acme Defense, Space and Security', speaker: 'Jim Cole', type: 'named-person'},
    {text: 'Jim Cole, head of Acme Air, Land, and Sea, said the launch was late.', cue: 'said', source: 'Jim Cole, head of Acme Air, Land, and Sea', speaker: 'Jim Cole', type: 'named-person'},
    // Places and company names with commas of their own inside the description.
    {text: '“The data are clear,” Ann Berg, a fellow at an institute in Lyon, France, and co-author of the study, said.', cue: 'said', source: 'Ann Berg, a fellow at an institute in Lyon, France, and co-author of the study', speaker: 'Ann Berg', quote: 'direct'},
    {text: 'Tom Reyes, vice president of sales for Acme, Inc., said demand was strong.', cue: 'said', source: 'Tom Reyes, vice president of sales for Acme, Inc.', speaker: 'Tom Reyes'},
    {text: 'But Ana Ruiz, head of the Port Workers Forum, a union based in Lima, argued that the cranes were unsafe.', cue: 'argued', source: 'Ana Ruiz, head of the Port Workers Forum, a union based in Lima', speaker: 'Ana Ruiz'},
    {text: 'Ruth Gold, a chemist at Acme Labs in Austin, Texas, and Rice University, said the test failed.', cue: 'said', source: 'Ruth Gold, a chemist at Acme Labs in Austin, Texas, and Rice University', speaker: 'Ruth Gold'},
    // Two people, each with a description, are not one name's description.
    {text: 'Ann Lee, the former envoy, and Tom Hall, a former official, testified on Tuesday.', cue: 'testified', source: 'Tom Hall, a former official'}
  ])('keeps an aside out of the cue in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The regulator often says the rules are clear.', cue: 'often says', source: 'The regulator'},
    {text: 'The ministry did not immediately say whether the tender was cancelled.', cue: 'did not immediately say', source: 'The ministry'},
    {text: 'Lina Haddad, 34, a nurse at the clinic, said the wards were full.', cue: 'said', source: 'Lina Haddad, 34, a nurse at the clinic', speaker: 'Lina Haddad'},
    {text: 'More than six in 10 voters said prices were their main worry.', cue: 'said', source: 'More than six in 10 voters'},
    {text: 'About 1,400 teachers said they would strike on Monday.', cue: 'said', source: 'About 1,400 teachers', type: 'unnamed-group'},
    {text: 'The leak was found by the Tribune, which first reported the story in May.', cue: 'first reported', source: 'which', type: 'named-organization'},
    {text: 'Union lawyers and labour experts say the ruling will be appealed.', cue: 'say', source: 'Union lawyers and labour experts'},
    {text: 'He and his deputy said the border would stay open.', cue: 'said', source: 'He and his deputy'},
    // "and" inside the object of the head's preposition joins that object, not two sources.
    {text: 'The Harbour Commission on safety and trade found that the docks are unsafe.', cue: 'found', source: 'The Harbour Commission on safety and trade'},
    {text: 'The director of research and policy at the institute said prices would rise.', cue: 'said', source: 'The director of research and policy at the institute'},
    {text: 'He spoke about pollution and health officials said the air was bad.', cue: 'said', source: 'health officials'},
    {text: 'Speaking in Lima on Monday, the minister rejected the plan, saying it was unfair.', cue: 'saying', source: 'the minister'},
    {text: 'In a long letter to members, the union rejected the offer, saying it ignored pensions.', cue: 'saying', source: 'the union'}
  ])('finds the subject around adverbs, ages, numbers, conjunctions and openers in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: '“We were never consulted,” said Rosa Lindqvist, 52, a dairy farmer near the border.', cue: 'said', source: 'Rosa Lindqvist, 52, a dairy farmer near the border', speaker: 'Rosa Lindqvist'},
    {text: 'The bridge was never inspected, said Ana Duarte, director of the Harbour Safety Institute.', cue: 'said', source: 'Ana Duarte, director of the Harbour Safety Institute'},
    {text: '“It is a good start,” said the mayor, adding that more money was needed.', cue: 'said', source: 'the mayor'},
    {text: '“It is a good start,” said the mayor, in a statement.', cue: 'said', source: 'the mayor'},
    {text: 'The port is closed, said Ivan Petrov, the harbour master, citing the storm.', cue: 'said', source: 'Ivan Petrov, the harbour master', content: 'The port is closed'},
    // A name that ends like a participle; a second relative clause that describes the source too.
    {text: '“The dikes were never raised,” said Henning Brandt, a river warden.', cue: 'said', source: 'Henning Brandt, a river warden'},
    {text: '“Trade follows politics here,” said an economist who advises traders and who asked not to be named.', cue: 'said', source: 'an economist who advises traders', type: 'anonymous'},
    // A place of two names joined by an en dash.
    {text: '“We lost the house,” said Rosa Quispe, a vendor who sleeps beside the Lima–Canta road.', cue: 'said', source: 'Rosa Quispe, a vendor who sleeps beside the Lima–Canta road'}
  ])('takes the description after an inverted source into it in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The fares will rise again in May, said Tom Reyes, who chairs the transit board.', cue: 'said', source: 'Tom Reyes', speaker: 'Tom Reyes'},
    {text: 'The bridge was never inspected, said Ana Duarte, director of the institute, which tracks repairs.', cue: 'said', source: 'Ana Duarte, director of the institute'},
    {text: 'The mine had flooded twice before, according to the company, which denied any fault.', cue: 'according to', source: 'the company'},
    {text: 'He was held for a week, said a 40-year-old driver from the city, who asked not to be named for fear of reprisals.', cue: 'said', source: 'a 40-year-old driver from the city', content: 'He was held for a week'},
    {text: 'The plan was dropped, according to two people with knowledge of the decision, one of whom said it had been shelved.', cue: 'according to', source: 'two people with knowledge of the decision'},
    {text: '“I do not trust it,” said Ana Ruiz, a car owner in Ohio, who said her brakes had failed.', cue: 'said', source: 'Ana Ruiz, a car owner in Ohio', content: '“I do not trust it,”'}
  ])('leaves a relative clause set off by a comma out of a source after its cue in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: '“We are hungry,” said one miner who has worked at the pit for 11 years.', cue: 'said', source: 'one miner who has worked at the pit for 11 years'},
    {text: 'The letters were confirmed by two officials who had seen them.', cue: 'were confirmed', source: 'two officials who had seen them'},
    {text: 'The vote was rigged, said another official who asked not to be named.', cue: 'said', source: 'another official who asked not to be named', content: 'The vote was rigged'}
  ])('keeps a restrictive relative clause in a source after its cue in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Tom Hale, 19, who was making his debut, said he had no idea where the ball went.', cue: 'said', source: 'Tom Hale, 19'},
    {text: 'Ana Ruiz, whose husband was hurt in a crash, urged the council to approve the plan.', cue: 'urged', source: 'Ana Ruiz', content: 'the council to approve the plan'},
    {text: 'The mayor, who staked her career on the deal, appeared on television with her aides and vowed to keep working.', cue: 'vowed', source: 'The mayor'},
    {text: 'The footage shows a pattern of abuse by the guards, who have used force, said the group.', cue: 'said', source: 'the group'},
    {text: 'A diplomat, speaking on condition of anonymity, said Paris was ready to "go far" but warned that others were "playing with fire".', cue: 'warned', source: 'A diplomat', content: 'others were "playing with fire"'}
  ])('finds the subject before a relative or participle aside in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: "Ana Ruiz, the party's housing critic, reached on Sunday, said the findings were damning.", cue: 'said', source: "Ana Ruiz, the party's housing critic"},
    {text: 'Tom Hale, a spokesman, reached by phone, said the plant would close.', cue: 'said', source: 'Tom Hale, a spokesman'}
  ])('reads past a participle aside to the appositive before it in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'A regional official with knowledge of the firefighting effort, who was not authorized to speak, said crews had arrived.', cue: 'said', source: 'A regional official with knowledge of the firefighting effort'},
    {text: 'A source close to the housing secretary said talks were continuing.', cue: 'said', source: 'A source close to the housing secretary'},
    {text: 'A source close to the levelling up secretary said talks were continuing.', cue: 'said', source: 'A source close to the levelling up secretary'},
    {text: 'Critics of the ruling party said the vote was unfair.', cue: 'said', source: 'Critics of the ruling party'},
    {text: "The party's housing critic said rents were too high.", cue: 'said', source: "The party's housing critic"},
    {text: 'A 19-year-old nursing student said the ward was short of staff.', cue: 'said', source: 'A 19-year-old nursing student'},
    {text: 'A senior banking official said the loans were safe.', cue: 'said', source: 'A senior banking official'},
    // A past form that is also a participle, before a preposition, modifies the source after an inverted cue.
    {text: '“Nobody came,” said residents stuck in the town.', cue: 'said', source: 'residents stuck in the town'},
    {text: '“It hurt,” said a woman struck by the car.', cue: 'said', source: 'a woman struck by the car'},
    {text: '“It was cheap,” said shoppers caught in the rush.', cue: 'said', source: 'shoppers caught in the rush'},
    {text: 'Lena Park, a visiting painting tutor, said the class was full.', cue: 'said', source: 'Lena Park, a visiting painting tutor'},
    {text: 'Karim, a 31-year-old mining engineer who asked that only his first name be used for fear of losing work, said the pay had stopped.', cue: 'said', source: 'Karim, a 31-year-old mining engineer who asked that only his first name be used for fear of losing work'},
    {text: 'The state-run shipping firm said exports fell.', cue: 'said', source: 'The state-run shipping firm', type: 'named-organization'}
  ])('reads a participle after an article as part of the source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Internal audits, emails and briefing notes obtained by the paper reveal officials raised alarms.', cue: 'reveal', source: 'Internal audits, emails and briefing notes obtained by the paper', content: 'officials raised alarms'},
    {text: 'Documents obtained by the newspaper show the plan was rushed.', cue: 'show', source: 'Documents obtained by the newspaper'}
  ])('takes documents obtained by someone as the source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The institute cut its growth forecast last week, citing weak orders, and said spending would lift output.', cue: 'said', source: 'The institute'},
    {text: 'The embassy keeps its own monitor and reported Wednesday that the air was hazardous.', cue: 'reported', source: 'The embassy'},
    {text: 'The rebels set their terms on Monday, saying talks were over.', cue: 'saying', source: 'The rebels'}
  ])('ends the subject at a verb with no ending before a possessive in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Ana Ruiz, a member of the committee, posted on X that the recall was overdue.', cue: 'posted on X', source: 'Ana Ruiz, a member of the committee', content: 'the recall was overdue'},
    {text: 'The mayor posted on his Facebook page that the road would reopen.', cue: 'posted on his Facebook page', source: 'The mayor'}
  ])('reads a post with a clause as a cue in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The low was the warmest on record, the weather service posted on Facebook.', cue: 'posted on Facebook', source: 'the weather service', content: 'The low was the warmest on record'},
    {text: 'Sales rose, the company posted on its website.', cue: 'posted on its website', source: 'the company', content: 'Sales rose'},
    {text: 'Mobile internet was cut by evening, monitoring group NetWatch posted on Twitter, adding that traffic had fallen.', cue: 'posted on Twitter', source: 'monitoring group NetWatch', content: 'Mobile internet was cut by evening'},
    {text: 'Mobile internet was cut by evening, monitoring group NetWatch posted on Twitter, adding that traffic had fallen.', cue: 'adding', source: 'monitoring group NetWatch', content: 'traffic had fallen'}
  ])('reads a post on a platform that ends the sentence as a cue for the clause before in "$text"', (expected) => expectFound([expected]))

  it.each([
    'Sales rose 5 percent, and the company posted on Monday.',
    'Residents posted on Facebook.',
    'The party, the largest in the coalition, issued an ultimatum in a statement posted on its X account.',
    'After the game, fans posted on social media.',
    'Shortly after the attack, the group posted on Telegram.',
    'Police are looking for the man in the video, which a neighbour posted on Facebook.',
    'The family said he loved football, and his sister posted on Facebook.'
  ])('reads no post without a platform or a clause before in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => attribution.cue.text.startsWith('posted')), text).toEqual([])
  })

  it.each<Case>([
    {text: 'In 2002 Ana Ruiz wrote that the seas were empty.', cue: 'wrote', source: 'Ana Ruiz'},
    {text: 'He met the leader, who in 2010 said the goal was to win.', cue: 'said', source: 'who'}
  ])('steps over a year between the subject and the cue in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Supporters outside the club on Monday evening insisted the results were false.', cue: 'insisted', source: 'Supporters outside the club'}
  ])('steps over a weekday with a time of day between the subject and the cue in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Critics alleged that the money had been moved.', cue: 'alleged', source: 'Critics', content: 'the money had been moved'},
    {text: 'Analysts estimate that the strike cost the airline $8 million.', cue: 'estimate', source: 'Analysts', content: 'the strike cost the airline $8 million'},
    {text: 'Economists broadly agree that a recession is unlikely.', cue: 'broadly agree', source: 'Economists', content: 'a recession is unlikely'},
    {text: 'The institute assessed that the troops would advance.', cue: 'assessed', source: 'The institute'},
    {text: 'His lawyer submitted that the directors were not involved.', cue: 'submitted', source: 'His lawyer', content: 'the directors were not involved'},
    {text: 'The unions threatened on Tuesday to shut down the ports.', cue: 'threatened', source: 'The unions', content: 'to shut down the ports'},
    {text: 'The court ruled on Monday that the search was lawful.', cue: 'ruled', source: 'The court', content: 'the search was lawful'},
    {text: 'The researcher stresses that one year of data proves nothing.', cue: 'stresses', source: 'The researcher'},
    {text: 'Critics question whether the cuts can last.', cue: 'question', source: 'Critics', content: 'whether the cuts can last'},
    {text: 'The panel recommended that the plant be closed.', cue: 'recommended', source: 'The panel'},
    {text: 'The treasury projects that growth will slow.', cue: 'projects', source: 'The treasury'},
    {text: 'The coach accepted that the club needed new players.', cue: 'accepted', source: 'The coach', content: 'the club needed new players'},
    {text: 'Aides to the governor countered that the budget was balanced.', cue: 'countered', source: 'Aides to the governor', content: 'the budget was balanced'},
    {text: 'Farmers lamented that the rain came too late.', cue: 'lamented', source: 'Farmers', content: 'the rain came too late'},
    {text: 'Some traders speculated that the bank would cut rates.', cue: 'speculated', source: 'Some traders', content: 'the bank would cut rates'},
    {text: 'Ranchers in the region deny that they use fire to clear pasture.', cue: 'deny', source: 'Ranchers in the region', content: 'they use fire to clear pasture'},
    {text: 'Opposition MP Tom Hale charged that the bill stripped out safeguards.', cue: 'charged', source: 'Opposition MP Tom Hale', content: 'the bill stripped out safeguards'},
    {text: 'Engineers caution that the levee could fail again.', cue: 'caution', source: 'Engineers', content: 'the levee could fail again'},
    {text: 'Republicans in the House claim the bill is dead.', cue: 'claim', source: 'Republicans in the House'},
    {text: 'The Taliban claim they control most of the country.', cue: 'claim', source: 'The Taliban'},
    {text: 'The US and Britain claim the tanker was attacked.', cue: 'claim', source: 'The US and Britain'},
    {text: 'Schools reopened on Monday, with the CDC telling parents that masks were optional.', cue: 'telling', source: 'the CDC'},
    {text: 'The company says based on current trends, profits will fall by half.', cue: 'says', source: 'The company'},
    {text: 'The ministry notes compared with last year, exports have doubled.', cue: 'notes', source: 'The ministry'},
    {text: 'The ministry claimed–without offering evidence–that the attack had been staged.', cue: 'claimed', source: 'The ministry'},
    {text: 'The Smiths recall that the river rose at night.', cue: 'recall', source: 'The Smiths'},
    {text: 'Aid agencies serving the displaced say the response has been slowed by fuel shortages.', cue: 'say', source: 'Aid agencies serving the displaced'},
    {text: 'A Dutch couple renting a cottage near the ridge said nobody warned them.', cue: 'said', source: 'A Dutch couple renting a cottage near the ridge', type: 'unnamed-group'},
    // A mass noun after "that" opens the clause's subject, a preposition after it.
    {text: 'The judge ruled that evidence from the search was inadmissible.', cue: 'ruled', source: 'The judge'},
    {text: 'The panel recommended that funding for the program be cut.', cue: 'recommended', source: 'The panel'},
    {text: 'Rivals countered that crime in the city had risen.', cue: 'countered', source: 'Rivals'}
  ])('reads a verb that reports with its complement in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: '“That is simply false,” she countered.', cue: 'countered', source: 'she', content: '“That is simply false,”'},
    {text: '“Not a chance,” retorted the deputy minister.', cue: 'retorted', source: 'the deputy minister', content: '“Not a chance,”'},
    {text: '“We were robbed,” the coach lamented.', cue: 'lamented', source: 'the coach', content: '“We were robbed,”'},
    {text: '“It could take a decade,” the engineer estimated.', cue: 'estimated', source: 'the engineer', content: '“It could take a decade,”'}
  ])('reads such a verb after a quotation\'s closing mark in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The two sides agreed to a ceasefire.',
    'She submitted her report on Monday.',
    'The estimate was revised twice.',
    'Inspectors assessed the damage to the bridge.',
    'The flood threatens the town.',
    'The judge ruled out a retrial.',
    'Party rules that bind delegates were changed.',
    'The project that failed cost millions.',
    'The figures call into question whether the plan works.',
    'The board accepted the offer.',
    'The firm charged that fee last year.',
    'The court accepted that offer last week.',
    'Critics of the plan have long made charges that the agency ignored.',
    'The workers\' union countered with a new offer.',
    'The minister lamented the loss of the factory.',
    '“Go home,” he shouted as the crowd scoffed.',
    'He laughed at her claims that the count was rigged.',
    'It is hard to deny that prices rose.',
    'Drivers should use caution that night.',
    'Investors should exercise caution that the rally may not last.'
  ])('finds no report in the same verbs without their complement in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'The coalition is widely thought to have one chance left.', cue: 'is widely thought', source: null, content: 'to have one chance left', type: 'anonymous'},
    {text: 'The ruling is widely regarded as a defeat for the unions.', cue: 'is widely regarded as', source: null, content: 'a defeat for the unions', type: 'anonymous'},
    {text: 'The port has long been seen as the key to the region.', cue: 'has long been seen as', source: null, content: 'the key to the region'},
    {text: 'The new limits are widely considered inadequate.', cue: 'are widely considered', source: null, content: 'inadequate', type: 'anonymous'},
    {text: 'The bill is generally considered to be dead.', cue: 'is generally considered', source: null, content: 'to be dead', type: 'anonymous'}
  ])('reads a belief hedged by a degree adverb as a report with no source in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The striker is seen as a future captain.',
    'The film was widely seen by children.'
  ])('finds no report in a view held with no degree adverb, or a thing seen, in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'The auditor-general warned that the process lacked transparency.', cue: 'warned', source: 'The auditor-general', content: 'the process lacked transparency'},
    {text: 'The editor-in-chief noted that the paper would close.', cue: 'noted', source: 'The editor-in-chief'}
  ])('reads a hyphenated title as a speaker in "$text"', (expected) => expectFound([expected]))

  it('reads a finding whose clause is quoted from its verb on', () => {
    expectFound([{text: 'The inspector found the process “lacked any oversight”.', cue: 'found', source: 'The inspector', content: 'the process “lacked any oversight”'}])
  })

  it.each<Case>([
    {text: 'The central bank signalled that rates would stay on hold.', cue: 'signalled', source: 'The central bank', content: 'rates would stay on hold'},
    {text: 'The minister emphasised that the plan would work.', cue: 'emphasised', source: 'The minister'},
    {text: 'The minister said the plan was sound, recognising that costs had risen.', cue: 'recognising', source: 'The minister', content: 'costs had risen'}
  ])('reads a British spelling as its American one in "$text"', (expected) => expectFound([expected]))

  it('reads a hailing as a characterisation', () => {
    expectFound([{text: 'The minister hailed the figures as proof that the plan worked.', cue: 'hailed', source: 'The minister', content: 'the figures as proof that the plan worked'}])
  })

  it.each<Case>([
    {text: 'A study published this week estimated that the ban would cost 3% of output.', cue: 'estimated', source: 'A study', type: 'document'},
    {text: 'The monthly figures released on Tuesday showed prices fell.', cue: 'showed', source: 'The monthly figures', content: 'prices fell'},
    {text: 'A poll released Monday found that most voters backed the plan.', cue: 'found', source: 'A poll'},
    {text: 'A study by the Institute for Research (IR) published this week estimated that the ban would cost 3%.', cue: 'estimated', source: 'A study by the Institute for Research (IR)'}
  ])('steps back over the publication of a document to the document in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Police put the death toll at 23.', cue: 'put', source: 'Police'},
    {text: 'The union puts the figure at about 3 million.', cue: 'puts', source: 'The union', content: 'the figure at about 3 million'},
    {text: 'Initial estimates have put the damage in the hundreds of millions.', cue: 'have put', source: 'Initial estimates', type: 'document'},
    {text: 'The Flood Relief Agency (FRA) on Monday put the number of homes damaged at 4,000.', cue: 'put', source: 'The Flood Relief Agency (FRA)'},
    {text: 'The mayor, Ana Ruiz, confirmed the attack and put the death toll at 12.', cue: 'put', source: 'The mayor, Ana Ruiz'},
    {text: 'A survey of 1,000 adults put support for the deal at 50 per cent.', cue: 'put', source: 'A survey of 1,000 adults'},
    {text: 'A national audit put total government debt at 20.7 trillion yuan.', cue: 'put', source: 'A national audit'},
    {text: 'Local officials put damage at more than $2 million.', cue: 'put', source: 'Local officials'},
    {text: 'Analysts put the cost of the war at $1 trillion.', cue: 'put', source: 'Analysts'},
    {text: 'The ministry puts unemployment at 7 percent.', cue: 'puts', source: 'The ministry'},
    {text: 'Club accounts put its debts at £31m.', cue: 'put', source: 'Club accounts'},
    {text: 'A circular issued by the pricing agency on Tuesday put the price of petrol at between N151.56 and N162.44 per litre.', cue: 'put', source: 'A circular issued by the pricing agency on Tuesday', type: 'document'},
    {text: 'Economists put the cost of the outages at R2bn a day.', cue: 'put', source: 'Economists'},
    {text: 'Rights groups estimate the death toll at more than 12,000.', cue: 'estimate', source: 'Rights groups'},
    {text: 'The latest poll puts Labour at 40 per cent.', cue: 'puts', source: 'The latest poll', type: 'document'}
  ])('reads a figure put at a number as the subject\'s estimate in "$text"', (expected) => expectFound([expected]))

  it.each([
    'His campaign put the issue at the centre of the race.',
    'He put Lacerda at the centre of the campaign.',
    'The council put the plan at risk.',
    'He put his hand on the table.',
    'The coach put faith in young players at the start of the season.',
    'The firm put 200 workers on leave at its plant in 2019.',
    'They put pressure on the council at every meeting.',
    'She put it at the top of her list in 2020.'
  ])('finds no estimate in a thing put at a place in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'The complaint, filed on Monday by a former inspector, alleges that managers set quotas.', cue: 'alleges', source: 'The complaint', type: 'document'},
    {text: 'The bank\'s monthly figures, released on Tuesday, showed that lending fell.', cue: 'showed', source: 'The bank\'s monthly figures'}
  ])('steps back over a participle set off by commas to the document in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'It is understood the club has offered to keep the manager.', cue: 'is understood', source: null, content: 'the club has offered to keep the manager'},
    {text: 'It is believed two men were hurt.', cue: 'is believed', source: null, content: 'two men were hurt'}
  ])('reads an impersonal passive with no "that" before its clause in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The central bank is understood to have warned that a default would put funding at risk.', cue: 'is understood to have warned', source: 'The central bank', content: 'a default would put funding at risk', type: 'named-organization'},
    {text: 'Several backbenchers are understood to have told the whip that they would vote against the bill.', cue: 'are understood to have told', source: 'Several backbenchers'},
    {text: 'The minister is understood to have met union leaders last week.', cue: 'is understood', source: null, content: 'to have met union leaders last week'},
    {text: 'The player is understood to have asked for a transfer.', cue: 'is understood', source: null, content: 'to have asked for a transfer'}
  ])('gives what the subject is understood to have said to the subject, and a deed to no one, in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The mayor, Ana Ruiz, visited the site and said the fire was out.', cue: 'said', source: 'The mayor, Ana Ruiz', content: 'the fire was out'},
    {text: 'An analyst, Tom Lee, welcomed the plan but argued that it came too late.', cue: 'argued', source: 'An analyst, Tom Lee'},
    {text: 'Acme, a retail chain, acknowledged that sales fell, but said profits rose.', cue: 'said', source: 'Acme, a retail chain', content: 'profits rose'},
    {text: 'The mayor, Ana Ruiz, acknowledged that the repairs were late, but said the road would reopen.', cue: 'said', source: 'The mayor, Ana Ruiz'},
    {text: 'Protest leaders rejected the reforms announced by the ministry, calling them "too little, too late".', cue: 'calling', source: 'Protest leaders'},
    {text: 'The plan was announced by the ministry, saying it would cut costs.', cue: 'saying', source: 'the ministry'}
  ])('gives a second verb the sentence\'s subject with its apposition in "$text"', (expected) => expectFound([expected]))

  it.each([
    ['Ana Ruiz, Tom Lee, and Jo Park will tour in June and said the dates were set.', 'Ana Ruiz, Tom Lee'],
    ['Artists, writers, actors and scientists signed a letter and called on voters to act.', 'Artists, writers']
  ])('reads no list as a subject with an apposition in "%s"', (text, list) => {
    expect(attributions(text).map((attribution) => attribution.source?.text)).not.toContain(list)
  })

  it.each<Case>([
    {text: 'The report by the Water Watch found high levels of lead in the river.', cue: 'found', source: 'The report by the Water Watch', type: 'document'},
    {text: 'A study of 2,000 patients shows a sharp rise in cases.', cue: 'shows', source: 'A study of 2,000 patients', content: 'a sharp rise in cases'},
    {text: 'The report by the Water Watch (WW) found high levels of lead.', cue: 'found', source: 'The report by the Water Watch (WW)'},
    {text: 'The report by the Water Watch (WW), based on samples taken in June, found high levels of lead.', cue: 'found', source: 'The report by the Water Watch (WW)'}
  ])('reads a document that heads its subject as the evidence for a finding verb in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The court ruled only on emergency filings by states that want to act.',
    'The firm uses big data to help brands find suppliers.'
  ])('finds no document finding where the verb is a noun or another clause\'s in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'The deaths were preventable, the coroner has found.', cue: 'has found', source: 'the coroner', content: 'The deaths were preventable'},
    {text: 'The fire was started deliberately, investigators found, and the alarm had failed.', cue: 'found', source: 'investigators', content: 'The fire was started deliberately'}
  ])('reads a finding set after its clause, whoever found it, in "$text"', (expected) => expectFound([expected]))

  it.each(['When the police arrived, the money was found.', 'The fire was out, and nothing was found.', 'Schools found to lack proper control have faced bans.', 'Drivers found to have been drinking will lose their licences.'])('finds no finding in a passive "found" in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'Analysts believe the bank will cut rates next month.', cue: 'believe', source: 'Analysts', content: 'the bank will cut rates next month', type: 'unnamed-group'},
    {text: 'Economists reckon the central bank will raise rates again in June.', cue: 'reckon', source: 'Economists', type: 'unnamed-group'},
    {text: 'Residents privately fear the plant will never reopen.', cue: 'privately fear', source: 'Residents', content: 'the plant will never reopen'},
    {text: 'Traders estimate the harvest will be 20 percent smaller.', cue: 'estimate', source: 'Traders'},
    {text: 'Police believe he may have been seen near the station.', cue: 'believe', source: 'Police'},
    {text: 'Investigators believe the victims were killed elsewhere.', cue: 'believe', source: 'Investigators'},
    {text: 'Most bank economists now believe cuts will come sooner.', cue: 'now believe', source: 'Most bank economists', content: 'cuts will come sooner'},
    {text: 'Analysts expect the dispute to be settled before the summer.', cue: 'expect', source: 'Analysts', content: 'the dispute to be settled before the summer'},
    {text: 'Analysts expect other producers in the platinum belt to face similar demands.', cue: 'expect', source: 'Analysts', content: 'other producers in the platinum belt to face similar demands'},
    {text: 'Forecasters expect the storm to make landfall on Thursday.', cue: 'expect', source: 'Forecasters'},
    {text: 'Many economists had expected the central bank to hold rates steady.', cue: 'had expected', source: 'Many economists'},
    {text: 'Some senior officials think the chairwoman is at risk of losing her seat.', cue: 'think', source: 'Some senior officials'},
    {text: 'Diplomats in the capital fear a ceasefire could collapse within days.', cue: 'fear', source: 'Diplomats in the capital'},
    {text: 'U.S. intelligence officials believe the hackers have scaled back.', cue: 'believe', source: 'U.S. intelligence officials'},
    {text: 'Investors reckoned the merger would be blocked by regulators.', cue: 'reckoned', source: 'Investors'},
    {text: 'The authorities suspect the fire was started deliberately.', cue: 'suspect', source: 'The authorities'},
    {text: 'Doctors fear the outbreak could spread to neighbouring districts.', cue: 'fear', source: 'Doctors'},
    {text: 'Historians think the letter was written in 1848.', cue: 'think', source: 'Historians'},
    {text: 'Farmers worry the drought will last another year.', cue: 'worry', source: 'Farmers'},
    {text: 'Others fear the deal will collapse before the vote.', cue: 'fear', source: 'Others'},
    {text: 'Few people in the town think the mine will reopen.', cue: 'think', source: 'Few people in the town'},
    {text: 'Analysts believe that the bank will cut rates.', cue: 'believe', source: 'Analysts', content: 'the bank will cut rates'},
    {text: 'Economists forecast growth will slow next year.', cue: 'forecast', source: 'Economists', content: 'growth will slow next year'},
    {text: 'Grain traders had already forecast that the harvest would disappoint.', cue: 'had already forecast', source: 'Grain traders'}
  ])('reads a belief or forecast held by people in the plural, with a clause after it, in "$text"', (expected) => expectFound([expected]))

  it.each([
    'I believe the plan will work.',
    'I believe in God.',
    'She did not believe him.',
    'Voters fear the candidate at the pole furthest from them.',
    'Investors who believe the market will rise bought shares.',
    'Many people believed in him.',
    'Fans expect to see a better performance next week.',
    'The workers expect a pay rise this year.',
    'Officials think about the future every day.',
    'The weather forecast for Sunday is grim.',
    'Residents fear for their homes.',
    'Doctors expected the worst.',
    'The company thinks it can win the contract.'
  ])('finds no belief without people in the plural and a clause in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'Victims gathered at a relief camp said they had not eaten for two days.', cue: 'said', source: 'Victims gathered at a relief camp', type: 'unnamed-group'},
    {text: 'A complaint filed with the court says the firm misled investors.', cue: 'says', source: 'A complaint filed with the court', type: 'document'},
    {text: 'Residents displaced by the floods said the aid had not reached them.', cue: 'said', source: 'Residents displaced by the floods'},
    {text: 'Farmers interviewed in the region said the harvest had failed.', cue: 'said', source: 'Farmers interviewed in the region'},
    {text: 'Workers employed at the plant say conditions have worsened.', cue: 'say', source: 'Workers employed at the plant'},
    {text: 'Passengers stranded at the airport said they had been given no information.', cue: 'said', source: 'Passengers stranded at the airport'},
    {text: 'A study published in the journal argued the policies had helped.', cue: 'argued', source: 'A study published in the journal'},
    {text: 'Emails released under freedom of information laws say the minister was warned.', cue: 'say', source: 'Emails released under freedom of information laws'},
    {text: 'Sources quoted by the state broadcaster said the talks had resumed.', cue: 'said', source: 'Sources quoted by the state broadcaster'},
    {text: 'Protesters detained at the border told reporters they had been beaten.', cue: 'told reporters', source: 'Protesters detained at the border'},
    {text: 'The authors of the study published in the journal argued that the risks were high.', cue: 'argued', source: 'The authors of the study published in the journal', type: 'unnamed-group'},
    {text: 'The co-author of the report warned that the figures were incomplete.', cue: 'warned', source: 'The co-author of the report'}
  ])('keeps a participle phrase after a source\'s noun in the source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The part of the debate devoted to taxes revealed a gulf between the candidates.', cue: 'revealed', source: 'taxes'},
    {text: 'The leader of the group Maria Ortiz blasted on a conference call the plan as “morally wrong.”', cue: 'call', source: 'the plan'}
  ])('takes no participle after a noun that cannot speak, nor after a name, into the source in "$text"', (expected) => {
    expect(attributions(expected.text).map((attribution) => attribution.source?.text)).not.toContain(expected.text.slice(0, expected.text.indexOf(' ' + expected.cue)))
  })

  it.each<Case>([
    {text: 'Diplomats have privately expressed concern that the ceasefire could collapse.', cue: 'have privately expressed', source: 'Diplomats', content: 'concern that the ceasefire could collapse'},
    {text: 'Three states have also voiced doubts about lending to the country.', cue: 'have also voiced', source: 'Three states', content: 'doubts about lending to the country'},
    {text: 'The minister expressed confidence that the bill would pass.', cue: 'expressed', source: 'The minister'},
    {text: 'Residents have voiced strong opposition to the new road.', cue: 'have voiced', source: 'Residents', content: 'strong opposition to the new road'},
    {text: 'The bank expressed deep regret for the error.', cue: 'expressed', source: 'The bank'},
    {text: 'Several senators voiced support for the nominee on Tuesday.', cue: 'voiced', source: 'Several senators'},
    {text: 'The president expressed his condolences to the families of the victims.', cue: 'expressed', source: 'The president'},
    {text: 'Investors have expressed interest in the stake.', cue: 'have expressed', source: 'Investors'},
    {text: 'Parents voice fears over school closures.', cue: 'voice', source: 'Parents'},
    {text: '"This is unacceptable," she said, voicing frustration at the delay.', cue: 'voicing', source: 'she', content: 'frustration at the delay'}
  ])('reads a stance expressed or voiced as a report in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The gene is expressed in cells of the liver.',
    'She has a voice of support in the cabinet.',
    'He expressed the package by courier.',
    'The singer voiced the main character in the film.',
    'His fears were expressed in a letter.',
    'The crisis gave voice to the anger of farmers.'
  ])('finds no stance expressed in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'He told reporters the memo “changes nothing,” adding that any bill would need 60 votes.', cue: 'adding', source: 'He', content: 'any bill would need 60 votes'},
    {text: 'The senator said the system was "corrupt," noting that the bank had paid no fine.', cue: 'noting', source: 'The senator', content: 'the bank had paid no fine'}
  ])('gives a participle after a quotation\'s closing mark the speaker before it in "$text"', (expected) => expectFound([expected]))

  it('takes no verb inside a quotation as a second verb of its speaker', () => {
    expect(attributions('The coach said that his player "cannot start a fight and then claim he was bullied."').map((attribution) => attribution.cue.text)).toEqual(['said'])
  })

  it('takes no year for the source of a verb after one', () => {
    const sources = attributions('She retired in 1991 and in 2002 wrote a memoir.').map((attribution) => attribution.source?.text)
    expect(sources.some((source) => source !== undefined && /\d/.test(source))).toBe(false)
  })

  it.each(['The firm posted on Monday a loss of $3 million.', 'She posted a photo of the flood.'])('reads no post without a clause as a cue in "%s"', (text) => {
    expect(attributions(text).map((attribution) => attribution.cue.text)).toEqual([])
  })

  it.each<Case>([
    {text: 'Support for the plan fell to 41 percent, according to a poll conducted by the university last week.', cue: 'according to', source: 'a poll conducted by the university last week', type: 'document'},
    {text: 'According to a Tribune/Channel 4 survey released on Sunday, most voters back the ban.', cue: 'According to', source: 'a Tribune/Channel 4 survey released', content: 'most voters back the ban'},
    {text: 'According to Lena Ortiz, the town clerk, most voters back the ban.', cue: 'According to', source: 'Lena Ortiz, the town clerk', content: 'most voters back the ban'},
    {text: 'The mine had flooded twice before, according to Jorge Ruiz, a geologist at the state university.', cue: 'according to', source: 'Jorge Ruiz, a geologist at the state university'},
    {text: 'The mine had flooded twice before, according to the company, adding that nobody was hurt.', cue: 'according to', source: 'the company'}
  ])('runs an "according to" source to the end of its clause in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The governor, according to her office, spent the night at the hospital.', cue: 'according to', source: 'her office', content: 'spent the night at the hospital'},
    {text: 'A further 12 schools, according to the district, were closed on Monday by the storm.', cue: 'according to', source: 'the district', content: 'were closed on Monday by the storm'},
    {text: 'Most of the crowd had left by midnight, according to the police, which kept the square closed.', cue: 'according to', source: 'the police', content: 'Most of the crowd had left by midnight'},
    {text: 'Rents rose again, according to two agents, adding to the strain on tenants.', cue: 'according to', source: 'two agents', content: 'Rents rose again'}
  ])('reads "according to" between commas inside a clause as an aside of that clause in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The analyst pointed out that this is a seasonal market.', cue: 'pointed out', source: 'The analyst', content: 'this is a seasonal market'},
    {text: 'Critics have pointed out the plan costs more.', cue: 'have pointed out', source: 'Critics', content: 'the plan costs more'},
    {text: 'The regulator points out that fees have doubled.', cue: 'points out', source: 'The regulator', content: 'fees have doubled'},
    {text: 'The company flat-out denied the allegations.', cue: 'flat-out denied', source: 'The company', content: 'the allegations'},
    {text: 'The coach said last season was the hardest.', cue: 'said', source: 'The coach', content: 'last season was the hardest'},
    {text: 'The coach said last week that the season was over.', cue: 'said', source: 'The coach', content: 'the season was over'}
  ])('finds a phrasal or adverb-led cue and a content that opens with a time word in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Some said they felt betrayed by the vote.', cue: 'said', source: 'Some', content: 'they felt betrayed by the vote', type: 'unnamed-group'},
    {text: 'Of the 40 workers, many said they would strike.', cue: 'said', source: 'many', type: 'unnamed-group'},
    {text: 'As the Tribune reported last week, the talks stalled.', cue: 'reported', source: 'the Tribune', content: 'the talks stalled'},
    {text: 'Prices rose, as the bank said.', cue: 'said', source: 'the bank', content: 'Prices rose'}
  ])('reads a quantifier standing for people and an "as" clause around the source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The statement continued: “We will act within the law.”', cue: 'continued', source: 'The statement', type: 'document', quote: 'direct'},
    {text: 'The letter read: “We will not close the clinic.”', cue: 'read', source: 'The letter', type: 'document', quote: 'direct'},
    {text: '“We did nothing wrong,” the statement read.', cue: 'read', source: 'the statement', content: '“We did nothing wrong,”', type: 'document'},
    {text: '“No effort will be spared,” the statement read, “to bring the children home.”', cue: 'read', source: 'the statement', type: 'document'}
  ])('takes a quotation before or after a colon as what a document says in "$text"', (expected) => expectFound([expected]))

  it('finds two attributions in one sentence and stops the first content at the second', () => {
    const found = attributions('A union leader declined to comment on the strike, but the company said production had stopped.')
    expect(found.map((attribution) => attribution.cue.text)).toEqual(['declined to comment on', 'said'])
    expect(found[0]!.content?.text).toBe('the strike')
    expect(found[1]!.source?.text).toBe('the company')
  })

  it('finds a nested attribution under a media credit', () => {
    const found = attributions('The minister said the deal was close, according to Reuters.')
    expect(found.map((attribution) => [attribution.cue.text, attribution.source?.text])).toEqual([
      ['said', 'The minister'],
      ['according to', 'Reuters']
    ])
    expect(found[1]!.content?.text).toBe('The minister said the deal was close')
  })

  it('takes a quote that runs over paragraphs as one content', () => {
    const text = '“We have waited long enough.\n\n“Now the work starts,” the coach said.'
    const found = attributions(text)
    expect(found).toHaveLength(1)
    expect(found[0]!.content?.text).toBe(text.slice(0, text.indexOf(' the coach')))
    expect(found[0]!.quote).toBe('direct')
  })

  it('gives a quoted sentence with no cue to the previous speaker', () => {
    const found = attributions('“It was a fair trial,” the judge said. “The appeal will fail.”')
    expect(found).toHaveLength(2)
    expect(found[1]!.cue.text).toBe('')
    expect(found[1]!.content?.text).toBe('“The appeal will fail.”')
    expect(found[1]!.speaker).toBe(found[0]!.speaker)
    expect(found[1]!.sourceType).toBe('unnamed-person')
  })

  it('folds continued quotes into the first attribution when told to', () => {
    expect(tag('“It was a fair trial,” the judge said. “The appeal will fail.”', {continuations: false}).data.attributions).toHaveLength(1)
  })

  it.each([
    ['“We are ready,” the mayor said. “The pumps are running. The levee will hold.”', ['“The pumps are running. The levee will hold.”']],
    ['The union leader said the vote was final. “We will not go back to the table.”', ['“We will not go back to the table.”']],
    ['The union leader said the vote was final.\n\n“We will not go back to the table.”', ['“We will not go back to the table.”']],
    ['The coach said: “We played well.\n\n“We will be back next year.”', ['“We will be back next year.”']],
    ['“Sales fell,” the analyst wrote. “Buyers are waiting.\n\n“Nobody wants to go first.”', ['“Buyers are waiting.', '“Nobody wants to go first.”']],
    ['“We are ready,” the mayor said at a news conference. “The pumps are running.”', ['“The pumps are running.”']],
    // A cue in the next sentence that takes in none of the quotation leaves it to the speaker before.
    ['“We are ready,” the mayor said. “Stay home.” Officials said the river rose.', ['“Stay home.”']]
  ])('gives each paragraph of a continued quote its own attribution in %j', (text, contents) => {
    const continued = attributions(text).filter((attribution) => attribution.cue.text === '')
    expect(continued.map((attribution) => attribution.content?.text)).toEqual(contents)
  })

  it.each([
    ['The editor said today press freedom was under threat.', 'press freedom was under threat'],
    ['The minister said yesterday news of the deal had leaked.', 'news of the deal had leaked']
  ])('reads a medium after a bare time word as the content in %j', (text, content) => {
    expect(attributions(text)[0]!.content?.text).toBe(content)
  })

  it('keeps the subject before a cue whose object is followed by its occasion', () => {
    expect(attributions('Ben Okri, the council’s longest-serving member, cited the bylaw at the hearing on Monday.')[0]!.source?.text).toBe('Ben Okri, the council’s longest-serving member')
  })

  it.each([
    '“We are ready,” the mayor said. “Prices fell. Why buy now?” the trader asked.',
    '“We are ready,” the mayor said.\n\n“Storm watch”\n\nThe river rose overnight.',
    '“We are ready,” the mayor said. The river rose overnight. It fell by noon. Then it rained. “Stay home.”',
    // A passive has no one whose quotation could go on.
    'It was reported that the mill would close. “We regret this decision.”'
  ])('finds no continued quote in %j', (text) => {
    expect(attributions(text).filter((attribution) => attribution.cue.text === '')).toEqual([])
  })

  it('leaves a quote that runs over paragraphs to the cue that closes it', () => {
    const text = 'The lawyer said she would appeal.\n\n“We have met every condition.\n\n“What more can they ask?” her client said.'
    expect(attributions(text).map((attribution) => [attribution.cue.text, attribution.content?.text])).toEqual([
      ['said', 'she would appeal'],
      ['said', text.slice(text.indexOf('“We have'), text.indexOf(' her client'))]
    ])
  })

  it('keeps a paragraph that carries on no one in the content before it', () => {
    const text = 'The coach said: “We played well.\n\n“Next year — the title”\n\nThe season ends in May.'
    const found = attributions(text)
    expect(found).toHaveLength(1)
    expect(found[0]!.content?.text).toBe(text.slice(text.indexOf('“We'), text.indexOf('”') + 1))
  })

  it.each([
    ['“We will find him,” the chief said at a news conference.', '“We will find him,”'],
    ['“We will find him,” the chief said on a conference call.', '“We will find him,”'],
    ['The chief said at a press conference that they would find him.', 'they would find him'],
    ['The chief said at an evening briefing on Monday that they would find him.', 'they would find him']
  ])('skips the occasion after the cue in %j', (text, content) => {
    expect(attributions(text)[0]!.content?.text).toBe(content)
  })

  it.each([
    ['“When the inspectors said the dam was safe, we believed them,” the mayor said.', 'the mayor'],
    ['“You say you want lower taxes, but you vote for the opposite,” Senator Ruth Obi told the crowd.', 'Senator Ruth Obi'],
    ['“I told them it would not work,” said the engineer.', 'the engineer']
  ])('takes a cue inside a quotation as part of what is said in "%s"', (text, source) => {
    expect(attributions(text).map((attribution) => attribution.source?.text)).toEqual([source])
  })

  it('finds a named third party’s position relayed inside a quotation, as the seed gold does', () => {
    const found = attributions('“Now the Teamsters insist that the contract must cover pensions,” the mediator said.')
    expect(found.map((attribution) => [attribution.cue.text, attribution.source?.text])).toEqual([
      ['insist', 'the Teamsters'],
      ['said', 'the mediator']
    ])
  })

  it.each([
    ['The demands of both unions reveal how far apart the sides remain.', []],
    ['The premier’s visit to Ottawa confirms the thaw between the two capitals.', []],
    ['The head of the union confirmed the strike would go ahead.', ['confirmed']],
    ['The demands of the workers were modest, the mediator said.', ['said']]
  ])('needs a source that can speak for a verb with other meanings in "%s"', (text, cues) => {
    expect(attributions(text as string).map((attribution) => attribution.cue.text)).toEqual(cues)
  })

  it.each([
    ['Local news reports said the bridge had been closed.', ['said'], ['Local news reports']],
    ['She has won 384 pledged delegates so far.', [], []]
  ])('reads a reporting noun or participle as what it is in "%s"', (text, cues, sources) => {
    const found = attributions(text as string)
    expect(found.map((attribution) => attribution.cue.text)).toEqual(cues)
    expect(found.map((attribution) => attribution.source?.text)).toEqual(sources)
  })

  it.each([
    'He wanted to say more about the plan.',
    'The report was published on Monday.',
    'Officials in the state capital met on Tuesday.',
    'Her remarks drew applause from the crowd.',
    'The arrow pointed to the exit.',
    'The deal gave some say in hiring to the board.',
    'The report continued to draw criticism.',
    'Lena Ortiz reported from Nairobi.',
    'Tom Hale and Ana Ruiz reported from Geneva on Friday.'
  ])('finds no attribution in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })
})

describe('regressions on real-world shapes', () => {
  it.each([
    ['A union official, who asked not to be named because he was not authorised to speak to the press, said the strike would go ahead.', 'because he was not authorised to speak to the press'],
    ['A police officer, who declined to be identified, said two men were held.', null],
    ['The engineer, who requested anonymity, said the dam had cracked.', null],
    // A reason with no comma before the cue ends at the cue; a fear before the request is the reason.
    ['A spokesperson who did not wish to be named because of agency policy said no one was held.', 'because of agency policy'],
    ['A resident of the camp, a farmer who feared reprisals from the militia and asked not to be identified, said the wells were dry.', 'feared reprisals from the militia'],
    // Names withheld in other words, and reasons of protection, practice or safety.
    ['One man, who gave his name only as Abu Ali for fear of reprisals against relatives, said the town was starving.', 'for fear of reprisals against relatives'],
    ['The guard, who asked not to be identified to protect his family, said the gate was open.', 'to protect his family'],
    ['A diplomat, speaking on condition of anonymity in line with diplomatic practice, said the deal was close.', 'in line with diplomatic practice'],
    ['A guard, who asked not to be named for security reasons, said the gate was open.', 'for security reasons'],
    ['Speaking on condition of anonymity because the talks are secret, a diplomat said the deal was close.', 'because the talks are secret']
  ])('reads a request for anonymity as a marker, not a cue, in "%s"', (text, justification) => {
    const found = attributions(text as string)
    expect(found.map((attribution) => attribution.cue.text)).toEqual(['said'])
    expect(found[0]!.sourceType).toBe('anonymous')
    expect(found[0]!.justification?.text ?? null).toBe(justification)
  })

  it.each([
    ['The project reportedly costs $40 million.', 'reportedly', 'The project reportedly costs $40 million'],
    ['Shipping lines reportedly lost $30 million during the closure.', 'reportedly', 'Shipping lines reportedly lost $30 million during the closure'],
    ['The rebels are believed to hold three hostages.', 'are believed', 'to hold three hostages'],
    ['The talks were said to be close to collapse.', 'were said', 'to be close to collapse']
  ])('takes an agentless hedge as a sourceless, anonymous, hedged report in "%s"', (text, cue, content) => {
    const file = tag(text)
    const [found] = file.data.attributions!
    expect(found).toMatchObject({source: null, sourceType: 'anonymous', anonymous: true, specificity: 0, hedged: true})
    expect(found!.cue.text).toBe(cue)
    expect(found!.content?.text).toBe(content)
    expect(file.messages.filter((message) => message.ruleId === 'unsourced-hedge').map((message) => message.actual)).toEqual([cue])
    expect(file.messages.some((message) => message.ruleId === 'bare-anonymous-source')).toBe(false)
  })

  it.each([
    ['The senator allegedly took bribes from a road contractor.', ['allegedly']],
    ['The regulator reportedly believes the merger will fail.', ['reportedly']],
    ['The company allegedly dumped waste in the river, the Guardian reported.', []]
  ])('warns on a hedge adverb whether or not it heads an attribution in "%s"', (text, hedges) => {
    expect(tag(text).messages.filter((message) => message.ruleId === 'unsourced-hedge').map((message) => message.actual)).toEqual(hedges)
  })

  it('keeps the belief holder of a hedged stance as its source', () => {
    expectFound([{text: 'The regulator reportedly believes the merger will fail.', cue: 'reportedly believes', source: 'The regulator', type: 'named-organization'}])
  })

  it.each([
    'On Friday the council was set to vote on a resolution calling for a pause in the fighting.',
    'Lawmakers backed an amendment calling for higher taxes on land.'
  ])('reads a participle after a noun as its modifier, not a report, in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'The report found that the hospital had been understaffed for years.', cue: 'found', source: 'The report', type: 'document'},
    {text: 'Polls show the ruling party ahead by six points.', cue: 'show', source: 'Polls', type: 'document'},
    {text: 'A court filing shows the company knew of the defect.', cue: 'shows', source: 'A court filing', type: 'document'},
    {text: 'The audit also found gaps in the payroll.', cue: 'also found', source: 'The audit', type: 'document'},
    {text: 'The suspect fled abroad, according to the indictment.', cue: 'according to', source: 'the indictment', type: 'document'},
    {text: 'The affidavit states that the driver fled on foot.', cue: 'states', source: 'The affidavit', type: 'document'},
    {text: 'Early results showed the ruling party ahead in the capital.', cue: 'showed', source: 'Early results', type: 'document'},
    {text: 'A 2009 parliamentary probe found importers had been paid twice.', cue: 'found', source: 'A 2009 parliamentary probe', type: 'document'},
    {text: 'The drills end on Friday, according to a notice posted by the army.', cue: 'according to', source: 'a notice posted by the army', type: 'document'},
    {text: 'The fee was waived, according to a copy of the contract seen by the paper.', cue: 'according to', source: 'a copy of the contract seen by the paper', type: 'document'},
    {text: 'The recall covers 4,000 cars, according to a summary posted on the maker\'s website.', cue: 'according to', source: 'a summary posted on the maker\'s website', type: 'document'}
  ])('types a document that says something as a document in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The hikers found the missing dog near the lake.',
    'The court found him guilty of fraud.',
    'They found out the hard way.',
    'The team found someone they would hire.',
    'Voters found themselves without a polling station.',
    'The lawyer was found guilty of contempt.'
  ])('finds no report in someone who found something in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'The Lancet Commission found that air pollution killed millions.', cue: 'found', source: 'The Lancet Commission', content: 'air pollution killed millions'},
    {text: 'Researchers at the university found that the drug worked.', cue: 'found', source: 'Researchers at the university', content: 'the drug worked'},
    {text: 'The auditor found the tender process had been rushed.', cue: 'found', source: 'The auditor', content: 'the tender process had been rushed'}
  ])('finds a body or people who found that something is so in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Ana Lopez chairs the election board. Lopez replied that the vote had been fair.', cue: 'replied', source: 'Lopez', type: 'named-person'},
    {text: 'Okafor, the club captain, said the squad was ready.', cue: 'said', source: 'Okafor, the club captain', type: 'named-person'},
    {text: 'Ottawa said the tariffs were illegal.', cue: 'said', source: 'Ottawa', type: 'named-organization'},
    {text: 'Brazil rejected the offer, saying it was too low.', cue: 'saying', source: 'Brazil', type: 'named-organization'},
    {text: 'NATO said the drills would go ahead.', cue: 'said', source: 'NATO', type: 'named-organization'},
    {text: 'Tata executives met on Monday. Tata said output would fall.', cue: 'said', source: 'Tata', type: 'named-organization'},
    {text: 'Siemens, which employs 300,000 people, said orders were up.', cue: 'said', source: 'Siemens', type: 'named-organization'},
    {text: 'Democrats said the bill was dead.', cue: 'said', source: 'Democrats', type: 'named-organization'},
    // A post in a body whose name holds "of" leads the person's name.
    {text: 'Bank of Ruritania Governor Ana Ruiz said rates would stay high.', cue: 'said', source: 'Bank of Ruritania Governor Ana Ruiz', speaker: 'Ana Ruiz', type: 'named-person'},
    {text: 'University of Leeds professor Jan Berg said the data was clear.', cue: 'said', source: 'University of Leeds professor Jan Berg', speaker: 'Jan Berg', type: 'named-person'},
    {text: 'Office of Budget and Planning Director Li Wei said the plan was final.', cue: 'said', source: 'Office of Budget and Planning Director Li Wei', speaker: 'Li Wei', type: 'named-person'},
    {text: 'The Bank of Ruritania said rates would stay high.', cue: 'said', source: 'The Bank of Ruritania', type: 'named-organization'},
    // A two-word name that ends in a word of trade is a company's.
    {text: 'Trains stopped. Coastal Rail said service would resume.', cue: 'said', source: 'Coastal Rail', type: 'named-organization'},
    {text: 'Nordic Bio said the trial met its goals.', cue: 'said', source: 'Nordic Bio', type: 'named-organization'},
    {text: 'Harbor Energy warned that repairs would take weeks.', cue: 'warned', source: 'Harbor Energy', type: 'named-organization'},
    // A lowercase particle between names is part of the full name.
    {text: 'Prices will rise, said Monica de Bolle, a fellow at the institute.', cue: 'said', source: 'Monica de Bolle, a fellow at the institute', speaker: 'Monica de Bolle', type: 'named-person'},
    // A surname that is also a common word, once the article gave it in full.
    {text: 'Chris Early, who runs the studio, told investors that sales rose. Early said the game would ship in May.', cue: 'said', source: 'Early', speaker: 'Chris Early', type: 'named-person'}
  ])('types a bare name as a person once the article introduced it, else as a body, in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Some residents blamed the council for the floods.', cue: 'blamed', source: 'Some residents', content: 'the council for the floods'},
    {text: 'He blames the media for his defeat.', cue: 'blames', source: 'He'},
    {text: 'The mayor hit back after she visited the city and blamed officers for the delay.', cue: 'blamed', source: 'she'}
  ])('finds who blamed someone for something in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The losses could be blamed on poor management.',
    'He listed problems that he blamed on the old board.'
  ])('finds no report in a cause something is blamed on in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'They called him a liar.', cue: 'called', source: 'They'},
    {text: 'The opposition leader called the budget reckless, saying it ignored farmers.', cue: 'saying', source: 'The opposition leader'},
    {text: 'Reporters asked whether the minister would resign.', cue: 'asked', source: 'Reporters', content: 'whether the minister would resign'}
  ])('finds characterisations and questions as PolNeAR marks them in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The senator answered the question by saying the bill was dead.', cue: 'saying', source: 'The senator', content: 'the bill was dead'},
    {text: 'The union rebuked the mayor for suggesting that wages be frozen.', cue: 'suggesting', source: 'The union'},
    {text: 'The coach stopped short of calling for a new vote.', cue: 'calling for', source: 'The coach'},
    {text: 'She left the stage after warning that the plant would close.', cue: 'warning', source: 'She'}
  ])('gives a gerund after a preposition the clause\'s subject, not the object before it, in "$text"', (expected) => expectFound([expected]))

  it.each([
    ['Ana Ruiz said the clinic would close. She’d said so before.', 'She'],
    ['The tenants said the rent was unfair. They’ve argued it for years.', 'They']
  ])('types a contracted pronoun as its pronoun in "%s"', (text, plain) => {
    const contracted = attributions(text).at(-1)!
    const bare = attributions(text.replace(/['’](d|ve|ll) /, ' ')).at(-1)!
    expect(contracted.source?.text.startsWith(plain)).toBe(true)
    expect(contracted.sourceType).toBe(bare.sourceType)
    expect(contracted.speaker).toBe(bare.speaker)
  })

  it.each<Case>([
    {text: 'Donors pressed the governor into announcing a review.', cue: 'announcing', source: 'the governor'},
    {text: 'Residents at first said the water was safe.', cue: 'first said', source: 'Residents'}
  ])('ends a source read back to a preposition at the noun before it in "$text"', (expected) => expectFound([expected]))

  it.each(['Residents called the police after the blast.', 'She called him back an hour later.'])('reads "called" as telephoning in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })
})

describe('house styles of other newsrooms', () => {
  it.each<Case>([
    {text: 'Officials in Nairobi told reporters on Tuesday that the fuel tax would stay.', cue: 'told reporters', source: 'Officials in Nairobi', content: 'the fuel tax would stay'},
    {text: 'The ministry said in a statement on Monday that exports had fallen.', cue: 'said in a statement', source: 'The ministry', content: 'exports had fallen'},
    {text: 'A senior official told The Hindu that the file had been returned.', cue: 'told The Hindu', source: 'A senior official', content: 'the file had been returned'},
    {text: 'Mr Menon told PTI that the project had been delayed.', cue: 'told PTI', source: 'Mr Menon', type: 'named-person'},
    {text: 'A spokesperson for the ministry said the talks would continue.', cue: 'said', source: 'A spokesperson for the ministry', type: 'unnamed-person'},
    {text: 'FRANKFURT (Reuters) - The country’s biggest lender said on Tuesday it would cut 2,000 jobs.', cue: 'said', source: 'The country’s biggest lender', type: 'named-organization'},
    {text: '‘We will not back down,’ the union leader said.', cue: 'said', source: 'the union leader', content: '‘We will not back down,’', quote: 'direct'},
    {text: "'It is too early to say,' said Priya Nair, a spokeswoman for the airline.", cue: 'said', source: 'Priya Nair, a spokeswoman for the airline', quote: 'direct'},
    {text: 'The union leader said: ‘We will not back down.’', cue: 'said', source: 'The union leader', content: '‘We will not back down.’', quote: 'direct'},
    {text: 'The plan will be shelved, a government official was quoted by Xinhua as saying.', cue: 'was quoted by Xinhua as saying', source: 'a government official', content: 'The plan will be shelved'},
    {text: 'The farmers’ leader told ANI that the protest would continue.', cue: 'told ANI', source: 'The farmers’ leader', content: 'the protest would continue'},
    {text: 'Exports rose 4 percent, according to a statement from the trade ministry.', cue: 'according to', source: 'a statement from the trade ministry', type: 'document'},
    {text: 'The ministry’s spokesperson, Amina Bello, said the border would reopen.', cue: 'said', source: 'The ministry’s spokesperson, Amina Bello', speaker: 'Amina Bello', type: 'named-person'},
    {text: 'Mr Mensah, who spoke to this newspaper, said the market had been flooded.', cue: 'said', source: 'Mr Mensah', type: 'named-person'},
    {text: 'Grace Achieng, who heads the traders’ union, said the levy was illegal. She further said the levy would be challenged in court.', cue: 'further said', source: 'She', speaker: 'Grace Achieng'},
    {text: 'Ravi Kumar, who chairs the panel, said the hearings were over. He added that the report was due in May.', cue: 'added', source: 'He', speaker: 'Ravi Kumar'},
    {text: 'The opposition claimed that the count had been rigged.', cue: 'claimed', source: 'The opposition', content: 'the count had been rigged'},
    {text: 'The count was rigged, the opposition alleged.', cue: 'alleged', source: 'the opposition', content: 'The count was rigged'},
    {text: 'The company said in a filing with the stock exchange that profit fell.', cue: 'said in a filing with the stock exchange', source: 'The company', content: 'profit fell'},
    // Cues PolNeAR train confirms: "recounted" 10 of 12, "hints" 7 of 10, "hinted" 3 of 5.
    {text: '“We had nothing,” the founder recounted at the launch.', cue: 'recounted', source: 'the founder', content: '“We had nothing,”'},
    {text: 'The minister hinted that taxes would rise.', cue: 'hinted', source: 'The minister', content: 'taxes would rise'},
    {text: 'A small survey of nurses hints that staffing has improved.', cue: 'hints', source: 'A small survey of nurses', content: 'staffing has improved'},
    // A negated contraction joins the cue, not the source.
    {text: 'The carmaker didn’t say when the wagon would go on sale.', cue: 'didn’t say', source: 'The carmaker', content: 'when the wagon would go on sale'},
    {text: "Police haven't said what caused the fire.", cue: "haven't said", source: 'Police'},
    // A relative clause or participle phrase after the source's head is part of the source.
    {text: 'A spokesperson who did not wish to be named because of agency policy said the camp was full.', cue: 'said', source: 'A spokesperson who did not wish to be named because of agency policy', type: 'anonymous'},
    {text: 'The doctors offering to run the clinic noted that the cells were cold.', cue: 'noted', source: 'The doctors offering to run the clinic'},
    {text: 'The clerk who took the call recalled that he said the vote was rigged.', cue: 'said', source: 'he'},
    // A passive participle after an inverted source describes it; a document is no person who signed it.
    {text: 'Dr. Ana Ruiz, a signatory to the letter, spoke first. “Act now,” says the letter signed by seven doctors.', cue: 'says', source: 'the letter signed by seven doctors', type: 'document'},
    // A source inside the clause it reports: the longer part stands for the content.
    {text: 'The new bridge, the mayor said, would cost twice as much as the old one.', cue: 'said', source: 'the mayor', content: 'would cost twice as much as the old one'},
    {text: 'In 2010, Ortiz wrote, she sold the farm to a developer from Lima.', cue: 'wrote', source: 'Ortiz', content: 'she sold the farm to a developer from Lima'},
    {text: 'The rates will rise, the bank said, and exports will fall.', cue: 'said', source: 'the bank', content: 'The rates will rise'},
    {text: 'Meanwhile, Okafor says, the shops are running out of flour.', cue: 'says', source: 'Okafor', content: 'the shops are running out of flour'},
    // A quotation that ends a clause opened before it: the clause is the content.
    {text: 'Hosting the final “is a dream for the city,” the mayor said.', cue: 'said', source: 'the mayor', content: 'Hosting the final “is a dream for the city,”', quote: 'mixed'},
    {text: 'He changed his account — “I now remember,” he said.', cue: 'said', source: 'he', content: '“I now remember,”', quote: 'direct'}
  ])('finds `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each<[string, Attribution['sourceType'], number]>([
    // Knowledge with no affiliation: the wire formula "the matter" is worth an affiliation, a named matter both.
    ['Sources close to the matter said the merger had been agreed.', 'unnamed-group', 1],
    ['Officials familiar with the talks said a deal was near.', 'unnamed-group', 2],
    ['Finance ministry officials familiar with the talks said a deal was near.', 'unnamed-group', 3],
    // "People familiar with" is the formula for sources a story does not name, one or many.
    ['People with knowledge of the matter said the bank would cut jobs.', 'anonymous', 1],
    ['Two people familiar with the matter said the bank would cut jobs.', 'anonymous', 1],
    ['A person briefed on the review said the bank would cut jobs.', 'anonymous', 2],
    ["A person briefed on Acme's review said the bank would cut jobs.", 'anonymous', 2],
    ['A senior official, speaking on the condition of anonymity, said the plan had been shelved.', 'anonymous', 1],
    ['A source, speaking on the condition of anonymity, said the plan had been shelved.', 'anonymous', 0],
    ['A senior source said the plan had been shelved.', 'anonymous', 0],
    ['Senior officials said the plan had been shelved.', 'unnamed-group', 1],
    ['A senior Kenyan official said the plan had been shelved.', 'unnamed-person', 2],
    ['A senior official, requesting anonymity, said the plan had been shelved.', 'anonymous', 1],
    // One insider in the wire's words is unnamed as "people familiar with" are; one who took part is not.
    ['A US official familiar with the talks said a deal was near.', 'anonymous', 3],
    ['A banker with knowledge of the bid said the offer was in cash.', 'anonymous', 3],
    ['A researcher involved in the study said the data were sound.', 'unnamed-person', 3],
    // The person an adviser serves is where the adviser works, not the source's name.
    ['An adviser to Prime Minister Ana Ruiz, who requested anonymity, said the plan had been shelved.', 'anonymous', 2]
  ])('types and grades the anonymous formulas of wire copy in "%s"', (text, type, specificity) => {
    const [found] = attributions(text)
    expect(found!.sourceType).toBe(type)
    expect(found!.specificity).toBe(specificity)
  })
})

describe('weak points of earlier rounds', () => {
  it.each<Case>([
    {text: 'The coach declined to comment on the transfer.', cue: 'declined to comment on', source: 'The coach', content: 'the transfer'},
    // PolNeAR takes the one who issued a statement as the source of "saying" (14 of 14 in train).
    {text: 'The union issued a statement saying the strike would go ahead.', cue: 'saying', source: 'The union', content: 'the strike would go ahead'},
    {text: 'After a long night of talks, the council released a statement calling the deal fair.', cue: 'calling', source: 'the council'},
    // A relayed position inside a quotation: a time adjunct opening the clause is not the source.
    {text: '“This time the Teamsters insist that the contract is dead,” the mediator said.', cue: 'insist', source: 'the Teamsters', type: 'named-organization'},
    {text: 'Last week the regulator said the fines would double.', cue: 'said', source: 'the regulator'},
    // Scraped text that lost a full stop before "The": the phrase starts at "The".
    {text: 'Inspectors have stepped up checks on the harbour cranes The port authority said it would add more staff.', cue: 'said', source: 'The port authority', content: 'it would add more staff'},
    {text: 'A reporter for The Washington Post said the memo was genuine.', cue: 'said', source: 'A reporter for The Washington Post'}
  ])('finds `$cue` with its source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The senator criticised the plan and said allies were worried.', cue: 'said', source: 'The senator', content: 'allies were worried'},
    {text: 'The court overruled the lower court and said the law was valid.', cue: 'said', source: 'The court', content: 'the law was valid'},
    {text: 'The coach thanked the fans and the players and told reporters the season was over.', cue: 'told reporters', source: 'The coach'},
    {text: 'He endorsed the mayor, but told reporters that the race was close.', cue: 'told reporters', source: 'He', content: 'the race was close'},
    {text: 'The minister met survivors on Thursday and said the state must act.', cue: 'said', source: 'The minister', content: 'the state must act'},
    // A time adjunct between the conjunction and the verb; a past form with no regular ending before it.
    {text: 'The mine owners are facing calls to compensate the families of the miners and on Friday signaled a willingness to pay.', cue: 'signaled', source: 'The mine owners'},
    {text: 'The coach shook his head and said the season was over.', cue: 'said', source: 'The coach', content: 'the season was over'},
    {text: 'The ombudsman, a small but outspoken office, said it had received complaints from tenants in Leeds and Bradford and urged landlords to repair the flats.', cue: 'urged', source: 'The ombudsman', content: 'landlords to repair the flats'}
  ])('gives a coordinated reporting verb the subject of the first verb in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Senator Ana Ruiz, the No. 2 Democrat in the Senate, said the vote would slip.', cue: 'said', source: 'Senator Ana Ruiz', content: 'the vote would slip'},
    {text: 'The coach insisted his team was still No. 1 in the league.', cue: 'insisted', source: 'The coach', content: 'his team was still No. 1 in the league'}
  ])('reads on past an abbreviation before a number ("No. 2") in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Officials have in particular noted that the dam is old.', cue: 'have in particular noted', source: 'Officials', content: 'the dam is old'},
    {text: 'Critics have in recent weeks warned that the plan would fail.', cue: 'have in recent weeks warned', source: 'Critics'},
    {text: 'Residents had at first said the water was safe.', cue: 'had at first said', source: 'Residents'},
    {text: 'Farmers have begun urging the council to act.', cue: 'have begun urging', source: 'Farmers', content: 'the council to act'},
    {text: 'The club kept insisting it had done nothing wrong.', cue: 'kept insisting', source: 'The club'}
  ])('takes the noun phrase before a verb group with an adverbial or aspect verb as the source in "$text"', (expected) => expectFound([expected]))

  it.each<[string, string[]]>([
    ['The question has had to be asked of every candidate.', ['asked']],
    ['The firms are among retailers that said prices rose.', []]
  ])('leaves an infinitive or a relative clause out of the verb group in %j', (text, cues) => {
    expect(attributions(text).map((attribution) => attribution.cue.text)).toEqual(cues)
  })

  it.each<Case>([
    // Colon introductions with no reporting verb: the subject's words.
    {text: 'The coach was blunt: “We were not good enough.”', cue: 'was blunt', source: 'The coach', content: '“We were not good enough.”', quote: 'direct'},
    {text: 'The chairman put it bluntly: “We are broke.”', cue: 'put it bluntly', source: 'The chairman', quote: 'direct'}
  ])('finds the colon introduction `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each(['The message on the door was short: “Closed.”', 'Here is the list: “Bread, milk and eggs.”'])('finds no speaker for a colon quotation after a thing in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each([
    'Unions sent a letter urging the council to drop the plan.',
    'Residents signed a petition demanding a new bridge.',
    'On Friday the council was set to vote on a resolution calling for a pause in the strikes.'
  ])('reads a participle after a letter or resolution as modifying it, not as a report, in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it('finds no content in a connective before the source', () => {
    expect(attributions('After that, Lena wrote, and wrote, and wrote.')).toEqual([])
  })

  it.each([
    'The troupe is staging a play called “The Long Winter” this spring.',
    'She wrote a poem called “Harbour Lights” about her father.'
  ])('reads "called" right after a noun as naming it, not as a characterisation, in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => attribution.cue.text === 'called')).toEqual([])
  })
})

describe('cue senses seen on unseen outlets', () => {
  it.each([
    'The agency is working on a call for proposals for new instruments.',
    'The mayor repeated her call for calm after the storm.',
    'The space agency was adding five companies to the contract.',
    'The league also added two new teams to its northern division.'
  ])('finds no report in a noun "call" or in adding things to something in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => /call|add/.test(attribution.cue.text))).toEqual([])
  })

  it.each([
    'The game signals a shift in how the studio works.',
    'A deal announced on Monday ends the strike.',
    'The script called for a night scene in the rain.',
    'The new design pledges nothing the old one did not.'
  ])('finds no source in a thing that signals, announces or calls for something in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each([
    'The flares were bright enough to be noted on most nights.',
    'She was honoured to be asked to speak at the conference.',
    'When the allergen is feathers, the illness is called “feather lung.”',
    'Reporters were denied access to the count.',
    'Two of the men have been denied bail.',
    'More than 300 cases have been reported in the north.',
    'Turnout was estimated at around 60 per cent.'
  ])('finds no report in a passive infinitive, a name given, a thing refused or a place in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each([
    ['It was reported on Monday that the plant would close.', 'was reported'],
    ['The suspect is accused of fraud.', 'is accused'],
    ['The charge is explained in a letter written by the mayor.', 'is explained in a letter']
  ])('keeps an agentless passive that reports a clause or a charge in "%s"', (text, cue) => {
    expect(attributions(text).map((attribution) => attribution.cue.text)).toEqual([cue])
  })

  it('keeps a passive infinitive that says the report happens', () => {
    expect(attributions('It is the first time the question has had to be asked of a candidate.').map((attribution) => attribution.cue.text)).toEqual(['asked'])
  })

  it.each<Case>([
    // No list holds every noun for a person: an agent's ending, or a pronoun of quantity, may speak.
    {text: 'The county examiner concluded that the death was an accident.', cue: 'concluded', source: 'The county examiner', type: 'unnamed-person'},
    {text: 'Another wondered whether the bridge would hold.', cue: 'wondered', source: 'Another', type: 'unnamed-person'},
    {text: 'The patient described the pain as sharp.', cue: 'described', source: 'The patient', type: 'unnamed-person'},
    {text: 'The retail giant announced that it would cut jobs.', cue: 'announced', source: 'The retail giant', type: 'named-organization'},
    {text: 'The policy manual notes that visas may be revoked.', cue: 'notes', source: 'The policy manual', type: 'document'}
  ])('keeps a person, a body or a text no list names as the source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // PolNeAR train marks 4 of its 6 "has long said"-like verb groups with the adverb in the cue.
    {text: 'Union leaders have long warned that the plant is understaffed.', cue: 'have long warned', source: 'Union leaders', content: 'the plant is understaffed'},
    {text: 'The company has still not said when the line will reopen.', cue: 'has still not said', source: 'The company'},
    {text: 'The Greens have so far voiced doubts about the tunnel.', cue: 'have so far voiced', source: 'The Greens', content: 'doubts about the tunnel'},
    {text: 'Officials have as yet declined to say when the line will reopen.', cue: 'have as yet declined to say', source: 'Officials'},
    {text: 'Officials have thus far refused to say when the line will reopen.', cue: 'have thus far refused to say', source: 'Officials'},
    // PolNeAR train marks 45 of 49 "continued" next to a quotation.
    {text: '“The plan is sound,” he continued.', cue: 'continued', source: 'he', content: '“The plan is sound,”'},
    {text: 'The coach continued: “We will be back next year.”', cue: 'continued', source: 'The coach', content: '“We will be back next year.”'}
  ])('finds `$cue` with its source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The senator, who’s called for a recount, stayed home.', cue: 'called for', source: 'who’s'}
  ])('finds `$cue` with its source in "$text"', (expected) => expectFound([expected]))

  it.each([
    ['Spokesman Tom Reyes said Monday that Governor Paul Keller has long called for lower taxes. He said the bill would pass.', 'Tom Reyes'],
    ['Aide Maria Lopez told reporters that Senator Ana Ruiz has asked for a delay. She said talks would go on.', 'Maria Lopez']
  ])('takes the reporting source, not one reported inside its content, as whom the next pronoun refers to in "%s"', (text, speaker) => {
    const pronoun = attributions(text).find((attribution) => /^(He|She)$/.test(attribution.source?.text ?? ''))
    expect(pronoun?.speaker).toBe(speaker)
  })

  it.each([
    ['Mayor Tom Reyes spoke on Monday. “We will build it,” said Paul Dane, the head of the council. Mr. Reyes’s approach has not yet produced a deal. He said talks would go on.', 'Tom Reyes'],
    ['Coach Leo Marsh was hired in May. “It is a good fit,” said Sam Hale, an agent. Marsh’s tactics have drawn criticism. He said the team was improving.', 'Leo Marsh']
  ])('takes the owner of a thing the sentence is about as whom the next pronoun refers to in "%s"', (text, speaker) => {
    const pronoun = attributions(text).find((attribution) => attribution.source?.text === 'He')
    expect(pronoun?.speaker).toBe(speaker)
  })

  it('does not take the owner of a person the sentence is about as whom the next pronoun refers to', () => {
    const text = 'Anchor Sam Hale was praised. “We had a fine night,” said Leo Marsh, an editor. Hale’s longtime colleague Tom Reyes drew criticism. He said it was fair.'
    const pronoun = attributions(text).find((attribution) => attribution.source?.text === 'He')
    expect(pronoun?.speaker).not.toBe('Sam Hale')
  })

  it.each<Case>([
    {text: 'Mayor Tom Reyes spoke first. Local officials and customers who accused the utility of overkill were angry.', cue: 'accused', source: 'who', speaker: 'Local officials and customers', type: 'unnamed-group'},
    {text: 'Judge Ana Ruiz heard the case. A career officer who described the call as improper testified.', cue: 'described', source: 'who', type: 'unnamed-person'},
    {text: 'Mayor Tom Reyes was curt, cutting off a reporter who asked about the budget.', cue: 'asked', source: 'who', speaker: 'reporter'}
  ])('reads a restrictive "who" as the noun before it, not the person last named, in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The mayor took to Twitter to describe the city as a gas chamber.', cue: 'describe', source: 'The mayor'},
    {text: 'The senator has characterized her rival as a friend of the banks.', cue: 'has characterized', source: 'The senator'},
    {text: 'Critics portrayed the plan as a giveaway to developers.', cue: 'portrayed', source: 'Critics'},
    {text: 'Small groups of protesters continued to call for an inquiry.', cue: 'call for', source: 'Small groups of protesters'},
    {text: 'LIMA (AP) — Thousands of teachers marched on Tuesday to call for better pay.', cue: 'call for', source: 'Thousands of teachers'}
  ])('finds the characterisation `$cue` with "as" in "$text"', (expected) => expectFound([expected]))


  it.each<Case>([
    {text: 'The agency announced Nov. 18 that it had picked five firms.', cue: 'announced', source: 'The agency', content: 'it had picked five firms'},
    {text: 'The council said in an Oct. 26 letter that the plan was unacceptable.', cue: 'said in an Oct. 26 letter', source: 'The council', content: 'the plan was unacceptable'}
  ])('skips an abbreviated date after `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: '“What is the incentive?” He Jianxiong, a former fund director, said at an event.', cue: 'said', source: 'He Jianxiong, a former fund director', speaker: 'He Jianxiong', type: 'named-person'},
    {text: 'He Lin, the mayor, said the bridge would open in May.', cue: 'said', source: 'He Lin, the mayor', speaker: 'He Lin'}
  ])('reads a surname that is also a pronoun as a name in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'You can only cut costs to a certain degree, says certified financial planner Eric Roberge.', cue: 'says', source: 'certified financial planner Eric Roberge', content: 'You can only cut costs to a certain degree'},
    {text: 'The ruling was a surprise, said renowned trial lawyer Ana Ruiz.', cue: 'said', source: 'renowned trial lawyer Ana Ruiz'}
  ])('keeps a participle describing an inverted source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: '“But what is the plan?” Lucas asked again.', cue: 'asked', source: 'Lucas', content: '“But what is the plan?”'},
    {text: '“We will win,” she said too.', cue: 'said', source: 'she', content: '“We will win,”'},
    {text: 'The mayor said quietly that the plan was dead.', cue: 'said', source: 'The mayor', content: 'the plan was dead'}
  ])('takes no adverb after `$cue` for its content in "$text"', (expected) => expectFound([expected]))

  it('finds only the refusal in "declined to publicly confirm"', () => {
    const found = attributions('The company has declined to publicly confirm that.')
    expect(found.map((attribution) => [attribution.source?.text, attribution.cue.text, attribution.content?.text])).toEqual([['The company', 'has declined to publicly confirm', 'that']])
  })

  it.each(['He continued to work at the mill for a decade.', 'Talks continued through the night.'])('finds no report in "continued" without a quotation in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })
})

describe('sources across the article', () => {
  // PolNeAR keeps the relative pronoun as the source; who it stands for is the phrase before its comma.
  it.each<Case>([
    {text: 'Acme sold the mill. The union, which has long argued that pay is low, welcomed the sale.', cue: 'has long argued', source: 'which', speaker: 'union', type: 'named-organization'},
    {text: 'The mill closed after a ruling by Acme Corp, which said the site was unsafe.', cue: 'said', source: 'which', speaker: 'Acme Corp', type: 'named-organization'},
    {text: 'The board believed the cashier, who said the till was short.', cue: 'said', source: 'who', speaker: 'cashier', type: 'unnamed-person'},
    {text: 'Fans cheered for Ana Ruiz, who said the win was for her town.', cue: 'said', source: 'who', speaker: 'Ana Ruiz', type: 'named-person'},
    {text: 'The rent went up in May, which suggests demand is strong.', cue: 'suggests', source: 'which', speaker: null}
  ])('reads "$source" in "$text" as the phrase before its comma', (expected) => expectFound([expected]))

  // A description set beside a name ("Ana Ruiz, a senator who") is the name's: the person named speaks.
  it.each<Case>([
    {text: 'Ana Ruiz, a senator who said the bill was flawed, voted no.', cue: 'said', source: 'who', speaker: 'Ana Ruiz', type: 'named-person'},
    {text: 'Critics include Tom Hale, a former judge who has said the law is vague.', cue: 'has said', source: 'who', speaker: 'Tom Hale', type: 'named-person'},
    {text: 'Prices rose, said Ana Ruiz, the bank’s chief economist, who argued for a cut.', cue: 'argued', source: 'who', speaker: 'Ana Ruiz', type: 'named-person'},
    {text: 'The bill passed despite the mayor, Tom Hale, who said it was too costly.', cue: 'said', source: 'who', speaker: 'Tom Hale', type: 'named-person'},
    // A place that opens the sentence is no name the description stands beside.
    {text: 'In New York, a lawyer who said he was threatened left town.', cue: 'said', source: 'who', speaker: 'lawyer', type: 'unnamed-person'}
  ])('resolves "who" after an appositive in "$text" to $speaker', (expected) => expectFound([expected]))

  // A possessive name before a person's name is where the person works: the person speaks.
  it.each<Case>([
    {text: 'CNN’s Ana Ruiz said the talks had stalled.', cue: 'said', source: 'CNN’s Ana Ruiz', speaker: 'Ana Ruiz', type: 'named-person'},
    {text: "The talks had stalled, the Post's Tom Hale wrote.", cue: 'wrote', source: "the Post's Tom Hale", speaker: 'Tom Hale', type: 'named-person'},
    {text: 'As the BBC’s Ana Ruiz noted, the vote was close.', cue: 'noted', source: 'the BBC’s Ana Ruiz', speaker: 'Ana Ruiz', type: 'named-person'},
    // A company's name that goes on past its possessive stays whole.
    {text: 'McDonald’s Corp said sales rose.', cue: 'said', source: 'McDonald’s Corp', speaker: 'McDonald’s Corp', type: 'named-organization'},
    {text: 'Moody’s Investors Service said the outlook was stable.', cue: 'said', source: 'Moody’s Investors Service', speaker: 'Moody’s Investors Service', type: 'named-organization'}
  ])('reads the person after a possessive owner in "$text"', (expected) => expectFound([expected]))

  // A group needs people: findings and figures that show or suggest are documents.
  it.each<Case>([
    {text: 'Those facts suggest the dam was built too fast.', cue: 'suggest', source: 'Those facts', type: 'document'},
    {text: 'Forecasts called for heavy rain on Friday.', cue: 'called for', source: 'Forecasts', type: 'document'},
    {text: 'The rules say a driver must stop at the line.', cue: 'say', source: 'The rules', type: 'document'},
    {text: 'The ad claims the mayor raised taxes.', cue: 'claims', source: 'The ad', type: 'document'},
    {text: 'Local farmers say the river is low.', cue: 'say', source: 'Local farmers', type: 'unnamed-group'},
    {text: 'His rivals say the plan is too costly.', cue: 'say', source: 'His rivals', type: 'unnamed-group'}
  ])('types "$source" in "$text" as $type', (expected) => expectFound([expected]))

  it.each<Case>([
    // A people's plural name heads a group, whatever word its country uses ("Serbian" beside "Serbs").
    {text: 'Local Serbs said the new border rules were unfair.', cue: 'said', source: 'Local Serbs', type: 'unnamed-group'},
    {text: 'Hutus in the camp said food had run out.', cue: 'said', source: 'Hutus in the camp', type: 'unnamed-group'},
    // A place after a lowercase preposition is where the people are, not a name of theirs.
    {text: 'Witnesses near Hollin Square said soldiers fired into the crowd.', cue: 'said', source: 'Witnesses near Hollin Square', type: 'unnamed-group'},
    {text: 'Protesters outside Carrow House said they would stay.', cue: 'said', source: 'Protesters outside Carrow House', type: 'unnamed-group'},
    // A court's chamber speaks for the court; a plural title ends a body's name.
    {text: 'The appeals chamber found that the sentence was too light.', cue: 'found', source: 'The appeals chamber', type: 'named-organization'},
    {text: "The country's Joint Chiefs of Staff said the exercise would start on Monday.", cue: 'said', source: "The country's Joint Chiefs of Staff", type: 'named-organization'},
    // A city after a workplace's name is where it is; any other word there names the speaker.
    {text: 'A doctor at Kenyatta National Hospital, Nairobi, said the wards were full.', cue: 'said', source: 'A doctor at Kenyatta National Hospital, Nairobi', type: 'unnamed-person'},
    {text: 'A nurse at Kenyatta National Hospital, Nyokabi, said the wards were full.', cue: 'said', source: 'A nurse at Kenyatta National Hospital, Nyokabi', type: 'named-person'},
    {text: 'A doctor at the Lakeside General Hospital, Tom Hale, said two bodies arrived.', cue: 'said', source: 'A doctor at the Lakeside General Hospital, Tom Hale', type: 'named-person'}
  ])('types "$source" in "$text" as $type', (expected) => expectFound([expected]))

  // Whom a report cites is the source of what it reports; a cited reason stays what is cited.
  it.each<Case>([
    {text: 'Prices fell, the agency reported, citing unnamed industry sources.', cue: 'citing', source: 'unnamed industry sources', content: 'Prices fell', type: 'unnamed-group'},
    {text: 'The weekly, citing sources close to the cabinet, reported that the minister had threatened to resign.', cue: 'citing', source: 'sources close to the cabinet', content: 'the minister had threatened to resign'},
    {text: 'The broadcaster reported that the line was delayed, citing preliminary data.', cue: 'citing', source: 'preliminary data', content: 'the line was delayed', type: 'document'},
    {text: 'The airline cut its outlook, citing higher fuel costs.', cue: 'citing', source: 'The airline', content: 'higher fuel costs'},
    {text: 'Sources within the police said the suspect had fled.', cue: 'said', source: 'Sources within the police', type: 'unnamed-group'}
  ])('reads whom a report cites as its source in "$text"', (expected) => expectFound([expected]))

  // A plural noun with a participle and its agent after it heads a phrase; it reports nothing.
  it.each([
    ['Police reports obtained by the newspaper describe three raids.', 'reports'],
    ['Court filings seen by the agency show the deal was signed.', 'filings']
  ])('finds no cue in a noun the participle after it describes in "%s"', (text, noun) => {
    expect(attributions(text).map((attribution) => attribution.cue.text)).not.toContain(noun)
  })

  // A word in -en after the verb is no participle: the verb reports.
  it.each<Case>([
    {text: 'Kagame says women by and large support the reforms.', cue: 'says', source: 'Kagame'},
    {text: 'The report says Sweden by 2030 will have phased out coal.', cue: 'says', source: 'The report'},
    {text: 'The union warns women by the thousands are leaving nursing.', cue: 'warns', source: 'The union'}
  ])('still reads the verb before a noun in -en in "$text"', (expected) => expectFound([expected]))

  // A stock ticker after a two-word name makes it a listed company's, there and after.
  it.each<Case>([
    {text: 'Silver Crest (NYSE: SCR) said sales rose.', cue: 'said', source: 'Silver Crest (NYSE: SCR)', type: 'named-organization'},
    {text: 'Blue Lantern (Nasdaq:BLN) said sales rose.', cue: 'said', source: 'Blue Lantern (Nasdaq:BLN)', type: 'named-organization'},
    {text: 'Green Valley (ticker: GV) cut prices. Green Valley said demand was weak.', cue: 'said', source: 'Green Valley', type: 'named-organization'},
    {text: 'Ana Ruiz said demand was weak.', cue: 'said', source: 'Ana Ruiz', type: 'named-person'}
  ])('types "$source" in "$text" as $type', (expected) => expectFound([expected]))

  it('resolves pronouns and surnames to the full name', () => {
    const found = attributions('Police chief Anna Berg said the road was closed. She added that no one was hurt. Berg said the inquiry would take weeks.')
    expect(found.map((attribution) => attribution.speaker)).toEqual(['Anna Berg', 'Anna Berg', 'Anna Berg'])
    expect(found.every((attribution) => attribution.sourceType === 'named-person')).toBe(true)
    expect(found[1]!.confidence).toBe('medium')
  })

  it.each<Case>([
    // "he" is not a source the article calls "she", nor "Mr." someone "she".
    {text: 'Nora Vance said the lease had expired. “We had no warning,” she said. Paul Hale runs the shop his father built. “It was a shock,” he said.', cue: 'said', source: 'he', speaker: 'Paul Hale'},
    {text: 'Mr. Ortiz said the mine would close. “It is over,” she said.', cue: 'said', source: 'she', speaker: null},
    // An unnamed person after a named one is whom the next "he" means.
    {text: 'Ana Ruiz said the budget was late. A former detective said the problems were wider. “It is not one bad command,” he said.', cue: 'said', source: 'he', speaker: 'former detective'},
    {text: 'Ruth Cole, a parent, said the new timetable was fine. A dietitian at the school told the paper that menus had been cut. “We were told to keep quiet about it,” she said.', cue: 'said', source: 'she', speaker: 'dietitian at the school'},
    {text: 'Dana Reyes said she would appeal. Tom Okafor said he would not. “The ruling stands,” she said.', cue: 'said', source: 'she', speaker: 'Dana Reyes'},
    // A person a sentence is about, though no one's source yet, is whom the next pronoun means.
    {text: 'Leo Hart and Tim Brandt testified on Tuesday. Hart said he saw nothing. Brandt was the third witness. He said the call worried him.', cue: 'said', source: 'He', speaker: 'Brandt'},
    {text: 'Sara Lind said the song was finished. Jo Keane, who had never sung before, worried that she would fail. “It scared me,” she said.', cue: 'said', source: 'she', speaker: 'Jo Keane'},
    {text: 'Eva Lindqvist, a professor, said the talks were stalling. “By raising the stakes, Tom Okafor makes his deal less likely,” she said. “By waiting, Okafor loses,” he said.', cue: 'said', source: 'he', speaker: null},
    // The subject of the main clause, after a subordinate one.
    {text: 'Sara Lind said she was tired. Dana Reyes said she was not. When the advisers met, Ms. Lind was not satisfied. “We need more,” she said.', cue: 'said', source: 'she', speaker: 'Sara Lind'},
    {text: 'Tom Okafor said he would stay. Ravi Kumar said he would go. As it turned out, Okafor had left in May. “It was time,” he said.', cue: 'said', source: 'he', speaker: 'Tom Okafor'},
    // The subject after an opening phrase, titled or with a party in parentheses, and a quotation before the pronoun.
    {text: 'Rep. Tom Young said the rocket was late. At a hearing on Tuesday, Rep. Rob Ader pushed for more launches. “What do you think?” he said.', cue: 'said', source: 'he', speaker: 'Rob Ader'},
    {text: 'Tom Young said the rocket was late. At a hearing of the panel that funds the agency, Rep. Rob Ader (R-AL), its ranking member, pushed for more launches. “Why wait?” he said.', cue: 'said', source: 'he', speaker: 'Rob Ader'},
    {text: 'Sen. Lea Moss said the bill was dead. During the debate, Sen. Ana Ruiz argued for more money. “We cannot wait,” she said.', cue: 'said', source: 'she', speaker: 'Ana Ruiz'},
    // After "Holt’s lawyer, Ana Ruiz, said ...", a quotation's "she" is the lawyer's, and does not make Holt a "she".
    {text: 'Tom Dunn said the case was closed. Sam Holt could face prison. Holt’s lawyer, Ana Ruiz, told the court that her client meant no harm. “It was a joke,” she said. “He is sorry.” When Holt was arrested, he said he would shoot.', cue: 'said', source: 'he', speaker: 'Sam Holt'},
    // A spokesperson the article never genders is "they" in the next sentence; a body is "they" too.
    {text: 'Tom Dunn said the plan was late. A spokesperson for Acme said the plant would close. They added that no jobs would be lost.', cue: 'added', source: 'They', speaker: 'spokesperson for Acme', type: 'unnamed-person'},
    {text: 'Kim Lee, a spokesperson for the app, confirmed that it tracks users. “We use a model,” they said in an email.', cue: 'said in an email', source: 'they', speaker: 'Kim Lee', type: 'named-person'},
    {text: 'Acme said in a statement that the plant would close. They added that no jobs would be lost.', cue: 'added', source: 'They', speaker: 'Acme', type: 'named-organization'},
    {text: 'A spokesperson for Acme said the plant would close. The workers were angry. They said they were betrayed.', cue: 'said', source: 'They', speaker: null},
    // A person the narration introduces as an object, whose description gives a gender.
    {text: 'Acme said the app was safe. The paper spoke to one mother whose son uses it. She said she was worried.', cue: 'said', source: 'She', speaker: 'one mother', type: 'unnamed-person'},
    {text: 'Ana Ruiz said the road was safe. Reporters interviewed a man who drives it daily. He said it was not.', cue: 'said', source: 'He', speaker: 'man', type: 'unnamed-person'},
    {text: 'Ana Ruiz said the road was safe. Reporters interviewed a man who drives it daily. She said he was wrong.', cue: 'said', source: 'She', speaker: 'Ana Ruiz'},
    // A first-person narrator is not the group or body named before.
    {text: 'Several friends of the family had told me he was ill. I asked his sister about it.', cue: 'asked', source: 'I', speaker: null, type: 'named-person'},
    {text: 'Acme declined to comment. When I wrote to the firm again, I said the story would run.', cue: 'said', source: 'I', speaker: null},
    // A body named as a sentence's subject stays a body.
    {text: 'Rex Dunn said the merger was done. Acme Corp reported a loss. Acme said costs rose.', cue: 'said', source: 'Acme', type: 'named-organization'}
  ])('resolves "$source" in "$text"', (expected) => {
    const found = attributions(expected.text).filter((attribution) => attribution.cue.text === expected.cue).at(-1)
    expect(found?.source?.text).toBe(expected.source)
    if (expected.speaker !== undefined) expect(found!.speaker).toBe(expected.speaker)
    if (expected.type !== undefined) expect(found!.sourceType).toBe(expected.type)
  })

  it.each<Case>([
    {text: 'Kenyan President William Ruto said the tax would stay.', cue: 'said', source: 'Kenyan President William Ruto', speaker: 'William Ruto', type: 'named-person'},
    {text: 'Brian Walsh, the county sheriff, said the road would reopen.', cue: 'said', source: 'Brian Walsh, the county sheriff', speaker: 'Brian Walsh'},
    {text: 'Christian Vogel said the budget was balanced.', cue: 'said', source: 'Christian Vogel', speaker: 'Christian Vogel'},
    {text: 'Brazilians say prices are too high.', cue: 'say', source: 'Brazilians', type: 'unnamed-group'},
    {text: 'South Korean officials said the talks would resume.', cue: 'said', source: 'South Korean officials', type: 'unnamed-group'}
  ])('tells nationalities from names in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'President Ana Ruiz visited the port on Monday. The president said trade would grow.', cue: 'said', source: 'The president', speaker: 'Ana Ruiz', type: 'named-person'},
    {text: 'Gov. Tom Hale signed the bill. The governor said it would cut costs.', cue: 'said', source: 'The governor', speaker: 'Tom Hale', type: 'named-person'},
    {text: 'Prime Minister Jan Berg met the unions. The prime minister said pay would rise.', cue: 'said', source: 'The prime minister', speaker: 'Jan Berg', type: 'named-person'},
    {text: 'The side is led by coach Leo Marsh. The coach said the players were tired.', cue: 'said', source: 'The coach', speaker: 'Leo Marsh', type: 'named-person'},
    // Of two governors, the one whose surname the article used last.
    {text: 'Gov. Ed Lane did not attend, unlike Gov. Sam Voss, who lost in May. Lane was in Ohio. The governor said the talks would go on.', cue: 'said', source: 'The governor', speaker: 'Ed Lane'},
    // A title no name carried, or a name that comes later, stays unnamed.
    {text: 'Senator Ruth Pike spoke first. The governor said the budget was late.', cue: 'said', source: 'The governor', speaker: 'governor', type: 'named-person'},
    {text: 'The president said trade would grow. President Ana Ruiz visited the port.', cue: 'said', source: 'The president', speaker: 'president', type: 'named-person'},
    // A possessive name keeps its title; the head of a bank named later is not "the president".
    {text: 'President Ana Ruiz’s advisers met on Monday. Tom Wells, the president of the central bank, said growth was slow. The president argues tariffs work.', cue: 'argues', source: 'The president', speaker: 'Ana Ruiz', type: 'named-person'},
    // A court's "Justice" is "the judge".
    {text: 'Justice Ana Ruiz heard the petition. "Find him," the judge said.', cue: 'said', source: 'the judge', speaker: 'Ana Ruiz', type: 'named-person'}
  ])('resolves a title description to the titled name before it in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // The post with its portfolio or its place, before or after the one name holding it.
    {text: 'Health Minister Tom Reed visited the ward. The health minister said beds would be added.', cue: 'said', source: 'The health minister', speaker: 'Tom Reed', type: 'named-person'},
    {text: 'The health minister said beds would be added. Health Minister Tom Reed later toured the ward.', cue: 'said', source: 'The health minister', speaker: 'Tom Reed', type: 'named-person'},
    {text: "British Columbia's provincial health officer urged residents to stay home. Provincial health officer Dr. Ann Lee said cases were rising.", cue: 'urged', source: "British Columbia's provincial health officer", speaker: 'Ann Lee', type: 'named-person'},
    {text: 'Shadow chancellor Jane Doe called the budget a gamble. The shadow chancellor said taxes would rise.', cue: 'said', source: 'The shadow chancellor', speaker: 'Jane Doe', type: 'named-person'},
    {text: 'The shadow chancellor says the budget is a gamble. Shadow chancellor Jane Doe will speak on Monday.', cue: 'says', source: 'The shadow chancellor', speaker: 'Jane Doe', type: 'named-person'},
    {text: 'Chief medical officer Dr. Raj Patel briefed ministers. The chief medical officer warned that the winter would be hard.', cue: 'warned', source: 'The chief medical officer', speaker: 'Raj Patel', type: 'named-person'},
    {text: "The state's chief medical officer warned of a hard winter. Chief Medical Officer Raj Patel spoke on Monday.", cue: 'warned', source: "The state's chief medical officer", speaker: 'Raj Patel', type: 'named-person'},
    {text: 'Defense Secretary Mark Lyle flew to Kyiv on Friday. The defense secretary said the aid would continue.', cue: 'said', source: 'The defense secretary', speaker: 'Mark Lyle', type: 'named-person'},
    {text: 'The foreign secretary said sanctions would follow, the day after Foreign Secretary Ann Cole met the envoy.', cue: 'said', source: 'The foreign secretary', speaker: 'Ann Cole', type: 'named-person'},
    {text: 'Police Commissioner Dan Kerr resigned. The police commissioner said crime was falling.', cue: 'said', source: 'The police commissioner', speaker: 'Dan Kerr', type: 'named-person'},
    // No name holds the post, two do, or a body shares the title's word: unnamed.
    {text: 'The health minister said beds would be added. Education Minister Tom Reed toured a school.', cue: 'said', source: 'The health minister', speaker: 'health minister', type: 'named-person'},
    {text: 'The finance minister said the deficit was shrinking. Finance Minister Jo Hale resigned in May, and Finance Minister Ed Park took over.', cue: 'said', source: 'The finance minister', speaker: 'finance minister', type: 'named-person'},
    {text: "The city's counting officer said turnout was low. Counting officer Sam Bell and counting officer Lee Wong signed the sheet.", cue: 'said', source: "The city's counting officer", type: 'unnamed-person'},
    {text: 'The campaign said it had raised $2 million, a day after campaign manager Ed Lowe called the polls wrong.', cue: 'said', source: 'The campaign', type: 'named-organization'},
    {text: "The country's health officials said cases were rising. Provincial health officer Dr. Ann Lee urged calm.", cue: 'said', source: "The country's health officials", type: 'unnamed-group'}
  ])('resolves a post with its portfolio or place to the one person holding it in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'That person, who asked not to be named, said the talks had stalled.', cue: 'said', source: 'That person', type: 'anonymous'},
    {text: '"We are close," that official said.', cue: 'said', source: 'that official'},
    {text: 'But that report found no fraud.', cue: 'found', source: 'that report', type: 'document'},
    // "that" as a conjunction: after a verb, or a comma that closes no quotation.
    {text: 'The minister warned, however, that officials said the plan was dead.', cue: 'said', source: 'officials', type: 'unnamed-group'},
    {text: 'He added that analysts say growth will slow.', cue: 'say', source: 'analysts', type: 'unnamed-group'}
  ])('reads "that" opening a clause before a speaker\'s noun as a determiner in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The scan revealed severe damage to his lungs.', cue: 'revealed', source: 'The scan', type: 'document'},
    {text: 'Blood tests revealed high levels of lead.', cue: 'revealed', source: 'Blood tests', type: 'document'},
    {text: 'Images of the site indicate the tanks were moved.', cue: 'indicate', source: 'Images of the site', type: 'document'},
    {text: 'The boy was taken from a park, according to evidence presented at trial.', cue: 'according to', source: 'evidence presented at trial', type: 'document'},
    {text: 'Adults should sleep seven hours, according to guidance from the health service.', cue: 'according to', source: 'guidance from the health service', type: 'document'}
  ])('types what a scan, a test, an image or evidence shows as a document in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The virus is not always fatal, WHO says.', cue: 'says', source: 'WHO', type: 'named-organization'},
    {text: 'Profits will rise, according to Wall Street.', cue: 'according to', source: 'Wall Street', type: 'named-organization'}
  ])('types an acronym spelled like a pronoun and a street that stands for its trade as bodies in "$text"', (expected) => expectFound([expected]))

  it('matches spelling variants of a surname', () => {
    const found = attributions('Khalid al-Masri, a spokesman for the council, said the vote was valid. El-Masri said a recount was not needed.')
    expect(found[1]!.speaker).toBe('Khalid al-Masri')
  })

  it.each<Case>([
    {text: 'Sacramento-based Acme may be the next to fall. Acme said its finances were impaired.', cue: 'said', source: 'Acme', type: 'named-organization'},
    {text: 'Trade Co. bid for the chain. Trade Co. said the offer was fair.', cue: 'said', source: 'Trade Co.', type: 'named-organization'},
    {text: 'Like Acme chief Ana Ruiz, the union has spoken out. Maybe Acme likes it. Acme said it would appeal.', cue: 'said', source: 'Acme', type: 'named-organization'},
    {text: 'Hanwa Motor said it would build a plant in Ohio.', cue: 'said', source: 'Hanwa Motor', type: 'named-organization'},
    {text: 'Coastal Chemical said the leak was contained.', cue: 'said', source: 'Coastal Chemical', type: 'named-organization'},
    {text: 'The shows were cancelled, promoter Stage Nation said.', cue: 'said', source: 'promoter Stage Nation', type: 'named-organization'}
  ])('types a body named with where it is based or a company suffix as one in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Minister for Housing Ana Ruiz said rents would fall. Ms Ruiz said more homes were coming.', cue: 'said', source: 'Minister for Housing Ana Ruiz', type: 'named-person', speaker: 'Ana Ruiz'},
    {text: 'Secretary of State Leo Marsh said the talks would resume. Mr Marsh then flew home.', cue: 'said', source: 'Secretary of State Leo Marsh', type: 'named-person', speaker: 'Leo Marsh'}
  ])('types the holder named after a titled portfolio as that person in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Public Works Undersecretary Leo Marsh posted on Twitter that aid had arrived.', cue: 'posted on Twitter', source: 'Public Works Undersecretary Leo Marsh', type: 'named-person'},
    {text: "Labour's housing spokesperson Ana Ruiz argued the figures were misleading.", cue: 'argued', source: "Labour's housing spokesperson Ana Ruiz", type: 'named-person', speaker: 'Ana Ruiz'},
    {text: 'The Irish Taoiseach, Leo Marsh, told reporters the border would stay open.', cue: 'told reporters', source: 'The Irish Taoiseach, Leo Marsh', type: 'named-person', speaker: 'Leo Marsh'},
    {text: 'The Chancellor, Ana Ruiz, said the border would stay open.', cue: 'said', source: 'The Chancellor, Ana Ruiz', speaker: 'Ana Ruiz'},
    {text: 'Speaker of the House Jo Hale (R-WI) said the vote would wait.', cue: 'said', source: 'Speaker of the House Jo Hale (R-WI)', type: 'named-person'},
    {text: 'The Treasurer, Leo Marsh, has insisted the levy is fair.', cue: 'has insisted', source: 'The Treasurer, Leo Marsh', type: 'named-person', speaker: 'Leo Marsh'},
    {text: 'The Shadow Housing Spokesman, Tom Hale, said rents would rise.', cue: 'said', source: 'The Shadow Housing Spokesman, Tom Hale', type: 'named-person', speaker: 'Tom Hale'},
    {text: 'The Kano State Governor, Musa Bello, said the schools would reopen.', cue: 'said', source: 'The Kano State Governor, Musa Bello', type: 'named-person', speaker: 'Musa Bello'},
    // An outlet whose name ends in a title is no office.
    {text: 'The Harbour Reporter, a weekly, said the ferry was late.', cue: 'said', source: 'The Harbour Reporter, a weekly', type: 'named-organization'}
  ])('types a person whose title or post comes before the name, and names them by the name, in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Harbor Rail Link, the company that runs the line, said in a statement that trains would resume.', cue: 'said in a statement', source: 'Harbor Rail Link, the company that runs the line', type: 'named-organization'},
    {text: 'The Tenant Action Collective (TAC), a charity that runs a helpline for renters, said evictions had doubled.', cue: 'said', source: 'The Tenant Action Collective (TAC), a charity that runs a helpline for renters', type: 'named-organization'},
    {text: 'Dara Quinn, a software developer in Cork, said the app had failed.', cue: 'said', source: 'Dara Quinn, a software developer in Cork', type: 'named-person'},
    {text: 'Dara Quinn, the union organiser, said the strike would go ahead.', cue: 'said', source: 'Dara Quinn, the union organiser', type: 'named-person'},
    // A person noun before a body's name in apposition describes the body; its first word alone is the body later.
    {text: "The ship grounded, according to the ship's manager, Halvorsen Ship Management. Halvorsen said all crew were safe.", cue: 'said', source: 'Halvorsen', type: 'named-organization'},
    // Bodies whose names end in a foreign word for a bank, an insurer's or a legal form.
    {text: 'A man entered a branch of Banque Cèdre-Orient. Banque Cèdre-Orient said the incident endangered lives.', cue: 'said', source: 'Banque Cèdre-Orient', type: 'named-organization'},
    {text: 'His insurer, Golden Oak Mutual, would not renew. Golden Oak Mutual said its exposure had grown.', cue: 'said', source: 'Golden Oak Mutual', type: 'named-organization'},
    {text: 'Tallinna Soojus AS raised its prices. Tallinna Soojus said in a statement that it would switch to wood chips.', cue: 'said in a statement', source: 'Tallinna Soojus', type: 'named-organization'},
    // Honorifics of Malaysia and Nigeria are titles: the name after them is a person's, its first word too.
    {text: 'Schools will close, Deputy Minister Datuk Amin Yusof said. Amin said in a statement that pupils would stay home.', cue: 'said in a statement', source: 'Amin', type: 'named-person'},
    // Described as a body earlier, before a short participle ("run by", "set up by"): the body's name later.
    {text: 'The march was organised by Halden Vos, a charity run by volunteers. According to Halden Vos, most students have no room.', cue: 'According to', source: 'Halden Vos', type: 'named-organization'}
  ])('types a name the description after it calls a body as one, and a person described by a trade as a person, in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // A surname that is also a place, and one followed by "Jr.", are the person's.
    {text: 'Ian Preston, an expert in housing at the university, led the study. “Rents will rise,” Preston said.', cue: 'said', source: 'Preston', speaker: 'Preston', type: 'named-person'},
    {text: 'Tom R. Hale Jr., the county prosecutor, told reporters the charges were filed. “No one is above the law,” Hale said.', cue: 'said', source: 'Hale', speaker: 'Tom R. Hale Jr.', type: 'named-person'},
    // A first name alone, of a family member or of a name written family name first.
    {text: 'Ana Ruiz and her brother Leo Ruiz spoke to us. “He loved the farm,” Leo wrote.', cue: 'wrote', source: 'Leo', type: 'named-person'},
    {text: 'Wang Tao, a doctor at the clinic, treated the boy. Wang explained that the fever had passed.', cue: 'explained', source: 'Wang', type: 'named-person'},
    // The first word of a body's two-word name is no first name.
    {text: 'Acme Cloud launched on Monday. Acme confirmed the delay.', cue: 'confirmed', source: 'Acme', type: 'named-organization'},
    {text: 'Rob Dunn, President Acme North America, spoke. Acme announced the deal.', cue: 'announced', source: 'Acme', type: 'named-organization'}
  ])('types a bare name the article gave a person as the person in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'A group of nurses is urging the board to act.', cue: 'is urging', source: 'A group of nurses', type: 'unnamed-group'},
    {text: 'A group of pharmacists is urging the board to act.', cue: 'is urging', source: 'A group of pharmacists', type: 'unnamed-group'},
    {text: 'A team of doctors said pay was too low. The team added that nurses would join the strike.', cue: 'added', source: 'The team', type: 'unnamed-group'},
    {text: 'The club was sold, according to a group of investors. The group said it would stay.', cue: 'said', source: 'The group', type: 'unnamed-group'},
    {text: 'Hamas said the talks failed. The group added that it would fight on.', cue: 'added', source: 'The group', type: 'named-organization'},
    {text: 'Ana Ruiz, a chemist at the institute, led the study. Ruiz and her team wrote that the samples were old.', cue: 'wrote', source: 'Ruiz and her team', speaker: 'Ana Ruiz', type: 'named-person'},
    {text: 'The Acme Group said profits fell.', cue: 'said', source: 'The Acme Group', type: 'named-organization'}
  ])('types people said to make up a group, or working with a named person, in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Two-thirds of respondents said the levy should go.', cue: 'said', source: 'Two-thirds of respondents', type: 'unnamed-group'},
    {text: 'More than half of those surveyed said the levy should go.', cue: 'said', source: 'More than half of those surveyed', type: 'unnamed-group'},
    {text: 'Leading opposition figures said the count was rigged.', cue: 'said', source: 'Leading opposition figures', type: 'unnamed-group'},
    {text: 'Official figures showed that prices rose.', cue: 'showed', source: 'Official figures', type: 'document'},
    {text: 'Key economic figures published on Monday suggest that growth slowed.', cue: 'suggest', source: 'Key economic figures', type: 'document'}
  ])('types a share of people, and people of note called figures, as a group in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Fifty-one percent say the economy is weak.', cue: 'say', source: 'Fifty-one percent', type: 'unnamed-group'},
    {text: 'About 44 percent of voters say the war was a mistake.', cue: 'say', source: 'About 44 percent of voters', type: 'unnamed-group'},
    {text: 'A majority of members said the plan should be dropped.', cue: 'said', source: 'A majority of members', type: 'unnamed-group'},
    {text: 'Thousands of families have complained of hunger.', cue: 'have complained', source: 'Thousands of families', type: 'unnamed-group'}
  ])('types a share of people as a group in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Landlords say the new rules are unfair.', cue: 'say', source: 'Landlords', type: 'unnamed-group'},
    {text: 'Advocates for migrants argue the quota is harmful.', cue: 'argue', source: 'Advocates for migrants', type: 'unnamed-group'},
    {text: 'A tenant said the rent had doubled.', cue: 'said', source: 'A tenant', type: 'unnamed-person'}
  ])('types a noun for people opening a sentence as people, not a name, in "$text"', (expected) => expectFound([expected]))

  it.each<[string, Attribution['sourceType'], string | null]>([
    // A spokesperson is a person the story does not name, whatever body they speak for.
    ['A spokeswoman for the Institute on Aging said the study was small.', 'unnamed-person', 'spokeswoman for the Institute on Aging'],
    ['A council spokesman said the road would reopen.', 'unnamed-person', 'council spokesman'],
    ['A spokesman, who asked not to be named, said the road would reopen.', 'anonymous', 'spokesman'],
    // A body's name after a noun for a body, or after "the" with no title; bodies counted are a group.
    ["The oil workers' union PENGASSAN said the strike would go on.", 'named-organization', 'PENGASSAN'],
    ['The local Red Cross said 40 homes had burned.', 'named-organization', 'Red Cross'],
    ['The late Ana Ruiz once said the river would flood.', 'named-person', 'Ana Ruiz'],
    ['The Wisconsin Republican said the bill was dead.', 'named-person', 'Wisconsin Republican'],
    ['Two hospitals said fuel would run out by Monday.', 'unnamed-group', 'Two hospitals'],
    ['Several miners said the pay was late.', 'unnamed-group', 'Several miners'],
    ['Opponents said the plan was rushed.', 'unnamed-group', 'Opponents'],
    ['Three nurses spoke at the rally. All of them said the wards were full.', 'unnamed-group', 'All of them'],
    ['The audits show that staff repeatedly warned managers the system was failing.', 'unnamed-group', 'staff'],
    // Bodies spoken of as a kind are a group; ones pointed back to, or a single force, stay a body.
    ['Aid groups warn that the famine is spreading.', 'unnamed-group', 'Aid groups'],
    ['Rural hospitals said fuel would run out by Monday.', 'unnamed-group', 'Rural hospitals'],
    ['Authorities in the north reported six deaths.', 'unnamed-group', 'Authorities in the north'],
    ['Utilities warn that storage is low.', 'unnamed-group', 'Utilities'],
    ['Both companies declined to comment on the claim.', 'named-organization', 'Both companies'],
    ['Its lenders said the debt was sound.', 'named-organization', 'Its lenders'],
    ['Security forces said the man was armed.', 'named-organization', 'Security forces'],
    ['Police said the man was arrested.', 'named-organization', 'Police'],
    // A plural for people opening the sentence is no name, unless a body's.
    ['Shopkeepers in the area said trade had slumped.', 'unnamed-group', 'Shopkeepers in the area'],
    ['Environmentalists have long warned that the rivers are dying.', 'unnamed-group', 'Environmentalists'],
    ['Staff at the office say the floats are fine.', 'unnamed-group', 'Staff at the office'],
    ['Reuters reported that the deal was off.', 'named-organization', 'Reuters'],
    // A text seen or obtained by the press, or one a participle or a gerund describes, is a document.
    ['According to a leaked internal memo seen by the paper, the plan is late.', 'document', 'leaked internal memo seen by the paper'],
    ['According to a draft of the conclusions seen by this newspaper, the plan is late.', 'document', 'draft of the conclusions seen by this newspaper'],
    ['The cuts are deep, according to a ministry briefing note seen by Reuters.', 'document', 'ministry briefing note seen by Reuters'],
    ['Emails seen by Reuters show that the plan was late.', 'document', 'Emails seen by Reuters'],
    // A department's word before a place names a government body; a fund is a body, funds as a kind a group.
    ['Health Canada said the drug was safe.', 'named-organization', 'Health Canada'],
    ['Environment Canada issued a warning, saying the fire could spread.', 'named-organization', 'Environment Canada'],
    ['Health Secretary Ana Ruiz said the drug was safe.', 'named-person', 'Ana Ruiz'],
    ['The fund said it had sold its stake.', 'named-organization', 'fund'],
    ['Pension funds said the rule was unfair.', 'unnamed-group', 'Pension funds']
  ])('types spokespeople, bodies and counted bodies in "%s"', (text, type, speaker) => {
    const found = attributions(text).at(-1)
    expect(found!.sourceType).toBe(type)
    expect(found!.speaker).toBe(speaker)
  })

  it('tells a ministry from a minister', () => {
    const [ministry] = attributions('The ministry said exports rose.')
    const [minister] = attributions('Trade Minister Jan Novak said exports rose.')
    expect(ministry!.sourceType).toBe('named-organization')
    expect(minister!.sourceType).toBe('named-person')
    expect(minister!.role).toBe('politician')
  })

  it.each<[string, Attribution['sourceType'], string | null]>([
    // A job before a name leads it, as a title does; a body's members are a group.
    ['Senior Public Prosecutor Anita Mehra told the court the accused had fled.', 'named-person', 'Anita Mehra'],
    ['Acme CEO Ana Ruiz wrote that the deal was off.', 'named-person', 'Ana Ruiz'],
    ['Several Tory MPs privately acknowledged the plan was dead.', 'unnamed-group', 'Several Tory MPs'],
    ['Labour MPs with seats in the north have long complained about the rule.', 'unnamed-group', 'Labour MPs with seats in the north'],
    ['The Communications Workers of America said the strike would go on.', 'named-organization', 'Communications Workers'],
    // A person noun or title before a name that only a body's name ends with describes the body.
    ['Activist investor Harbor Capital Partners disclosed a 5% stake.', 'named-organization', 'Harbor Capital Partners'],
    // A trade or a kind of firm ends a body's name, not a person's.
    ['Morrow Lane Research estimated the merger would save 40 million pounds.', 'named-organization', 'Morrow Lane Research'],
    ['Trade body Northfield Growers Partnership estimated that sales fell by a fifth.', 'named-organization', 'Northfield Growers Partnership'],
    ['Valley Fire said crews had contained the blaze.', 'named-organization', 'Valley Fire'],
    // A district, county, city or state speaking is its government; before a name it leads a post.
    ['The district said the audit was flawed.', 'named-organization', 'district'],
    ['The county declined to comment on the audit.', 'named-organization', 'county'],
    ['County Supervisor Helen Marsh warned the fire could spread.', 'named-person', 'County Supervisor Helen Marsh'],
    ['District Attorney Jane Doe said the case was closed.', 'named-person', 'Jane Doe'],
    // The one holder of an office is identified though the article gives no name; one of several is not.
    ['The federal housing minister said the plan was sound.', 'named-person', 'federal housing minister'],
    ["The bank's governor told reporters rates would stay on hold.", 'named-person', "bank's governor"],
    ['A minister said the plan was sound.', 'unnamed-person', 'minister'],
    ['The former minister said the plan was sound.', 'unnamed-person', 'former minister'],
    // A nation's rulers are its government speaking; its farmers are people.
    ["France's leaders signaled a willingness to reopen talks.", 'named-organization', "France's leaders"],
    ["Kenya's farmers said the rains were late.", 'unnamed-group', "Kenya's farmers"],
    ['The band said the tour would go ahead.', 'named-organization', 'band'],
    ['The band of volunteers said the road was closed.', 'unnamed-group', 'band of volunteers'],
    ["The Prime Minister's Office announced the visit.", 'named-organization', "Minister's Office"],
    ["The army's General Staff said the attack was repelled.", 'named-organization', 'Staff'],
    // A report or a study by a named body is the document; an age after a name is a person's.
    ['A report by the Regional Monitoring Group (RMG) noted that turnout fell.', 'document', 'RMG'],
    ['The study by the Institute for Fiscal Research (IFR) estimated the cost at 3 billion.', 'document', 'IFR'],
    ['Halyna, 61, said the shelling never stops.', 'named-person', 'Halyna'],
    // A trade's noun in apposition says a lone name is a person's.
    ['Tomas, a welder, said the pay had stopped.', 'named-person', 'Tomas'],
    ['Oksana, a hairdresser in the old town, said customers had stopped coming.', 'named-person', 'Oksana'],
    ['"We fish at night now," said Bako, a boatman on the lake.', 'named-person', 'Bako'],
    // The holder's name after a post of a body with "the": "of the Senate Finance Committee", "within the Ministry of Finance".
    ['Chairman of the Senate Finance Committee Ana Ruiz said the plan was good.', 'named-person', 'Ana Ruiz'],
    ['Minister within the Ministry of Finance Dr Ana Ruiz told the House the law was good.', 'named-person', 'Ana Ruiz'],
    ['Opposition councillor Tom Hale said the council had cut the budget.', 'named-person', 'Tom Hale'],
    // A name a source gave for themselves is a person's.
    ['A guard, who gave his name only as Sokha, stood at the gate. Sokha denied that shots were fired.', 'named-person', 'Sokha'],
    ['A ferry worker, who gave only his first name, Dawit, said fares had doubled.', 'named-person', 'Dawit'],
    ['Her neighbour, who gave only her surname, Lindqvist, said she would wait.', 'named-person', 'Lindqvist'],
    // Part of a name withheld for a reason the article gives leaves the source anonymous.
    ['One driver, who gave his name only as Abu Sami for fear of arrest, said the road was mined.', 'anonymous', 'One driver'],
    // A body heads what "which" stands for unless a record does: "a survey by the institute, which found".
    ['The plan rests on a 2017 survey by the institute, which found that rents fell near new parks.', 'document', '2017 survey by the institute'],
    ['The file holds a letter from the residents’ forum, which warned that the car park would flood.', 'document', 'letter from the residents’ forum'],
    ['The court upheld a deal with Acme Corp, which said the terms were fair.', 'named-organization', 'Acme Corp'],
    // A collective of people counted or placed is a group; a branch, a forum or a trust is a body.
    ['A group of about 40 nurses has demanded that the ward reopen.', 'unnamed-group', 'group of about 40 nurses'],
    ['A group of downtown residents said it would fight the new tower.', 'unnamed-group', 'group of downtown residents'],
    ['The forum urged the council to reopen the library.', 'named-organization', 'forum'],
    ["Staffing fell again, according to the local branch of the nurses' union.", 'named-organization', "local branch of the nurses' union"],
    // A chair, a superintendent and titles written short that the parser does not know lead a person's name.
    ['"The rink can wait," said association chair Linda Ofori.', 'named-person', 'Linda Ofori'],
    ['Police superintendent Tom Hale said more officers had been deployed.', 'named-person', 'Tom Hale'],
    ['"We voted for the plan," said Coun. Marisa Doyle, who chairs the committee.', 'named-person', 'Marisa Doyle'],
    ['"We will find them," said Det. Ana Ruiz.', 'named-person', 'Ana Ruiz'],
    // A record with a participle, maybe irregular or with a particle, or a clause with no "that" after it.
    ['Most of the passengers were students, according to a provisional list drawn up by the airline.', 'document', 'provisional list drawn up by the airline'],
    ['Eleven clinics have closed, according to a tally kept by a research group.', 'document', 'tally kept by a research group'],
    ['The authority will oversee sales, according to a statement it issued on Friday.', 'document', 'statement it issued'],
    ['The two sides last met in May, according to a chronology posted by the teachers on their website.', 'document', 'chronology posted by the teachers on their website'],
    // A member's post after the name, as British papers write it, and a member as the subject of any verb.
    ["The Greens' Moira Baird MSP called for a review of the deal.", 'named-person', 'Moira Baird'],
    ['A Liberal Democrat MP said the plan was dead.', 'unnamed-person', 'Liberal Democrat MP'],
    ['The ban follows a complaint by Greenpeace, which said the permit was illegal.', 'named-organization', 'Greenpeace'],
    ['The MP urged an inquiry into the contract.', 'unnamed-person', 'MP'],
    // One of people in apposition to a lone name is a person.
    ['"We will keep marching," said Sayana, one of the group\'s founders.', 'named-person', 'Sayana'],
    // People a clause after the noun describes; a leaflet handed out is a document.
    ['Mothers waiting outside the clinic on Tuesday morning said they had travelled far.', 'unnamed-group', 'Mothers waiting outside the clinic on Tuesday morning'],
    ['A flyer handed out by picketers at the bridge accused the city of cutting pay.', 'document', 'flyer handed out by picketers at the bridge'],
    ['Her neighbour, retired plumber Tom Hale, 68, said the warning came too late.', 'named-person', 'Tom Hale'],
    ['The second driver, his brother Leo Hale, 40, said the van never stopped.', 'named-person', 'Leo Hale'],
    ['Her son, 12, said the water came through the door.', 'unnamed-person', 'Her son, 12']
  ])('types the job before a name and the members of a body in "%s"', (text, type, speaker) => {
    const [found] = attributions(text)
    expect(found!.sourceType).toBe(type)
    expect(found!.speaker).toBe(speaker)
  })

  // A body's name the article introduces with a noun for a body, or describes so after it, stays a body's
  // where it stands alone; after a verb the noun may be an object and the name the next clause's subject.
  it.each<[string, Attribution['sourceType'], string]>([
    ['The Lisbon-based charity Mar Abierto de Vida said its boat was at sea. Mar Abierto de Vida said it had rescued 5,400 people.', 'named-organization', 'Mar Abierto de Vida'],
    ['According to the charity Tenant Action Collective, rents rose. Tenant Action Collective said more would follow.', 'named-organization', 'Tenant Action Collective'],
    ['The march was organised by Tenant Action Collective, a charity. Tenant Action Collective said rents had doubled.', 'named-organization', 'Tenant Action Collective'],
    ['He told the committee Ana Ruiz had lied. Ruiz said she had not.', 'named-person', 'Ruiz'],
    ['The charity Ana Ruiz founded in 2010 will close. Ana Ruiz said she was heartbroken.', 'named-person', 'Ana Ruiz']
  ])('types the last source of "%s" by how the article introduced it', (text, type, speaker) => {
    const last = attributions(text).at(-1)
    expect(last!.sourceType).toBe(type)
    expect(last!.speaker).toBe(speaker)
  })

  it.each<[string, Attribution['sourceType'], number | null]>([
    ['A source said the talks had stalled.', 'anonymous', 0],
    ['A party source said the talks had stalled.', 'anonymous', 1],
    ['A French foreign ministry official said the talks had stalled.', 'unnamed-person', 2],
    ['Diplomats familiar with the negotiations said the talks had stalled.', 'unnamed-group', 3],
    ['Kabul residents said the water had been cut off for days.', 'unnamed-group', 1],
    ['An anonymous Israeli official said the talks had stalled.', 'anonymous', 1],
    // A group is described by what its people are, a post by the body that holds it.
    ['Residents said the water had been cut off for days.', 'unnamed-group', 1],
    ['Some owners said the brakes had failed twice.', 'unnamed-group', 1],
    ['Sources said the talks had stalled.', 'unnamed-group', 0],
    ['One council member said the vote was rushed.', 'unnamed-person', 2],
    ['Two former Acme employees said the data was sold.', 'unnamed-group', 2],
    ['A law enforcement source said the suspect had fled.', 'anonymous', 1],
    // A trade or job says what the source does, as a post does; where they work is the affiliation.
    ['A shop owner said trade was slow.', 'unnamed-person', 1],
    ['A property manager in Auckland said rents were rising.', 'unnamed-person', 2],
    ['A clerk at the electoral commission said the count was rushed.', 'unnamed-person', 2]
  ])('types and grades "%s"', (text, type, specificity) => {
    const [found] = attributions(text)
    expect(found!.sourceType).toBe(type)
    expect(found!.specificity).toBe(specificity)
  })

  it('makes a source anonymous in every mention when anonymity is granted later', () => {
    const found = attributions(
      'A senior diplomat said the ceasefire would hold. The sanctions stay in place. ' +
        'The diplomat spoke on condition of anonymity because he was not authorised to brief the press.'
    )
    expect(found).toHaveLength(1)
    expect(found[0]!.sourceType).toBe('anonymous')
    expect(found[0]!.justification?.text).toBe('because he was not authorised to brief the press')
  })

  it('gives a note in the next sentence about "he" to the source just quoted, whose job no list knows', () => {
    const found = attributions('"Nobody stops," said a 34-year-old steel fixer. He asked not to be named because he feared losing his job.')
    expect(found).toHaveLength(1)
    expect(found[0]!.justification?.text).toBe('because he feared losing his job')
  })

  it('reads a broker as a person, whom "he" in the next sentence is', () => {
    const found = attributions(
      'A mortgage broker in the city, who asked not to be identified because he still works in the industry, acknowledged that few borrowers understood the terms. ' +
        'He said brokers were paid more for riskier loans.'
    )
    expect(found.map((attribution) => [attribution.sourceType, attribution.justification?.text])).toEqual([
      ['anonymous', 'because he still works in the industry'],
      ['anonymous', 'because he still works in the industry']
    ])
  })

  it('gives insiders the reason one of them gives for asking not to be named', () => {
    const found = attributions(
      'Two officials familiar with the discussions said the coalition was considering a tax cut. ' +
        'One of them, who asked not to be named because the talks were ongoing, said a decision was unlikely before Friday.'
    )
    expect(found.map((attribution) => attribution.justification?.text)).toEqual(['because the talks were ongoing', 'because the talks were ongoing'])
  })

  it('carries a note on the subject of a sentence with no report, after a conjunction, to its later reports', () => {
    const found = attributions(
      'But a ministry official, speaking on condition of anonymity because he was not authorised to talk to the press, painted a different picture. ' +
        'The official said the agency was struggling to pay for imported cargoes.'
    )
    expect(found).toHaveLength(1)
    expect(found[0]!.sourceType).toBe('anonymous')
    expect(found[0]!.justification?.text).toBe('because he was not authorised to talk to the press')
  })

  it.each<[string, string, Attribution['sourceType'], string | null]>([
    ['Two clerks, who spoke on condition of anonymity because they were not authorised to talk to the press, said the files were lost. One of them said the loss was hidden.', 'One of them', 'anonymous', 'because they were not authorised to talk to the press'],
    ['Three officials, who asked not to be named for fear of reprisals, said the audit was softened. One of the officials said the minister knew.', 'One of the officials', 'anonymous', 'for fear of reprisals'],
    ['Several nurses, who asked not to be named for fear of losing their jobs, said wards were closed. Another said patients waited for days.', 'Another', 'anonymous', 'for fear of losing their jobs'],
    ['Two people familiar with the matter said the plant would close. One of the people said staff had not been told. Both people declined to be identified because the plan is not public.', 'One of the people', 'anonymous', 'because the plan is not public'],
    ['Three analysts said the plant would close. One of them said staff had not been told.', 'One of them', 'unnamed-person', null],
    // The reason one of them gives is the group's too.
    ['Three people with knowledge of the bid said the offer was raised. Talks resume on Monday. One of the people, who requested anonymity because the talks are private, said the board was split.', 'Three people with knowledge of the bid', 'anonymous', 'because the talks are private'],
    // "The second" picks one out of them as "a second" does.
    ['Two clerks, who spoke on condition of anonymity because they feared dismissal, said the files were lost. The mayor denied it on Monday, and the council met. The second clerk said the loss was hidden.', 'The second clerk', 'anonymous', 'because they feared dismissal'],
    // A body speaking in between does not end the people "Another" is one more of.
    ['Several miners, who asked not to be named for fear of losing their jobs, said wages were cut. The company said it paid fairly. Another said the shafts were unsafe.', 'Another', 'anonymous', 'for fear of losing their jobs'],
    // A group's reason ends at the cue of the sentence that gives it.
    ['Two nurses who asked not to be named because they feared reprisals said wards were full. The second nurse said staff were exhausted.', 'The second nurse', 'anonymous', 'because they feared reprisals'],
    // A bare "Another" after someone who gave a name away is another of their kind, not the one withheld before.
    ['A former clerk, who asked not to be named because of a gagging clause, said files were lost. "It was chaos," one customer wrote. Another wrote that her account was closed.', 'Another', 'unnamed-person', null],
    // A note whose subject refers back, in a sentence that goes on to a cue of its own.
    ['The raid began at noon, according to three residents. They asked not to be named for fear of reprisals, adding that the gunmen have informants. One of the residents said 17 people died.', 'One of the residents', 'anonymous', 'for fear of reprisals'],
    // One phrase, two cues: the reason is the source's in both.
    ['A senior official, who spoke on condition of anonymity because the plans are not final, said the law was ready but acknowledged that it would be late.', 'A senior official', 'anonymous', 'because the plans are not final'],
    ['A manager wrote that the results were secret. The manager, whose name the paper is withholding because she was not the decision-maker, declined to comment.', 'A manager', 'anonymous', 'because she was not the decision-maker'],
    // "He" after one picked out of people, or after a functionary, is that source, not a named man before.
    ['Tom Hale said his plan was sound. "Money is short," one of the delegates told reporters. He asked not to be identified because the talks were private.', 'one of the delegates', 'anonymous', 'because the talks were private'],
    ['Tom Hale said his plan was sound. A party functionary, who spoke on condition of anonymity because he was not authorised to comment, said the plan was late. He said the leaders wanted observers.', 'He', 'anonymous', 'because he was not authorised to comment'],
    // A note whose subject is the same pronoun as a source later in its sentence is about that source.
    ['Residents said the raid began at noon. The gunmen burned houses, according to three farmers. They asked not to be named for fear of reprisals, who they said have informants. One of the farmers said 17 people died.', 'One of the farmers', 'anonymous', 'for fear of reprisals'],
    // "The other", a bare "One": the rest of the people just met, whose plural is no trouble ("judges").
    ['Two judges, who spoke on condition of anonymity because they may not talk to the press, described the quota. The other judge said supervisors raised it.', 'The other judge', 'anonymous', 'because they may not talk to the press'],
    ['Two guards, who spoke on condition of anonymity for fear of reprisals, said the gate was open. The other said no one checked.', 'The other', 'anonymous', 'for fear of reprisals'],
    ['The memo was confirmed by two clerks, who spoke on condition of anonymity because they were not authorised to talk. One said ministers knew.', 'One', 'anonymous', 'because they were not authorised to talk'],
    // "A second delegate" is one more of the people the one before was drawn from.
    ['Three delegates said the cut was near. "Baghdad is the problem," one of the delegates said. He asked not to be identified because the talks were private. A second delegate said Riyadh would accept a freeze.', 'A second delegate', 'anonymous', 'because the talks were private'],
    // "The reviewer" after "One of the paper's reviewers" is that one, not someone new.
    ["One of the paper's reviewers, who asked not to be named because review is confidential, said the data looked sound. The reviewer added that a correction was likely.", 'The reviewer', 'anonymous', 'because review is confidential'],
    // "Both" after two unnamed sources gives each the note.
    ['A banker said the offer was in cash. Another said the board had met. Both spoke on condition of anonymity because the talks are private.', 'A banker', 'anonymous', 'because the talks are private'],
    ['A banker said the offer was in cash. Another said the board had met. Both spoke on condition of anonymity because the talks are private.', 'Another', 'anonymous', 'because the talks are private'],
    // "The other judge" is never the judge just named.
    ['Judge Ana Ruiz said the quota was unfair. The other judge said it was fair.', 'The other judge', 'unnamed-person', null]
  ])('gives a source drawn from unnamed people their anonymity and its reason in "%s"', (text, source, type, justification) => {
    const found = attributions(text).filter((attribution) => attribution.source?.text === source)
    expect(found.length).toBeGreaterThan(0)
    for (const attribution of found) {
      expect(attribution.sourceType).toBe(type)
      expect(attribution.justification?.text ?? null).toBe(justification)
    }
  })

  it.each<[string, string, number]>([
    ['Two former Acme employees, who spoke on condition of anonymity, said the data was sold. One of them said the board knew.', 'One of them', 2],
    ['Several nurses, who asked not to be named, said wards were closed. Another said patients waited for days.', 'Another', 1],
    // "A second delegate" after "one of the delegates" is one more of those people.
    ['Three Gulf delegates, who asked not to be named, said a cut was near. One of the delegates said Iraq objected. A second delegate said Riyadh agreed.', 'A second delegate', 1],
    // "Another diplomat" after one diplomat is someone else, graded on its own words.
    ['A French diplomat said the talks had stalled. Another diplomat said they would resume.', 'Another diplomat', 1]
  ])('grades a source drawn from unnamed people at least as the people in "%s"', (text, source, specificity) => {
    const found = attributions(text).find((attribution) => attribution.source?.text === source)
    expect(found?.specificity).toBe(specificity)
  })

  it('marks hedged attributions', () => {
    const [found] = attributions('The government reportedly believes the deal will collapse.')
    expect(found!.hedged).toBe(true)
    expect(found!.hedges.map((hedge) => hedge.text)).toEqual(['reportedly'])
  })
})

describe('agentless expectations and nested passives', () => {
  it.each<Case>([
    {text: 'The backlog is expected to keep growing.', cue: 'is expected', source: null, content: 'to keep growing', type: 'anonymous'},
    {text: 'The board is widely expected to decide next week.', cue: 'is widely expected', source: null, content: 'to decide next week', type: 'anonymous'},
    {text: 'Police said the victims, some of whom are believed to be migrants, were found on Monday.', cue: 'are believed', source: null, type: 'anonymous'},
    {text: 'The minister is believed to have resigned, but aides said no letter had arrived.', cue: 'is believed', source: null, content: 'to have resigned'}
  ])('reads the agentless `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each([
    ['The deal is expected to close next year, the company said.', 'said'],
    ['The offensive is expected to last weeks, according to analysts.', 'according to'],
    ['Police said the suspect is believed to have fled.', 'said'],
    ['The firm said the recall was voluntary, adding that letters are expected to be mailed in July.', 'adding']
  ])('lists only the sourced report that carries an agentless one in "%s"', (text, cue) => {
    const cues = attributions(text).map((attribution) => attribution.cue.text)
    expect(cues).toContain(cue)
    expect(cues.filter((found) => /expected|believed/.test(found))).toEqual([])
  })

  it.each([
    'Results came in as expected.',
    'The rally was bigger than expected.',
    'Officials blamed the delay on what they call baseless claims.',
    'The site rated 11% of Democratic claims as false.'
  ])('finds no report in "%s"', (text) => {
    const cues = attributions(text).map((attribution) => attribution.cue.text)
    expect(cues.filter((cue) => /expected|claims/.test(cue))).toEqual([])
  })
})

describe('broadcasters named with a number', () => {
  it.each<Case>([
    {text: '"Wages are being cut," union leader Ana Ruiz told Radio 10. "Prices are rising."', cue: 'told Radio', source: 'union leader Ana Ruiz', content: '"Wages are being cut,"'},
    {text: '“We will win,” she told France 24 on Monday.', cue: 'told France 24', source: 'she', content: '“We will win,”'},
    {text: 'The minister told Channel 4 News that the plan was dead.', cue: 'told Channel 4 News', source: 'The minister', content: 'the plan was dead'},
    {text: 'He told Reuters 15 people had died.', cue: 'told Reuters', source: 'He', content: '15 people had died'}
  ])('keeps the number of a station in `$cue` in "$text"', (expected) => expectFound([expected]))
})

describe('reports not yet made', () => {
  it.each(['They’ll argue the deal was signed in a hurry.', "I'll say it again: the plan is wrong."])('finds no report after a contracted "will" in "%s"', (text) => {
    expect(attributions(text).map((attribution) => attribution.cue.text)).toEqual([])
  })
})

describe('a relative clause on the subject', () => {
  it.each<Case>([
    {text: 'A polling clerk who worked at one of the stations told the Nation that ballots were missing.', cue: 'told the Nation', source: 'A polling clerk who worked at one of the stations'},
    {text: 'A senior banker in Dubai who has worked on past deals said the sale was likely.', cue: 'said', source: 'A senior banker in Dubai who has worked on past deals'},
    {text: 'One MP whose seat includes two schools said the plan was unfair.', cue: 'said', source: 'One MP whose seat includes two schools'},
    {text: 'Police arrested a man who had threatened staff, the chief said.', cue: 'said', source: 'the chief'}
  ])('takes the subject with its relative clause as the source of `$cue` in "$text"', (expected) => expectFound([expected]))
})

describe('messages', () => {
  it.each<[string, string]>([
    ['Sources said the minister would resign.', 'bare-anonymous-source'],
    ['An official said the minister would resign.', 'anonymous-without-reason'],
    ['An official, who was not authorized to speak publicly, said the minister would resign.', 'formulaic-anonymity-reason'],
    ['The minister reportedly plans to resign.', 'unsourced-hedge'],
    ['The floods destroyed 4,000 homes across the northern provinces last year.', 'unattributed-claim']
  ])('warns on "%s" with %s', (text, ruleId) => {
    const file = tag(text)
    const message = file.messages.find((other) => other.ruleId === ruleId)
    expect(message, file.messages.map(String).join('\n')).toBeDefined()
    expect(message!.source).toBe('retext-attribution')
    expect(message!.url).toBe(`https://github.com/news-sourcing/sourcing/tree/main/packages/retext-attribution#${ruleId}`)
    expect(message!.fatal).toBe(false)
  })

  it.each<[string, string]>([
    ['Energy ministry officials said the minister would resign.', 'bare-anonymous-source'],
    ['An official, who spoke on condition of anonymity because the talks are secret, said the minister would resign.', 'anonymous-without-reason'],
    ['An official, who spoke on condition of anonymity because the talks are secret, said the minister would resign.', 'formulaic-anonymity-reason'],
    ['The minister plans to resign, the BBC reported.', 'unsourced-hedge'],
    ['The floods destroyed 4,000 homes across the northern provinces, the governor said.', 'unattributed-claim']
  ])('does not warn on "%s" with %s', (text, ruleId) => {
    expect(tag(text).messages.filter((message) => message.ruleId === ruleId)).toEqual([])
  })

  it('emits no messages with `messages: false`, and the same data', () => {
    const text = 'Sources said the minister would resign.'
    const file = tag(text, {messages: false})
    expect(file.messages).toEqual([])
    expect(file.data).toEqual(tag(text).data)
  })

  it('reports each attribution as an info message at its cue', () => {
    const file = tag('The minister said the deal was close.')
    const [message] = file.messages
    expect(message!.ruleId).toBe('attribution')
    expect(message!.fatal).toBe(undefined)
    expect(message!.actual).toBe('said')
    expect(message!.place).toEqual({start: {line: 1, column: 14, offset: 13}, end: {line: 1, column: 18, offset: 17}})
  })
})

describe('layouts of other outlets', () => {
  it.each<Case>([
    // Only the occasion or the addressee follows the cue: the content is the quotation or clause before the source.
    {text: '“We need action now,” the union leader said to cheers from the crowd.', cue: 'said', source: 'the union leader', content: '“We need action now,”', quote: 'direct'},
    {text: '“We are proud of the team,” Maria Lopez, a club director, said in a conference call with reporters.', cue: 'said in a conference call', source: 'Maria Lopez, a club director', content: '“We are proud of the team,”'},
    {text: '“We will not back down,” the minister said in a speech to the national academy, a state university.', cue: 'said in a speech', source: 'the minister', content: '“We will not back down,”'},
    {text: '“This is a historic day,” he told party members, according to a statement.', cue: 'told', source: 'he', content: '“This is a historic day,”'},
    {text: 'The airline signed the order, executives of both companies announced at the air show.', cue: 'announced', source: 'executives of both companies', content: 'The airline signed the order'},
    {text: '“I was not there.” the driver said at the hearing.', cue: 'said', source: 'the driver', content: '“I was not there.”'},
    // A quotation just before the source is what was said, whatever verbs the occasion after the cue holds.
    {text: '“Prices will fall,” the analyst said during the same segment.', cue: 'said', source: 'the analyst', content: '“Prices will fall,”'},
    {text: '“Can I give it to him?” the singer asked before hugging her rival.', cue: 'asked', source: 'the singer', content: '“Can I give it to him?”'},
    {text: '“This is not easy,” the judge noted as she made her decision.', cue: 'noted', source: 'the judge', content: '“This is not easy,”'},
    {text: '“A great day for the party!” the senator tweeted soon after the vote ended.', cue: 'tweeted', source: 'the senator', content: '“A great day for the party!”'},
    {text: '“The stock is cheap,” the strategist said on the network’s “Market Hour” show.', cue: 'said', source: 'the strategist', content: '“The stock is cheap,”'},
    {text: '“I feel well now,” the patient wrote in a note accompanying the case report.', cue: 'wrote', source: 'the patient', content: '“I feel well now,”'}
  ])('takes the content before `$cue` when only adjuncts follow it in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // The addressee and the occasion stand between a cue and its content.
    {text: 'The mayor told reporters at a news conference that the bridge would reopen.', cue: 'told reporters', source: 'The mayor', content: 'the bridge would reopen'},
    {text: 'The coach told a few hundred fans who waited outside that the club would appeal.', cue: 'told', source: 'The coach', content: 'the club would appeal'},
    {text: 'The suspect told police he had acted alone.', cue: 'told', source: 'The suspect', content: 'he had acted alone'},
    {text: 'Prosecutors told reporters the decision had been taken last week.', cue: 'told reporters', source: 'Prosecutors', content: 'the decision had been taken last week'},
    {text: 'An analyst told Bloomberg the rival claims are false.', cue: 'told Bloomberg', source: 'An analyst', content: 'the rival claims are false'},
    {text: 'The senator said during the hearing that the budget was a mistake.', cue: 'said', source: 'The senator', content: 'the budget was a mistake'},
    {text: 'The manager said after the match: “We were lucky.”', cue: 'said', source: 'The manager', content: '“We were lucky.”', quote: 'direct'}
  ])('opens the content of `$cue` after the addressee and occasion in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // A wire dateline is not part of what the source said.
    {text: 'VIENNA — The museum will reopen in May, the culture minister said.', cue: 'said', source: 'the culture minister', content: 'The museum will reopen in May'},
    {text: 'LAGOS, Nigeria — Fuel prices will rise, officials said on Monday.', cue: 'said', source: 'officials', content: 'Fuel prices will rise'},
    {text: '(Reuters) — The regulator is investigating the bank, according to two people familiar with the matter.', cue: 'according to', source: 'two people familiar with the matter', content: 'The regulator is investigating the bank'},
    {text: 'Tom Reyes - the new coach - will start on Monday, the club said.', cue: 'said', source: 'the club', content: 'Tom Reyes - the new coach - will start on Monday'},
    {text: 'Lima – The museum will reopen in May, the culture minister said.', cue: 'said', source: 'the culture minister', content: 'The museum will reopen in May'},
    // Nor the subject of a participle or an infinitive after it.
    {text: 'BOSTON – Two guards were charged on Monday, stating they had made the rounds.', cue: 'stating', source: 'Two guards', content: 'they had made the rounds'},
    {text: 'LIMA, Peru (AP) — Hours before the match, the coach praised the striker, saying he works hard.', cue: 'saying', source: 'the coach', content: 'he works hard'},
    {text: 'Lima – Thousands of nurses marched on Tuesday to call for better pay.', cue: 'call for', source: 'Thousands of nurses', content: 'better pay'},
    // A quotation that ends the paragraph before is not what was declined.
    {text: 'He kept the “We.”\n\nA spokeswoman for the firm declined to comment on the layoffs.', cue: 'declined to comment on', source: 'A spokeswoman for the firm', content: 'the layoffs'},
    // Nor is it the content of a cue followed by its occasion.
    {text: 'He Will Not Say “Terror.”\n\nThe president responded to a grieving mother Wednesday.', cue: 'responded', source: 'The president', content: 'to a grieving mother Wednesday'},
    {text: '“We are done.”\n\nThe firm did not immediately say when the plant would reopen.', cue: 'did not immediately say', source: 'The firm', content: 'when the plant would reopen'}
  ])('keeps the content of `$cue` to what the source said in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // A participle ending the reported clause describes the noun before it; it cuts nothing short.
    {text: 'Tests found that the mice had twice the number of cells previously reported.', cue: 'found', source: 'Tests', content: 'the mice had twice the number of cells previously reported'},
    {text: 'The agency said it has 40 more cases than first reported.', cue: 'said', source: 'The agency', content: 'it has 40 more cases than first reported'},
    // An adjunct after "that" opens what was said.
    {text: 'The panel found that in 2015, there were nine million deaths.', cue: 'found', source: 'The panel', content: 'in 2015, there were nine million deaths'},
    {text: 'She said on Monday that on Friday the talks would resume.', cue: 'said', source: 'She', content: 'on Friday the talks would resume'}
  ])('reads the whole reported clause of `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // A second verb joined to the first ends the first one's content.
    {text: 'The firm denied the report and confirmed that it had sold the plant.', cue: 'denied', source: 'The firm', content: 'the report'},
    {text: 'The firm denied the report and confirmed that it had sold the plant.', cue: 'confirmed', source: 'The firm', content: 'it had sold the plant'},
    {text: 'She called the plan “reckless” but said she would vote for it.', cue: 'called', source: 'She', content: 'the plan “reckless”'},
    // A participle sharing the subject goes on with the content.
    {text: 'The coach urged the board to apologize for suggesting he had cheated.', cue: 'urged', source: 'The coach', content: 'the board to apologize for suggesting he had cheated'}
  ])('ends the content of `$cue` at a joined cue in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The inquiry ran for a year, concluding that the fire was an accident.', cue: 'concluding', source: 'The inquiry', content: 'the fire was an accident'},
    {text: 'The judge closed the case, concluding the police had acted lawfully.', cue: 'concluding', source: 'The judge', content: 'the police had acted lawfully'}
  ])('reads `$cue` as a conclusion reported in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // An "As ... reported" opener: what was reported follows the comma that closes the occasion.
    {text: 'As Ana Ray reports for the BBC, the outbreak is spreading fast.', cue: 'reports', source: 'Ana Ray', content: 'the outbreak is spreading fast'},
    {text: 'As the Tribune reported, the talks stalled.', cue: 'reported', source: 'the Tribune', content: 'the talks stalled'},
    {text: 'As he wrote on his blog last week, “Nobody retires early.”', cue: 'wrote', source: 'he', content: '“Nobody retires early.”'},
    // After a conjunction or a short connective the opener is still the source's.
    {text: 'But as the mayor noted, the budget is tight.', cue: 'noted', source: 'the mayor', content: 'the budget is tight'},
    {text: 'Of course, as critics say, the law is vague.', cue: 'say', source: 'critics', content: 'the law is vague'}
  ])('opens the content of `$cue` after the opener\'s comma in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: '“We will,” she said, “appeal the ruling.”', cue: 'said', source: 'she', content: '“We will,” she said, “appeal the ruling.”', quote: 'direct'},
    {text: '“Judge,” the lawyer said, “I have never seen this.”', cue: 'said', source: 'the lawyer', content: '“Judge,” the lawyer said, “I have never seen this.”', quote: 'direct'},
    {text: '“To the extent they care,” he said of the union, “we did our part.”', cue: 'said', source: 'he', content: '“To the extent they care,” he said of the union, “we did our part.”', quote: 'direct'},
    {text: '“The rules are clear,” the clerk told reporters on Monday, “and we follow them.”', cue: 'told reporters', source: 'the clerk', content: '“The rules are clear,” the clerk told reporters on Monday, “and we follow them.”', quote: 'direct'},
    // A last part that goes on past its quotation is part of what was said.
    {text: '“He could have won,” the coach said, “if he had trained” and stayed fit.', cue: 'said', source: 'the coach', content: '“He could have won,” the coach said, “if he had trained” and stayed fit', quote: 'mixed'},
    // A second cue after the comma takes the second part; a full stop ends the statement.
    {text: '“We lost,” she said, adding, “but we will be back.”', cue: 'said', source: 'she', content: '“We lost,”'},
    {text: '“We lost,” she said. “We will be back.”', cue: 'said', source: 'she', content: '“We lost,”'}
  ])('reads a quotation split by `$cue` as one statement in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'As one critic put it, the plan is a gift to landlords.', cue: 'put it', source: 'one critic', content: 'the plan is a gift to landlords'},
    {text: 'As the professor put it: “Nobody wins.”', cue: 'put it', source: 'the professor', content: '“Nobody wins.”'},
    {text: 'She was, as one aide put it, “furious.”', cue: 'put it', source: 'one aide', content: '“furious.”'}
  ])('reads "as X put it" as a cue whose source is X in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The council put it on hold until May.',
    'Officials put it at the top of the list, and the vote passed.'
  ])('finds no report in "put it" without an "as" opener in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    // Two single quotation marks close a quotation as a double one does.
    {text: '“It was a mistake,’’ Will Hart, head of the Lagos-based charity, told the BBC.', cue: 'told the BBC', source: 'Will Hart, head of the Lagos-based charity', content: '“It was a mistake,’’', quote: 'direct'},
    {text: '‘‘We will appeal,’’ the club said.', cue: 'said', source: 'the club', content: '‘‘We will appeal,’’', quote: 'direct'},
    // A compound adjective in -ed is no verb ending the source.
    {text: '“It was the best match of my year,” the 14th-ranked Ortega said.', cue: 'said', source: 'the 14th-ranked Ortega', content: '“It was the best match of my year,”', quote: 'direct'},
    {text: 'Prices will rise, said Ana Ruiz, an analyst at a Texas-based consultancy.', cue: 'said', source: 'Ana Ruiz, an analyst at a Texas-based consultancy'}
  ])('reads quotation marks and names of other house styles around `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The label that owns her early records, Northway Music, says she may perform them.', cue: 'says', source: 'The label that owns her early records, Northway Music', content: 'she may perform them'},
    {text: 'The firm that runs the festival, Harbour Events, denies that the show was cancelled.', cue: 'denies', source: 'The firm that runs the festival, Harbour Events', content: 'the show was cancelled'},
    {text: 'The label has twice denied doing anything wrong.', cue: 'has twice denied', source: 'The label'},
    {text: 'The US welcomed the exchange, saying the hostages were safe.', cue: 'saying', source: 'The US', type: 'named-organization'},
    {text: 'Two soldiers were killed, the US military said in a statement.', cue: 'said in a statement', source: 'the US military', content: 'Two soldiers were killed'}
  ])('reads the whole subject of `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // An adjunct of the cue may follow an inverted source to the sentence's end.
    {text: '“We are cooperating with the inquiry,” said a company spokesperson when contacted by the paper.', cue: 'said', source: 'a company spokesperson', content: '“We are cooperating with the inquiry,”'},
    {text: 'Security forces used live rounds, said the rights group on Tuesday, May 19.', cue: 'said', source: 'the rights group', content: 'Security forces used live rounds'},
    {text: 'It happened on May 18. Neighbours said they heard shots.', cue: 'said', source: 'Neighbours', content: 'they heard shots'},
    // A lowercase title before the name opens the inverted source.
    {text: '“The ice is thinner,” said planetary geologist Rosa Lind of the space agency.', cue: 'said', source: 'planetary geologist Rosa Lind of the space agency', content: '“The ice is thinner,”'},
    {text: 'Rain falls everywhere, said study co-author Ana Ruiz, a research fellow.', cue: 'said', source: 'study co-author Ana Ruiz, a research fellow', content: 'Rain falls everywhere'},
    {text: '“I could not stand,” wrote 43-year-old Tom Hill.', cue: 'wrote', source: '43-year-old Tom Hill', content: '“I could not stand,”'}
  ])('finds the inverted source of `$cue` before its adjunct in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // A verb with its preposition takes an object after it: the source is the subject before the aside.
    {text: 'Acme Corp, in a statement on Tuesday, called for an inquiry into the deaths.', cue: 'called for', source: 'Acme Corp', content: 'an inquiry into the deaths'},
    {text: 'The rights group, in a letter to the minister, called for the release of the prisoners.', cue: 'called for', source: 'The rights group', content: 'the release of the prisoners'}
  ])('reads no inverted source after `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    // The subject of a passive is what the report is about: the source is the agent after "by", or none.
    {text: 'The party was accused of misleading voters.', cue: 'was accused', source: null, content: 'of misleading voters', type: 'anonymous'},
    {text: 'The mayor is accused by critics of ignoring the floods.', cue: 'is accused', source: 'critics', content: 'of ignoring the floods', type: 'unnamed-group'},
    {text: 'The leak was first reported by the Daily Herald.', cue: 'was first reported', source: 'the Daily Herald', content: 'The leak', type: 'named-organization'},
    {text: 'The plan announced on Monday by the ministry angered farmers.', cue: 'announced', source: 'the ministry', type: 'named-organization'},
    {text: 'Rivals condemned the move announced by US envoy Dan Cole.', cue: 'announced', source: 'US envoy Dan Cole'},
    {text: 'The offer was rejected by the union in 2019.', cue: 'was rejected', source: 'the union', content: 'The offer'}
  ])('reads the passive `$cue` in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The bank is under investigation, adding to a series of problems.',
    'The Nasdaq added 20.7 points, or 0.2%.',
    'Job cuts will be announced later this week.',
    'Analysts told the paper the rival claims are false.',
    'The row is over the island chain and its territorial claims in the sea.',
    'At least 40 people died, the group said, citing credible reports from the area.',
    'Benchmark 10-year notes rose in price.',
    'Vendors were selling bond notes and coins at a premium.',
    'The voluntary Class II recall covers three doses.',
    'The FDA recall was announced on Monday.',
    'The plant received an FDA warning letter last year.',
    'The new notes and coins have yet to reach the market.',
    'Dealers said that bank notes released into the system were sold within days.',
    'Police questioned two men over alleged assaults on officers.',
    'A recently announced project will cost more.',
    'He failed to keep his often-repeated vow that taxes would fall.',
    'The stock added more than 2% on Monday.',
    'The guard responded by firing two warning shots.',
    'The president claimed victory as the count ended.',
    'The flood claimed 30 lives in the valley.',
    'The committee concluded its third public impeachment hearings on Tuesday.',
    'A leader who lies as easily as he tells the truth is a problem.',
    'It is also worth noting that the bridge was closed.',
    'When all is said and done, the team won the title.'
  ])('finds no attribution in the noun, adjective or other sense of "%s"', (text) => {
    const cues = attributions(text).map((attribution) => attribution.cue.text)
    expect(cues.filter((cue) => /claim|reports|notes|noting|alleged|announced|adding|added|vow|responded|concluded|tells|recall|warning/.test(cue))).toEqual([])
  })
})

describe('speed', () => {
  it.each([
    ['one endless sentence of attributions', 'the spokesman said that '.repeat(4000)],
    ['many named sources', Array.from({length: 2000}, (_, index) => `Maria Vega${index} said the vote was fair.`).join(' ')],
    ['many hedges', 'The minister reportedly said the vote was fair. '.repeat(2000)]
  ])('tags %s in linear time', (_, text) => {
    const started = performance.now()
    const file = tag(text)
    expect(file.data.attributions!.length).toBeGreaterThan(1000)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('output', () => {
  it('keeps offsets of text blanked with spaces, and spans match their text', () => {
    const text = 'Subscribe now          \n\nThe minister     said the deal was close, Reuters reported.'
    const file = tag(text)
    for (const attribution of file.data.attributions!) {
      expect(attributionSchema.parse(attribution)).toEqual(attribution)
      for (const span of [attribution.cue, attribution.source, attribution.content]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
      }
    }
    expect(file.data.attributions!.map((attribution) => attribution.cue.text)).toEqual(['said', 'reported'])
    for (const claim of file.data.claims!) claimSchema.parse(claim)
  })
})

describe('records that show what they hold', () => {
  it('takes records, bare or with an aside, as the source of a show verb', () => {
    expectFound([
      {text: 'Court papers show the company knew of the defect.', cue: 'show', source: 'Court papers', content: 'the company knew of the defect'},
      {text: 'Flight logs showed the jet landed in Geneva twice.', cue: 'showed', source: 'Flight logs'},
      {text: 'Budget papers show spending will rise next year.', cue: 'show', source: 'Budget papers'},
      {text: 'Text messages show the two men met in March.', cue: 'show', source: 'Text messages'},
      {text: 'His tax returns showed he paid little income tax.', cue: 'showed', source: 'His tax returns'},
      {text: 'Company accounts show the group lost £4m last year.', cue: 'show', source: 'Company accounts'},
      {text: 'Hospital receipts show the family paid in cash.', cue: 'show', source: 'Hospital receipts'},
      {text: 'The accounts, filed at Companies House, show debts of £31m.', cue: 'show', source: 'The accounts', content: 'debts of £31m'},
      {text: 'The documents, which include two internal audits, show that staff warned their managers.', cue: 'show', source: 'The documents'},
      {text: 'The files, obtained under freedom of information laws, showed the council paid twice.', cue: 'showed', source: 'The files'},
    ])
  })

  // Records, a past participle phrase of how they came out, and no comma: the whole phrase is the source.
  it.each<Case>([
    {text: 'Police logs obtained by the BBC show officers were called twice.', cue: 'show', source: 'Police logs obtained by the BBC'},
    {text: 'Company accounts filed last week show the group lost £4m.', cue: 'show', source: 'Company accounts filed last week'},
    {text: 'Court documents filed on Monday showed the bank knew of the fraud.', cue: 'showed', source: 'Court documents filed on Monday'},
    {text: 'Emails seen by Reuters show the minister approved the deal.', cue: 'show', source: 'Emails seen by Reuters'},
    {text: 'Records released under freedom of information laws show the council paid twice.', cue: 'show', source: 'Records released under freedom of information laws'},
    {text: 'Text messages reviewed by the newspaper showed the two men met in March.', cue: 'showed', source: 'Text messages reviewed by the newspaper'},
    {text: 'Flight logs published in 2019 show the jet landed in Geneva.', cue: 'show', source: 'Flight logs published in 2019'},
    {text: 'Invoices obtained by the programme show the firm billed for work never done.', cue: 'show', source: 'Invoices obtained by the programme'},
    {text: 'Budget papers tabled in parliament show spending will rise.', cue: 'show', source: 'Budget papers tabled in parliament'},
    {text: 'Tax returns filed by the charity show it spent little on aid.', cue: 'show', source: 'Tax returns filed by the charity'},
    {text: 'Hospital records examined by investigators show the boy was seen three times.', cue: 'show', source: 'Hospital records examined by investigators'},
    {text: 'Photographs taken at the scene show the car on its roof.', cue: 'show', source: 'Photographs taken at the scene'},
    {text: 'Internal memos leaked to the press show managers knew of the leak.', cue: 'show', source: 'Internal memos leaked to the press'},
    {text: 'Land registry filings lodged in March showed the house was sold.', cue: 'showed', source: 'Land registry filings lodged in March'},
    {text: 'Bank statements produced in court show regular cash deposits.', cue: 'show', source: 'Bank statements produced in court'},
    {text: 'Customs data compiled by the ministry shows exports fell in May.', cue: 'shows', source: 'Customs data compiled by the ministry'},
  ])('takes records and their participle phrase as the source in "$text"', (expected) => expectFound([expected]))

  it.each([
    // Inside another report's clause, which PolNeAR leaves to the outer report.
    ['The chief said the footage released Friday by the family did not show a gun.', 'said'],
    ['She told reporters that emails obtained by the union showed nothing new.', 'told reporters'],
    // No record heads the phrase: the records are a preposition's object, or not records at all.
    ['The average of polls taken last week shows a tie.', null],
    ['Students tested last year show steady progress.', null],
    // A relative clause holds the show verb.
    ['Emails leaked last week that showed the plan were deleted.', null],
  ])('reads no records participle source in "%s"', (text, outer) => {
    const cues = attributions(text).map((attribution) => attribution.cue.text)
    expect(cues.filter((cue) => /show/.test(cue))).toEqual([])
    if (outer) expect(cues).toContain(outer)
  })

  // An aside about records holding a list with its own commas: the records before the aside are the source.
  it.each<Case>([
    {text: 'The documents, which include two audits, dozens of emails and a memo, show that staff warned managers.', cue: 'show', source: 'The documents'},
    {text: 'The files, which cover payroll, pensions, travel and overtime, showed the council paid twice.', cue: 'showed', source: 'The files'},
    {text: 'The records, including invoices, receipts and bank transfers, show the money went abroad.', cue: 'show', source: 'The records'},
    {text: 'The papers, obtained from the courts in Lagos, Abuja and Kano, show the suits were dropped.', cue: 'show', source: 'The papers'},
    {text: 'Company filings, which list directors, shareholders, and addresses, show he still owns the firm.', cue: 'show', source: 'Company filings'},
    {text: 'The emails, sent between March, April and May of 2019, show the deal was agreed early.', cue: 'show', source: 'The emails'},
    {text: 'The logs, which record arrivals, departures, and cancellations, show the jet flew twice.', cue: 'show', source: 'The logs'},
    {text: 'The figures, that cover wages, rents, fuel and food, show prices rose sharply.', cue: 'show', source: 'The figures'},
  ])('takes records before an aside holding a list as the source in "$text"', (expected) => expectFound([expected]))

  it.each([
    'Ana Ruiz, the mayor, her deputy and two aides, show up at every meeting.',
    'The band, its manager, the promoter and the label, show no sign of settling.',
  ])('reads no records before a list that is no aside in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => /^show/.test(attribution.cue.text))).toEqual([])
  })

  // Records show and do not go on to speak: a verb joined inside the shown clause is that clause's subject's.
  it.each([
    'A screen image captured by the site showed that the coach had shared it and added a comment.',
    'Phone records obtained by the paper show that the minister called him and told him to resign.',
    'The footage showed that the officer drew his gun and warned the man to stop.',
    'Court papers filed in March show that the firm sold the shares and claimed a loss.',
  ])('reads one report, the records\', in "%s"', (text) => {
    const found = attributions(text)
    expect(found.map((attribution) => attribution.cue.text)).toEqual([expect.stringMatching(/^show/)])
  })

  it('ends the subject of a verb inside what records show at the show verb', () => {
    expectFound([
      {text: 'The documents show staff repeatedly warned their managers.', cue: 'repeatedly warned', source: 'staff'},
      {text: 'Federal records show the agency cited the plant in 2008.', cue: 'cited', source: 'the agency'},
      {text: 'Internal emails showed executives argued over the recall.', cue: 'argued', source: 'executives'},
    ])
  })

  it('reads no show verb in a noun, an infinitive or a talk show', () => {
    const cases = [
      'Schools must break out testing data to show how poor students perform.',
      'The decision to drop him from the show angered fans.',
      'Talk show host Ana Ruiz interviewed the mayor.',
      'The papers were filed in the show trial.',
    ]
    for (const text of cases) expect(attributions(text).filter((attribution) => /^show/.test(attribution.cue.text)), text).toEqual([])
  })
})

describe('beliefs with a bare verb, quantifier subjects and hearings', () => {
  it.each<Case>([
    {text: 'Police believe the men fled across the border.', cue: 'believe', source: 'Police', content: 'the men fled across the border'},
    {text: 'Detectives believed the victim knew her attacker.', cue: 'believed', source: 'Detectives', content: 'the victim knew her attacker'},
    {text: 'Prosecutors believe he acted alone.', cue: 'believe', source: 'Prosecutors', content: 'he acted alone'},
    {text: 'Firefighters suspected an electrical fault caused the blaze.', cue: 'suspected', source: 'Firefighters'},
    {text: 'The authorities believe the gang operated from a warehouse.', cue: 'believe', source: 'The authorities'},
    {text: 'Engineers suspect corrosion weakened the cables.', cue: 'suspect', source: 'Engineers', content: 'corrosion weakened the cables'},
    {text: 'Investigators now think the pilot lost control in the fog.', cue: 'now think', source: 'Investigators'},
    {text: 'Officials feared they had run out of time.', cue: 'feared', source: 'Officials'},
    {text: 'Local people reckon the developers bought the land cheaply.', cue: 'reckon', source: 'Local people'},
    {text: 'Doctors suspect the boy caught the virus at school.', cue: 'suspect', source: 'Doctors'},
    {text: 'Historians believe the monks built the chapel around 1120.', cue: 'believe', source: 'Historians'},
    {text: 'Police believe the alleged gunman escaped through a side door.', cue: 'believe', source: 'Police', content: 'the alleged gunman escaped through a side door'},
  ])('reads a belief whose clause has a bare past verb in "$text"', (expected) => expectFound([expected]))

  it.each([
    'Police believe the man arrested by detectives.',
    'Investigators suspect the alleged gunman.',
    'Residents fear the flooded streets.',
    'I believe the men fled.',
    'Voters feared the worst.',
    'The trial resumes tomorrow, with 35 witnesses expected to be called.',
  ])('reads no belief without a clause of its own in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => /believe|suspect|fear|expected/.test(attribution.cue.text)), text).toEqual([])
  })

  it.each<Case>([
    {text: 'Some warned that the plan would raise prices.', cue: 'warned', source: 'Some', content: 'the plan would raise prices'},
    {text: 'Many complained that the queues were too long.', cue: 'complained', source: 'Many'},
    {text: 'Several insisted the vote had been rigged.', cue: 'insisted', source: 'Several'},
    {text: 'Some argue the law is unconstitutional.', cue: 'argue', source: 'Some'},
    {text: 'Others argued the cuts went too far.', cue: 'argued', source: 'Others'},
    {text: 'Many questioned whether the money was spent properly.', cue: 'questioned', source: 'Many'},
    {text: 'Both conceded the talks had stalled.', cue: 'conceded', source: 'Both'},
    {text: 'Some noted that the bridge had been closed twice before.', cue: 'noted', source: 'Some'},
    {text: 'The ban was welcomed by parents, but many warned it would be hard to enforce.', cue: 'warned', source: 'many'},
    {text: 'Some praised the budget, while others complained about the tax rises.', cue: 'complained', source: 'others'},
    {text: 'Most predicted the incumbent would hold the seat.', cue: 'predicted', source: 'Most'},
    {text: 'Analysts broadly agreed, with several estimating that a further €5bn could be needed.', cue: 'estimating', source: 'several', content: 'a further €5bn could be needed'},
    {text: 'The plan drew criticism, with many warning that it would fail.', cue: 'warning', source: 'many'},
  ])('reads a quantifier standing alone as the subject in "$text"', (expected) => expectFound([expected]))

  it.each([
    'Some noted economists disagree with the forecast.',
    'Several reported cases involved children.',
    'Some claims were later withdrawn.',
    'Many comments were deleted.',
    'The town was hit hard, with several warning signs ignored.',
    'The plan drew criticism with many warning that it would fail.',
  ])('reads no quantifier subject before a noun it counts in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => /^(Some|Several|Many)$/.test(attribution.source?.text ?? '')), text).toEqual([])
  })

  it.each<Case>([
    {text: 'The inquest heard that the boy had been bullied for months.', cue: 'heard', source: 'The inquest', content: 'the boy had been bullied for months'},
    {text: 'The court heard the defendant had threatened his neighbour.', cue: 'heard', source: 'The court', content: 'the defendant had threatened his neighbour'},
    {text: 'The tribunal heard how staff were forced to work unpaid.', cue: 'heard', source: 'The tribunal'},
    {text: 'Jurors heard that the victim was stabbed twice.', cue: 'heard', source: 'Jurors'},
    {text: 'The committee heard that the project was two years late.', cue: 'heard', source: 'The committee'},
    {text: 'Magistrates heard he had been drinking.', cue: 'heard', source: 'Magistrates'},
    {text: 'The court had heard that the loan was never repaid.', cue: 'had heard', source: 'The court'},
    {text: 'Senators heard the agency had lost track of the funds.', cue: 'heard', source: 'Senators'},
    {text: 'Lawmakers heard how the software failed.', cue: 'heard', source: 'Lawmakers'},
    {text: 'The inquiry heard that inspectors missed the fault.', cue: 'heard', source: 'The inquiry'},
  ])('reads what a court or hearing heard as reported to it in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The inquest heard evidence over 23 days from 40 witnesses.',
    'Residents heard gunfire late on Saturday.',
    'The court heard from three witnesses.',
    'The case will be heard next month.',
    'Neighbours said they heard the men fled.',
  ])('reads no hearing without a body that hears evidence or a clause in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => /heard/.test(attribution.cue.text)), text).toEqual([])
  })
})

describe('passive reports made to someone by an agent', () => {
  it.each<Case>([
    {text: 'The figure was confirmed to Reuters by a company spokesman.', cue: 'was confirmed', source: 'a company spokesman', content: 'The figure'},
    {text: 'The plan was described to the BBC by two senior officials.', cue: 'was described', source: 'two senior officials'},
    {text: 'The details were confirmed to The Times by a government source.', cue: 'were confirmed', source: 'a government source'},
    {text: 'The closure was announced to staff on Monday by the chief executive.', cue: 'was announced', source: 'the chief executive'},
    {text: 'The plan was explained to reporters by a senior aide.', cue: 'was explained', source: 'a senior aide'},
    {text: 'The loss was disclosed to investors by the company in a filing.', cue: 'was disclosed', source: 'the company'},
    {text: 'The rumours were confirmed to The Associated Press by two people familiar with the talks.', cue: 'were confirmed', source: 'two people familiar with the talks'},
    {text: 'It was confirmed to the BBC by the club that the manager had resigned.', cue: 'was confirmed', source: 'the club', content: 'the manager had resigned'},
    {text: 'The memo was confirmed to the Guardian by two civil servants, who spoke on condition of anonymity.', cue: 'was confirmed', source: 'two civil servants', content: 'The memo'},
    {text: 'The plan was confirmed by two officials, who asked not to be named.', cue: 'was confirmed', source: 'two officials', content: 'The plan'},
    {text: 'He said he had been told by his manager to stay home.', cue: 'told', source: 'his manager', content: 'to stay home'},
    {text: 'Staff were told by managers to stay away from the site.', cue: 'were told', source: 'managers'},
    {text: 'The deal was announced by the two companies to investors on Monday.', cue: 'was announced', source: 'the two companies to investors', content: 'The deal'},
    {text: 'The plan was announced by the government to cut costs.', cue: 'was announced', source: 'the government to cut costs', content: 'The plan'},
  ])('takes the agent after the one told as the source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'The suspect is believed to travel by train.', cue: 'is believed', source: null, content: 'to travel by train'},
    {text: 'The minister is said to be angered by the leak.', cue: 'is said', source: null},
    {text: 'The talks were reported to be hampered by mistrust.', cue: 'were reported', source: null},
    {text: 'The bill was expected to pass by Friday.', cue: 'was expected', source: null},
  ])('keeps an infinitive after a passive report with no agent in "$text"', (expected) => expectFound([expected]))
})

describe('a participle phrase on a source before a relative aside', () => {
  it.each<Case>([
    {text: 'A police officer assigned to a city precinct, who requested anonymity because he was not authorised to speak, said the unit was understaffed.', cue: 'said', source: 'A police officer assigned to a city precinct'},
    {text: 'A nurse employed at the hospital, who asked not to be named, said staff were exhausted.', cue: 'said', source: 'A nurse employed at the hospital'},
    {text: 'A diplomat posted to the region, who spoke on condition of anonymity, said talks had stalled.', cue: 'said', source: 'A diplomat posted to the region'},
    {text: 'A soldier stationed near the border, who gave only his first name, said shelling continued overnight.', cue: 'said', source: 'A soldier stationed near the border'},
    {text: 'Residents evacuated from the town, who have not been allowed home, say the water is still rising.', cue: 'say', source: 'Residents evacuated from the town'},
    {text: 'A source briefed on the talks, who was not authorised to speak publicly, told the BBC a deal was near.', cue: 'told the BBC', source: 'A source briefed on the talks'},
    {text: 'Workers laid off at the plant, many of whom had worked there for decades, said they felt betrayed.', cue: 'said', source: 'Workers laid off at the plant'},
  ])('keeps the noun the participle describes in the source in "$text"', (expected) => expectFound([expected]))

  // A subject relative "that" on the source noun, as "who": the clause is part of the source.
  it.each<Case>([
    {text: 'A company that operates a smelter near the town said the water was safe.', cue: 'said', source: 'A company that operates a smelter near the town'},
    {text: 'A firm that runs the mine said output fell.', cue: 'said', source: 'A firm that runs the mine'},
    {text: 'The agency that oversees the port says ships were delayed.', cue: 'says', source: 'The agency that oversees the port'},
    {text: 'A group that represents farmers warned prices would fall.', cue: 'warned', source: 'A group that represents farmers'},
    {text: 'The union that organised the strike claimed turnout was high.', cue: 'claimed', source: 'The union that organised the strike'},
    {text: 'Officials that oversee the budget have said the cuts will stay.', cue: 'have said', source: 'Officials that oversee the budget'},
    {text: 'A ministry that backed the plan told reporters it was reviewing it.', cue: 'told reporters', source: 'A ministry that backed the plan'},
    {text: 'The council that approved the scheme insisted it was lawful.', cue: 'insisted', source: 'The council that approved the scheme'},
    {text: 'A company that operates the mine declined to say whether the spill was contained.', cue: 'declined to say', source: 'A company that operates the mine', content: 'whether the spill was contained'},
    // Not a "that" before a subject of its own.
    {text: 'He told the union that members say the deal is bad.', cue: 'say', source: 'members'},
    {text: 'The board warned the council that officials said the funds were gone.', cue: 'said', source: 'officials'},
    {text: 'It was the ministry that the agency said was responsible.', cue: 'said', source: 'the agency'},
  ])('reads a subject relative "that" into the source in "$text"', (expected) => expectFound([expected]))

  // A question left unanswered says nothing, and the quotation before it is someone else's.
  it.each([
    'The union said the cuts were "a betrayal." The ministry did not respond to questions about the cuts.',
    '"We did nothing wrong." The airline didn\'t immediately respond to a question about the fares.',
    'Critics called it "a scandal." The firm has not responded to questions about the contract.'
  ])('finds no report in a question left unanswered in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => /respond/.test(attribution.cue.text))).toEqual([])
  })

  it('still reads an answer given after a quotation', () => {
    expectFound([{text: '"Is it over?" the reporter asked. "Not yet," Lopez responded.', cue: 'responded', source: 'Lopez', content: '"Not yet,"'}])
  })

  it.each([
    'The airline declined to comment.',
    'The club declined to publicly comment.',
    'A company spokesman declined to comment further.',
    'A spokeswoman for the regulator declined to comment for this story.',
    'He declined to elaborate.',
    'The ministry declined to give details.'
  ])('finds no report in a refusal that names nothing withheld in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  // People by trade, station or faith, not only officials: the head keeps its participle phrase, not the place after it.
  it.each<Case>([
    {text: 'Two civil servants seconded to the unit, who asked not to be named, said the files were lost.', cue: 'said', source: 'Two civil servants seconded to the unit'},
    {text: 'A cleaner employed at the station, who declined to be named, said the platform flooded.', cue: 'said', source: 'A cleaner employed at the station'},
    {text: 'A hotel porter hired for the summit, who spoke anonymously, said the guests left at dawn.', cue: 'said', source: 'A hotel porter hired for the summit'},
    {text: 'Two prison wardens posted to the wing, who asked not to be identified, said the cells were overcrowded.', cue: 'said', source: 'Two prison wardens posted to the wing'},
    {text: 'A midwife trained in the capital, who gave only her first name, said the clinic had no power.', cue: 'said', source: 'A midwife trained in the capital'},
    {text: 'Several inmates held at the jail, who spoke by phone, say the food ran out.', cue: 'say', source: 'Several inmates held at the jail'},
    {text: 'A priest based in the diocese, who asked not to be named, said the church was looted.', cue: 'said', source: 'A priest based in the diocese'},
    {text: 'Pensioners bused to the rally, who would not give their names, said they had been paid.', cue: 'said', source: 'Pensioners bused to the rally'},
    {text: 'A mechanic contracted to the airline, who requested anonymity, said the checks were rushed.', cue: 'said', source: 'A mechanic contracted to the airline'},
    {text: 'Herders displaced from the valley, who spoke through an interpreter, said the wells had dried up.', cue: 'said', source: 'Herders displaced from the valley'},
    {text: 'A lecturer employed at the university, who feared for her job, said pay had been cut.', cue: 'said', source: 'A lecturer employed at the university'},
    {text: 'Two seafarers stranded at the port, who asked not to be named, said they had not been paid.', cue: 'said', source: 'Two seafarers stranded at the port'},
    {text: 'A waitress working at the cafe said the gunman came in at noon.', cue: 'said', source: 'A waitress working at the cafe', type: 'unnamed-person'},
    {text: 'Commuters stuck at the station said the trains had stopped.', cue: 'said', source: 'Commuters stuck at the station'},
    {text: 'Tom Hale, a plumber from the town, said the pipes had burst.', cue: 'said', source: 'Tom Hale, a plumber from the town', type: 'named-person'},
  ])('takes people by trade or station with their participle phrase as the source in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'Fans cheered for Ana Ruiz, who said she was delighted.', cue: 'said', source: 'who'},
    {text: 'The report was praised by Ana Ruiz, who said it was overdue.', cue: 'said', source: 'who'},
  ])('reads a relative that holds the cue as before in "$text"', (expected) => expectFound([expected]))

})

describe('reporting verbs in other senses, and subjects with long descriptions', () => {
  it.each([
    'The carmaker has recalled some 410,000 vehicles since the regulator ordered a software update.',
    'The government recalled its ambassador on Monday.',
    'A diplomat, who insisted on anonymity to speak candidly, gave no details.',
    'He said the firm would still claim its management fee.'
  ])('finds no report in a recall of things, a request for anonymity or a claim not yet made in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => /recall|insist|claim/.test(attribution.cue.text))).toEqual([])
  })

  it.each<Case>([
    {text: 'She recalled that the house had been empty for years.', cue: 'recalled', source: 'She'},
    {text: 'She recalled the ambassador telling her that the aid had been frozen.', cue: 'recalled', source: 'She'},
    {text: 'She would later say that she had been misled by the bank.', cue: 'would later say', source: 'She'},
    {text: 'The mayor declared Monday that curfews in the capital would end on Friday.', cue: 'declared', source: 'The mayor'},
    {text: 'The regulator commented on anonymity rules, saying they would be tightened.', cue: 'commented', source: 'The regulator'},
    {text: 'The minister insisted on Monday that the plan was safe.', cue: 'insisted', source: 'The minister'},
    {text: 'The opposition insists on a full recount of the ballots.', cue: 'insists', source: 'The opposition'},
    {text: 'The two capitals had made clear that the border opening was temporary.', cue: 'had made clear', source: 'The two capitals', content: 'the border opening was temporary'},
    {text: 'She has made it clear to donors that the offer stands.', cue: 'has made it clear', source: 'She', content: 'the offer stands'},
    {text: 'Several people are still believed to be buried under the rubble.', cue: 'are still believed', source: null},
    {text: 'It is also widely believed that the vote was rigged.', cue: 'is also widely believed', source: null},
    {text: 'A report submitted to the commission in 2009 warned that the sea walls were too low.', cue: 'warned', source: 'A report submitted to the commission', type: 'document'},
    {text: 'The suit alleges that the distributor ignored suspicious orders.', cue: 'alleges', source: 'The suit', type: 'document'},
    {text: 'Residents complained that their names could not be found on the register.', cue: 'complained', source: 'Residents'},
    {text: '"Prices will keep rising," said Ana Ruiz, an analyst at a bank in Lima who rates the shares "sell."', cue: 'said', source: 'Ana Ruiz, an analyst at a bank in Lima who rates the shares', content: '"Prices will keep rising,"'},
    {text: 'Ana Ruiz, an ally of the mayor, called the new standards “strong.”', cue: 'called', source: 'Ana Ruiz, an ally of the mayor'},
    {text: 'Ana Ruiz, a seismologist at the Institute of Earth Sciences (IES) who has studied the Banda Arc fault for a decade, warned that aftershocks could continue.', cue: 'warned', source: 'Ana Ruiz', type: 'named-person'},
    {text: 'Tom Hale, a supervisor who has worked for the same contracting firm for eleven years, told reporters the pay had stopped.', cue: 'told reporters', source: 'Tom Hale'},
    {text: 'Some of the recruits who completed training said they had never been given shifts.', cue: 'said', source: 'Some of the recruits who completed training'},
    {text: 'One miner who witnessed the shooting, and who asked not to be named, said the men had been running away.', cue: 'said', source: 'One miner who witnessed the shooting', type: 'anonymous'},
    {text: 'Ana Ruiz, who saw the shooting, and who lives nearby, said the men had been running away.', cue: 'said', source: 'Ana Ruiz', type: 'named-person'},
    {text: 'An official involved in the negotiations said the offer had been withdrawn.', cue: 'said', source: 'An official involved in the negotiations', type: 'anonymous'},
    {text: 'An EU official involved in preparing the summit acknowledged that the talks had stalled.', cue: 'acknowledged', source: 'An EU official involved in preparing the summit', type: 'anonymous'},
    {text: 'Experts not involved in the study said its method was sound.', cue: 'said', source: 'Experts not involved in the study', type: 'unnamed-group'},
    {text: 'A lawyer not involved in the case said the ruling would be appealed.', cue: 'said', source: 'A lawyer not involved in the case', type: 'unnamed-person'},
    {text: 'One section notes that staff at several branch offices were exhausted.', cue: 'notes', source: 'One section', type: 'document'},
    {text: 'Statistics from the police show 78 people were murdered last year.', cue: 'show', source: 'Statistics from the police', type: 'document'},
    {text: 'Radiation readings released by the science ministry showed levels of up to 20 microsieverts per hour.', cue: 'showed', source: 'Radiation readings released by the science ministry', type: 'document'},
    {text: 'A trader who runs three filling stations in the city said margins had vanished.', cue: 'said', source: 'A trader who runs three filling stations in the city'},
    {text: 'Some told Reuters they had packed their cars.', cue: 'told Reuters', source: 'Some'},
    {text: 'Many told reporters the water had risen overnight.', cue: 'told reporters', source: 'Many'},
    {text: 'The Securities and Exchange Commission, SEC, warned that the filings were late.', cue: 'warned', source: 'The Securities and Exchange Commission, SEC', type: 'named-organization'},
    {text: 'Sam Hill, vice president at Acme Defense, Space and Security, said the deal was done.', cue: 'said', source: 'Sam Hill, vice president at Acme Defense, Space and Security', type: 'named-person'},
    {text: 'Acme Motor Co, the Japanese carmaker whose plant supplies engines for its assembly lines in Thailand and Indonesia, said in a statement that it had suspended operations.', cue: 'said in a statement', source: 'Acme Motor Co', type: 'named-organization'}
  ])('still finds the report, its adverbs and its subject in "$text"', (expected) => expectFound([expected]))

  it.each([
    'The minister made clear his opposition to the plan.',
    'The rules were made clear to staff on the first day.',
    'The minister failed to make clear that the offer had expired.'
  ])('finds no report in "made clear" without a clause, or not yet made, in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it('reads a source cited inside an "according to" source as part of it, no report of its own', () => {
    const found = attributions('According to a 2012 survey cited by the centre, more than half of the factories are unsafe.')
    expect(found.map((attribution) => [attribution.cue.text, attribution.source?.text])).toEqual([['According to', 'a 2012 survey cited by the centre']])
  })

  it.each<Case>([
    {text: 'Ana May said the country would leave the customs union.', cue: 'said', source: 'Ana May', type: 'named-person'},
    {text: 'Ms May told reporters she would not resign.', cue: 'told reporters', source: 'Ms May', type: 'named-person'},
    {text: 'May Chen, a nurse at the clinic, said the ward was full.', cue: 'said', source: 'May Chen, a nurse at the clinic', type: 'named-person'},
    {text: 'Will Ruiz wrote that the bank had failed.', cue: 'wrote', source: 'Will Ruiz', type: 'named-person'},
    {text: 'A report published in May warned that the dam could fail.', cue: 'warned', source: 'A report', type: 'document'},
    {text: 'A report by the comptroller published in May found that beds had fallen.', cue: 'found', source: 'A report by the comptroller published in May', type: 'document'},
    {text: 'Documents obtained in May show that the firm paid bribes.', cue: 'show', source: 'Documents obtained in May', type: 'document'},
    {text: 'Officials in May said the plan would go ahead.', cue: 'said', source: 'Officials'},
    {text: 'The cuts announced on 3 March will hit the poorest, the union said.', cue: 'said', source: 'the union'},
    {text: 'The ministry said on 3 May that the road would reopen.', cue: 'said', source: 'The ministry', content: 'the road would reopen'}
  ])('reads "May" with a capital as a name or the month, not a modal, in "$text"', (expected) => expectFound([expected]))

  it.each([
    'Officials worry the outbreak could spread to the east, where a few suspected cases have been reported.',
    'He noted that clinics had opened, and that patients who reported early were surviving.'
  ])('finds no report in a past form that counts, nor in a relative the sentence\'s own verb follows, in "%s"', (text) => {
    expect(attributions(text).filter((attribution) => /suspected|reported/.test(attribution.cue.text))).toEqual([])
  })

  it.each<Case>([
    {text: 'A few believed the plan would fail.', cue: 'believed', source: 'A few'}
  ])('still reads a quantifier that believes a clause in "$text"', (expected) => expectFound([expected]))

  it('finds no report after the modal "may"', () => {
    expect(attributions('The minister may say that the plan is dead.')).toEqual([])
  })

  it('finds no report in a participle after a noun, dated by a day and a month', () => {
    expect(attributions('The cuts announced on 3 May will hit the poorest.')).toEqual([])
  })

  it.each([
    'Police put the suspect at Gate B4 on the night of the fire.',
    'Police put the suspect at Gate 4 on the night of the fire.',
    'Police put the crash at the R101 near the bridge.',
    'The coach put his best players at A1 Arena for the final.',
    'The new tariffs put China at 25 percent, the highest rate of any country.'
  ])('finds no report in a place numbered like an amount, nor in a share set by no poll, in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each([
    'She asked the court to delay the hearing.',
    'The minister had asked the agency for a full briefing.',
    'Several chambers of commerce have asked for meetings with the government.',
    'Anyone with information is asked to call police.'
  ])('finds no report in a request for a thing or an act in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it.each<Case>([
    {text: 'Reporters asked whether the plan would survive.', cue: 'asked', source: 'Reporters', content: 'whether the plan would survive'},
    {text: '"Who will pay?" she asked.', cue: 'asked', source: 'she'}
  ])('still reads a question asked in "$text"', (expected) => expectFound([expected]))

  it.each([
    'It goes without saying that raising taxes on the rich is popular.',
    'She asked herself whether the plan would work.'
  ])('finds no report in an idiom or a question to oneself in "%s"', (text) => {
    expect(attributions(text)).toEqual([])
  })

  it('reads no conjunction in an opening "So far,"', () => {
    expect(attributions('So far, police, citing a lack of evidence, have refused to name the suspect.')).toEqual([])
  })

  it('reads no subject in an opening "So far," before an aside', () => {
    expectFound([{text: 'So far, police, citing a lack of evidence, have refused to say who the suspect is.', cue: 'have refused to say', source: 'police'}])
  })

  it.each<Case>([
    {text: 'The minister on 3 May said the plan was dead.', cue: 'said', source: 'The minister'},
    {text: 'The minister on May 3 said the plan was dead.', cue: 'said', source: 'The minister'}
  ])('steps back over a date with its day before the subject in "$text"', (expected) => expectFound([expected]))

  it.each<Case>([
    {text: 'A driver involved in the crash told police he had not seen the cyclist.', cue: 'told', source: 'A driver involved in the crash', type: 'unnamed-person'},
    {text: 'A firefighter involved in the rescue said the family had been trapped for hours.', cue: 'said', source: 'A firefighter involved in the rescue', type: 'unnamed-person'},
    {text: 'A railway employee involved in the crash said the brakes had failed.', cue: 'said', source: 'A railway employee involved in the crash', type: 'unnamed-person'},
    {text: 'Japanese broker Nomura said in a note that the yen would weaken.', cue: 'said', source: 'Japanese broker Nomura', type: 'named-organization'},
    {text: 'Ana Ruiz, of the Securities and Exchange Commission, SEC, said the filings were late.', cue: 'said', source: 'Ana Ruiz', type: 'named-person'}
  ])('keeps the type and source of witnesses, firms and named people in "$text"', (expected) => expectFound([expected]))

  it.each([
    'Tom Hale said the plant was unsafe. A banner outside the gate said "No more layoffs." He said managers had ignored the workers.',
    'Tom Hale said the plant was unsafe. The 150-year-old company said it would appeal. He said managers had ignored the workers.'
  ])('reads "he" after a thing or a firm that spoke as the person named before in "%s"', (text) => {
    expect(attributions(text).at(-1)!.sourceType).toBe('named-person')
  })

  it('gives no reason to people who live close to a place for what one of them says', () => {
    const found = attributions(
      'Residents living close to the plant said the smell had worsened. ' +
        'One of them, who asked not to be named because she feared reprisals, said the fumes were worse at night.'
    )
    expect(found.map((attribution) => attribution.justification?.text ?? null)).toEqual([null, 'because she feared reprisals'])
  })

  it('types an administrator named after the title as a person', () => {
    const found = attributions('Red Cross chapter administrator Ana Ruiz told reporters the roads were shut.')
    expect(found.map((attribution) => [attribution.source?.text, attribution.sourceType])).toEqual([['Red Cross chapter administrator Ana Ruiz', 'named-person']])
  })
})
