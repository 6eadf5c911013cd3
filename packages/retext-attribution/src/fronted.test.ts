import {describe, expect, it} from 'vitest'
import {attributionsOf} from './fixtures/tag.js'

/** "source | cue | content" of each attribution found in `text`. */
function frames(text: string): string[] {
  return attributionsOf(text).map((attribution) => `${attribution.source?.text} | ${attribution.cue.text} | ${attribution.content?.text}`)
}

/** "source | type" of each attribution found in `text`. */
function types(text: string): string[] {
  return attributionsOf(text).map((attribution) => `${attribution.source?.text} | ${attribution.sourceType}`)
}

describe('a fronted place or occasion before a described name', () => {
  it.each([
    ['Outside a bakery in the north of the city, retired welder Tom Hale, 67, said he would vote again.', 'retired welder Tom Hale, 67 | said | he would vote again'],
    ['Outside the court, Ana Ruiz, 41, said the verdict was fair.', 'Ana Ruiz, 41 | said | the verdict was fair'],
    ['Inside the packed hall, union organiser Tom Reed, 45, told members the strike was over.', 'union organiser Tom Reed, 45 | told members | the strike was over'],
    ['Behind the counter, shop owner Li Wei, 52, says business is slow.', 'shop owner Li Wei, 52 | says | business is slow'],
    ['Amid the rubble, rescue worker Omar Haddad, 31, said more bodies had been found.', 'rescue worker Omar Haddad, 31 | said | more bodies had been found'],
    ['Despite the rain, farmer Jan de Vries, 60, said the harvest was good.', 'farmer Jan de Vries, 60 | said | the harvest was good'],
    ['Beside the flooded road, pensioner Mary Ellis, 78, says nobody came to help.', 'pensioner Mary Ellis, 78 | says | nobody came to help'],
    ['At a rally in Ohio on Sunday, retired teacher Mary Ellis, 71, said she was voting for change.', 'retired teacher Mary Ellis, 71 | said | she was voting for change'],
    ['In an interview, veteran lawmaker Ruth Obi said the bill was dead.', 'veteran lawmaker Ruth Obi | said | the bill was dead'],
    ['Along the route, taxi driver Sam Moyo, 44, said fares had doubled.', 'taxi driver Sam Moyo, 44 | said | fares had doubled'],
    ['Last week, trade union leader Ana Ruiz, 50, said talks had failed.', 'trade union leader Ana Ruiz, 50 | said | talks had failed'],
    ['Standing outside the polling station, retiree Tom Hale, 70, said he voted early.', 'retiree Tom Hale, 70 | said | he voted early'],
    ['Speaking to reporters, shop owner Li Wei, 52, said trade had collapsed.', 'shop owner Li Wei, 52 | said | trade had collapsed'],
    ['Back in the village, farmers have formed a committee and say they will block the dam.', 'farmers | say | they will block the dam'],
    // A name that opens the sentence keeps the descriptions after it.
    ['Ann Berg, a fellow at an institute in Munich, Germany, said the data was clear.', 'Ann Berg, a fellow at an institute in Munich, Germany | said | the data was clear']
  ])('%s', (text, expected) => {
    expect(frames(text)).toContain(expected)
  })
})

describe('an inverted verb of telling after fronted content', () => {
  it.each([
    ['Of the drivers fined, 900 were riders, Col. Tran Minh, deputy head of the traffic police, told a press conference on Tuesday.', 'Col. Tran Minh, deputy head of the traffic police | told | Of the drivers fined, 900 were riders'],
    ['About 200 homes were flooded, Maj. Gen. Peter Obi, commander of the regional forces, told a news briefing in the capital.', 'Maj. Gen. Peter Obi, commander of the regional forces | told | About 200 homes were flooded'],
    ['Turnout was low, officials told a press briefing.', 'officials | told | Turnout was low'],
    ['The road will reopen, the minister told a cabinet meeting on Friday.', 'the minister | told | The road will reopen'],
    ['The budget will rise by 4 percent, Finance Minister Jane Doe told parliament.', 'Finance Minister Jane Doe | told parliament | The budget will rise by 4 percent'],
    ['Prices have doubled since June, Ahmed Ali, a trader in the market, told reporters.', 'Ahmed Ali, a trader in the market | told reporters | Prices have doubled since June']
  ])('%s', (text, expected) => {
    expect(frames(text)).toContain(expected)
  })
})

