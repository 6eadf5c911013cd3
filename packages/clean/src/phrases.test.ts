import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {endsWithPhotoCredit, isWireCredit, matchesLine, phraseOf, phrases, wireCreditPatterns} from './index.js'
import type {LinePattern} from './phrases.js'
import {creditEndings} from './signals.js'

/** Lines that gated patterns match, and prose that holds their strings without matching. */
const lines = [
  'Jane Doe | Bloomberg | Getty Images',
  'Photographer Name/Reuters',
  'Storm batters coast as thousands lose power [VIDEO]',
  'Reuters contributed to this report.',
  'The Associated Press contributed reporting from Kyiv.',
  'A firefighter sprays water on a burning house. Photo: Reuters',
  'Police stand guard near the scene. (AP Photo/John Roe)',
  'Crowds gather in the square (Getty)',
  'Workers unload boxes at a warehouse in Leeds.Reuters',
  'The senator, who contributed to the campaign, said the vote [on Tuesday] was close.',
  'Prices rose 4% in March (the most since 2008), officials said: “It is a worry.”'
]

/**
 * A pattern as fast-check can draw matches of: without the `i` flag and
 * without negative lookaheads, which it does not support. Every line the
 * case-insensitive pattern matches has a case-variant the case-sensitive one
 * matches, and the strings looked for are letters only where the pattern
 * itself is case-sensitive; a lookahead only narrows what the rest matches.
 * So the drawn matches are as good a test of `holds`.
 */
function drawable(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(negativeLookahead, ''), pattern.flags.replace('i', ''))
}

/** A negative lookahead, with groups of its own one level deep: "(?!(?:The|Press)\b)". */
const negativeLookahead = /\(\?!(?:[^()]|\([^()]*\))*\)/g

describe('holds', () => {
  const gated = [...phrases, ...wireCreditPatterns, ...creditEndings].filter(
    (entry): entry is LinePattern & {holds: readonly string[]} => entry.holds !== undefined
  )

  it.each(gated.map((entry) => [entry.pattern.source.slice(0, 50), entry] as const))(
    'is in every line %j matches',
    (_, entry) => {
      fc.assert(
        fc.property(fc.stringMatching(drawable(entry.pattern)), (line) =>
          entry.holds.some((part) => line.includes(part))
        )
      )
    }
  )
})

describe('maxLength', () => {
  const bounded = [...phrases, ...wireCreditPatterns].filter(
    (entry): entry is LinePattern & {maxLength: number} => entry.maxLength !== undefined
  )

  it.each(bounded.map((entry) => [entry.pattern.source.slice(0, 50), entry] as const))(
    'is at least the length of every line %j matches',
    (_, entry) => {
      fc.assert(fc.property(fc.stringMatching(drawable(entry.pattern)), (line) => line.length <= entry.maxLength))
    }
  )
})

