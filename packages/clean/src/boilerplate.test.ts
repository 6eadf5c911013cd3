import {describe, expect, it} from 'vitest'
import type {RemovalReason} from '@sourcing/schema'
import {findBoilerplate} from './boilerplate.js'

/** Body paragraphs long enough to be prose, to put a line under test in context. */
const before =
  'The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by nearly 4 percent, officials said.'
const after =
  'The mayor, who had campaigned on a promise to hold property taxes flat, said the increase would be paid for by savings elsewhere in the budget.'

/**
 * Reason given to `line` when it sits between two paragraphs of prose.
 *
 * @param line Line under test.
 * @returns Its removal reason, or null when kept.
 */
function reasonInBody(line: string): RemovalReason | null {
  const text = `${before}\n\n${line}\n\n${after}`
  const start = before.length + 2
  const span = findBoilerplate(text).find((removed) => removed.start === start)
  return span ? span.reason : null
}

describe('findBoilerplate: lines removed, with their reason', () => {
  it.each<[string, RemovalReason]>([
    ['A firefighter sprays water on a burning house in the hills above the city. Photo: Reuters', 'caption'],
    ['Protesters gather outside the parliament building on Monday. Jane Doe/AFP via Getty Images', 'caption'],
    ['Police officers stand guard near the scene. (AP Photo/John Roe)', 'caption'],
    ['Credit: Reuters', 'credit'],
    ['(Reporting by Tom Hale; Writing by Sam Green; Editing by Ann Lee)', 'credit'],
    ['--With assistance from Ann Lee and Tom Hale.', 'credit'],
    ['— With assistance from Sam Green', 'credit'],
    ["Channel 9's Maria Lopez contributed to this report.", 'credit'],
    ['Associated Press writers Tom Hale, Sam Green and Ann Lee contributed to this report.', 'credit'],
    ['Herald reporter Sam Green contributed to this story.', 'credit'],
    ["Dan O'Keefe contributed to this report.", 'credit'],
    ['Tom Hale and Sam Green contributed reporting.', 'credit'],
    ['(Updates with closing share price in fifth paragraph.)', 'other'],
    ['(Adds comment from union in paragraph 7)', 'other'],
    ['Magazine issue 3120', 'dateline-meta'],
    ['Fans cheer outside the stadium on Saturday. PHOTO | JANE DOE | DAILY NEWS', 'caption'],
    ['Reporting by Jane Doe; Editing by John Roe', 'credit'],
    ['Writing by Sam Green; Editing by Ann Lee', 'credit'],
    ['(Additional reporting by Maria Lopez in Madrid)', 'credit'],
    ['Image copyright Getty Images', 'credit'],
    ['LISTEN: The week in politics, with our Washington team', 'promo'],
    ['Live updates: Follow the latest on the storm', 'promo'],
    ['SEE MORE: Floods force thousands from their homes', 'promo'],
    ['See also\u00A0 Markets rally as inflation cools', 'related-links'],
    ['Related: How the vote was won', 'related-links'],
    ['Send in e-mailSend in e-mail', 'share-widget'],
    ['Share on Facebook', 'share-widget'],
    ['For more news, follow the Courier on X @courier and on Instagram.', 'share-widget'],
    ['Powered by automated translation', 'translation-notice'],
    ['From $1 for the first month', 'paywall'],
    ['Already signed up? LOG IN', 'paywall'],
    ['Leave a Reply', 'comments'],
    ['Your email address will not be published. Required fields are marked *', 'comments'],
    ['Updated: March 3, 2022, 9:15 AM', 'timestamp'],
    ['PUBLISHED: 10:48, Tue, Nov 19, 2019', 'timestamp'],
    ['Published on the 3 March 2014 07:30', 'timestamp'],
    ['Business 09:15, 12 May 2024', 'timestamp'],
    ['World | Europe | Business | Culture | Sport', 'other'],
    ['Home  News  Sport  Opinion  Podcasts', 'other'],
    ['Investigations / Courts / Land Rights', 'other'],
    ['This article is also available in: Shqip', 'translation-notice'],
    ['Lee este artículo en español', 'translation-notice'],
    ['Read time: 6 min.', 'other'],
    ['Views: 1,204', 'other'],
    ['Republish this story: our stories may be republished free of charge under a Creative Commons licence.', 'share-widget'],
    ['This story was produced with support from the Pulitzer Center.', 'other'],
    ['This investigation was produced in partnership with the Lagos Data Desk.', 'other'],
    ['Members can comment on this article. Log in or join.', 'comments'],
    ['Sponsored: Cut your energy bills with smart meters', 'promo'],
    ['The Morning Brief newsletter gives you the day\'s markets before the open. Sign up here.', 'promo'],
    ['This is a developing story. Check back for updates.', 'promo'],
    ['By Maria Lopez and Tom Hale', 'byline'],
    ['By Sam Green - 11/18/19 11:04 PM EST', 'byline'],
    ['Posted on March 30, 2015 by Admin', 'byline'],
    ['By News Staff | May 2, 2019 at 2:26 PM HST - Updated May 2 at 4:46 PM', 'byline'],
    ['Researched by: Jane Doe, Tom Hale', 'byline'],
    ['Edited by: Ana Ruiz', 'byline'],
    ['Skip to content', 'promo'],
    ['Skip to contentSkip to site index', 'promo'],
    ['Learn More', 'promo'],
    ['Get the magazine delivered every month. 12 issues for £11.99. Click here for more information.', 'promo'],
    ['Do you rely on our reporting? Click here to support it.', 'promo'],
    ['Buy Now', 'promo'],
    ['This website uses cookies to improve your experience.', 'promo'],
    ['Necessary cookies are absolutely essential for the website to function properly.', 'promo'],
    ['JUST WATCHED', 'promo'],
    ['More Videos ...', 'promo'],
    ['(16 Videos)', 'promo'],
    ['<img height="1" width="1" style="display:none" src="https://pixel.example/p?c=1">', 'other'],
    ['2019-11-19T08:57:40+01:00', 'other'],
    ['Home » News » Science', 'related-links'],
    ['Storm batters coast as thousands lose power [VIDEO]', 'related-links']
  ])('%j -> %s', (line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })
})

describe('findBoilerplate: body lines kept', () => {
  it.each([
    ['crosshead', 'A deal within reach'],
    ['quoted crosshead', '“A long road ahead”'],
    ['crosshead with full stop', '“Mixed” signals.'],
    ['one-sentence paragraph', 'The council will vote again next month.'],
    ['short quote paragraph', '"We are not done yet," she said.'],
    ['sentence that starts with By', 'By Tuesday, the council had approved the plan.'],
    ['sentence about a product for professionals', 'The firm sells the essential tool for tax professionals, its chief executive said.'],
    ['sentence that opens with assistance', 'With assistance from the army, engineers rebuilt the bridge in a week.'],
    ['an outlet credited by name', 'Reuters contributed to this report.'],
    ['an agency credited by its full name', 'The Associated Press contributed to this report.'],
    ['an agency credited without "The"', 'Associated Press contributed to this report.'],
    ['an outlet credited by two words', 'Bloomberg News contributed to this report.'],
    ['an outlet named without a kind', 'Al Jazeera contributed to this report.'],
    ['a parenthesis of its own', '(Adds to that the cost of fuel, and the plan looks shaky.)'],
    ['sentence about clicking a link', 'Users who click here or on any other link are tracked, the study found.'],
    ['sentence in a source list\'s words', 'Two experts disputed the figures in an email interview with the paper on May 3, 2019.'],
    ['sentence that starts with Published', 'Published in 2019, the report found that most schools lacked heating.'],
    ['wire credit', 'Reuters contributed to this report.'],
    ['sentence about a correction', 'The paper has corrected the story twice this year, its editor said.'],
    ['sentence about a video', 'Video of the meeting shows the mayor leaving before the vote.'],
    ['sentence that mentions a photo', 'The photo shows the minister leaving the building with two aides.'],
    ['bare link in a list of sources', 'https://www.example.org/report-2019.pdf'],
    ['title in angle brackets', '<The Winter Palace: A Novel>'],
    ['sentence that starts with Home', 'Home prices rose 4 percent in the year to June, the agency said.'],
    ['sentence ending in a bracket with a slash', 'The survey was run by two firms (Ipsos/Reuters).'],
    ['line citing its sources in square brackets', '-The governor leads his rival by six points in the state. [CBS/YouGov]'],
    ['sentence that starts with Author', 'Author Jane Doe, who wrote the report, said the figures were wrong.'],
    ['sentence that starts with Like', 'Like many on Twitter, she was angry about the delay, officials said.'],
    ['sentence that starts with a journal', 'Published in The Lancet, the study followed 2,000 adults for a decade.'],
    ['crosshead in title case ending in a role', 'Police Hunt Killer Of Reporter'],
    ['sentence that starts with Read', 'Read the minutes of the meeting, the mayor urged residents.'],
    ['sentence that starts with By and a name before a role', 'By Tuesday, Jane Doe was named the paper\'s new editor.'],
    ['sentence about a reporter\'s beat', 'Jane Doe covers the courts, the mayor said, and knows the judges well.'],
    ['sentence about an outlet working with an agency', 'The Courier worked with AFP on the investigation for a year.'],
    ['sentence about comments moderated', 'The council said comments will be moderated at the next public meeting.'],
    ['sentence about reading time', 'It takes 4 minutes to read the whole report, officials said.'],
    ['sentence that ends with a copyright sign in a quote', 'The label read “All rights © Acme”, officials said.'],
    ['sentence that starts with Follow the', 'Follow the money on Twitter, investigators told the committee, and the trail ends abroad.'],
    ['sentence about a sales agent\'s commission', 'Agents may earn a commission of up to 6 percent on each home they sell, the report found.'],
    ['sentence about subscribers', 'Subscribers to the service rose by a third last year, the company said.'],
    ['sentence about a copyright case', 'The judge ruled that the song is protected by copyright in most of Europe.'],
    ['sentence naming an editor', 'Jane Doe, the paper\'s editor, said the story was accurate.'],
    ['sentence with an AP poll', 'Most voters back the plan, according to an AP/NORC poll.'],
    ['sentence with a slash of two words', 'The plant runs 24/7, workers said, and never closes.']
  ])('keeps a %s', (_, line) => {
    expect(reasonInBody(line)).toBeNull()
  })

  it('keeps a standfirst under the headline', () => {
    const text = `Council approves budget after long night\n\nSpending on schools rises as the mayor keeps a promise on taxes\n\n${before}\n\n${after}`
    expect(findBoilerplate(text)).toEqual([])
  })

  it.each([
    ['a kicker in capitals', 'ANALYSIS'],
    ['a stamp', 'Posted on Thu, Feb. 21, 2008'],
    ['a trail of sections set off by bars', 'World | Europe | Energy'],
    ['a trail of sections set off by arrows', 'News > Local > Transport'],
    ['a trail ending in a date', 'leeds | politics | 2021-03-05'],
    ['a trail ending with the headline', 'NEWS > Council approves budget after long night']
  ])('keeps the headline and standfirst under %s, and removes it', (_, label) => {
    const headline = 'Council approves budget after long night'
    const standfirst = 'Spending on schools rises as the mayor keeps a promise on taxes'
    const text = [label, headline, standfirst, 'By Jane Doe', before, after].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual([label, 'By Jane Doe'])
  })

  it.each([
    ['Jane Doe in Frankfurt and John Roe in London'],
    ['Jane Doe in New York, Ann Lee in Hong Kong and John Roe in London'],
    ['Jane Doe and John Roe in London']
  ])('removes the author line %j with a place for each author under the standfirst, over the stamp', (authors) => {
    const headline = 'Two banks agree merger to create third-largest lender'
    const standfirst = 'Deal follows months of talks and pressure from the government'
    const text = [headline, standfirst, authors, 'March 27, 2018', before, after].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual([authors, 'March 27, 2018'])
  })

  it('keeps a headline printed twice under a teaser header, and removes its copy', () => {
    const headline = 'Council approves budget after long night'
    const text = ['Most Read from The Courier', headline, headline, 'By Jane Doe', before, after].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(['Most Read from The Courier', headline, 'By Jane Doe'])
    expect(findBoilerplate(text)[1]!.start).toBe(text.lastIndexOf(headline))
  })

  it.each([
    ['an outlet', 'The Evening Courier', ['By Jane Doe', 'The Evening Courier']],
    ['a sentence', 'Police said the man was arrested.', ['By Jane Doe']]
  ])('removes %s under the author line only when it is a name', (_, line, expected) => {
    const text = ['Council approves budget after long night', 'By Jane Doe', line, before, after].join('\n')
    expect(findBoilerplate(text).map((span) => text.slice(span.start, span.end))).toEqual(expected)
  })

  it('keeps a standfirst with no full stop over the stamps', () => {
    const standfirst = 'Residents say food parcels have yet to arrive as officials cite damaged roads'
    const text = ['Council approves budget after long night', standfirst, 'Published 9:32 PM, November 28, 2019', before, after].join('\n')
    expect(findBoilerplate(text).map((span) => text.slice(span.start, span.end))).toEqual(['Published 9:32 PM, November 28, 2019'])
  })

  it('removes the names and the section label beside the stamp under the headline', () => {
    const header = ['14:00 25 May 2006', 'Environment', 'Maria Lopez and Tom Hale', 'Magazine issue 3120']
    const text = ['Council approves budget after long night', ...header, before, after].join('\n')
    expect(findBoilerplate(text).map((span) => text.slice(span.start, span.end))).toEqual(header)
  })

  it('keeps a name under the headline when no stamp or author line marks a header', () => {
    const text = ['Council approves budget after long night', 'Maria Lopez', before, after].join('\n')
    expect(findBoilerplate(text).map((span) => text.slice(span.start, span.end))).not.toContain('Maria Lopez')
  })

  it('keeps an obituary\'s closing line of dates under the story', () => {
    const text = [before, after, 'Jane Doe: born March 3rd, 1926; died October 17th, 2007', 'Topics: Obituaries · Science'].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(['Topics: Obituaries · Science'])
  })

  it('keeps a text of short lines whole when it has no prose to anchor on', () => {
    const table = 'Results\nRound 1: Lee 71\nRound 2: Park 69\nRound 3: Kim 70'
    expect(findBoilerplate(table)).toEqual([])
  })
})

