import {describe, expect, it} from 'vitest'
import {isBylineLine, isDeskLine, isGluedCard, isHandleByline, isLifeDates, isPostSignature, wordCount, words} from './index.js'
import {endsSentence, isSectionTrail, labelledAuthors} from './signals.js'

describe('words and wordCount', () => {
  it.each([
    ['news prose', 'The U.S. trade deficit narrowed in March, officials said.', ['The', 'U.S.', 'trade', 'deficit', 'narrowed', 'in', 'March', 'officials', 'said.']],
    ['apostrophes and hyphens inside words', 'The mayor’s office called it a “well-run” rock ’n’ roll show', ['The', 'mayor’s', 'office', 'called', 'it', 'a', 'well-run', 'rock', 'n’', 'roll', 'show']],
    ['numbers split at slashes and colons', 'Updated: 11/18/19 11:04 PM EST', ['Updated', '11', '18', '19', '11', '04', 'PM', 'EST']],
    ['other scripts', 'Рынки выросли, 市場は上昇', ['Рынки', 'выросли', '市場は上昇']],
    ['separators without words', '* * * ___ — …', []]
  ])('split %s', (_, line, expected) => {
    expect(words(line)).toEqual(expected)
    expect(wordCount(line)).toBe(expected.length)
  })
})

describe('isBylineLine', () => {
  it.each([
    ['By Maria Lopez and Tom Hale', true],
    ['By Sam Green - 11/18/19 11:04 PM EST', true],
    ['By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.', true],
    ['By News Staff | May 2, 2019 at 2:26 PM HST - Updated May 2 at 4:46 PM', true],
    ['By Sam Green | March 4, 2020 -- 19:14 GMT (19:14 GMT) | Topic: Energy', true],
    ['By Jane Doe | Opinion columnist', false],
    ['By Jane Doe, Herald staff writer', true],
    ['By Jane Doe and John Roe / Staff reporter, with staff writer', true],
    ['By the time the editor arrived, the reporter had gone, said the writer', false],
    ['By Tuesday, the paper had hired a new editor', false],
    ['By noon | the roads were closed, police said on May 2', false],
    ['By Monday on March 3 the council had voted twice', false],
    ['By the end of the day, the river had risen two metres.', false]
  ])('%j -> %s, with or without its words split beforehand', (line, expected) => {
    expect(isBylineLine(line)).toBe(expected)
    expect(isBylineLine(line, words(line))).toBe(expected)
  })
})

describe('isDeskLine', () => {
  it.each([
    ['a place and a desk with the update stamp', 'Leeds, City Desk | Updated : 19 November 2019, 09:01 AM', true],
    ['an outlet with the publication stamp', 'Metro Staff | Published Nov 4, 2021 3:15 PM', true],
    ['a menu row without a stamp', 'Home | News | Sport | Weather', false],
    ['two stamps, which is a stamp line', 'PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', false],
    ['a headline and a section after the bar', 'Council Backs Budget | Local Politics', false],
    ['a sentence before the bar', 'The council met late into the night | Updated : 19 November 2019', false],
    ['an outlet with the stamps after a middle dot', 'Metro News · Posted: Jul 15, 2017 4:00 AM PT | Last Updated: July 15, 2017', true],
    ['a place in capitals with the stamp after a comma', 'LEEDS, MARCH 14, 2018 00:12 IST', true],
    ['a dateline lead in capitals', 'LEEDS, March 14 (Reuters) - The council voted on Tuesday.', false]
  ])('%s', (_, line, expected) => {
    expect(isDeskLine(line)).toBe(expected)
  })
})

describe('isHandleByline', () => {
  it.each([
    ['a name run into the handle, then the stamp', 'Jane Doe@janedoe / 2:14 PM GMT•November 9, 2022', true],
    ['a name and the handle with spaces, then the date', 'Jane Doe @janedoe | November 9, 2022', true],
    ['a handle in a sentence', 'Jane Doe @janedoe / wrote that the vote was close', false],
    ['an email address', 'Write to jdoe@example.com / 9:00 AM', false]
  ])('%s', (_, line, expected) => {
    expect(isHandleByline(line)).toBe(expected)
  })
})