describe('matchesLine', () => {
  it.each(lines)('agrees with the bare pattern of every phrase and wire credit on %j', (line) => {
    for (const entry of [...phrases, ...wireCreditPatterns]) {
      expect(matchesLine(entry, line)).toBe(entry.pattern.test(line))
    }
  })

  it.each([
    ['Jane Doe | Bloomberg | Getty Images', 'credit', false, false],
    ['Storm batters coast as thousands lose power [VIDEO]', 'related-links', false, false],
    ['Reuters contributed to this report.', null, true, false],
    ['Kyodo', null, true, false],
    ['Yonhap News', null, true, false],
    ['Kyodo reported the toll had risen to twelve.', null, false, false],
    ['A firefighter sprays water on a burning house. Photo: Reuters', null, false, true],
    ['Crowds gather in the square (Getty)', null, false, true],
    ['Workers unload boxes at a warehouse in Leeds.Reuters', null, false, true],
    ['The figures were first reported by Reuters.', null, false, false],
    ['The senator, who contributed to the campaign, said the vote [on Tuesday] was close.', null, false, false],
    ['A version of this article appeared in print on May 2, 2014, on page A6 of the New York edition.', 'other', false, false],
    ['This article appeared in the Business section of the print edition under the headline "Rates hold"', 'other', false, false],
    ['A version of the plan appeared in print before the vote.', null, false, false],
    ['This article appeared in the Daily Courier print edition as: Rents rise for third month', 'other', false, false],
    ['This story first appeared in The Herald\'s print edition on Monday.', 'other', false, false],
    ['The story appeared in the print edition, the editor said, after a long delay.', null, false, false],
    ['To contact the reporters on this story: Jane Doe in Paris; John Roe in Lagos', 'other', false, false],
    ['To contact the editor responsible for this story: John Roe at jroe@example.com', 'other', false, false],
    ['To contact the reporters, the police used an old phone number.', null, false, false],
    ['Join our commenting forum', 'comments', false, false],
    ['Join thought-provoking conversations, follow other Courier readers and see their replies', 'comments', false, false],
    ['Show comments (12)', 'comments', false, false],
    ['Join the forum, the mayor urged residents, and see the plans.', null, false, false],
    ['Keep up with all the latest news from the region by following City News', 'promo', false, false],
    ["We've launched our own YouTube channel. Subscribe to see our reporting from the front lines.", 'promo', false, false],
    ['Keep up with the latest rules, the minister told drivers.', null, false, false],
    ['The club has launched a new video channel for its fans, the owner said.', null, false, false],
    ['More about', 'related-links', false, false],
    ['More about the plan is due next week, officials said.', null, false, false],
    ['Jane Doe in Leeds contributed to this report.', 'credit', true, false],
    ['Jane Doe and John Roe contributed reporting from Lagos.', 'credit', true, false],
    ['Jane Doe contributed to this report.', 'credit', true, false],
    ['The Associated Press contributed to this report.', null, true, false],
    ['Residents in the valley contributed to the fund for the new bridge.', null, false, false],
    ['WRITER: Online Desk', 'byline', false, false],
    ['NEWSPAPER SECTION: Business', 'byline', false, false],
    ['Writer: the one who signs the letter, he said.', null, false, false],
    ['OSAKA, Japan, Sept. 3 Kyodo', 'dateline-meta', false, false],
    ['ANKARA - Daily Courier', 'dateline-meta', false, false],
    ['ANKARA - The talks resumed on Monday after a pause.', null, false, false],
    ['Link Copied!', 'share-widget', false, false],
    ['Do you like the content of this article?', 'share-widget', false, false],
    ['Article history', 'share-widget', false, false],
    ['Independent journalism costs. Support The Courier for the price of a coffee.', 'promo', false, false],
    ['Premium subscribers get exclusive access to our energy coverage. Start your free trial.', 'promo', false, false],
    ['This article is part of Courier Pro', 'promo', false, false],
    ['Tickets cost about the price of a coffee, organisers said, and sold out within hours.', null, false, false],
    ['Farmers unload grain at a depot near the city, March 4, 2021. Photo by Daily Times/Jane Doe', null, false, true],
    ['Police stand guard outside the court on Monday. Picture-alliance/dpa/J. Doe', null, false, true],
    ['Students march along the avenue on Sunday to protest fees. Ana Ruiz (THE COURIER)', null, false, true],
    ['The bill passed on Monday. It now goes to Sen. Jane Doe (D-Ohio)', null, false, false],
    ['The photo was taken on Monday. Photo by photo, the exhibition grew.', null, false, false],
    ['[Chart: House prices by region / Source: Land Registry]', 'caption', false, false],
    ['(Graphic: Jobless rate since 2010)', 'caption', false, false],
    ['The chart shows exports falling since 2010, analysts said.', null, false, false],
    ['With files from The Canadian Press', 'credit', true, false],
    ['With inputs from PTI', 'credit', true, false],
    ['With files from the archive missing, investigators rebuilt the timeline.', null, false, false],
    ['KYODO, STAFF REPORT', 'byline', false, false],
    ['The staff report was released on Monday.', null, false, false],
    ['Sports reporter·City Herald·', 'byline', false, false],
    ['Corrections & Amplifications', 'other', false, false],
    ['An earlier version of this article misstated the year the plant opened.', 'other', false, false],
    ['This story has been corrected to show the vote was on Monday.', 'other', false, false],
    ['Correction: An earlier version of this story misstated the number of votes.', 'other', false, false],
    ['The minister said an earlier version of the bill was rejected.', null, false, false],
    ['Sponsor Message', 'other', false, false],
    ['3 mins to read', 'other', false, false],
    ['Stay tuned to City News for the latest updates.', 'promo', false, false],
    ['Stay tuned, the mayor said, because the figures are due next week.', null, false, false],
    ['Workers rest at a checkpoint near the plant on Thursday. KYODO', null, false, true],
    ['The company said its shares fell in early trading. AP', null, false, false],
    ["The Budget Standoff, Explained: What Happens if the Talks Fail?", 'related-links', false, false],
    ['The New Draft Law: A Timeline', 'related-links', false, false],
    ['Home resale prices up 2.3% in Q4, slowest quarterly rise in two years', 'related-links', false, false],
    ['Home resale prices rose 2.3% in Q4, the agency said.', null, false, false],
    ["'We waited nine hours' - patients describe delays at A&E", 'related-links', false, false],
    ['“It felt like a siege” – residents recall the night of the flood', 'related-links', false, false],
    ["'We waited nine hours' - patients describe delays at A&E, the report says.", null, false, false],
    ['“It felt like a siege,” one resident said of the flood.', null, false, false],
    ['The rules, explained in a leaflet sent to every home, take effect in May.', null, false, false],
    ['Officials laid out a timeline: a vote in May and a deal by June.', null, false, false],
    ['This article was published more than 6 years ago. Some information may no longer be current.', 'other', false, false],
    ['This story has been viewed 2318 times.', 'other', false, false],
    ['This article was published in six languages, the agency said.', null, false, false],
    ['Open this photo in gallery:', 'caption', false, false],
    ['Have your say on this story: Join the conversation on our Facebook page', 'comments', false, false],
    ['Have your say on the plan at the town hall meeting, the council urged residents.', null, false, false],
    ['The Courier has a free newsletter. Sign up here to get the top stories in your inbox every morning.', 'promo', false, false],
    ['The Ledger is a nonprofit newsroom. Sign up to receive our biggest stories as soon as they are published.', 'promo', false, false],
    ['Residents can sign up to receive flood alerts by text, the council said.', null, false, false],
    ['Sign up to get a flu jab, health officials urged on Monday.', null, false, false],
    ['Registration opens on Monday. Sign up to receive your ballot by post before 4 May.', null, false, false],
    ['Have your say: the consultation on the new bus routes closes on 30 June.', null, false, false],
    ['This story is a year old, but the problem it describes has only grown worse in the town.', null, false, false],
    ['Gunmen kill veteran reporter', null, false, false],
    ['Police question newspaper editor', null, false, false],
    ['The talks will resume next week in Geneva, the ministry said in a statement on Monday. | AFP', null, false, false],
    ['Correspondent', 'byline', false, false],
    ["Don't miss a thing from the valley – sign up to The Courier's morning newsletter", 'promo', false, false],
    ['We have reported on this city for 90 years. Help us keep going.', 'promo', false, false],
    ['"Help us keep going," the food bank manager said.', null, false, false],
    ['Courier Graphics: Where the floodwater reached', 'promo', false, false],
    ['Key graphic evidence: the shoes matched', null, false, false],
    ["Acme Graphics: the company's new chips are faster than before", null, false, false],
    ['The food bank has one request for the council. Help us keep going.', null, false, false],
    ['Courier health reporter', 'byline', false, false],
    ['Evacuees wait for screening at a gymnasium in the city on Friday. | KYODO', null, false, true],
    ['Shoppers queue outside a store on Main Street. | Jane Doe/The Ledger', null, false, true],
    ['Share Send Facebook Twitter google+ More', 'share-widget', false, false],
    ['Permalink https://example.com/p/4KxQ9', 'share-widget', false, false],
    ['Permalink access to the files was granted, the clerk said.', null, false, false],
    ['More on this topic: Rail strike halts trains across the north', 'promo', false, false],
    ['If you or someone you know is struggling with gambling, the national helpline is 0800 555 0101.', 'other', false, false],
    ['If you or someone you know is struggling, the nurse said, talk to a doctor first.', null, false, false],
    ['Support Ukraine!', null, false, false],
    ['Independent journalism in the region has never been more important. Contribute today.', 'promo', false, false],
    ['Voters in the region have never been more divided. Donate today.', null, false, false],
    ["This article is part of the Courier's premium policy service: Pro Energy. From grids to gas, our reporters keep you informed.", 'promo', false, false],
    ['This story is part of a series on housing in the north.', 'promo', false, false],
    ['This report is part of the evidence the court will weigh, the judge said.', null, false, false],
    ['This report is part of a series of reviews ordered by the health secretary after the scandal.', null, false, false],
    ['More on the issue: the council will vote on the plan next Tuesday.', null, false, false],
    ['If you or someone you know is struggling with debt, the charity said, its helpline is now open on Sundays.', null, false, false],
    ['Customers could not pay by credit / debit card for most of the day, the bank said.', null, false, false],
    ['Police asked anyone with a photo / video of the attack to send it to them.', null, false, false],
    ['The new flights will link the two busiest airports in the region – New York/Newark.', null, false, false],
    ['Exports fell by a fifth last year, the steepest drop in a decade. (Data: World Bank)', null, false, false],
    ['Firefighters work on a roof above the river, July 20, 2021.JANE DOE/THE EVENING PRESS', null, false, true],
    ['Cattle graze on cleared land near the highway - Jane Doe/Courierpress', null, false, true],
    ['Nurses change shifts at a care home in the town.(Courier News: Jane Doe)', null, false, true],
    ['Hospital admissions rose by a third in a year.(Source: Health Ministry)', null, false, false],
    ['Teachers march outside the ministry on Nov. 10. DHA Photo', null, false, true],
    ['Rescue crews clear a road in the hills. Photo / Jane Doe', null, false, true],
    ['A test car on the track near the plant. Foto: Jane Doe/ Courier', null, false, true],
    ['What do you think of this story? Share your thoughts in the comments below.', 'comments', false, false],
    ['Let us know in the comments.', 'comments', false, false],
    ['You must be logged in to post a comment.', 'comments', false, false],
    ['Please note you must be a Courier Insider to comment. Sign up here or sign in if you are already an Insider.', 'comments', false, false],
    ['You must be a registered voter to comment on the plan, the council said.', null, false, false],
    ['You must be a Labour member to comment on the leadership race, party officials said.', null, false, false],
    ['You must be a Labour member to comment. Party officials said the rule followed a row over abuse online.', null, false, false],
    ['You must be registered to post a comment.', 'comments', false, false],
    ['Please consider supporting independent journalism.', 'promo', false, false],
    ['If you value our work, support independent journalism today.', 'promo', false, false],
    ['More from The Courier | Council unveils fresh relief package', 'promo', false, false],
    ['You need to be registered to comment on the draft rules, which are open until March 31.', null, false, false],
    ['More from the Prime Minister: he said the talks would resume on Monday.', null, false, false],
    ['More from the interview: Ruiz said the talks had stalled.', null, false, false],
    ['We have served this town for 120 years. Support local journalism, the editor urged readers in a front-page note.', null, false, false],
    ["Support Ukraine's reporting, the minister said.", null, false, false],
    ['Residents shared their thoughts at a meeting on Monday, and the council will publish the comments below the plan.', null, false, false],
    ["Support The Courier's journalism of integrity and credibility", 'promo', false, false],
    ['We’ve been covering the war since day one. Support independent journalism in the region and become a member today.', 'promo', false, false],
    ['Unions support local journalism funds, the minister said.', null, false, false],
    ['More from the Courier: Council unveils fresh relief package for restaurants', 'promo', false, false],
    ['More from the minister came later, when she said the plan would be dropped.', null, false, false],
    ['Patients wait in a corridor of a medical ward. (Illustrative photo/Jane Doe)', null, false, true],
    ['The town hall before the fire. (File photo: Courier)', null, false, true],
    ['Rescue workers search the site on Thursday. / State Fire Services Department', null, false, true],
    ['Traffic crossed the bridge on Thursday, a day after the state barred trucks. JANE DOE • Evening Courier', null, false, true],
    ['Full article 6 comments', 'comments', false, false],
    ['Join the conversation in our comments section below. Share your own views and experience.', 'comments', false, false],
    ['The Courier is an independent news organization covering the region. Support our work.', 'promo', false, false],
    ['The Harbour Food Bank is a nonprofit run entirely by volunteers. Make a donation at harbourfoodbank.org.', null, false, false],
    ['The shelter is an independent charity run by volunteers. Support our work, its director said.', null, false, false],
    // Comment counts, policies and prompts; follow prompts naming the outlet.
    ['Comments (38)', 'comments', false, false],
    ['The Courier moderates all comments submitted on our website.', 'comments', false, false],
    ['You can comment on most stories on courier.com. You can also agree or disagree with other comments.', 'comments', false, false],
    ['You can comment on the plan until May 3, the council said.', null, false, false],
    ['Follow the Evening Courier on Twitter and Facebook', 'share-widget', false, false],
    ['Find him on Instagram, where he posts daily videos from his bakery.', null, false, false],
    ['Meta moderates comments in more than 70 languages, according to documents seen by the Courier.', null, false, false],
    // Credits of staff, files and agencies; a reporter's address alone.
    ['— with files from Jane Doe', 'credit', false, false],
    ['with AFP', 'byline', true, false],
    ['(with AFP)', 'byline', true, false],
    ['With AFP on the ground, the reporters moved north.', null, false, false],
    ['jane.doe@courier.example.com', 'byline', false, false],
    ['Reported by Jane Doe for the Khmer Service. Translated by John Roe. Written in English by Ann Lee.', 'credit', false, false],
    ['Reported by two outlets, the claim was later withdrawn.', null, false, false],
    ['JANE DOE/THE EVENING COURIER', 'credit', false, false],
    ['(photo source: Agency Photos/Jane Doe)', 'credit', false, false],
    ['Republished from the Courier print edition October 16, 2012 A1', 'other', false, false],
    // Widgets, forms, appeals and the outlet's notices.
    ['Font size: A A A', 'share-widget', false, false],
    ['Republish this article', 'share-widget', false, false],
    ['0 12 googleplus0 0', 'share-widget', false, false],
    ['In summary', 'other', false, false],
    ['* Enter a valid email', 'promo', false, false],
    ['* Thank you for subscribing to our newsletter.', 'promo', false, false],
    ['You’re all signed up!', 'promo', false, false],
    ['Want to stay updated? Sign up for our free daily newsletter.', 'promo', false, false],
    ["SUBSCRIBE: Sign up for the Courier's free Morning Briefing.", 'promo', false, false],
    ['Want to help? Sign up to volunteer at the food bank, its director said.', null, false, false],
    ['Get all-access to exclusive stories.', 'paywall', false, false],
    ['Please support quality journalism. Subscribe to the Courier ePaper for as little as US$1 a week.', 'paywall', false, false],
    ['Thank you for donating to courier.example.', 'promo', false, false],
    ['courier.example is free to read, but not free to make. If you value our coverage, please consider a contribution.', 'promo', false, false],
    ['Support our work: The Ledger is a nonprofit newsroom. Your donation helps.', 'promo', false, false],
    ['We want to hear from you: Has your insurer dropped you? Tell us about it here.', 'promo', false, false],
    ['The Ledger is a national newsroom that produces in-depth journalism about health issues.', 'promo', false, false],
    ['The Ledger is a nonprofit newsroom covering the state and its politics.', 'promo', false, false],
    ['The Ledger delivers independent coverage of the region and beyond.', 'promo', false, false],
    ['The Ledger is a nonprofit newsroom, and its owner said on Monday it would close.', null, false, false],
    ['The Ledger is a nonprofit newsroom based in the capital that laid off 11 staff members this week.', null, false, false],
    ['This story is available in print on Sunday and online now.', null, false, false],
    ['Support local journalism, the mayor urged residents at the launch.', null, false, false],
    ['Get full access to the files was all the families wanted.', null, false, false],
    ['Courier Agency website contains only a portion of the news stories offered to subscribers in its wire service.', 'paywall', false, false],
    ['Catch all the business news on the Courier. Download the Courier App to get daily market updates.', 'promo', false, false],
    ["Read more ► The region's forgotten detainees: families count the days", 'promo', false, false],
    ['This article is available in French on the Courier French edition.', 'translation-notice', false, false],
    // Captions and the credits that end them.
    ['Students at the start of the academic year in the city. Photo: Stockphotos.com', null, false, true],
    ['Depositors have held up bank branches across the country in recent weeks [AFP via Getty]', null, false, true],
    ['Villagers block the national road in the province, June 14, 2017. Photo sent by a villager', null, false, true],
    ['Jane Doe holds the bill she received after a knee scan in the city. (John Roe for The Ledger)', null, false, true],
    ['Rescue workers carry a survivor from the debris on November 4, 2020. ( Jane Doe - Courier Agency )', null, false, true],
    ['A captain ties up his empty charter boat at the docks on Thursday. [JOHN ROE | Times]', null, false, true],
    ["A judge's bench sits empty in a courtroom in the city. Jane Doe/AP hide caption", null, false, true],
    ['The fund (money set aside for schools) grew, she said (Jane Doe for Congress).', null, false, false]
  ])('classes %j: phrase %s, wire credit %s, photo credit %s', (line, reason, wire, credit) => {
    expect(phraseOf(line)?.reason ?? null).toBe(reason)
    expect(isWireCredit(line)).toBe(wire)
    expect(endsWithPhotoCredit(line)).toBe(credit)
  })
})