describe('findBoilerplate: body lines from many styles of news writing are kept', () => {
  it.each([
    ['one-sentence paragraph', 'It did not.'],
    ['one-word answer in a Q&A interview', 'Yes.'],
    ['interview question', 'Q: Will you run for a second term?'],
    ['interview answer', 'A: Not this time.'],
    ['crosshead without punctuation', 'What happens next'],
    ['bulleted fact', '• Unemployment fell to 3.9 percent in March'],
    ['dashed fact with a figure', '- Inflation: 2.1 percent'],
    ['football result', 'Leeds United 2 Norwich City 1'],
    ['market figures', 'FTSE 100: 7,512.30, up 0.4%'],
    ['wire dateline opening a paragraph', 'LONDON, May 3 (Reuters) - British house prices rose for a third month in April, a mortgage lender said on Friday.'],
    ['dateline on a line of its own', 'NAIROBI, Kenya —'],
    ["editor's note written into the story", "Editor's note: The workers quoted in this story are identified by first name only, for their safety."],
    ['quote standing alone', '“Nobody told us anything.”'],
    ['line of a poem quoted in a review', 'Do not go gentle into that good night,'],
    ['live-blog entry time', '11:45 a.m.:'],
    ['date line of a correction', 'Tuesday, March 8, 2022.'],
    ['quantity in a by-the-numbers list', '100 days.'],
    ['section separator', '* * *'],
    ['sentence that starts like a picture credit', 'Photo by photo, the exhibition traces the growth of the port over a century.'],
    ['sentence about a drone video', 'Video by drone shows the scale of the flooding'],
    ['sports crosshead', 'UP NEXT'],
    ['sentence that starts with Privacy', 'Privacy, the minister said, is not something the state can trade away.'],
    ['sentence that starts with More', 'More than 200 people attended the meeting on Monday night.'],
    ['sentence that starts with Follow', 'Follow the money, the prosecutor told the jury.'],
    ['sentence about a reporter', 'The suspect is a former reporter for the local paper, police said.'],
    ['sentence about a newsletter', 'The newsletter, sent to 40,000 members, urged them to vote against the plan.'],
    ['sentence about an inbox', 'Emails that land in your inbox from the tax office are often fake, police said.'],
    ['sentence about a reporter who covered a war', 'Jane Doe is a reporter who covered the war for ten years before she was arrested.']
  ])('keeps a %s', (_, line) => {
    expect(reasonInBody(line)).toBeNull()
  })

  it('keeps a headline that ends with a full stop, and a closing one-line paragraph', () => {
    const text = ['Storm cuts power to 40,000 homes.', '', before, '', after, '', 'Pure spin.', '', 'Repairs could take a week.'].join('\n')
    expect(findBoilerplate(text)).toEqual([])
  })

  it('keeps a story that ends in a run of short quote paragraphs', () => {
    const quotes = [
      '"We did everything we could," she said.',
      'She said the crew had worked through the night.',
      '"It was not enough," she said.',
      'The pumps failed twice before dawn.',
      'Nobody was hurt.',
      'She also said the council would meet again in May.'
    ]
    const text = [before, after, ...quotes].join('\n\n')
    expect(findBoilerplate(text)).toEqual([])
  })

  it('keeps the end of a paragraph broken off onto a line of its own', () => {
    const broken = ['Editor’s note: the mayor has said again and again that the city will not raise the taxes it charges on', 'homes and shops.']
    expect(findBoilerplate([before, after, ...broken].join('\n\n'))).toEqual([])
  })

  it('keeps a numbered ranking after the story prose, and the separators repeated between its parts', () => {
    const ranking = ['1. Maria Lopez (Last week: 2.)', '2. Tom Hale (1.)', '3. Ana Ruiz (3.)', '4. Sam Green (5.)', '5. Lee Park (4.)']
    const text = [before, '___', after, '___', 'Week 12 rankings', ...ranking].join('\n\n')
    expect(findBoilerplate(text)).toEqual([])
  })
})

