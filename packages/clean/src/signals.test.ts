import {describe, expect, it} from 'vitest'
import {isBylineLine, isDeskLine, isGluedCard, isHandleByline, isLifeDates, isPostSignature, isStampLine, wordCount, words} from './index.js'
import {endsSentence, isBylineBesideStamp, isMarkedAuthorLine, isMetadataStrip, isPromoCall, isSectionTrail, isSectionTrailTo, isShareWidget, labelledAuthors, nameBeforeRole} from './signals.js'

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
    ['By: Jane Doe', true],
    ['By: Jane Doe - Correspondent / @JDoeNews', true],
    ['By Jane Doe @janedoe', true],
    ['By: the end of the week - the reporter said / @desk', false],
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

describe('isBylineBesideStamp', () => {
  it.each([
    ['By Jane Doe   March 4, 2021 | 09:15 am GMT+7', true],
    ['By Jane Doe\tMarch 4, 2021', true],
    ['By Jane Doe   and the council, on March 4', false],
    ['By the time the vote came on March 4, 2021', false],
    ['Jane Doe , Monday 3 Mar 2014', true],
    ['Jane Doe, March 4, 2021 10:15 am', true],
    ['CAIRO, March 3, 2014', false],
    ['New York, March 3, 2014', false],
    ['Hong Kong, Monday 3 Mar 2014', false],
    ['Jane Doe, who joined on March 4, 2021', false],
    ['07.06.2015 18:42  |  By Jane Doe and John Roe', true],
    ['Markets fell 3 percent | By Jane Doe', false]
  ])('%j -> %s', (line, expected) => {
    expect(isBylineBesideStamp(line)).toBe(expected)
  })
})