describe('a description, then the name in apposition, then the verb', () => {
  it.each([
    ['The head of the union, Tom Kessler, denied that the video was incomplete.', 'The head of the union, Tom Kessler | denied | the video was incomplete'],
    ['The chairman of the council, Sipho Dube, denied that his members were involved.', 'The chairman of the council, Sipho Dube | denied | his members were involved'],
    ['The chairperson of the taxi council, Sipho Dube, denied that his members were involved.', 'The chairperson of the taxi council, Sipho Dube | denied | his members were involved'],
    ['The chairperson of the board insisted that the audit was sound.', 'The chairperson of the board | insisted | the audit was sound'],
    ['The head of the union, Sgt. Tom Kessler, insisted that the video was incomplete.', 'The head of the union, Sgt. Tom Kessler | insisted | the video was incomplete'],
    ['The spokesman for the ministry, Dr Ali Khan, said the vaccine was safe.', 'The spokesman for the ministry, Dr Ali Khan | said | the vaccine was safe'],
    ['The head of the police union, Sgt. Tom Kessler, defended the officer, arguing that the video was cut.', 'The head of the police union, Sgt. Tom Kessler | arguing | the video was cut'],
    ['The union’s leader, Tom Hale, backed the strike, warning that talks had failed.', 'The union’s leader, Tom Hale | warning | talks had failed'],
    ['The mayor, Ana Ruiz, also visited the site, saying the repairs would take weeks.', 'The mayor, Ana Ruiz | saying | the repairs would take weeks'],
    // Commas between adjectives part no apposition from its subject.
    ['Acme, a comprehensive, low-cost platform, is adding staff, saying demand is high.', 'Acme | saying | demand is high']
  ])('%s', (text, expected) => {
    expect(frames(text)).toContain(expected)
  })
})

describe('a post written in capitals before a name', () => {
  it.each([
    ['Transport MEC Ana Dube said the route would be closed.', 'Transport MEC Ana Dube | named-person'],
    ['Health MEC Tom Mokoena said the clinic would open.', 'Health MEC Tom Mokoena | named-person'],
    ['Rural East MP John Mwita told Parliament the road was unsafe.', 'Rural East MP John Mwita | named-person'],
    ['ANC MP Ben Cele said the road was unsafe.', 'ANC MP Ben Cele | named-person'],
    ['NDP MPP Lisa Grant said the budget was thin.', 'NDP MPP Lisa Grant | named-person'],
    ['Acme CFO Ana Ruiz said sales fell.', 'Acme CFO Ana Ruiz | named-person'],
    // A body's own name after the capitals stays a body's.
    ['IBM Watson Health said sales fell.', 'IBM Watson Health | named-organization'],
    ['BBC World Service said the station would close.', 'BBC World Service | named-organization'],
    ['The NHS Trust said waits were long.', 'The NHS Trust | named-organization']
  ])('%s', (text, expected) => {
    expect(types(text)).toContain(expected)
  })
})

describe('look-alikes that keep their reading', () => {
  it.each([
    ['He told the press meeting organisers to leave.', 'He | told | the press meeting organisers to leave'],
    ['“We are ready,” the coach told the BBC on Monday.', 'the coach | told the BBC | “We are ready,”'],
    ['The talks will resume next week, a senior diplomat told Reuters.', 'a senior diplomat | told Reuters | The talks will resume next week']
  ])('%s', (text, expected) => {
    expect(frames(text)).toContain(expected)
  })
})