describe('findBoilerplate: leftovers of other outlets\' templates are removed', () => {
  it.each<[string, RemovalReason]>([
    ['Sign up for our newsletter', 'promo'],
    ['Most read', 'related-links'],
    ['Community standards', 'comments'],
    [`As you comment, please be respectful of other readers. ${'Comments that break these rules will be removed, and repeat offenders will be blocked. '.repeat(4)}`.trim(), 'comments'],
    ['Advertisement', 'promo'],
    ['Skip to main content', 'promo'],
    ['Image source, Getty Images', 'credit'],
    ['Media caption, Residents describe the moment the bridge gave way', 'credit'],
    ['2of5Firefighters spray water on the roof of a burning warehouse, Tuesday, May 3, 2022.', 'caption'],
    ['Photo by Maria Ortiz/Getty Images', 'credit'],
    ['Photo by Tom Baker for The Northern Courier', 'credit'],
    ['© 2024 The Northern Courier. All rights reserved.', 'other'],
    ['Follow us on Twitter', 'share-widget'],
    ['This article was amended on 4 May 2024 to correct the spelling of a name.', 'other'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'other'],
    ['We use cookies to improve your experience on our site.', 'promo'],
    ['Accept all cookies', 'promo'],
    ['Manage cookie preferences', 'promo'],
    ['Listen to this article', 'promo'],
    ['Get the latest headlines delivered to your inbox', 'promo'],
    ['Download our app', 'promo'],
    ['Updated 2 hours ago', 'timestamp'],
    ['Topics: Elections, Housing', 'related-links'],
    ['More on this story', 'related-links'],
    ['Was this article helpful?', 'other'],
    ['Getty.', 'credit'],
    ['Get short URL', 'share-widget'],
    ['Order Reprints', 'share-widget'],
    ['Pinterest', 'share-widget'],
    ['Like this story? Share it with a friend!', 'share-widget'],
    ['Follow on Instagram', 'share-widget'],
    ['Find us on Facebook', 'share-widget'],
    ['You may also like...', 'related-links'],
    ['Our Latest Stories', 'related-links'],
    ['Trending News', 'related-links'],
    ['More in Politics', 'related-links'],
    ['See Full Match Schedule', 'related-links'],
    ['Previous Post', 'related-links'],
    ['Other news in this section', 'related-links'],
    ['Partner news', 'related-links'],
    ['Tags: Housing, City Council, Budget', 'related-links'],
    ['Filed under: Local News', 'related-links'],
    ['[ 48 comments ]', 'comments'],
    ['(42) Comments', 'comments'],
    ['Comment on this article', 'comments'],
    ['Like this article?', 'share-widget'],
    ['Top Rated Comments', 'comments'],
    ['Rating: 12 Votes', 'comments'],
    ['Leave a Reply Cancel reply', 'comments'],
    ['Comments are subject to our community guidelines, which can be viewed here.', 'comments'],
    ['Sign Up for e-mail newsletters', 'promo'],
    ['No spam, we promise. You can unsubscribe at any time.', 'promo'],
    ['Thank you for subscribing!', 'promo'],
    ['Morning Briefing Newsletter', 'promo'],
    ['The Daily Planet is supported by its audience. When you purchase through links on our site, we may earn a commission.', 'promo'],
    ['Jump directly to the content', 'promo'],
    ['Use of this site constitutes acceptance of our User Agreement and Privacy Policy.', 'other'],
    ['This copy is for your personal, non-commercial use only.', 'other'],
    ["We've detected you are using an outdated browser. Please update it for the best experience.", 'other'],
    ['Copyright © 2024 Springfield Media Group Ltd. All rights reserved. Reproduction of any content in whole or in part without written permission is prohibited.', 'other'],
    ['About Us | Contact Us | Advertise | Privacy Policy | Terms of Use', 'other'],
    ['Write to Jane Doe at jane.doe@example.com', 'other'],
    ['Jane Doe is a freelance writer based in Leeds.', 'byline'],
    ['Jane Doe is a Staff Writer at the Daily Planet covering courts and crime.', 'byline'],
    ['Get the latest updates right in your inbox. Subscribe to our newsletters.', 'promo'],
    ['Get breaking news alerts and special reports, delivered weekday mornings.', 'promo'],
    [
      'Jane Doe is a business reporter for The Herald, covering banks, insurers and the markets that move them. She joined the paper in 2012 from a news agency, where she reported on energy and trade. She grew up in Leeds and studied economics at the University of York.',
      'byline'
    ],
    ['By', 'byline'],
    ['3H ago', 'timestamp'],
    ['11/20/2019 01:14 PM', 'timestamp'],
    ['Sponsored links', 'related-links'],
    ['View all (23)', 'related-links'],
    ['← Previous Story', 'related-links'],
    ['Want more local news? Sign up for our newsletter.', 'promo'],
    ['Subscribe to The Springfield Herald on YouTube', 'promo'],
    ['Thanks for watching!', 'promo'],
    ['Why you can trust The Herald', 'other'],
    ['Staff Writer', 'byline'],
    ['16 hours ago on Tech Blog', 'timestamp'],
    ['Firefighters at the scene on Monday afternoonCredit: Reuters', 'caption'],
    ['Video', 'promo'],
    ['Ad', 'promo'],
    ['Watch Live', 'promo'],
    ['Watch the full video here', 'promo'],
    ['Listen to the podcast', 'promo'],
    ['Listen 5 min', 'promo'],
    ['Advertisement · Scroll to continue', 'promo'],
    ['Article continues below advertisement', 'promo'],
    ['Continue reading the main story', 'promo'],
    ['Read the full story at The Courier.', 'promo'],
    ['Read the original article on Daily Planet.', 'promo'],
    ['Got a news tip? Email us at tips@example.com', 'promo'],
    ['Share this with', 'share-widget'],
    ['Have your say', 'comments'],
    ['Please enable JavaScript to view this page.', 'other'],
    ['(Image credit: NASA/JPL)', 'credit'],
    ['By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.', 'byline'],
    ['Street crews clear fallen trees on Friday. (Jane Doe/City News)', 'caption'],
    ['Rescue workers search the rubble on the edge of the town on Monday [Jane Doe/AFP]', 'caption'],
    ['Author Jane Doe, John Roe', 'byline'],
    ['Miners march to the company offices on Tuesday. (Photo Agency / Daily Star / Jane Doe)', 'caption'],
    ['A soldier guards a petrol station in the port city on May 3, 2021. JANE DOE AFP/File', 'caption'],
    ['Social Sharing', 'share-widget'],
    ['Share on Facebook | Share on Twitter | Share by email', 'share-widget'],
    ['Like Business on Facebook, follow @CourierBiz on Twitter to stay informed and join in the conversation.', 'share-widget'],
    ['Metro News · Posted: Jul 15, 2017 4:00 AM PT | Last Updated: July 15, 2017', 'timestamp'],
    ['LEEDS, MARCH 14, 2018 00:12 IST', 'timestamp'],
    ['March 3, 2015 4 Min Read', 'timestamp'],
    ['Published in The Daily Courier, May 14th, 2013.', 'timestamp'],
    ['Jane Doe@janedoe / 2:14 PM GMT•November 9, 2022', 'byline'],
    ['Jane Doe Political correspondent', 'byline'],
    ['John Roe, Crime/Court Co-ordinator', 'byline'],
    ['Get email alerts on Jane Doe', 'promo'],
    ['The one-stop-shop solution for energy professionals, pairing our reporting with live market data', 'promo'],
    ['Read: Floods force thousands from their homes', 'promo'],
    ['Every weekday and Sunday, you can get the best of our coverage.', 'promo'],
    ['Sign up here for our weekly business newsletter.', 'promo'],
    ['Sign up to Morning Brief, our free daily newsletter – every weekday at 7am', 'promo'],
    ['Have a tip about city hall? Contact us securely.', 'promo'],
    ['Comments are closed for this story.', 'comments'],
    ['Reach Jane Doe at 555-0100 or jdoe@example.com.', 'other'],
    ['ABC.N -6.41% ▼', 'other'],
    ['By Jane Doe, Herald staff writer', 'byline'],
    ['By Jane Doe, Channel 9 political editor', 'byline'],
    ['By Jane Doe and John Roe / Staff reporter, with staff writer', 'byline'],
    ['Jane Doe covers city hall for The Ledger.', 'byline'],
    ['The Courier with AFP', 'byline'],
    ['(Channel 4 with AFP and Reuters)', 'byline'],
    ['Text by: Channel 4', 'byline'],
    ['Sun, Oct 16, 2022 page1', 'timestamp'],
    ['Published March 3, 2022Updated March 4, 2022', 'timestamp'],
    ['Published on March 8, 2023, at 7:42 pm (Paris), updated at 9:15 pm', 'timestamp'],
    ['Thu 18 Nov 2021 03.00 AEDT', 'timestamp'],
    ['Posted Thu 14 Apr 2016 at 4:32pm, updated Thu 14 Apr 2016 at 7:15pm', 'timestamp'],
    ['4 min', 'promo'],
    ['Time to read 3 min.', 'promo'],
    ['Get alerts on city politics when a new story is published', 'promo'],
    ['Sign up to receive an email with the top stories every morning', 'promo'],
    ['Comments will be moderated. Keep comments relevant to the article.', 'comments'],
    ['Translation of an article originally published in Spanish; the publisher is liable for the Spanish version only.', 'translation-notice'],
    ['Read more Subscribers only Inside the minister\'s plan for the vote', 'promo'],
    ['READ | Council backs plan for new bridge', 'promo'],
    ['Soldiers patrol near the palace in the capital on March 14, 2026. © AFP', 'caption'],
    ['Follow Weekend Desk on Instagram, Facebook and YouTube.', 'share-widget'],
    ['Follow me on Twitter or LinkedIn. Check out my website.', 'share-widget'],
    ['Follow @CityDeals on Twitter to keep up with the best offers of the week.', 'share-widget'],
    ['Follow our full coverage of the election at https://example.com/election', 'promo'],
    ['Reach the reporter on Twitter at https://twitter.com/janedoe', 'promo'],
    ['Do you have more information about the outage? You can contact this reporter securely on Signal.', 'promo'],
    ['Join our Telegram channel and get the latest news delivered to you.', 'promo'],
    ['Share on FacebookShare on TwitterShare via Email', 'share-widget'],
    ['The Site may earn an affiliate commission on purchases made through links in this article.', 'promo'],
    ['Subscribe to the Ledger and stay ahead of the news.', 'promo'],
    ['Want more science? Subscribe to our sister magazine for the latest discoveries!', 'promo'],
    ['Sign up to push alerts and have the top stories delivered directly to your phone', 'promo'],
    ['Like this? Sign up for the Morning Brief today to get our free daily newsletter delivered to your inbox.', 'promo'],
    ['This document is subject to copyright. No part may be reproduced without written permission.', 'other'],
    ['This site is protected by reCAPTCHA and the Privacy Policy applies.', 'other'],
    ['Note: we are temporarily moderating all comments to deal with spam.', 'comments'],
    ['Media captionResidents describe the moment the bridge gave way', 'credit'],
    ['This entry was posted in Politics and tagged budget, taxes, schools.', 'related-links'],
    ['This content was published on May 4, 2021 - 09:15', 'timestamp'],
    ['UPDATED Mar 4, 2021, 7:15 PM SGT', 'timestamp'],
    ['• Additional reporting by Tom Hale', 'credit'],
    ['Jane Doe (@janedoe) is a contributing writer at the Ledger and the host of a weekly podcast.', 'byline'],
    ['Jane Doe is the Senior Editor of the Ledger. Since joining in 2014, she has covered courts.', 'byline'],
    ['Traders work on the floor of the stock exchange on Monday. REUTERS/Jane Doe', 'caption'],
    ['Shoppers queue at a market in the capital. Prices rose again in May. / Jane Doe', 'caption'],
    ['Two climbers rest below the summit on June 2, 2021 in the Alps. (Photo by Jane Doe/Getty Images)', 'caption'],
    ['The rocket stands on the pad after its engines were fitted. (credit: Jane Doe)', 'caption'],
    ['The senator speaks to reporters at the Capitol on May 4, 2021.Jane Doe / AP file', 'caption']
  ])('%j -> %s', (line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })
})

describe('findBoilerplate: metadata strips, share widgets, promos and author lines by their kind, in formats of other outlets', () => {
  it.each<[string, RemovalReason]>([
    ['KAMPALA | Regional | 9 October 2012', 'dateline-meta'],
    ['Economy · Markets · 45 minutes ago', 'dateline-meta'],
    ['Section: Travel | Page B3 | 7 June 1999', 'dateline-meta'],
    ['AUCKLAND — Rugby — 11/09/2015 8:05pm NZST', 'dateline-meta'],
    ['Vol. 3, Issue 12 | Winter 2008', 'dateline-meta'],
    ['Share on WhatsApp | Share on Telegram | Copy link', 'share-widget'],
    ['Facebook | X | Bluesky | Email', 'share-widget'],
    ['Share 41 Tweet 9 Email', 'share-widget'],
    ['Download the Evening Mail app for iPhone and Android', 'promo'],
    ['Listen on Apple Podcasts | Spotify | Google Podcasts', 'promo'],
    ['Try The Ledger Digital free for 14 days', 'promo'],
    ['Tune in to Drive Time weekdays at 5pm on 98.2 FM', 'promo'],
    ['Jane Doe, Political Editor', 'byline'],
    ['Jane Doe – Senior Reporter', 'byline'],
    ['Words: Jane Doe', 'byline'],
    ['Reported by Jane Doe in Accra', 'byline'],
    ['Special Correspondent', 'byline'],
    ['By our Legal Affairs Reporter', 'byline'],
    ['From Our Own Correspondent', 'byline'],
    ['Web Desk', 'byline'],
    ['Express News Service', 'byline'],
    ['Gift this article', 'share-widget'],
    ['A+ A-', 'promo'],
    ['Advertisement - Continue Reading Below', 'promo'],
    ['sport | football | 12 May 2020', 'dateline-meta'],
    ['News > Politics > 18/11/2019', 'dateline-meta'],
    ['ISSUE #412 — NOVEMBER 2019', 'dateline-meta'],
    ['Page 1 of 3', 'dateline-meta'],
    ['Published 3:14 PM ET Mon, 18 Nov 2019 Updated 5:02 PM ET Mon, 18 Nov 2019', 'timestamp'],
    ['Continue reading on our app', 'promo'],
    ['Click to play video', 'promo'],
    ['Tap to unmute', 'promo'],
    ['Save for later', 'share-widget']
  ])('%j -> %s', (line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })

  it.each([
    'KAMPALA — Police arrested 12 people on 9 October 2012 after protests over fuel prices.',
    'The minister said on Twitter that the plan would be shared with all regions.',
    'Facebook, Twitter and LinkedIn all declined to comment.',
    'Residents can download the council app to check bus times, officials said.',
    'Jane Doe, a political editor at the paper, resigned on Monday.',
    'The Evening Reporter',
    'Page 1 of the report lists the names of the victims.',
    'On 14 March 2019, at 10:42, the first train left the station.',
    'Click to play, the app tells users, and the video starts.'
  ])('keeps the body line %j', (line) => {
    expect(reasonInBody(line)).toBeNull()
  })

  it.each(['Jane Doe, Reuters', 'Jane Doe @janedoe', 'Jane Doe in Nairobi', 'Jane Doe for The Herald'])(
    'removes the author line %j under the headline without a stamp beside it',
    (line) => {
      const text = ['Council backs budget after long night', line, before, after].join('\n')
      const start = text.indexOf(line)
      expect(findBoilerplate(text)).toEqual([{start, end: start + line.length, reason: 'byline'}])
    }
  )

  it('keeps bare names under the headline without a stamp or author line beside them', () => {
    const text = ['Council backs budget after long night', 'Jane Doe', before, after].join('\n')
    expect(findBoilerplate(text)).toEqual([])
  })

  it('keeps a list of dated events shaped like strips', () => {
    const items = ['March 2019 — Brexit Deadline', 'June 2016 — Referendum Day', 'January 2020 — Withdrawal Agreement']
    const text = [before, '', ...items, '', after].join('\n')
    expect(findBoilerplate(text)).toEqual([])
  })

  it('keeps calls to buy that are the steps of a list the story introduces', () => {
    const text = [before, 'To switch plans, follow these steps:', 'Get the premium plan for $4.99 a month', after].join('\n')
    expect(findBoilerplate(text)).toEqual([])
  })
})

