import {describe, expect, it} from 'vitest'
import {findBoilerplate} from './boilerplate.js'
import {readMetadata} from './metadata.js'

const prose =
  'The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by nearly 4 percent, officials said.'

/**
 * Metadata of a text, reading author lines and stamps from its boilerplate.
 *
 * @param text Article text.
 * @returns What readMetadata finds.
 */
function read(text: string) {
  return readMetadata(text, findBoilerplate(text))
}

describe('readMetadata', () => {
  it.each([
    ['a headline line', `Council approves budget after long night\n\n${prose}`, 'Council approves budget after long night'],
    ['no headline when the text opens with prose', `${prose}\n\n${prose}`, null],
    ['a headline under a kicker in capitals', `ANALYSIS\nCouncil approves budget after long night\n\n${prose}`, 'Council approves budget after long night'],
    ['a headline under a section label in title case', `Politics\nCouncil approves budget after long night\n\n${prose}`, 'Council approves budget after long night'],
    ['a headline under a teaser header, not the header', `Latest Headlines\nCouncil approves budget after long night\n\n${prose}`, null],
    ['a headline under a stamp', `Posted on Thu, Feb. 21, 2008\n\nCouncil approves budget after long night\n\n${prose}`, 'Council approves budget after long night'],
    ['a headline under a trail of sections', `Business | Markets\nCouncil approves budget after long night\n\n${prose}`, 'Council approves budget after long night'],
    ['a headline under a strip of sections and a date', `NEWS | BUSINESS | Monday March 4 2019\n\nCouncil approves budget after long night\n\nBy COURIER REPORTER\n\n${prose}`, 'Council approves budget after long night'],
    ['a headline under an outlet\'s dateline printed alone', `COURIER ONLINE - International\n\nCouncil approves budget after long night\n\nBy Jane Doe and John Roe\n\n${prose}`, 'Council approves budget after long night'],
    ['a headline under a trail ending with it', `WORLD > Council approves budget after long night\nCouncil approves budget after long night\n\n${prose}`, 'Council approves budget after long night'],
    ['no trail of sections as a headline', `Business | Markets | Energy\n\n${prose}`, null],
    ['a headline printed twice under a teaser header', `Most Read from The Courier\nCouncil approves budget after long night\nCouncil approves budget after long night\n\n${prose}`, 'Council approves budget after long night'],
    ['no headline when the first line carries a date field', ` date 2020-05-01 Officials said talks would resume \n\n${prose}`, null],
    ['a headline under a line of crawler fields', ` url https://example.com/2020/05/talks  date 2020-05-01 \nTalks to resume on Monday\nBy: Jane Doe - Correspondent\n\n${prose}`, 'Talks to resume on Monday'],
    ['a headline behind a date field, over an author line', ` date 2020-05-01 Talks to resume on Monday\nBy: Jane Doe - Correspondent\n\n${prose}`, 'Talks to resume on Monday'],
    ['a headline under a run of header lines', `PUBLISHED : 3 Mar 2022 at 06:00\nNEWSPAPER SECTION: Business\nWRITER: Jane Doe\nCouncil approves budget after long night\n\n${prose}`, 'Council approves budget after long night'],
    ['a headline under a dateline\'s place and stamp and an update', `LEEDS, March 3, 2022 00:15 IST\nUpdated: March 3, 2022 02:41 IST\nCouncil approves budget after long night\nStaff Reporter\n\n${prose}`, 'Council approves budget after long night'],
    ['no headline under a header run longer than a header', `Updated: March 3, 2022\nPolitics\nWORLD\nNEWS\nEUROPE\nWEST\nCouncil approves budget after long night\n\n${prose}`, null]
  ])('title: %s', (_, text, title) => {
    expect(read(text).title).toBe(title)
  })

  it.each([
    ['a date field after the address', ` url https://example.com/2020/05/talks  date 2020-05-01 \nTalks to resume on Monday\n\n${prose}`, '2020-05-01'],
    ['a leading date field', ` date 2020-05-01 Officials said talks would resume \n\n${prose}`, '2020-05-01'],
    ['a date field in front of the line under the headline', `Talks to resume on Monday\n date 2020-05-01 Officials said talks would resume \n\n${prose}`, '2020-05-01'],
    ['no date field deeper in the story', `Talks to resume on Monday\n\n${prose}\n date 2020-05-01 Officials said talks would resume`, null],
    ['an update stamp', `${prose}\n\nUpdated: March 3, 2022, 9:15 AM`, '2022-03-03'],
    ['a publication stamp before an update stamp', `Updated: March 4, 2022\nPublished: March 3, 2022\n\n${prose}`, '2022-03-03'],
    ['a stamp in figures with the day first', `Published: 21/08/2021 - 18:42\n\n${prose}`, '2021-08-21'],
    ['a stamp in figures with the month first', `Posted 08/21/2021\n\n${prose}`, '2021-08-21'],
    ['no date from figures either order reads', `Published: 03/04/2021\n\n${prose}`, null],
    ['the stamp of an author line', `Council approves budget\n\nMaria Lopez@marialopez / 2:14 PM GMT•November 9, 2022\n\n${prose}`, '2022-11-09'],
    ['a publication stamp with its update glued on', `Council approves budget\nPublished March 3, 2022Updated March 4, 2022\n\n${prose}`, '2022-03-03'],
    ['a stamp in figures with the update glued on', `Council approves budget\nIssued on: 21/08/2021 - 18:22Modified: 22/08/2021 - 09:10\n\n${prose}`, '2021-08-21'],
    ['a stamp with the clock\'s place in brackets', `Council approves budget\nPublished on March 3, 2022, at 7:42 pm (Paris)\n\n${prose}`, '2022-03-03'],
    ['a stamp with a print page', `Council approves budget\nSun, Mar 6, 2022 page1\n\n${prose}`, '2022-03-06'],
    ['a stamp between labels set off by bars', `Council approves budget\nNews.example.com | 2021-03-04 14:32:07 | Editor: Jane Doe\n\n${prose}`, '2021-03-04'],
    ['a stamp whose year runs into the clock time', `Council approves budget\nMarch 4, 20215:02 AM ET\n\n${prose}`, '2021-03-04'],
    ['a stamp in an Asian time zone', `Council approves budget\nUPDATED Mar 4, 2021, 7:15 PM SGT\n\n${prose}`, '2021-03-04'],
    ['a stamp in figures set off by hyphens, day first', `Council approves budget\nBy Maria Lopez\n12-01-2024 17:34\n\n${prose}`, '2024-01-12'],
    ['a stamp in figures set off by dots, day first', `Council approves budget\nPolitics / Europe / 03.04.2015\n\n${prose}`, '2015-04-03'],
    ['a metadata strip set off by dashes', `Council approves budget\nLAGOS — Metro — Friday, 21 June 2013\n\n${prose}`, '2013-06-21'],
    ['a metadata strip with labelled fields', `Council approves budget\nSection: Politics | Edition: Weekend | 19 May 1998\n\n${prose}`, '1998-05-19'],
    ['no date from a weekday alone', `${prose} It happened on Thursday.`, null]
  ])('date: %s', (_, text, date) => {
    expect(read(text).date).toBe(date)
  })

  it.each([
    ['an author line', `Council approves budget\n\nBy Maria Lopez, Staff Writer\n\n${prose}`, 'Maria Lopez'],
    ['an author line with the outlet after a comma', `Council approves budget\n\nBy Maria Lopez, Associated Press\n\n${prose}`, 'Maria Lopez'],
    ['an author line listing names with commas', `Council approves budget\n\nBy Maria Lopez, Tom Hale\n\n${prose}`, 'Maria Lopez, Tom Hale'],
    ['bare names for an outlet', `Council approves budget\nMaria Lopez for The Herald\n\n${prose}`, 'Maria Lopez'],
    ['names with a role in title case', `Council approves budget\nMaria Lopez, Digital Producer\nMarch 3, 2022\n\n${prose}`, 'Maria Lopez'],
    ['an author line labelled as such', `Council approves budget\nDate 03.03.2022\nAuthor Maria Lopez, Tom Hale\n\n${prose}`, 'Maria Lopez, Tom Hale'],
    ['an author line with a handle and a stamp', `Council approves budget\n\nMaria Lopez@marialopez / 2:14 PM GMT•November 9, 2022\n\n${prose}`, 'Maria Lopez'],
    ['an author line with the role after the name', `Council approves budget\n\nMaria Lopez Political correspondent\nTue 22 Nov 2022 19.30 GMT\n\n${prose}`, 'Maria Lopez'],
    ['bare names beside the stamp', `Council approves budget\nMarch 3, 2022\nMaria Lopez and Tom Hale\n\n${prose}`, 'Maria Lopez and Tom Hale'],
    ['bare names with their place beside the stamp', `Council approves budget\nMaria Lopez and Tom Hale in New York\nMarch 3, 2022\n\n${prose}`, 'Maria Lopez and Tom Hale'],
    ['a repeated author box', `Council approves budget\n\nMaria Lopez\nMaria Lopez\n\n${prose}`, 'Maria Lopez'],
    ['an author line with a role after a comma', `Council approves budget\n\nBy Maria Lopez, Herald staff writer\n\n${prose}`, 'Maria Lopez'],
    ['an author line with a role after a slash', `Council approves budget\n\nBy Maria Lopez and Tom Hale / Staff reporter\n\n${prose}`, 'Maria Lopez and Tom Hale'],
    ['a desk credited as author', `Council approves budget\nPublished: March 3, 2022\nFrom Our Staff Reporter\n\n${prose}`, 'Our Staff Reporter'],
    ['an outlet credited as author', `Council approves budget\nText by: Channel 4\n\n${prose}`, 'Channel 4'],
    ['an author line with a colon, a role after a dash and a handle', `Council approves budget\n\nBy: Maria Lopez - Correspondent / @MLopezNews\n\n${prose}`, 'Maria Lopez'],
    ['the writer among a CMS\'s fields, not the section', `PUBLISHED : 3 Mar 2022 at 06:00\nNEWSPAPER SECTION: Business\nWRITER: Maria Lopez\nCouncil approves budget\n\n${prose}`, 'Maria Lopez'],
    ['no author', `Council approves budget\n\n${prose}`, null]
  ])('byline: %s', (_, text, byline) => {
    expect(read(text).byline).toBe(byline)
  })

  it.each([
    ['Reuters contributed to this report.'],
    ['The Associated Press contributed reporting.'],
    ['Tom Hale and Sam Green contributed reporting.'],
    ['For more coverage from Reuters, see below.'],
    ['Source: The Courier and news agencies'],
    ['The Courier with AFP'],
    ['(Channel 4 with AFP and Reuters)'],
    ['EFE'],
    ['By AFP'],
    ['Press Trust of India'],
    ['© 2021 AFP'],
    ['Copyright 2019 The Associated Press. All rights reserved.'],
    ['Additional reporting by Reuters and AFP'],
    ['• Additional reporting by Bernama'],
    ['With files from The Canadian Press']
  ])('wire credit: %s', (line) => {
    expect(read(`${prose}\n\n${line}`).wireCredits).toEqual([line])
  })

  it.each([
    ['Additional reporting by Maria Lopez in Madrid.'],
    ['(Reporting by Tom Hale; Editing by Sam Green)'],
    ['Writing by Tom Hale; Editing by Sam Green'],
    ['(Additional reporting by Maria Lopez in Madrid)'],
    ['--With assistance from Ann Lee and Tom Hale.'],
    ['Associated Press writers Tom Hale, Sam Green and Ann Lee contributed to this report.'],
    ["Channel 9's Maria Lopez contributed to this report."],
    ['Herald reporter Sam Green contributed to this story.'],
    ['© 2021 The Daily Courier'],
    ['With files from Jane Doe']
  ])('no wire credit from a desk credit to its own staff: %s', (line) => {
    expect(read(`${prose}\n\n${line}`).wireCredits).toEqual([])
  })

  it('takes an agency signing under the headline for a wire credit', () => {
    expect(read(`Floods cut off villages\nAgence France-Presse\n\n${prose}`).wireCredits).toEqual(['Agence France-Presse'])
  })

  it('reports a wire credit printed twice once', () => {
    expect(read(`The Courier with AFP\n\n${prose}\n\nThe Courier with AFP`).wireCredits).toEqual(['The Courier with AFP'])
  })

  it('does not take a picture credit for a wire credit', () => {
    expect(read(`${prose}\n\nProtesters march downtown. Photo: Reuters`).wireCredits).toEqual([])
  })
})