describe('isStampLine', () => {
  it.each([
    ['courier.co.uk, Monday 4 March 2013 11.20 GMT', true],
    ['Mon Mar 7, 2016 12:00 AM Last update on: Mon Mar 7, 2016 02:13 AM', true],
    ['Last update: 2 hours ago', true],
    ['March 9, 2020, 4:12 AM GMT Updated on March 9, 2020, 11:47 AM GMT', true],
    ['March 9, 2020, 4:12 AM GMT Updated figures came on March 10', false],
    ['courier.co.uk, where the story ran on Monday 4 March', false],
    ['The last update came at 9 am on Monday, officials said.', false],
    ['Tuesday, March 3, 2009 09:15 Riyadh time, 06:15 GMT', true],
    ['Originally published July 18, 2019 at 6:00 am | Updated July 18, 2019 at 8:42 pm', true],
    ['The talks resumed at 9:00 local time on Monday, diplomats said.', false],
    ['16:45 CET+01:00', true],
    ['14:32 GMT', true],
    ['10:12', false],
    ['9:30 pm', false],
    ['Feb. 25, 2021 Updated: 9 PM Central', true],
    ['Nov. 3, 2020 11:04 a.m. Eastern', true],
    ['Feb. 25, 2021 Updated: 9 PM Central Park concert', false],
    // A reading time before the stamp; the authors or the agency before it, after a bar.
    ['2 min read . Updated: 18 Jun 2022, 10:52 PM IST', true],
    ['Jane Doe and John Roe   |04.11.2020 - Update : 04.11.2020', true],
    ['Press Trust of India | New Delhi September 12, 2012 Last Updated at 19:48 IST', true],
    ['The strike took 2 min read . It ended on 18 Jun 2022', false],
    ['Jobs and pay | Figures for 18 Jun 2022', false],
    ['Rates will rise | New Delhi September 12, 2012 was the last time', false],
    ['Kyiv March 3, 2022', false],
    ['Primary Election March 5, 2024', false]
  ])('%j -> %s', (line, expected) => {
    expect(isStampLine(line)).toBe(expected)
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
    ['a name in capitals after a stop', 'Reported by the desk. JOHNSON', false],
    ['a wire\'s end mark', 'He said the bridge would open in May. Enditem', true],
    ['an end mark in brackets after a quote', '"We will be back," she said. (END)', true]
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

describe('isSectionTrailTo', () => {
  const headline = 'Floods close schools across the north'
  it.each([
    ['a section over the headline', `WORLD > ${headline}`, true],
    ['a breadcrumb of sections', `Home » News » ${headline}`, true],
    ['the outlet set off by a bar', `Daily Courier | ${headline}`, true],
    ['the headline alone', headline, false],
    ['a sentence ending with the headline', `Officials said on Monday that the rain had not stopped > ${headline}`, false],
    ['another headline', 'WORLD > Rail strike halts trains', false]
  ])('%s: %j -> %s', (_, line, expected) => {
    expect(isSectionTrailTo(line, headline)).toBe(expected)
  })
})

describe('labelledAuthors', () => {
  it.each([
    ['Author Jane Doe', 'Jane Doe'],
    ['Authors: Jane Doe, John Roe', 'Jane Doe, John Roe'],
    ['Words: Jane Doe', 'Jane Doe'],
    ['Story by Jane Doe | Photos by John Roe', 'Jane Doe'],
    ['Reported by Jane Doe in Accra', 'Jane Doe'],
    ['From our correspondent Jane Doe in Rome', 'Jane Doe'],
    ['Posted by Jane Doe', 'Jane Doe'],
    ['Author Jane Doe (dpa, AFP, Reuters)', 'Jane Doe'],
    ['Posted by Jane Doe, Reuters', 'Jane Doe'],
    ['Article by: JANE DOE and JOHN ROE, Evening Courier', 'JANE DOE and JOHN ROE'],
    ['Author Jane Doe said the report was late.', null],
    ['Author Jane Doe (pictured) said the report was late.', null],
    ['Reported by the BBC, the story was picked up around the world.', null],
    ['Words: they matter more than ever, the poet said', null],
    ['Authorities closed the road on Monday', null]
  ])('%j -> %j', (line, expected) => {
    expect(labelledAuthors(line)).toBe(expected)
  })
})

describe('isMetadataStrip', () => {
  it.each([
    ['place, section and date', 'NAIROBI | Business | 14 March 2017', true],
    ['sections and a relative time', 'World · Asia · 3 hours ago', true],
    ['labelled fields and a page', 'Section: Politics | Edition: Weekend | Page 4', true],
    ['place, section and a stamp in figures', 'SYDNEY, Australia — Sport — 02/08/2011 7:15pm AEST', true],
    ['sections and a dotted date', 'Politics / Europe / 12.05.2015', true],
    ['place, desk and weekday date', 'LAGOS — Metro — Friday, 21 June 2013', true],
    ['column and a zoned stamp', 'Opinion | Columnists | 2 Sep 2021, 06:00 BST', true],
    ['issue and season', 'Issue 217 | Spring 2004', true],
    ['desk and filing time', 'Desk: Foreign | Filed 23:10 GMT', true],
    ['sections, reading time and date', 'Lifestyle • Health • 5 min read • 12 Jan 2020', true],
    ['places in capitals and a date', 'DUBLIN • IRELAND • 28/02/2019', true],
    ['slugs in lower case', 'jakarta | real estate | 2026-03-05', true],
    ['a wire site, a stamp and its editor', 'English.news.example | 2014-01-20 14:32:07 | Editor: Jane Doe', true],
    ['print page and issue', 'Edition: Print | Issue No. 3310', true],
    ['a dateline opening a sentence', 'LONDON — The Bank of England raised rates on 3 May 2022, the fourth rise in a row.', false],
    ['a sentence with a date', 'The vote is set for 14 March 2017, officials said.', false],
    ['sections without a date', 'World | Europe', false],
    ['a day and month opening a list of events', 'June 26 -- Arena, Denver, CO', false],
    ['a score', 'Arsenal 2 - 1 Chelsea', false],
    ['a year and an event in prose', '2008 — Lehman Brothers collapses', false]
  ])('%s: %j -> %s', (_, line, expected) => {
    expect(isMetadataStrip(line)).toBe(expected)
  })
})

describe('isShareWidget', () => {
  it.each([
    ['share buttons and a link', 'Share on WhatsApp | Share on Telegram | Copy link', true],
    ['a label and platforms', 'Share this: Facebook, X, WhatsApp', true],
    ['buttons without separators', 'Copy link Email Facebook X', true],
    ['channels after a label', 'Share via: Email | SMS | Messenger', true],
    ['icon letters before the buttons', 'f Share  t Tweet  in Share', true],
    ['buttons with counts', 'Share 12 Tweet 7 Email', true],
    ['one button naming the platform', 'Share this article on WhatsApp', true],
    ['a send button and font size', 'Send to a friend | Print | Font size A A', true],
    ['newer platforms', 'Facebook | X | Bluesky | Threads | Email', true],
    ['platforms of other countries', 'Share on VK  Share on Weibo', true],
    ['a single button with its object', 'Share article', true],
    ['a copy button', 'Copy URL', true],
    ['a gift button', 'Gift this article', true],
    ['a save button', 'Add to your saved stories', true],
    ['a print button', 'Printer-friendly version', true],
    ['a cart button', 'Add to cart', false],
    ['a sentence about the platforms', 'Facebook, Twitter and LinkedIn all declined to comment.', false],
    ['a quote about sharing', '"Share it with everyone," she wrote on Facebook.', false],
    ['newsletters in print', 'Print and email newsletters remain popular with older readers.', false],
    ['share prices', 'Share prices fell 3 percent', false],
    ['a single platform', 'Facebook', false]
  ])('%s: %j -> %s', (_, line, expected) => {
    expect(isShareWidget(line)).toBe(expected)
  })
})

describe('isPromoCall', () => {
  it.each([
    ['an app', 'Download the Daily Gazette app for iPhone and Android', true],
    ['a podcast', 'Listen to our daily podcast on Spotify or Apple Podcasts', true],
    ['a channel', 'Watch the full interview on our YouTube channel', true],
    ['a price', 'Subscribe now for just £1 a week', true],
    ['a free trial', 'Try The Tribune Digital free for 30 days', true],
    ['a membership offer', 'Join The Times Plus for exclusive offers', true],
    ['access for a price', 'Get unlimited access to the Observer for $1', true],
    ['alerts', 'Register now to get breaking news alerts', true],
    ['a messaging channel', 'Follow the Evening Post on WhatsApp for the latest updates', true],
    ['membership', 'Support local journalism: become a member today', true],
    ['a radio show', 'Tune in to Morning Report weekdays at 6am on 101.5 FM', true],
    ['a reported call', 'Residents can download the council app to check bus times, officials said.', false],
    ['the noun', 'Support for the app fell to 40 percent among young voters, a poll found.', false],
    ['no product', 'Get vaccinated at any pharmacy, the health ministry said.', false],
    ['a queue', 'Join the queue early if you want a ticket to the final.', false],
    ['download speeds', 'Download speeds on the new app reached 1 gigabit a second in tests.', false],
    ['subscribers', "Subscribers to the paper's print edition fell by a third.", false],
    ['the money', 'Follow the money, the prosecutor told the jury.', false]
  ])('%s: %j -> %s', (_, line, expected) => {
    expect(isPromoCall(line)).toBe(expected)
  })
})

describe('nameBeforeRole', () => {
  it.each([
    ['Jane Doe Political correspondent', 'Jane Doe'],
    ['Jane Doe, Political Editor', 'Jane Doe'],
    ['Jane Doe | Correspondent', 'Jane Doe'],
    ['Jane Doe – Senior Reporter', 'Jane Doe'],
    ['Ana Ruiz Sousa / FOREIGN CORRESPONDENT', 'Ana Ruiz Sousa'],
    ['John Roe, Crime/Court Co-ordinator', 'John Roe'],
    ['Seán Ó Riordáin, Environment Correspondent', 'Seán Ó Riordáin'],
    ['Council Names New Co-ordinator', null],
    ['Council Hires New Reporter', null],
    ['Gunmen Kill Veteran Reporter', null],
    ['Court Jails Former Political Editor', null],
    ['Paper Names New Chief Political Editor', null],
    ['From Our Staff Reporter', null],
    ['Jane Doe, a political editor at the paper, resigned on Monday.', null]
  ])('%j -> %j', (line, expected) => {
    expect(nameBeforeRole.exec(line)?.[1] ?? null).toBe(expected)
  })
})

describe('isMarkedAuthorLine', () => {
  it.each([
    ['names and place', 'Jane Doe in Nairobi', true],
    ['a name and a place after a bar', 'Priya Raman | Chennai', true],
    ['a name and a place after a dash', 'Tom Hale – Sydney', true],
    ['a name and a place after a hyphen', 'Kwame Mensah - Accra', true],
    ['a name and a city and country', 'Amina Yusuf, Abuja, Nigeria', true],
    ['names and a place with two words', 'Jane Doe and John Roe | Buenos Aires', true],
    ['a section trail', 'Politics | Europe', false],
    ['a sentence with a dash', 'Prices rose again - Sydney', false],
    ['places listed', 'Lagos, Abuja, Kano', false],
    ['words in capitals', 'UP NEXT', false],
    ['a name and an agency', 'Jane Doe, Reuters', true],
    ['a name for an outlet', 'Jane Doe for The Herald', true],
    ['names and an outlet', 'Jane Doe and John Roe, The Herald', true],
    ['a name and an agency in brackets', 'Jane Doe (AFP)', true],
    ['a name and a handle', 'Jane Doe @janedoe', true],
    ['a name and a labelled handle', 'Jane Doe (Twitter: @janedoe)', true],
    ['bare names', 'Jane Doe', false],
    ['a sentence', 'Jane Doe, a nurse, works for The Herald.', false],
    ['a kicker', 'Council budget', false]
  ])('%s: %j -> %s', (_, line, expected) => {
    expect(isMarkedAuthorLine(line)).toBe(expected)
  })
})