describe('findBoilerplate: strips without separators, share calls, file-picture captions, agency and capital author lines', () => {
  it.each<[string, RemovalReason]>([
    ['Home News Cape Town 12 April 2016, 8:30 pm', 'dateline-meta'],
    ['HOME SPORT Monday 3 May 2021 10:15', 'dateline-meta'],
    ['Home World Asia 5 March 2019', 'dateline-meta'],
    ['Sharing is caring!', 'share-widget'],
    ['Spread the word!', 'share-widget'],
    ['Like this article? Share it with your friends.', 'share-widget'],
    ['If you enjoyed this story, please share it.', 'share-widget'],
    ['Loved this piece? Pass it on!', 'share-widget'],
    ['Popular now', 'related-links'],
    ['Trending this week', 'related-links'],
    ['File photo', 'caption'],
    ['Protesters march through the old town (file photo)', 'caption'],
    ['Riot police at the border crossing (archive picture).', 'caption'],
    ['Customers queue outside a shop on the high street in Leeds. (Courier file photo)', 'caption'],
    ['Jane Doe holds a photograph of her mother at her home in Dayton. (John Roe for The Ledger)', 'caption'],
    ['Flames light up a warehouse near the port on Sunday. (Social media)', 'caption'],
    ['KYIV, UKRAINE - MARCH 3: Rescue workers clear the rubble of a school hit by a missile in the east of the city.', 'caption'],
    ['Commuters crowd a bus stop after the trains stopped on Tuesday. (Courier photo)', 'caption'],
    ['The minister (left) speaks with farmers near the dam', 'caption'],
    ['Jane Doe (2nd L) shakes hands with John Roe in Geneva', 'caption'],
    ['The mayor, pictured, at the opening of the new library', 'caption'],
    ["John Roe is the paper's political editor.", 'byline'],
    ['Home News National 14/08/2023 09:12', 'dateline-meta'],
    ['Found this useful? Share it!', 'share-widget'],
    ['You might have missed', 'related-links'],
    ['There are no comments yet.', 'comments'],
    ['To continue reading, subscribe now.', 'paywall'],
    ['Supplied', 'credit'],
    ['Photo courtesy of the city council', 'credit'],
    ['Jane Doe has covered politics for The Herald since 2009.', 'byline'],
    ['Jane Doe covers schools for the Courier. Previously, she was a reporter at the Ledger.', 'byline'],
    ['About the author: Jane Doe writes about science.', 'byline'],
    ['Members of the rescue team carry a survivor from the rubble, 12 May 2008.', 'caption'],
    ['Commuters wait at a bus stop in the city centre, March 3, 2020.', 'caption'],
    ['READ MORE →', 'promo'],
    ['Read more »', 'promo'],
    ['>> Read more: Rates rise again', 'promo'],
    ['Keep reading', 'promo'],
    ['Stories you might enjoy', 'related-links'],
    ['Latest in Politics', 'related-links'],
    ["What's hot", 'related-links'],
    ['Hot topics', 'related-links'],
    ['Jane Doe is an award-winning journalist and author of two books.', 'byline'],
    ['Jane Doe reports on energy and climate for The Herald.', 'byline'],
    ['Liked it? Take a second to support us on Patreon!', 'promo'],
    ['Please consider supporting our work.', 'promo'],
    ['If you value our reporting, please make a donation.', 'promo'],
    ['Enjoyed this article? Support us with a small donation.', 'promo']
  ])('%j -> %s', (line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })

  it.each([
    'Home Secretary Jane Doe said on 12 April 2016 that the law would change.',
    'Home prices rose 4 percent in March 2019, the agency said.',
    'Sharing is caring, the charity says, but donations fell by a third last year.',
    'If you like this plan, share it with your MP, the campaign told supporters.',
    'The mayor, pictured here last year, denied any wrongdoing and said the claims were politically motivated.',
    'On Saturday, the senator (I-Vt.) called on the governor (R) to resign over the crisis.',
    'Jane Doe (left), 40.',
    'Senator Jane Doe (R) dissects why the polls were wrong.',
    '"It was a file photo," the spokesman said.',
    'The council will vote on the plan next week (money set aside for schools).',
    'She ran unsuccessfully for the seat in 2018 (Jane Doe for Congress).',
    'The ministry said the new rules take effect on Monday. (Yonhap)',
    'Talks between the two sides will resume on Friday. (Yonhap)',
    'The two leaders met in the capital on Saturday. (Yonhap)',
    'Two people were killed in a landslide in the northern hills on Monday. (ANI)',
    "John Roe is the mayor's chief of staff and has held the job since 2015.",
    "John Roe is the paper's former political editor, who now runs a charity.",
    'Jane Doe has covered her face since the attack, her lawyer said.',
    'Jane Doe covers schools for the Courier. Previously, she was a teacher, and she said the cuts were unfair.',
    'Kickoff 15:00 on Saturday',
    'This report was written with support from the agency, officials said.',
    'This is a developing story for the town, the mayor said.',
    'Yes / No / Maybe, he said.',
    'Name | Age | Hometown | Charge',
    'Party  Votes  Share  Seats',
    'Iran / Israel / United States',
    'He won.  She lost.  Nobody cared.  It rained.',
    'This report was published in partnership with the World Bank and warns that 40 million people could fall into poverty.',
    'This report was funded by a grant from the Commission and found that two-thirds of rivers fail safety standards.',
    'For the latest travel updates, follow National Highways on X, the council said.',
    'Liftoff 13:32, July 16, 1969',
    'Deadline 17:00, 31 January 2025',
    'Friday, March 4, 2016.',
    'The law took effect on a cold morning, Jan. 1, 2020, officials said.',
    'Supplied with food and water, the crew waited.',
    'Read more about the case in the court documents, the judge said.',
    'Latest figures show prices rose again in Politics and Business.',
    'Jane Doe reports on energy firms, her editor said.',
    "Please consider supporting the appeal, the charity's director said.",
    '"Please support us," the club captain told fans after the match.',
    'Residents who want to help can make a donation at the town hall until Friday.'
  ])('keeps the body line %j', (line) => {
    expect(reasonInBody(line)).toBeNull()
  })

  it.each(['JANE DOE', 'MARY-ANN O’NEIL AND JOHN ROE', 'Press Trust of India', 'Agence France-Presse', 'By AFP', 'The Associated Press'])(
    'removes the author line %j under the headline without a stamp beside it',
    (line) => {
      const text = ['Council backs budget after long night', line, before, after].join('\n')
      const start = text.indexOf(line)
      expect(findBoilerplate(text)).toEqual([{start, end: start + line.length, reason: 'byline'}])
    }
  )

  it.each<[string, RemovalReason | null]>([
    ['UP NEXT', 'dateline-meta'],
    ['ON THE RECORD', 'dateline-meta'],
    ['FULL TEXT.', null]
  ])('takes the label in capitals %j under the headline for a kicker, not an author line', (line, reason) => {
    const text = ['Council backs budget after long night', line, before, after].join('\n')
    expect(findBoilerplate(text).map((span) => span.reason)).toEqual(reason ? [reason] : [])
  })
})

describe('findBoilerplate: author lines setting off their place, generic news labels, captions ending with their day or pointing at their picture', () => {
  it.each(['Priya Raman | Chennai', 'Tom Hale – Sydney', 'Kwame Mensah - Accra', 'Amina Yusuf, Abuja, Nigeria', 'Jane Doe and John Roe | Buenos Aires'])(
    'removes the author line %j under the headline',
    (line) => {
      const text = ['Council backs budget after long night', line, before, after].join('\n')
      const start = text.indexOf(line)
      expect(findBoilerplate(text)).toEqual([{start, end: start + line.length, reason: 'byline'}])
    }
  )

  it.each(['Dock strike ends - Port Louis', 'Lagos, Abuja, Kano'])('keeps the deck %j under the headline', (line) => {
    const text = ['Council backs budget after long night', line, before, after].join('\n')
    expect(findBoilerplate(text)).toEqual([])
  })

  it.each([
    'Read the latest news',
    'Read the latest news here',
    'Get the latest headlines',
    'Catch up on the latest stories',
    'See all the latest updates',
    'Read more news',
    'More top stories',
    "Today's top stories",
    'Latest Updates',
    'Also in the news',
    'Read this next',
    'More to explore',
    'Read all our coverage of the election',
    'Follow our live coverage',
    'Watch the latest videos'
  ])(
    'removes the label %j between paragraphs',
    (line) => {
      expect(reasonInBody(line)).toBe('related-links')
    }
  )

  it.each([
    'Firefighters battle a blaze near the town on Tuesday',
    'Supporters of the candidate wave flags outside the rally on Saturday',
    'Farmers harvesting rice in a paddy field near the capital on Friday',
    'Voters queue outside a polling station in the north on July 30, 2018',
    'Students protest outside the ministry of education on Nov. 12'
  ])('removes the caption %j that ends with the day the picture was taken', (line) => {
    expect(reasonInBody(line)).toBe('caption')
  })

  it.each([
    'FILE - In this Aug. 3, 2019, file photo, firefighters battle a blaze near the town.',
    'FILE — Riot police stand guard outside the parliament building.',
    'In this photo taken on Tuesday, March 3, 2020, rescuers search the rubble of a collapsed school.',
    'In this image made from video, a ferry lists in heavy seas off the coast.',
    'This handout photo provided by the navy shows the damaged ship at sea.',
    'A handout picture released by the palace shows the king greeting guests.',
    'Pictured: Volunteers fill sandbags along the river bank',
    'Above: The new terminal building at the city airport.',
    'Main image: Crowds gather in the square for the rally',
    '▲ Commuters wait on a crowded platform during the strike.',
    'Photo: A resident, who lost her home in the fire, stands outside the community hall in the town. (Local Radio: Sam Lee)'
  ])('removes the caption %j that opens by pointing at its picture', (line) => {
    expect(reasonInBody(line)).toBe('caption')
  })

  it.each([
    'Protesters clashed with police in the capital on Monday.',
    'The council will vote on the plan on Tuesday',
    'Ministers said they would meet again on Friday',
    'Polls close on Tuesday',
    'The verdict is expected on Thursday',
    'Rescue workers searched the rubble through the night and into Sunday',
    'In this photo, released by the palace, the king is seen with the ambassador, the paper reported.',
    'The photo shows firefighters battling a blaze, officials said.',
    'In this election, turnout was the lowest in 40 years.',
    'This picture of the economy is too rosy, economists warn.',
    'Above all, the council wants the buses to run on time.',
    'Read the latest news from the region, she told the crowd, and you will see why.',
    'Readers can get the latest news on the council app, officials said.',
    'The latest news came as a relief to the families.',
    'Top news executives met the minister on Monday to discuss the new rules.',
    'Read our coverage policy to learn how we report on elections.',
    'Breaking news of the closure reached workers by text message late on Friday.',
    'Photo: the mayor said the picture was taken in March, "well before the fire", and that it was posted online by a resident.'
  ])('keeps the body line %j', (line) => {
    expect(reasonInBody(line)).toBeNull()
  })
})

describe('findBoilerplate: related headlines in a row without their label', () => {
  const third = 'Opposition members said the plan relied on optimistic forecasts and warned of a shortfall within two years.'

  it.each([
    [['Mayor Unveils Plan To Cut Bus Fares', 'Teachers Vote To End Strike After Pay Deal', 'New Bridge Opens Two Years Late']],
    [['Rain Delays Harvest Across The South', 'Central Bank Holds Rates At Record Low', 'Five Things To Know About The New Tax Rules', 'Striking Dock Workers Return']]
  ])('removes the headlines %j between paragraphs', (items) => {
    const text = [before, ...items, after, third].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual(items)
  })

  it.each([
    ['introduced with a colon', ['The judges said on Monday that three novels had made the shortlist for this year’s prize:', 'The Long Road Home From The War', 'A History Of The River Towns', 'Letters From A Northern Island']],
    ['in sentence case', ['Free school meals for every pupil', 'A new bus route to the hospital', 'Longer opening hours at the library']],
    ['two in a row', ['Where The Money Goes Next Year', 'A Vote That Split The Council']],
    ['crossheads of a word or three', ['The Money', 'What Comes Next', 'Reactions']]
  ])('keeps lines %s', (_, items) => {
    const text = [before, ...items, after, third].join('\n\n')
    expect(findBoilerplate(text)).toEqual([])
  })
})

describe('findBoilerplate: a story headlined in the shape of a related headline', () => {
  it.each([
    ["'We sleep in a room covered in mould' - tenants' fury as watchdog condemns landlord"],
    ['“It felt like a siege” – residents recall the night of the flood'],
    ['Coalition Crisis, Explained: What Happens if the Talks Fail?']
  ])('keeps %j as the headline', (headline) => {
    const text = [headline, 'By Jane Doe', before, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).not.toContain(headline)
  })
})