describe('endsSentence', () => {
  it.each([
    ['a full stop', 'The council meets again on Monday.', true],
    ['a quote closed after the stop', 'He said the plan was “not enough.”', true],
    ['a sign-off of the outlet\'s initials', 'The hearing resumes on Tuesday. DM', true],
    ['three initials after a question', 'Will the ban hold? NYT', true],
    ['a stamp in a time zone', 'Updated 5:10 p.m. ET', false],
    ['an acronym that ends a label', 'Press release from the WHO', false],
    ['a name in capitals after a stop', 'Reported by the desk. JOHNSON', false]
  ])('%s', (_, line, expected) => {
    expect(endsSentence(line)).toBe(expected)
  })
})

describe('isLifeDates', () => {
  it.each([
    ['an obituary\'s dates after a colon', 'Jane Doe: born March 3rd, 1926; died October 17th, 2007', true],
    ['an obituary\'s dates after the role', 'John Roe, marine scientist, born 3 March 1926; died 17 October 2007', true],
    ['a sentence about a death', 'She was born in Leeds in 1926 and died there on Tuesday.', false]
  ])('%s', (_, line, expected) => {
    expect(isLifeDates(line)).toBe(expected)
  })
})

describe('isPostSignature', () => {
  it.each([
    ['a post signed with a month-first date', '— City Fire Service (@cityfire) November 18, 2019', true],
    ['a post signed with a day-first date and a hyphen', '- Jane Doe (@janedoe) 3 May 2021', true],
    ['a handle in a sentence', 'The mayor (@mayor) wrote on Monday that the roads would reopen by May 3, 2021', false],
    ['a dash before a quote without a handle', '— Jane Doe, November 18, 2019', false]
  ])('%s', (_, line, expected) => {
    expect(isPostSignature(line)).toBe(expected)
  })
})

describe('isGluedCard', () => {
  it.each([
    ['headline glued to a summary', 'Museum Reopens After Two-Year RefitVisitors queued from dawn to see the restored galleries.', true],
    ['headline glued to a one-letter first word', 'Diners Leave Without Paying $400 BillA party of six left the restaurant without paying, police said.', true],
    ['headline ending in a word with an accent', 'Mayor Unveils New Bus Plan For BogotáThe plan raises spending on buses and parks by a tenth this year.', true],
    ['headline ending in a number', 'City To Mail Ballot Applications To 250,000The city will mail the forms to every voter by the end of the month.', true],
    ['headline followed by the dateline of its summary', 'Bakery chain opens ten new shops in the north LEEDS: The chain plans to hire 300 people across the region...', true],
    ['paragraph opening with a dateline', 'LEEDS: The chain plans to hire 300 people across the region by the end of the year.', false],
    ['dateline after a full sentence', 'The council met on Monday. LEEDS: The chain plans to hire 300 people across the region.', false],
    ['sentence with a brand name', 'The new PlayStation went on sale on Friday, and shops sold out within hours.', false],
    ['headline with a brand name', 'YouTube Removes Thousands Of Videos', false],
    ['sentence with curly quotes and a dash', 'The mayor’s “plan” – approved on Monday – raises spending on buses, officials said.', false],
    ['sentence with a name glued to a word', 'Police said the Smith family had lived in the house on Elm Street for years.', false]
  ])('%s', (_, line, expected) => {
    expect(isGluedCard(line)).toBe(expected)
  })
})

describe('isSectionTrail', () => {
  it.each([
    ['sections set off by bars', 'World | Europe', true],
    ['a breadcrumb', 'Home > Music > News', true],
    ['a place, a section and a date', 'leeds | politics | 2021-03-05', true],
    ['a headline with its section and outlet', 'Council backs budget after a long night | Local News | The Courier', false],
    ['a comparison in a sentence', 'Turnout was higher > 60% in most towns, officials said.', false],
    ['a line without separators', 'World News', false]
  ])('%s: %j -> %s', (_, line, expected) => {
    expect(isSectionTrail(line)).toBe(expected)
  })
})

describe('labelledAuthors', () => {
  it.each([
    ['Author Jane Doe', 'Jane Doe'],
    ['Authors: Jane Doe, John Roe', 'Jane Doe, John Roe'],
    ['Author Jane Doe said the report was late.', null],
    ['Authorities closed the road on Monday', null]
  ])('%j -> %j', (line, expected) => {
    expect(labelledAuthors(line)).toBe(expected)
  })
})