describe('findBoilerplate: a headline under a run of header lines', () => {
  const headline = 'Council approves budget after long night'
  it.each([
    [['PUBLISHED : 3 Mar 2022 at 06:00', 'NEWSPAPER SECTION: Business', 'WRITER: Jane Doe'], []],
    [['LEEDS, March 3, 2022 00:15 IST', 'Updated: March 3, 2022 02:41 IST'], ['Staff Reporter', 'LEEDS']],
    [['Jane Doe', 'Mar 3, 2022 10:18 pm IDT'], []],
    [['COURIER ONLINE - International'], ['By Jane Doe and John Roe']],
    [['NEWS | BUSINESS | Monday March 4 2019'], ['By COURIER REPORTER']]
  ])('keeps the headline under %j and removes the header', (over, under) => {
    const text = [...over, headline, ...under, before, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).not.toContain(headline)
    expect(removed).toEqual(expect.arrayContaining([...over.slice(1), ...under]))
  })

  it('keeps a line a crawler\'s date field opens, with the author line under it removed', () => {
    const first = ' date 2020-05-01 Talks to resume on Monday'
    const text = [first, 'By: Jane Doe - Correspondent / @jdoe', before, after].join('\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual(['By: Jane Doe - Correspondent / @jdoe'])
  })

  it('removes a line of crawler fields alone over the headline', () => {
    const first = ' url https://example.com/2020/05/talks  date 2020-05-01 '
    const text = [first, 'Talks to resume on Monday', before, after].join('\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual([first])
  })

  it('removes a crawler\'s title field over the headline it repeats, and keeps the headline', () => {
    const first = 'title: Talks to resume on Monday | The Courier'
    const text = [first, 'Talks to resume on Monday', before, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual([first])
  })
})

describe('findBoilerplate: a short line in capitals under the headline', () => {
  const headline = 'Contractors face trial over collapsed apartment block'
  it.each(['HATAY', 'OTTAWA AND VANCOUVER', 'ANALYSIS'])('removes %j, the dateline\'s place or a kicker', (line) => {
    const text = [headline, line, before, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual([line])
  })

  it.each(['UP NEXT', '07:58'])('keeps %j under a first paragraph that ends a sentence, which no headline does', (line) => {
    const text = [before, line, after].join('\n\n')
    expect(findBoilerplate(text)).toEqual([])
  })
})

describe('findBoilerplate: headlines under a related-stories label', () => {
  it.each([
    ['Read more', ['Port strike enters its second week as talks stall']],
    ['Also read', ['Port strike enters its second week', 'Bank holds rates as inflation cools']],
    ['More on this story', ['Port strike enters its second week', 'Bank holds rates', 'Ferry services resume']],
    ['READ MORE:', ['* Ferry fares to rise in spring', '* What does the new timetable mean for you?', '* Harbour dredging plan delayed again']]
  ])('removes %j and the headlines under it', (label, links) => {
    const text = [before, label, ...links, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual([label, ...links])
  })

  it('stops at a bulleted paragraph ending with a full stop', () => {
    const lines = ['* Cuts will mean fewer buses in rural areas, residents fear.', '* Councillors approved the plan after a long debate on Tuesday.']
    const text = [before, 'READ MORE:', '* Budget cuts hit libraries', ...lines, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual(['READ MORE:', '* Budget cuts hit libraries'])
  })

  it('stops at a paragraph ending with a full stop', () => {
    const line = 'The strike has now entered its second week.'
    const text = [before, 'Related', 'Port strike enters its second week', line, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).not.toContain(line)
  })
})

describe('findBoilerplate: a deck between the headline and its author line', () => {
  const headline = 'Retailer cuts jobs as sales slide'
  it('keeps two or more clauses under the headline, one ending with its day', () => {
    const deck = ['Shares fell 12 per cent in early trading', 'Founder Jane Doe stepped down as chief executive on Monday']
    const text = [headline, ...deck, 'By John Roe', before, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual(['By John Roe'])
  })

  it('removes a single caption under the headline', () => {
    const caption = 'Protesters gather outside the head office in Leeds on Monday'
    const text = [headline, caption, 'By John Roe', before, after].join('\n\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toContain(caption)
  })

  it('keeps a single clause over the author line and the stamp', () => {
    const deck = "Analysts warn the bank's assumptions are 'optimistic at best'"
    const text = [headline, deck, 'By Jane Doe', 'Thursday 31 March 2011 06:00', before, after].join('\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual(['By Jane Doe', 'Thursday 31 March 2011 06:00'])
  })

  it.each(['City Desk / By John Roe', headline, headline.toUpperCase()])('removes %j, no deck, under the headline', (line) => {
    const text = [headline, line, 'Posted Wed 20 Nov 2019 at 5:12pm', before, after].join('\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toContain(line)
  })
})

describe('findBoilerplate: the first sentence under the header\'s credits', () => {
  const headline = 'Startup lays off 600 as investors seek founder\'s exit'
  const caption = 'The company said the cuts were part of a restructuring. (Photo: Courier)'
  it.each([
    'The Pune-based company, last valued at $740 million, is also in a dispute with investors over a board seat and a bridge round',
    'The company is also in a dispute with investors.'
  ])('keeps the deck %j between the author line and a caption', (deck) => {
    const text = [headline, '2 min read . Updated: 18 Jun 2022, 10:52 PM IST', 'Jane Doe', deck, caption, before, after].join('\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).not.toContain(deck)
    expect(removed).toContain(caption)
  })

  it('removes a share bar\'s buttons under the credits', () => {
    const bar = 'facebook sharing button Share twitter sharing button Tweet email sharing button Email'
    const text = [headline, 'By Jane Doe', bar, before, after].join('\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toContain(bar)
  })
})

describe('findBoilerplate: the label of a summary list under the header', () => {
  it('keeps "Key points:" over kept items beside the stamp', () => {
    const items = ['The council backed spending on schools, which rises by 4 per cent this year.', 'Property taxes stay flat for a third year, the mayor said on Tuesday evening.']
    const text = ['Council approves budget after long night', 'By Jane Doe', 'Posted 3 March 2022, 9:15 AM', 'Key points:', ...items, before, after].join('\n')
    const removed = findBoilerplate(text).map(({start, end}) => text.slice(start, end))
    expect(removed).toEqual(['By Jane Doe', 'Posted 3 March 2022, 9:15 AM'])
  })
})

describe('findBoilerplate: context and repetition', () => {
  it.each([
    ['under a section label', ['Politics']],
    ['under a section label of two words', ['World News']],
    ['with no label over it', []]
  ])('keeps the headline and its standfirst %s, though the header runs long', (_, label) => {
    const headline = 'Council approves budget after long debate'
    const standfirst = 'Ministers give the mayor until Sunday to pass the plan; officials say a new vote is not ruled out'
    const header = ['City bureau', 'Inside the vote', 'Budget talks', 'Town hall']
    const text = [...label, headline, standfirst, ...header, before, after].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(expect.arrayContaining(label))
    expect(removed).not.toEqual(expect.arrayContaining([headline]))
    expect(removed).not.toEqual(expect.arrayContaining([standfirst]))
  })

  it('keeps every item of a summary list under its label when one item is kept', () => {
    const label = 'Key points:'
    const items = [
      'The Supreme Court finds the Delta Water Board breached its 1998 licence over Lake Marlow',
      'The state government says it will study the ruling before deciding on an appeal',
      'Farmers say the decision vindicates a decade of complaints'
    ]
    const text = ['Court rules water board broke its licence', 'Share', label, ...items, '', before, '', after].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).not.toEqual(expect.arrayContaining([items[0]]))
    expect(removed).not.toEqual(expect.arrayContaining([items[2]]))
  })

  it.each([
    ['after a bare label in capitals', ['KEYWORDS', 'floods, insurance, Lower Saxony, climate adaptation'], ['KEYWORDS', 'floods, insurance, Lower Saxony, climate adaptation']],
    ['after a label with a colon', ['Tags:', 'elections, Senate, polling'], ['Tags:', 'elections, Senate, polling']],
    ['not a sentence under the label', ['Topics', 'Officials said the roads, bridges and rail lines would reopen.'], ['Topics']],
    ['one topic a line', ['More about', 'Water board', 'High Court', 'Farming'], ['More about', 'Water board', 'High Court', 'Farming']],
    ['up to the first sentence', ['More about', 'High Court', 'The board said it would appeal.'], ['More about', 'High Court']]
  ])('removes a line of tags %s, above a subscription box', (_, tail, expected) => {
    const box = 'Independent reporting like this depends on readers who pay for it, and we are grateful to every one of them.'
    const text = [before, after, ...tail, box].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(expected)
  })

  it('keeps a closing paragraph signed off with the outlet\'s initials over the page furniture', () => {
    const last = 'The inquiry resumes on Monday, when the minister is expected to testify. DM'
    const text = [before, after, last, 'Gallery', 'Comment', 'Save'].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).not.toContain(last)
  })

  it('removes a footer menu between the story and a legal notice, and keeps a table of figures', () => {
    const menu = ['World', 'Africa', 'Middle East', 'US Politics', 'Business', 'Markets', 'Health', 'Food & Drink', 'Travel', 'Sports']
    const notice =
      'Market data is delayed by at least fifteen minutes and is provided for information only, not for trading purposes or advice.'
    const text = [before, after, ...menu, notice].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(expect.arrayContaining(menu))
    const table = ['Player', 'Snaps', 'Rate', 'Jane Doe', '63', '85%', 'Ana Ruiz', '57', '77%', 'Tom Hale', '49', '66%']
    expect(findBoilerplate([before, after, ...table, notice].join('\n'))).toEqual([])
  })

  it('removes a repeated author box and a caption printed with and without its credit', () => {
    const text = [
      'Talks resume as negotiators meet in the capital',
      '',
      'Jane Doe',
      'Jane Doe',
      'Negotiators arrive for talks in the capital on Monday.',
      'Negotiators arrive for talks in the capital on Monday.Credit: Reuters',
      '',
      before,
      '',
      after
    ].join('\n')
    const removed = findBoilerplate(text).map((span) => [text.slice(span.start, span.end), span.reason])
    expect(removed).toEqual([
      ['Jane Doe', 'byline'],
      ['Jane Doe', 'byline'],
      ['Negotiators arrive for talks in the capital on Monday.', 'caption'],
      ['Negotiators arrive for talks in the capital on Monday.Credit: Reuters', 'caption']
    ])
  })

  it('removes long teaser headlines after a sign-in prompt, and keeps the story\'s headline with its prose under it', () => {
    const teasers = [
      'Airline adds three new routes to the coast as demand from holidaymakers rises again',
      'Rail strike is called off after late talks between the union and the operator'
    ]
    const story = ['Council approves new budget after a long night of debate in the town hall', before, after]
    const page = ['Sign in', ...teasers, story[0], 'By Maria Lopez', ...story.slice(1)].join('\n\n')
    const kept = page.split('\n').filter((line) => line && !findBoilerplate(page, {context: false}).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual(story)
  })

  it.each<[string, string[], boolean]>([
    ['a fact-check\'s documents and interviews', ['Statistics Office, "Annual crime report," May 2, 2019', 'Email interview with Jane Doe, professor of law, May 3, 2019', 'City Times, "Police budget grows again," accessed May 4, 2019'], true],
    ['two phone interviews', ['Phone interview with Tom Hale, council spokesman, Oct. 30, 2019', 'Interview with Ana Ruiz, nurse, Oct. 31, 2019'], true],
    ['a single entry', ['Statistics Office, "Annual crime report," May 2, 2019'], false],
    ['sentences about sources', ['Officials said the figures came from the annual report published in 2019', 'Two experts, who asked not to be named, disputed the figures in 2019'], false]
  ])('removes a source list under "Sources:" only when it cites works: %s', (_, entries, removed) => {
    const text = [before, after, 'Sources:', ...entries].join('\n\n')
    const cut = findBoilerplate(text, {context: false}).map((span) => text.slice(span.start, span.end))
    expect(cut).toEqual(removed ? ['Sources:', ...entries] : [])
  })

  it('removes teaser headlines and lines in another script after a comment form', () => {
    const text = [before, '', after, '', 'Leave a Reply', '', 'שלום עולם', '', 'Why Rents Keep Rising in Every Big City', ''].join('\n')
    const reasons = findBoilerplate(text).map((span) => span.reason)
    expect(reasons).toEqual(['comments', 'related-links', 'related-links'])
  })

  it.each<[string, string, RemovalReason | null]>([
    ['Comment on this story', 'The Daily Ledger moderates comments to keep the conversation civil, and rejects abusive or off-topic posts.', 'comments'],
    ['Community rules', 'Users must treat each other with respect, and the editors may delete comments that break these rules without notice.', 'comments'],
    ['Leave a Reply', 'Note: we are temporarily moderating all comments submitted to deal with a surge in spam from automated accounts.', 'comments'],
    ['Comments', 'Officials said the new bridge would open to traffic next spring, several months later than first planned by the state.', null],
    ['Subscribe now', 'The editors may delete comments that break the rules, the paper said in a note to readers published on Sunday morning.', null]
  ])('under "%s" takes prose about comments, users or rules for the posting policy, and other prose for the story: %s', (form, line, reason) => {
    const text = [before, after, form, line].join('\n\n')
    const span = findBoilerplate(text).find((removed) => text.slice(removed.start, removed.end) === line)
    expect(span?.reason ?? null).toBe(reason)
  })

  it('keeps the signatures of two embedded posts of one account, though they repeat word for word', () => {
    const signature = '— City Fire Service (@cityfire) November 18, 2019'
    const text = [before, 'Crews are on the scene of a house fire on Elm Street.', signature, 'The fire is out and no one was hurt.', signature, after].join('\n\n')
    expect(findBoilerplate(text)).toEqual([])
  })

  it('removes a stamp under a desk label below the headline, and keeps the story', () => {
    const text = ['Council approves budget after long night', 'Leeds, City Desk | Updated : 19 November 2019, 09:01 AM', before, after].join('\n\n')
    const removed = findBoilerplate(text).map((span) => [span.reason, text.slice(span.start, span.end)])
    expect(removed).toEqual([['timestamp', 'Leeds, City Desk | Updated : 19 November 2019, 09:01 AM']])
  })

  it.each([
    ['a long headline in capitals between paragraphs', 'SENATOR SAYS NEW TAX PLAN WILL HIT FAMILIES THE HARDEST', 'related-links'],
    ['a short crosshead in capitals', 'WHAT THE PLAN MEANS FOR SCHOOLS', null],
    ['a long crosshead in capitals that asks a question', 'WILL THE NEW TAX PLAN HIT FAMILIES WITH CHILDREN THE HARDEST?', null],
    ['a long headline in title case', 'Senator Says New Tax Plan Will Hit Families The Hardest', null]
  ])('takes %s for a link to another story or keeps it', (_, line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })

  it('removes the teaser headlines under a teaser box header after the story', () => {
    const teasers = ['Next Up In Science & Health', 'How moon rocks reveal the history of the solar system', 'A new way to cool cities in summer']
    const text = [before, after, ...teasers].join('\n\n')
    const removed = findBoilerplate(text, {context: false}).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(teasers)
  })

  it('keeps a story\'s dateline lead under a teaser box header, and removes the teasers and a cut-off teaser over prose', () => {
    const teasers = ['Latest Headlines', 'Storm closes schools across the north', 'Harbour bridge to close for repairs']
    const lead = 'LEEDS, England (AP) — City health officials reported three new measles cases Monday.'
    const text = [...teasers, lead, before, after].join('\n')
    const removed = findBoilerplate(text, {context: false}).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(teasers)
    const cutOff = 'Two people in the city have been diagnosed with measles,...'
    const teaser = [...teasers, cutOff, before, after].join('\n')
    expect(findBoilerplate(teaser, {context: false}).map((span) => teaser.slice(span.start, span.end))).toEqual([...teasers, cutOff])
  })

  it('removes the menu above the story in a whole page of text, not the story', () => {
    const page = ['Home', 'News', 'Sport', 'Business', 'Sign In', '', before, '', 'A deal within reach', '', after].join('\n')
    const kept = page
      .split('\n')
      .filter((line) => line && !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual([before, 'A deal within reach', after])
  })

  it('keeps CRLF line ends inside the removed span and offsets into the text as given', () => {
    const text = `${before}\r\n\r\nCredit: Reuters\r\n\r\n${after}\r\n`
    const [span] = findBoilerplate(text)
    expect(text.slice(span!.start, span!.end)).toBe('Credit: Reuters\r')
  })

  it('removes a thread of readers\' comments from the first dated comment header on', () => {
    const text = [before, '', after, '', 'Ravi Patel on March 4, 2022 at 8:12 am said:', 'Great news for the schools in our district.', 'Lena Fox on March 4, 2022 at 9:40 am said:', 'Taxes will go up next year, mark my words.'].join('\n')
    const reasons = findBoilerplate(text).map((span) => [text.slice(span.start, span.end), span.reason])
    expect(reasons).toEqual([
      ['Ravi Patel on March 4, 2022 at 8:12 am said:', 'comments'],
      ['Great news for the schools in our district.', 'comments'],
      ['Lena Fox on March 4, 2022 at 9:40 am said:', 'comments'],
      ['Taxes will go up next year, mark my words.', 'comments']
    ])
  })

  it('removes a blog\'s comment thread from its title on, and keeps the story', () => {
    const thread = ['3 thoughts on “Council approves budget”', 'Lena Fox', 'Roads first, please.', 'Ravi Patel', 'Who pays for this?']
    const text = [before, '', after, '', ...thread].join('\n')
    expect(findBoilerplate(text).map((span) => text.slice(span.start, span.end))).toEqual(thread)
  })

  it('takes three user-name headers for a thread, and keeps a quotation introduced by "He said:"', () => {
    const thread = ['citygirl88 says:', 'About time.', 'rob_t says:', 'Roads first, please.', 'nokidding says:', 'Who pays for this?']
    const quoted = [before, '', 'He said:', '', after]
    expect(findBoilerplate([before, '', after, '', ...thread].join('\n')).map((span) => span.reason)).toEqual(Array(6).fill('comments'))
    expect(findBoilerplate(quoted.join('\n'))).toEqual([])
  })

  it('does not let the first line of a whole page keep the menu under it', () => {
    const page = ['The Springfield Herald', 'Home', 'News', 'Sport', 'Business', 'Weather', 'Opinion', '', before, '', after].join('\n')
    const removed = findBoilerplate(page).map((span) => page.slice(span.start, span.end))
    expect(removed).toEqual(['Home', 'News', 'Sport', 'Business', 'Weather', 'Opinion'])
  })

  it('drops prose far from the story behind a run of teaser lines, and keeps the story', () => {
    const teasers = [
      'Most read',
      'Airline adds three routes to the coast',
      'Rail strike called off after late talks',
      'Museum reopens after two-year refit',
      'Harbour bridge to close for repairs',
      'Police appeal after bank robbery'
    ]
    const teaser =
      'In other news, a regional airline said on Monday it would add three routes to the coast next summer, citing strong demand from holidaymakers this year.'
    const story = [
      before,
      after,
      'Opposition members said the plan relied on optimistic forecasts of sales-tax revenue and would leave the city exposed if the economy slowed.'
    ]
    const page = [...story.flatMap((paragraph) => [paragraph, '']), ...teasers, '', teaser].join('\n')
    const kept = page.split('\n').filter((line) => line && !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual(story)
  })

  it('keeps lead paragraphs that a teaser box splits from the rest of the story', () => {
    const lead = [
      'The city council approved a new budget on Tuesday after a long and often bitter session that ran well past midnight in the town hall.',
      'The plan raises spending on schools and roads by nearly four percent over last year and leaves property taxes where they were.',
      'Members of the opposition said they would try to amend the plan at the next meeting of the council, which is due in May.'
    ]
    const box = ['Related', 'Airline adds three routes to the coast', 'Rail strike called off after late talks', 'Museum reopens after two-year refit', 'Harbour bridge to close for repairs', 'Police appeal after bank robbery']
    const rest = [before, after, ...lead.map((paragraph) => `${paragraph} ${before}`)]
    const page = [...lead, ...box, ...rest].join('\n\n')
    const kept = page.split('\n').filter((line) => line && !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual([...lead, ...rest])
  })

  it('removes a list of teaser cards stamped with relative times, and keeps the story', () => {
    const cards = [
      'Airline adds three routes to the coast',
      'The carrier cited strong demand from holidaymakers.',
      '2H ago',
      'Rail strike called off after late talks',
      '5H ago',
      'Museum reopens after two-year refit',
      'Visitors queued from dawn to see the new galleries',
      '1D ago'
    ]
    const page = [before, '', after, '', 'More in Local', ...cards].join('\n')
    const kept = page.split('\n').filter((line) => line && !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual([before, after])
  })

  it('removes a list of teaser cards each with an author and a summary, and keeps the story', () => {
    const cards = [
      'Why the rail strike was called off',
      'Maria Lopez',
      'Union leaders said late on Sunday that the company had met most of their demands on pay and hours.',
      'Is the harbour bridge safe?',
      'Tom Hale',
      'Tuesday, March 8, 2022',
      'Engineers will inspect the bridge this week after cracks were found in two of its supports.',
      'Museum reopens after two-year refit',
      'Sam Green',
      'Visitors queued from dawn.'
    ]
    const page = [before, '', after, '', ...cards].join('\n')
    const kept = page.split('\n').filter((line) => line && !findBoilerplate(page, {context: false}).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual([before, after])
  })

  it('removes a list of teaser cards of a bare headline and a summary beside a longer story, and keeps a story with crossheads', () => {
    const cards = [
      'Rail strike called off after late talks',
      'Union leaders said the company had met most of their demands on pay and hours.',
      'Read More',
      'Harbour bridge to close for repairs',
      'November 18, 2019 at 2:01 pm',
      'Engineers will inspect the bridge this week after cracks were found in two of its supports...',
      'Business',
      'Bakery chain opens ten new shops',
      'The chain plans to hire 300 people across the region by the end of the year.',
      'Museum reopens after two-year refit',
      'Visitors queued from dawn to see the restored galleries and the new cafe.'
    ]
    const story = [before, after, before.replace('Tuesday', 'Monday'), after.replace('mayor', 'treasurer'), before.replace('Tuesday', 'Friday')]
    const page = [...story, ...cards].join('\n')
    const kept = page.split('\n').filter((line) => !findBoilerplate(page, {context: false}).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual(story)
    const crossheads = cards.filter((line) => !['Read More', 'Business'].includes(line) && !/\d{4}/.test(line)).join('\n')
    expect(findBoilerplate(crossheads, {context: false})).toEqual([])
  })

  it('removes a list of teaser cards whose headlines are cut off however short the story, and keeps a story that ends a line in dots', () => {
    const cards = [
      'Council delays vote on new bus lanes after...',
      'Members asked for a fresh study of traffic on the main road before any decision is taken.',
      'Harbour bridge to close for repairs',
      'Engineers will inspect the bridge this week after cracks were found in two of its supports.',
      'Bakery chain opens ten new shops across the north and...',
      'The chain plans to hire 300 people across the region by the end of the year.',
      'Museum reopens after two-year refit',
      'Visitors queued from dawn to see the restored galleries and the new cafe.'
    ]
    const story = [before, after]
    const page = [...story, ...cards].join('\n')
    const kept = page.split('\n').filter((line) => !findBoilerplate(page, {context: false}).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual(story)
    const trailing = [before, 'He paused and said the plan was...', after, before.replace('Tuesday', 'Monday')].join('\n')
    expect(findBoilerplate(trailing, {context: false})).toEqual([])
  })

  it('removes teaser cards of a kicker, a headline, a source line and a summary, and keeps crossheads with a single label in capitals', () => {
    const card = (kicker: string, headline: string, source: string, summary: string) => [kicker, headline, source, summary]
    const cards = [
      ...card('RUNNING LONG', 'Why films went from minutes to hours', 'example.com Film', 'A short history of how features grew longer over a century.'),
      ...card("'A CLOSE CALL'", 'Driver escapes as van slides into river', '2 comments Video', 'Rescuers pulled the driver out through a window, police said.'),
      ...card('DEALS | SPONSORED', 'Kettles that boil in a minute', 'shop.example.com Home', 'These kettles are on sale this week at a third off.'),
      ...card('ON THE MAP', 'Town votes to rename its main square', 'news.example.com Local', 'The council backed the new name by nine votes to two.')
    ]
    const story = [before, after]
    const page = [...story, ...cards].join('\n')
    const kept = page.split('\n').filter((line) => !findBoilerplate(page, {context: false}).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual(story)
    const crossheads = [...story, 'IN BRIEF', ...cards.filter((line, index) => index % 4 === 1 || index % 4 === 3)].join('\n')
    expect(findBoilerplate(crossheads, {context: false})).toEqual([])
  })

  it('removes three teaser cards printed with headline and summary glued together, and keeps one such line alone', () => {
    const cards = [
      'Museum Reopens After Two-Year RefitVisitors queued from dawn to see the restored galleries.',
      'Weather',
      'Harbour Bridge To Close For RepairsEngineers will inspect the bridge after cracks were found.',
      'Bakery Chain Opens Ten New ShopsThe chain plans to hire 300 people across the region this year.'
    ]
    const page = [before, after, ...cards].join('\n')
    const removed = findBoilerplate(page, {context: false}).map((span) => page.slice(span.start, span.end))
    expect(removed).toEqual([cards[0], cards[2], cards[3]])
    const alone = [before, cards[0], after].join('\n')
    expect(findBoilerplate(alone, {context: false})).toEqual([])
  })

  it('keeps a story whose headline and author stand over several paragraphs', () => {
    const story = ['Council approves budget after long night', 'Maria Lopez', before, after]
    expect(findBoilerplate(story.join('\n'))).toEqual([])
  })

  it('keeps the one-sentence closing paragraphs of a story under its boxes of links, and removes the boxes and a cut-off prompt', () => {
    const closing = [
      'Doctors say that the illness can be treated with drugs if it is caught early enough.',
      'Most of the people who fall ill with it get better within a week or two of treatment.',
      'Cases of the illness are still reported in a few of the countries in the region every year.'
    ]
    const box = ["DON'T MISS", 'Storm batters coast as thousands lose power [VIDEO]', 'Rail fares to rise again in spring [INSIGHT]']
    const list = ['Related articles', ...['Storm', 'Rail', 'Bridge', 'Museum', 'Bakery', 'Harbour'].map((word) => `${word} news you may have missed`)]
    const page = [before, after, ...box, ...closing.slice(0, 2), 'Trending', closing[2]!, ...list].join('\n')
    const kept = page.split('\n').filter((line) => !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual([before, after, ...closing])
    const prompt = [before, after, 'Advertisement', 'Tell us what you think...', ...list].join('\n')
    expect(prompt.split('\n').filter((line) => !findBoilerplate(prompt).some((span) => prompt.slice(span.start, span.end) === line))).toEqual([before, after])
  })

  it('keeps two short lead paragraphs above a gallery, and removes the gallery', () => {
    const lead = [
      'A fire destroyed a warehouse near the port on Monday night, sending smoke across the city.',
      'No one was hurt, the fire service said.'
    ]
    const gallery = ['Image 1 of 2', 'Firefighters at the scene. Photo: Reuters', 'Image 2 of 2', 'The warehouse was empty at the time.', '(Image credit: Jane Doe)']
    const page = ['Warehouse destroyed in port fire', 'Updated: March 3, 2022, 9:15 AM', ...lead, ...gallery, before, after].join('\n')
    const kept = page.split('\n').filter((line) => !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual(['Warehouse destroyed in port fire', ...lead, before, after])
  })

  it('keeps a list of tour dates under the story, above the author box, and not a row of share buttons', () => {
    const results = ['Tour dates', 'March 4 – Civic Arena, Springfield', 'March 6 – Harbour Hall, Northport', 'March 9 – Riverside Park, Lakeside', 'March 12 – Town Hall, Westfield']
    const author = ['Jane Doe', 'Sports Writer', 'Follow', 'Jane Doe is a freelance writer based in Leeds.']
    const page = [before, '', after, '', ...results, '', ...author].join('\n')
    const kept = page.split('\n').filter((line) => line && !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual([before, after, ...results])

    const buttons = ['Share this:', 'Share on Facebook (Opens in new window)', 'Share on Twitter (Opens in new window)', 'Email a friend (Opens in new window)', 'Print (Opens in new window)']
    const shared = [before, '', after, '', ...buttons, '', ...author].join('\n')
    expect(findBoilerplate(shared).map((span) => shared.slice(span.start, span.end))).toEqual([...buttons, ...author])
  })

  it('keeps results under a roundup, and not an archive list, a ranked teaser list or a stamp line under the story', () => {
    const results = [
      'Riverside d. Hillcrest 64-51',
      'Hillcrest 12 15 10 14 — 51',
      'Riverside 16 18 12 18 — 64',
      'BOYS SOCCER',
      'Eastport d. Northfield 2-0',
      'Eastport (3-1): J. Smith 1 goal. A. Brown 1 goal. K. Lee 4 saves.'
    ]
    const footer = ['Published 9:15 AM EST March 3, 2022', 'Terms of Service', '© 2022 City News']
    const page = [before, '', after, '', ...results, ...footer].join('\n')
    const kept = page.split('\n').filter((line) => line && !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual([before, after, ...results])

    for (const list of [
      ['2022', 'March (113)', 'February (158)', 'January (70)', '2021', 'December (111)'],
      ['1', 'Storm batters coast as thousands lose power', '2', 'Rail fares to rise again in spring', '3', 'Bakery chain opens ten new shops', '4']
    ]) {
      const listed = [before, '', after, '', ...list, ...footer].join('\n')
      expect(findBoilerplate(listed).map((span) => listed.slice(span.start, span.end))).toEqual([...list, ...footer])
    }
  })

  it('keeps live-blog entries whose stamps stand between paragraphs of prose', () => {
    const blog = [before, '2H ago', after, '3H ago', before.replace('Tuesday', 'Monday'), '4H ago', after.replace('mayor', 'treasurer')]
    expect(findBoilerplate(blog.join('\n')).map((span) => span.reason)).toEqual(Array(3).fill('timestamp'))
  })

  it('keeps a sentence the story repeats between sentences, and removes one repeated next to a label', () => {
    const note = 'The poll of 1,200 voters has a margin of error of 3 points.'
    const blog = [before, note, '___.', '9:05 p.m.', after, note, '___.', '9:05 p.m.', before.replace('Tuesday', 'Monday')]
    expect(findBoilerplate(blog.join('\n'))).toEqual([])
    const highlighted = ['Highlights', note, before, after, note, before.replace('Tuesday', 'Monday')].join('\n')
    expect(findBoilerplate(highlighted).map((span) => [highlighted.slice(span.start, span.end), span.reason])).toContainEqual([note, 'duplicate'])
  })

  it('keeps readers\' replies quoted between their handles', () => {
    const replies = ['@janedoe.', 'No, and he never will.', '@citygirl88.', 'Yes.', '@rob_t.', 'Only if the price is right.', '@nokidding.']
    expect(findBoilerplate([before, ...replies, after].join('\n'))).toEqual([])
  })

  it('removes a comment thread known only by the vote counts under each comment, and keeps the story', () => {
    const thread = [
      'Top Rated Comments',
      'citygirl88',
      'About time the council did something about the roads in this town, they have been a disgrace for years.',
      'Rating: 12 Votes',
      'rob_t',
      'Roads first, please, and then the schools, which have waited long enough for new roofs and heating.',
      'Rating: 9 Votes',
      'nokidding',
      'Who pays for this in the end? The same people who always pay, the ones who cannot move away.',
      'Rating: 4 Votes'
    ]
    const page = [before, '', after, '', ...thread].join('\n')
    const kept = page.split('\n').filter((line) => line && !findBoilerplate(page).some((span) => page.slice(span.start, span.end) === line))
    expect(kept).toEqual([before, after])
  })

  it('keeps a standfirst separated from the story by captions and author lines', () => {
    const text = [
      'Council approves budget after long night',
      '',
      'Spending on schools and roads rises by nearly 4 percent as the mayor keeps his promise to hold taxes flat',
      '',
      'Jane Doe',
      'Jane Doe',
      'Share on Facebook',
      'Councillors vote in the chamber on Tuesday. Photo: Reuters',
      'Councillors vote in the chamber on Tuesday. Photo: Reuters',
      'Credit: Reuters',
      '',
      before,
      '',
      after
    ].join('\n')
    const kept = text.split('\n').filter((line) => line && !findBoilerplate(text).some((span) => text.slice(span.start, span.end) === line))
    expect(kept).toEqual([
      'Council approves budget after long night',
      'Spending on schools and roads rises by nearly 4 percent as the mayor keeps his promise to hold taxes flat',
      before,
      after
    ])
  })
})

describe('findBoilerplate: newsletter calls, staff author lines, bios, old page furniture, dated link headlines and help-line notes', () => {
  it.each<[string, RemovalReason]>([
    ["Get The Evening Herald's Morning Briefing by email and never miss our top stories", 'promo'],
    ['Receive our weekly business digest in your inbox every Monday', 'promo'],
    ['Get the best of the Gazette delivered to your inbox.', 'promo'],
    ['ANA RUIZ and TOM HALE, Herald staff writers', 'byline'],
    ['JOHN ROE, Gazette correspondent', 'byline'],
    ['By ANA RUIZ, Associated Press Writer', 'byline'],
    ["Get the Gazette's top stories in your inbox, never miss a story", 'promo'],
    ['If you have been affected by any of the issues raised in this article, help is at hand.', 'other'],
    ['Jane Doe is health correspondent at The Evening Herald.', 'byline'],
    ["John Roe is the Gazette's Europe editor.", 'byline'],
    ['Page last updated at 09:15 GMT, Monday, 3 May 2010 10:15 UK', 'timestamp'],
    ['Bookmark with: Delicious Digg Facebook What are these?', 'share-widget'],
    ['Email this to a friend Printable version', 'share-widget'],
    ['Council Budget: Where Does the Money Go? (10/12/2015)', 'related-links'],
    ['Support is available for anyone affected by the issues in this story. A crisis line is open 24 hours a day.', 'other'],
    ['If you or someone you know is struggling, call or text the national helpline.', 'other']
  ])('removes %j as %s', (line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })

  it.each([
    'Receive the results by email within a week, the clinic told patients who had been tested on Monday.',
    'Get vaccinated before the winter, health officials urged residents in a letter sent on Friday.',
    'JOHN ROE, the council leader, said the vote would go ahead.',
    'Help is available for farmers hit by the drought, the minister said on Monday.',
    'Jane Doe is chief executive of the hospital trust.',
    'Bookmakers cut the odds on a snap election after the vote.',
    'Support for the plan has grown among residents since the spring, a survey found.',
    'The report was published on 10/12/2015 and revised a year later.'
  ])('keeps the body line %j', (line) => {
    expect(reasonInBody(line)).toBeNull()
  })

  it('removes related headlines left between the last paragraph and a bookmarking bar', () => {
    const tail = ['Council faces fresh criticism over bus cuts', 'Timeline: City bus services', 'Email this to a friend Printable version']
    const text = ['Council backs budget after long night', before, after, ...tail].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(tail)
  })
})

describe('findBoilerplate: credits, stamps, pointers and pleas in shapes of more outlets', () => {
  it.each<[string, RemovalReason]>([
    ['Shoppers browse the stalls of a covered market in the old town. MARTA VIDAL', 'caption'],
    ['A farmer checks a dry irrigation channel. The rains have failed two years running. Tom Hale/KQED', 'caption'],
    ['Anglers cast from the harbour wall at dawn. JANE DOE/THE PRESS', 'caption'],
    ['Children wade through a flooded lane in the old city. — Photo by APP', 'caption'],
    ['Mourners carry a coffin through the camp [Reuters]', 'caption'],
    ['Police fire tear gas near the square. © Ana Ruiz, AFP', 'caption'],
    ["The Channel's Jane Doe reports from Tirana", 'caption'],
    ['2019/03/11 14:20', 'timestamp'],
    ['Published: 06:30 am Monday, May 6, 2019 Last modified: 08:45 am Monday, May 6, 2019', 'timestamp'],
    ['by Jane Doe March 2, 2021 9:05 AM 6 min read', 'byline'],
    ['By Jane Doe@janedoe Jan 12, 2020, 7:05am EST', 'byline'],
    ['Jane Doe09:15, Mar 2 2021', 'byline'],
    ['Tom Hale, Ana Ruiz | CNR | Skopje, Tirana | June 4, 2018 | 09:40', 'dateline-meta'],
    ['Is the ceasefire the end of the war? Read more', 'related-links'],
    ['Read more Rent reform: what changes for tenants from April', 'related-links'],
    ['What does the budget mean for you? Read our explainer.', 'related-links'],
    ['Disclosure: The Harbour Trust has been a financial supporter of the Courier.', 'other'],
    ['Disclaimer: The comments posted on this site do not represent the views of its owners.', 'other'],
    ['Please share this article:', 'share-widget'],
    ['This copy was printed by a member of the site. Please read our copyright policy.', 'other'],
    ['Watch our interview with the coach in the player below.', 'promo'],
    ['Heard on All Things Considered', 'dateline-meta'],
    ['Follow our live blog for the latest updates', 'promo'],
    ['Update March 3rd, 9:10AM ET: Added comment from the council.', 'other'],
    ['Our reporters stay when others leave. Consider supporting the Courier.', 'promo'],
    ['Need deeper coverage of markets? Ledger Plus is our members\' service for traders. Find out more.', 'promo'],
    ['Courier+ subscribers get exclusive coverage of the drug industry. Subscribe now.', 'promo'],
    ["Editor's Note: The Courier is hiring. See our careers page.", 'promo'],
    ['You are reading the Courier. Support independent journalism - become a subscriber.', 'paywall'],
    ["Read related Courier coverage: How the state's power grid failed in 2021", 'promo'],
    ['Read related Público coverage: Why the dam gave way', 'promo'],
    ['Motorists queue for fuel along the coast road on Friday. Pic by Jane Doe', 'caption'],
    ['Voters queue at a polling station in the capital on Thursday. PHOTO/JANE DOE', 'caption'],
    ['Content-Type: News Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.', 'other']
  ])('removes %j as %s', (line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })

  it.each([
    'The mayor said the budget would be balanced. READ MORE',
    'VOLVO EX. ELECTRIC ESTATE CONCEPT',
    'Why Did Prices Fall This Spring? It Is Complicated [Bloomberg]',
    'Update 3:15 p.m.: Police said the road would reopen within the hour.',
    "Editor's note: The workers quoted in this story are identified by first name only, for their safety.",
    'The committee will consider supporting the Senate version of the bill next week.',
    'She said the party would consider supporting the Greens in the run-off.',
    'Witnesses heard on Monday that the defendant had fled the country.',
    'He was listening to the radio when the call came, and went straight to the station.',
    '07:58',
    'Officials said progress had been made on water sharing, he said. PTI ABH SMN',
    'The council said repairs to the estate would take months. HOUSING SHORTAGE',
    'Repairs to the estate will take months. HOUSING SHORTAGE',
    'Update 3:15 p.m.: Added security has been deployed around the stadium, police said.',
    'Update: Corrected figures released by the ministry on Tuesday show 40 people died.',
    'Aired on Sunday Night',
    'Acme is hiring. It plans to add 2,000 jobs at its plant this year, the company said.',
    'Premium subscribers get exclusive access to new episodes a week early, the company said.',
    'Read the full report, the minister told lawmakers: it shows the grid was weeks from collapse.',
    'Platinum subscribers get exclusive content such as early episodes and live chats for $4.99 a month.'
  ])('keeps the body line %j', (line) => {
    expect(reasonInBody(line)).toBeNull()
  })

  it('removes a readers\' letter under its header at the foot of the story', () => {
    const tail = ['Letter in response to this story:', 'Banks must earn back the trust they lost / From Jane Doe, Leeds, UK']
    const text = [before, after, ...tail].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).toEqual(tail)
  })
})

describe('findBoilerplate: bios, update notes, contact lines, appeals and credits of yet more outlets', () => {
  it.each<[string, RemovalReason]>([
    ["Jane Doe is The Courier's Health Correspondent. She has covered the hospitals since 2011.", 'byline'],
    ['Jane Doe covers rural Alaska and Native issues. Contact her at jdoe@example.com.', 'byline'],
    ['Jane Doe covers the petrochemical industry on the Gulf Coast for The Ledger. She previously reported for newspapers in Houston.', 'byline'],
    ['Reporter, New Orleans', 'byline'],
    ['Posted by: Jane Doe on October 22, 2013 In: News Update 2 Comments', 'byline'],
    ['Contact Jane Doe: 313-555-0100 or jdoe@example.com. Follow her on Twitter @JaneDoe.', 'other'],
    ["Editor's note: This story has been updated with comment from the company.", 'other'],
    ['This article was updated at 18:05 to include comments from the union.', 'other'],
    ['[ADVERTISEMENT]', 'promo'],
    ['Go deeper: The new antitrust playbook for software makers', 'promo'],
    ['Suggested: Council extends the red zone to the whole province', 'promo'],
    ['Courier Pro subscribers got this scoop first. Get the full story with Courier Pro.', 'promo'],
    ['The Ledger is free to all. We rely on donations from readers like you.', 'promo'],
    ['Support the Courier! We were banned at home last year. We depend on our readers. Donate', 'promo'],
    ['Courier.it uses analytics cookies. By continuing to browse you consent to their use.', 'promo'],
    ['Share this: Facebook Twitter Google+ Email Print', 'share-widget'],
    ['Share this:FacebookTwitterWhatsAppEmail', 'share-widget'],
    ['Courier Talk: comments are the responsibility of their authors.', 'comments'],
    ['ANSA', 'credit'],
    ['A boy fills a bucket at a standpipe on Monday (JT photo)', 'caption'],
    ['Traders wait at the market gate – Photo by Jane Doe, Courier', 'caption'],
    ['Nurses rest outside the ward after a night shift. ANSA/JANE DOE', 'caption']
  ])('removes %j as %s', (line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })

  it.each([
    'Ana Ruiz is a former reporter who now runs the tenants union. She said rents had doubled in two years.',
    'Ana Ruiz covers her face as the tear gas drifts across the square.',
    'The app uses tracking cookies to follow users across sites, the regulator found.',
    '"We rely on our readers to tell us when something is wrong," the editor said.',
    'Reporters, photographers and camera crews waited outside the court all day.',
    'The talks ended without a deal. EU/UK relations remain strained'
  ])('keeps the body line %j', (line) => {
    expect(reasonInBody(line)).toBeNull()
  })

  it('keeps the paragraphs after a story\'s sentence about comment policies', () => {
    const ruling = 'Comments are the sole responsibility of those who post them, the court ruled, and the site cannot be sued for them.'
    const rest = ['The company said it would appeal.', '"We are disappointed," its lawyer said.', 'Users who posted the remarks could still be sued.']
    const text = [before, ruling, after, ...rest].join('\n')
    expect(findBoilerplate(text)).toEqual([])
  })

  it("keeps a wire story's last paragraph signed off with its end mark", () => {
    const last = '"The road is better now," she said. Enditem'
    const text = [before, after, last, '[Editor: desk]', 'Related:', 'Hill town opens a new bus station'].join('\n')
    const removed = findBoilerplate(text).map((span) => text.slice(span.start, span.end))
    expect(removed).not.toContain(last)
  })
})

describe('findBoilerplate: comment boxes, players, funding notes and edition links of more templates', () => {
  it.each<[string, RemovalReason]>([
    ['A version of this article appears in the print on March 14, 2017, of The Courier.', 'other'],
    ['Read related Courier coverage', 'other'],
    ['Correction, Feb. 18, 2021: An earlier version of this story misstated the number of members.', 'other'],
    ['Comments - 14', 'comments'],
    ['Add comment', 'comments'],
    ['Comments will be moderated and published at the discretion of the editors.', 'comments'],
    ['The opinions expressed in reader comments are those of the author only and do not reflect the opinions of the Courier.', 'comments'],
    ['Read this article in Finnish on Courier Uutiset.', 'translation-notice'],
    ['Latest in: News', 'other'],
    ['Posted in Drugs, Peace process', 'other'],
    ['Unlimited Digital Access: $1 for 4 weeks', 'other'],
    ["Check out the Courier's podcast, available on its app or wherever you get your podcasts.", 'promo'],
    ['Jane Doe: jdoe@example.com; on Twitter: @jdoe. Jane Doe covers housing for The Courier.', 'byline'],
    ['We will use your email address only for sending you newsletters. Please see our Privacy Notice.', 'promo'],
    ["The Courier's weekly newsletter: sign up here to get the top stories in your inbox every Friday.", 'promo'],
    ['The Courier is 100% reader-supported. Support independent Andean journalism by becoming a patron.', 'promo'],
    ['The Courier is published by a non-profit foundation that is funded through donations from our readers.', 'promo'],
    ['Video Loading', 'promo'],
    ['The video will start in 8Cancel', 'promo'],
    ['ANDINA/Jane Doe', 'credit']
  ])('removes %j as %s', (line, reason) => {
    expect(reasonInBody(line)).toBe(reason)
  })

  it.each([
    'The charity is funded through donations from readers of the parish newsletter, its director said.',
    'Posted in Lagos for six years, the envoy said the talks had never been harder.',
    'Comments will be reviewed by the committee before the vote, the council said.',
    'Add comments from the public and the plan runs to 400 pages.',
    // Lines a review found removed by the first versions of these patterns.
    'Ana Ruiz is the paper\'s editor. Her office was raided twice last year.',
    'Ana Ruiz is a freelance journalist. “They shelled the building twice,” she said.',
    'Ana Ruiz has reported on the cartels for El Norte since 2015. Last year she received four death threats.',
    'Harbour Insurance has covered flood damage for Thames Water since 2019. The policy expires next year.',
    'Published by Penguin on Tuesday, the memoir sold out.',
    'Posted by a user on Reddit on Sunday, the video was later deleted.',
    'Comments will be reviewed by the planning inspector before the hearing resumes in June.',
    'The Courier is reader-funded and has no paywall, unlike most of its rivals.',
    'Wikipedia is funded by donations from readers, and the foundation raised $180 million last year.',
    '"Without advertising, the paper is in trouble. We rely on our readers," Smith added.',
    'Booking.com uses third-party cookies to track visitors, the Dutch regulator found in a ruling on Tuesday.',
    'The emails came from one address: refunds@tax-help.com, police said.',
    'Suggested-retail prices for the new model start at $42,000.',
    'This report was updated with data from 2023 and shows that poverty fell in every region.',
    'Correction, the minister insisted: an earlier version of this report was a draft.',
    'A version of this article appears in the print magazine he founded in 1985.',
    'The gallery opens on Friday – photos by Ana Ruiz and Tom Hale line the walls',
    'The deal was signed in 2019. UK/EU Trade',
    'NATO/EU',
    'Latest in a long line of scandals',
    'Netflix subscribers saw this story first in the documentary, which aired in May.',
    'The union newsletter: sign up sheets were posted in every depot, the union said.'
  ])('keeps the body line %j', (line) => {
    expect(reasonInBody(line)).toBeNull()
  })
})
