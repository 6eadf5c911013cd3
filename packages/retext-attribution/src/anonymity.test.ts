import {describe, expect, it} from 'vitest'
import {anonymityNote, blanketKinds} from './anonymity.js'
import {attributionsOf} from './fixtures/tag.js'

/** The reason a sentence gives for withholding a name, or null; undefined when it marks no anonymity. */
function reasonIn(sentence: string): string | null | undefined {
  const note = anonymityNote(sentence, 0)
  if (!note) return undefined
  return note.justification && sentence.slice(note.justification.start, note.justification.end)
}

describe('anonymityNote', () => {
  it.each([
    // A condition of anonymity, in its variants.
    ['The official spoke on condition of anonymity.', null],
    // "as" opening a clause of cause: a bare subject and its verb.
    ['A nurse asked not to be named as staff may not speak to the press.', 'as staff may not speak to the press'],
    ['Two guards spoke anonymously as officers are barred from talking to reporters.', 'as officers are barred from talking to reporters'],
    ['The aid workers requested anonymity as aid agencies were told not to comment', 'as aid agencies were told not to comment'],
    ['He asked that his name be withheld as employees cannot criticise the firm, he said.', 'as employees cannot criticise the firm'],
    ['A teacher spoke on condition of anonymity as teachers must not discuss pupils.', 'as teachers must not discuss pupils'],
    // "as" before a noun is only what the source is called.
    ['A man who asked to be identified as a former soldier said the camp was empty.', null],
    ['An aide, speaking on the strict condition of anonymity, said the vote would slip.', null],
    ['Two officers spoke under condition of anonymity because they feared retaliation.', 'because they feared retaliation'],
    ['The engineer agreed to talk on condition that her name not be used.', null],
    ['He spoke on the condition that he not be identified, citing the ongoing inquiry.', 'citing the ongoing inquiry'],
    ['She agreed to be interviewed on condition that she remain anonymous.', null],
    // Anonymity asked for, insisted on, granted.
    ['The nurse requested anonymity for fear of losing her job.', 'for fear of losing her job'],
    ['A diplomat, who insisted on anonymity as the talks were private, said little had changed.', 'as the talks were private'],
    ['Several staff were granted anonymity to speak candidly about the merger.', 'to speak candidly about the merger'],
    ['The former guard was given anonymity because he still lives in the town.', 'because he still lives in the town'],
    ['In exchange for anonymity, the broker described how the deals were struck.', null],
    ['The teacher sought anonymity, fearing reprisals from the school board.', 'fearing reprisals from the school board'],
    ['A soldier spoke anonymously over fears of disciplinary action.', 'over fears of disciplinary action'],
    ['Speaking anonymously since the investigation remains open, one officer said the file was lost.', 'since the investigation remains open'],
    ['A strategist, speaking on the condition of anonymity to offer a frank assessment, said the race was open.', 'to offer a frank assessment'],
    ['The aide spoke anonymously to explain the internal debate.', 'to explain the internal debate'],
    // A wish not to be named.
    ['A resident, who asked not to be named out of concern for her family, said the water smelled.', 'out of concern for her family'],
    ["The farmer didn't want to be identified, saying he worried about his lease.", 'worried about his lease'],
    ['One banker, who declined to be named, said bonuses would fall.', null],
    ['A pilot who wished to remain anonymous said the checks were rushed.', null],
    ['The employee, who did not wish to be named lest she lose her post, described the meetings.', 'lest she lose her post'],
    ['Three students, who asked to stay anonymous for their own safety, said the protest was peaceful.', 'for their own safety'],
    // A name withheld, changed, not given.
    ['Her name has been changed to protect her identity.', 'to protect her identity'],
    ['The couple, whose names are being withheld for security reasons, fled in March.', 'for security reasons'],
    ["The mother, whose surname was not published at her request, said the clinic refused her.", null],
    ['The newspaper is withholding his name because he faces threats at home.', 'because he faces threats at home'],
    ['The worker declined to give his full name, fearing he would be fired.', 'fearing he would be fired'],
    ['The driver refused to give her surname.', null],
    ['One stallholder, who did not want to give his name, said the market was quiet.', null],
    ["A porter, who wouldn't reveal his surname because he fears his employer, said the lifts had failed.", 'because he fears his employer'],
    ['He did not want his name used since the case is still before the courts.', 'since the case is still before the courts'],
    ["The trader didn't want her name in print, given the sensitivity of the talks.", 'given the sensitivity of the talks'],
    ['We have agreed not to name her so as not to identify her children.', 'so as not to identify her children'],
    ['The officer, whose identity is known to the BBC, said the unit had been warned.', null],
    ['Maria (not her real name) fled the town in 2019 because her husband was arrested.', 'because her husband was arrested'],
    ['He writes under a pseudonym for fear of being traced.', 'for fear of being traced'],
    ['The applicants asked that their identities be protected, citing threats.', 'citing threats'],
    ['The soldier spoke on condition of anonymity in accordance with army rules.', 'in accordance with army rules'],
    ['Two agents spoke anonymously under department policy.', 'under department policy'],
    // Part of a name only.
    ['The man, who gave only his first name, said he had waited six hours.', null],
    ['A fisherman who would only be identified as Ali said the catch had collapsed.', null],
    ['The woman, identified only by her initials to avoid stigma, described the ward.', 'to avoid stigma'],
    ['A volunteer who goes by her first name said the queue grew every week.', null],
    // A source not cleared to speak.
    ['The official was not authorised to speak to the press.', 'not authorised to speak to the press'],
    ["The aide, who wasn't permitted to discuss the memo publicly, confirmed its contents.", "wasn't permitted to discuss the memo publicly"],
    ['The officer was not supposed to comment on the case, so he asked for anonymity.', 'not supposed to comment on the case'],
    ['A clerk who had no permission to speak to reporters said the files were moved.', null],
    ['The analyst spoke on background as she is not cleared to brief on the programme.', 'as she is not cleared to brief on the programme'],
    // A reason fronted before the marker.
    ['Fearing reprisals, the woman asked not to be named.', 'Fearing reprisals'],
    ['Afraid of losing his licence the driver asked that his name be withheld.', null],
    ['Worried about retaliation, several nurses spoke on condition of anonymity.', 'Worried about retaliation'],
    ['Citing safety concerns, the witness requested anonymity.', 'Citing safety concerns'],
    ['Out of fear for his family, the mechanic would give only his first name.', 'Out of fear for his family'],
    ['"Because of the lawsuit, I can\'t be named," the clerk said.', 'Because of the lawsuit'],
    ['A refugee who feared reprisals and asked not to be named said the camp was full.', 'feared reprisals'],
    // Terms agreed with the outlet, which are the reason when no other is given.
    ['The official spoke under ground rules that did not allow for his name to be used.', 'under ground rules that did not allow for his name to be used'],
    ['An aide briefed reporters under groundrules that barred her from being identified.', 'under groundrules that barred her from being identified'],
    ['The adviser talked on the understanding that he would not be named, given the sensitivity of the case.', 'given the sensitivity of the case'],
    ['Two officers spoke under an agreement that their names would be withheld.', 'under an agreement that their names would be withheld'],
    ['The banker spoke on terms of anonymity because the sale is not public.', 'because the sale is not public'],
    ['She spoke on the condition that neither she nor her employer be named, citing her contract.', 'citing her contract'],
    ['A trainee, who asked us not to use his name for fear of losing his place, said the shifts ran to 30 hours.', 'for fear of losing his place'],
    ['The Ledger is not identifying the boy because he is a minor.', 'because he is a minor'],
    // A group's refusal, negated by "none" or "neither".
    ['None of them would give their names, fearing dismissal.', 'fearing dismissal'],
    ['Neither wanted to be named because both still work at the plant.', 'because both still work at the plant'],
    ['None of the workers was willing to be identified for fear of the foreman.', 'for fear of the foreman'],
    ['Neither of the women would give her full name.', null],
    // A reason that is not wanting to be seen doing something.
    ['A staffer, who asked not to be named because he did not want to be seen criticizing the policy, said it was rushed.', 'because he did not want to be seen criticizing the policy'],
    ['He spoke on condition of anonymity because he did not want to be seen criticising his own party.', 'because he did not want to be seen criticising his own party'],
    ['He asked that his name not be published for fear of reprisals from the management company.', 'for fear of reprisals from the management company'],
    ['Three diplomats, who were granted anonymity to speak about confidential discussions, said the vote slipped.', 'to speak about confidential discussions'],
    ['After the meeting, an aide who asked not to be named said the vote was close.', null],
    ['As the talks ended, a delegate who requested anonymity said no deal was near.', null],
  ])('%s', (sentence, reason) => {
    expect(reasonIn(sentence)).toBe(reason)
  })

  it.each([
    'The minister was named in the report.',
    'Police identified the victim as a local teacher.',
    'The company said its name would change next year.',
    'The vote was held on condition that the quorum be met.',
    'The ship was named after a former admiral.',
    'Visitors are not allowed in the ward after dark.',
    'The donors gave their names to the clerk at the door.',
    'He was identified as the driver by two witnesses.',
    'The charity is named in the lawsuit as a defendant.',
    'Online anonymity has become a campaign issue.',
    'The identity of the buyer is known to few people.',
    'She changed her name after the wedding.',
    'The author published the novel under her real name.',
    'Under the terms of the agreement, the plant will close in May.',
    'None of the workers would give up their names for the petition without a vote.',
    'The deal was signed under ground rules set by the regulator.',
    'Neither side would say when the talks resume.',
    'The report did not name the company.',
    'She asked staff not to use the lift.',
  ])('no anonymity marker: %s', (sentence) => {
    expect(anonymityNote(sentence, 0)).toBeNull()
  })
})

/** The type and reason of the attribution whose cue starts the given phrase in the text. */
function sourceAt(text: string, at: string): [string | undefined, string | null | undefined] {
  const start = text.indexOf(at)
  const found = attributionsOf(text).find((attribution) => attribution.source && attribution.source.start <= start && start < attribution.source.end)
  return [found?.sourceType, found?.justification?.text]
}

describe('anonymity carried to later mentions', () => {
  it.each([
    // The note in a sentence of its own, the source's cue after it.
    ['A senior official spoke on condition of anonymity because the talks are private. "We are close," the official said.', 'the official said', 'anonymous', 'because the talks are private'],
    ['Three residents asked not to be named for fear of reprisals. "They came at night," one resident said.', 'one resident said', 'anonymous', 'for fear of reprisals'],
    ['Two officers requested anonymity, citing the inquiry. One officer said the logs were wiped. The other officer said nothing was lost.', 'The other officer said', 'anonymous', 'citing the inquiry'],
    ['Several nurses spoke anonymously as they feared dismissal. One nurse told the BBC the ward was short of staff.', 'One nurse told', 'anonymous', 'as they feared dismissal'],
    // The note in a "who" clause about people who are not the sentence's subject.
    ['The memo was confirmed by two civil servants, who spoke on condition of anonymity because they were not authorised to discuss it. One said the gap was known.', 'One said', 'anonymous', 'because they were not authorised to discuss it'],
    ['The figures were shared with reporters by three nurses, who asked not to be named for fear of dismissal. "We are exhausted," one nurse said.', 'one nurse said', 'anonymous', 'for fear of dismissal'],
    // The reason in the sentence after the note.
    ['A diplomat said the deal was near. He spoke on condition of anonymity. He was not cleared to brief reporters.', 'A diplomat', 'anonymous', 'He was not cleared to brief reporters'],
    ['The woman asked not to be named. She fears losing her job. "It is hard," she said.', 'she said', 'anonymous', 'She fears losing her job'],
    ['A driver, who declined to give his name, said the road was shut. He feared losing his licence.', 'A driver', 'anonymous', 'He feared losing his licence'],
    // A post written in capitals is no name: "One MP" is unnamed, and may be anonymous.
    ['One MP, who spoke on condition of anonymity, said the plan was rushed.', 'One MP', 'anonymous', undefined],
    ['A Labour MEP said the vote was close.', 'A Labour MEP', 'unnamed-person', undefined],
    ['Labour MP Jo Hale said the vote was close.', 'Labour MP Jo Hale', 'named-person', undefined],
    // A definite description pointing back to the unnamed source just quoted is that source, whose note it shares.
    ['The firm is in talks to sell the unit, one person close to the company said. That person, who asked not to be identified because the talks are private, said a deal was near.', 'one person close', 'anonymous', 'because the talks are private'],
    ['The firm is in talks to sell the unit, one person close to the company said. That person, who asked not to be identified because the talks are private, said a deal was near.', 'That person', 'anonymous', 'because the talks are private'],
    ['The bank plans to cut 500 jobs, one executive familiar with the plans said. That person, who requested anonymity because the plans are not public, said cuts start in May.', 'one executive', 'anonymous', 'because the plans are not public'],
    ['The merger could come next week, according to a source close to the deal. That source, who declined to be named as the matter is confidential, said the price was agreed.', 'a source close', 'anonymous', 'as the matter is confidential'],
    ['An official at the ministry said the budget would be cut. This official, who was not authorised to speak to the media, said ministers agreed.', 'An official', 'anonymous', 'not authorised to speak to the media'],
    ['A senior banker involved in the talks says the bid is too low. The banker, speaking on condition of anonymity because the talks were private, says the board will reject it.', 'A senior banker', 'anonymous', 'because the talks were private'],
    ['A Western diplomat said the talks had stalled. That diplomat, who spoke on condition of anonymity because he was not authorised to brief reporters, said no date was set.', 'A Western diplomat', 'anonymous', 'because he was not authorised to brief reporters'],
    ['The deal is close, one person familiar with the talks said. "Nothing is settled yet," that person said, asking not to be named because the talks are private.', 'one person familiar', 'anonymous', 'because the talks are private'],
    ['One banker involved in the sale said the price was too high. But that banker, who spoke on condition of anonymity because the sale is private, said a deal was likely.', 'One banker', 'anonymous', 'because the sale is private'],
    // "That" opening a clause, not a description: nothing to point back to.
    ['Police said the road would reopen. That was the second closure this year, the council said.', 'the council', 'named-organization', undefined],
    // A note likened to the other sources of the article gives its reason to all of them.
    ['A trader said prices had doubled. Another executive said the plant would close. That person, like others quoted in this article, spoke on condition of anonymity because the talks are confidential.', 'A trader', 'unnamed-person', 'because the talks are confidential'],
    ['Two aides, who asked not to be named, said the president was angry. A guard, like the others interviewed, asked not to be identified for fear of reprisals.', 'Two aides', 'unnamed-group', 'for fear of reprisals'],
    // A reason after the cue is what the source said, not why the name is withheld.
    ['A trader, who asked not to be named, said prices had doubled since the summer.', 'A trader', 'anonymous', undefined],
    ['An aide who spoke anonymously said the bill, given the votes, would pass.', 'An aide', 'anonymous', undefined],
    ['"We need answers," said a party donor, asking for anonymity to speak freely.', 'a party donor', 'anonymous', 'to speak freely'],
    // A bare member of the group ("One", "Another", "One of them") later named by a noun is the same person.
    ['Two aides, who spoke on condition of anonymity because the talks are private, described the meeting. One said it was tense. "Nobody budged," the aide said.', 'the aide said', 'anonymous', 'because the talks are private'],
    ['Three officers, who requested anonymity for fear of discipline, spoke to the paper. One of them said the logs were wiped. The officer added that nobody checked.', 'The officer added', 'anonymous', 'for fear of discipline'],
    ['Several teachers asked not to be named because staff may not speak to the press. Another said the roof leaked. "It is a scandal," the teacher told us.', 'the teacher told', 'anonymous', 'because staff may not speak to the press'],
    ['Two bankers spoke anonymously because the deal is not public. One of them said the price was agreed; the banker declined to give figures.', 'the banker declined', 'anonymous', 'because the deal is not public'],
    // "said the man", "the woman added": the unnamed person just met, when the gender fits.
    ['"She keeps asking when it will pay out," said the man, who asked not to be identified to protect his mother\'s privacy. The son of an investor spoke first.', 'the man', 'anonymous', "to protect his mother's privacy"],
    ['A witness, who asked not to be named for fear of reprisals, said the men fled. "They ran," the woman said.', 'the woman said', 'anonymous', 'for fear of reprisals'],
    ['A farmer who did not want to be named because he rents his land said the rains failed. "We lost everything," the man told Reuters.', 'the man told', 'anonymous', 'because he rents his land'],
    ['A neighbour, who would not give her name lest the landlord evict her, said the stairs collapsed. "It was loud," said the woman.', 'the woman', 'anonymous', 'lest the landlord evict her'],
    // A relative named by kinship is an unnamed person, whom the pronoun after it means.
    ["The victim's brother, who asked not to be named for fear of reprisals, told reporters the family was warned. \"They threatened us,\" he said.", 'he said', 'anonymous', 'for fear of reprisals'],
    ['His widow, speaking on condition of anonymity because the case is open, said the police never called. She added that she had written twice.', 'She added', 'anonymous', 'because the case is open'],
    ["The driver's son, who did not want his name used because he works for the firm, said the brakes had failed. He said it was not the first time.", 'He said', 'anonymous', 'because he works for the firm'],
    ["A cousin of the victim, who requested anonymity because she fears for her safety, said he was unarmed. She said the family wants answers.", 'She said', 'anonymous', 'because she fears for her safety'],
    ['Ana Ruiz was arrested in May. Her husband, who asked not to be named because he fears losing his job, said she was innocent. "She did nothing," he said.', 'he said', 'anonymous', 'because he fears losing his job'],
    // Not the same person: a new noun after a named source, a noun that does not fit, a body, another source between.
    ['Ana Ruiz, a nurse, said the ward was full. "We are tired," the doctor said.', 'the doctor said', 'unnamed-person', undefined],
    ['A witness, who asked not to be named, said the men fled. "They ran," said the man, who lives opposite. The woman said police came late.', 'The woman said', 'unnamed-person', undefined],
    ['Two aides, who spoke on condition of anonymity, described the meeting. One said it was tense. The agency said it had no comment.', 'The agency said', 'named-organization', undefined],
    ['A nurse who asked not to be named said the ward was full. "It is hard," she said.', 'she said', 'anonymous', undefined],
    ['The Doobie Brothers announced a tour on Monday. They said it would be their last.', 'The Doobie Brothers', 'named-organization', undefined],
    ['A junior doctor, who asked us not to use her name for fear of being fired, showed me the ward. She said the fridges had failed.', 'She said', 'anonymous', 'for fear of being fired'],
    ['One of the election monitors said the count was halted. "We were pushed out," she said.', 'she said', 'unnamed-person', undefined],
    // No note: an unnamed person stays one.
    ['Residents gathered at the gate. "It was frightening," one resident said.', 'one resident said', 'unnamed-person', undefined],
    ['A diplomat said the deal was near. He feared it could collapse.', 'A diplomat', 'unnamed-person', undefined],
    // A reason stated for everyone quoted.
    // The statement before or after the sources it covers.
    ['Names have been changed to protect the families. "We lost everything," said a farmer in the valley.', 'a farmer', 'unnamed-person', 'to protect the families'],
    ['"The water is gone," one villager said. Those interviewed asked not to be named for fear of reprisals.', 'one villager', 'unnamed-person', 'for fear of reprisals'],
    ['The soldiers quoted in this story are identified by first name only for security reasons. Another soldier, a drone operator, said the jamming had worsened.', 'Another soldier', 'anonymous', 'for security reasons'],
    ['Two workers said the line was stopped. The workers interviewed requested anonymity because they feared dismissal.', 'Two workers', 'unnamed-group', 'because they feared dismissal'],
    ['One aide said the vote would slip. The aides quoted in this story spoke on condition of anonymity because they were not authorized to discuss the talks.', 'One aide', 'anonymous', 'because they were not authorized to discuss the talks'],
    // Two kinds sharing the note, and the names of those who spoke to the paper.
    ['A European diplomat said the talks had stalled. Diplomats and officials quoted in this article were granted anonymity to speak freely about the talks.', 'A European diplomat', 'anonymous', 'to speak freely about the talks'],
    ['Diplomats and officials quoted in this article were granted anonymity to speak freely about the talks. One official said the deal was close.', 'One official', 'anonymous', 'to speak freely about the talks'],
    ['A porter said the lifts had failed. Names of hospital staff who spoke to the Ledger without permission have been withheld to protect them from dismissal.', 'A porter', 'unnamed-person', 'to protect them from dismissal'],
    // A cue inside the reason after the sentence's own report is part of the reason, and its subject no one the next pronoun means.
    ['Output fell in May, according to two people familiar with the plant, who spoke on condition of anonymity because the company has not disclosed the figures. It fell again in June, they said.', 'they said', 'anonymous', 'because the company has not disclosed the figures'],
    ['Two nurses told the Ledger the ward was short of staff. Editor\'s note: The Ledger agreed not to name some sources in this article because they fear dismissal.', 'Two nurses', 'unnamed-group', 'because they fear dismissal'],
    // The outlet's refusal to name someone is about its object, and a plural object is a kind of source.
    ['A woman who was attacked said the police ignored her. The Courier is not naming the woman because she fears her attacker.', 'A woman', 'anonymous', 'because she fears her attacker'],
    ['One of the monitors told the Ledger she saw officers beat a man. The Ledger is not naming the monitors, who said they feared losing their jobs.', 'One of the monitors', 'anonymous', 'feared losing their jobs'],
    ['Two monitors said the count was halted. The Ledger is not naming the monitors, who said they feared losing their jobs. The electoral board said the count went on.', 'The electoral board', 'named-organization', undefined],
    // A counted or described few the outlet will not name are no kind of its sources.
    ['Police are not naming the two men arrested because they have not been charged. Two men who saw the attack said the gunman fled.', 'Two men who saw', 'unnamed-group', undefined],
    // A condition that something be named is no anonymity.
    ['The stadium was funded on the condition that it be named after the sponsor, a club official said.', 'a club official', 'unnamed-person', undefined],
    // A kind covers only sources of that kind; a spokesperson is unnamed by convention, not covered.
    ['The soldiers quoted in this story are identified by first name only for security reasons. A local teacher said the school had shut.', 'A local teacher', 'unnamed-person', undefined],
    ['Names have been changed to protect the families. A council spokesman said the site was safe.', 'A council spokesman', 'unnamed-person', undefined],
    ['Names have been changed to protect the families. Mayor Ana Ruiz said the site was safe.', 'Mayor Ana Ruiz', 'named-person', undefined],
    // One of anonymous people named by another noun.
    // A definite description or "one" with a noun of its own, just after the anonymous group.
    ['Several emergency staff, who asked not to be named because they were not authorised to speak, described chaotic scenes. "We had patients on the floor," the nurse said.', 'the nurse', 'anonymous', 'because they were not authorised to speak'],
    ['Four crew members, who requested anonymity because the airline forbids them to talk, said the plane was late. "It was terrifying," one flight attendant said.', 'one flight attendant', 'anonymous', 'because the airline forbids them to talk'],
    ['Three bus company staff spoke on condition of anonymity for fear of losing their jobs. The driver said the brakes were worn.', 'The driver', 'anonymous', 'for fear of losing their jobs'],
    ['Residents, speaking anonymously for fear of reprisals, said the militia came at night. The farmer said his cattle were taken.', 'The farmer', 'anonymous', 'for fear of reprisals'],
    ['Several villagers, who asked not to be named because they feared the army, described the raid. "They burned the boats," the fisherman told AFP.', 'the fisherman', 'anonymous', 'because they feared the army'],
    // Not one of them: someone new ("a farmer"), a post held apart from them, a group without a note, a source between.
    ['Several residents, speaking anonymously for fear of reprisals, said the militia came at night. A farmer said his cattle were taken.', 'A farmer', 'unnamed-person', undefined],
    ['Several officials, who spoke anonymously because the talks are private, said a deal was near. The minister said nothing was agreed.', 'The minister', 'named-person', undefined],
    ['Several emergency staff described chaotic scenes. "We had patients on the floor," the nurse said.', 'the nurse', 'unnamed-person', undefined],
    ['Several emergency staff, who asked not to be named, described chaotic scenes. The hospital said it was coping. Later the nurse said beds ran out.', 'the nurse', 'unnamed-person', undefined],
    ['Two officers, who requested anonymity for fear of discipline, said the logs were wiped. The commander said nothing was lost.', 'The commander', 'unnamed-person', undefined],
    // A reason after the cue is what was said; a marker that says why is the reason then.
    ['A driver, who was not authorised to speak publicly, said that shipments were held up because of a dispute over fees.', 'A driver', 'anonymous', 'not authorised to speak publicly'],
    ['A driver, who asked not to be named, said that shipments were held up because of a dispute over fees.', 'A driver', 'anonymous', undefined],
    // A cue inside the reason, before the sentence's own, is part of the reason.
    ['Another resident, a fisherman who asked not to be named because his employer had told staff not to speak to the media, said many families had left.', 'Another resident', 'anonymous', 'because his employer had told staff not to speak to the media'],
    // One name given, the rest withheld for a reason: anonymous. Without a reason, or with a full name, named.
    ['"They started shooting," said Karim, a 24-year-old student who asked that only his first name be used for fear of reprisals.', 'Karim', 'anonymous', 'for fear of reprisals'],
    ['Marisol, who gave only her first name, said the camp was full.', 'Marisol', 'named-person', undefined],
    ['Ana Ruiz, who asked that her address not be published for fear of reprisals, said the camp was full.', 'Ana Ruiz', 'named-person', undefined],
    ['Okafor, who asked that his employer not be identified because he feared being fired, said the plant was unsafe.', 'Okafor', 'named-person', undefined],
    ['Mr. Okafor, who asked that only his surname be used for fear of reprisals, said the soldiers came at night.', 'Mr. Okafor', 'named-person', undefined],
    // A body's noun that is a trade too is a person when a note describes it: "she" after it is that person.
    ['One producer, who asked not to be identified because she was not authorized to speak, said staff learned of the cuts on a call. "People were crying," she said.', 'she said', 'anonymous', 'because she was not authorized to speak'],
    ['Ana Ruiz runs the port. The operator, which declined to be named for legal reasons, said ships were delayed. She said the backlog would clear.', 'She said', 'named-person', undefined],
  ])('%s', (text, at, type, reason) => {
    expect(sourceAt(text, at)).toEqual([type, reason])
  })
})

/** The kinds of source a sentence's blanket statement of anonymity covers; undefined when it marks no anonymity. */
function kindsIn(sentence: string): string[] | null | undefined {
  const note = anonymityNote(sentence, 0)
  return note ? blanketKinds(sentence, note.at) : undefined
}

describe('blanketKinds', () => {
  it.each([
    // Everyone quoted: a subject picked out by being interviewed, quoted or named in the piece.
    ['Those interviewed asked that their names not be used.', []],
    ['All those interviewed for this article spoke on condition of anonymity because they feared reprisals.', []],
    ['People interviewed by the BBC asked not to be named for fear of retaliation.', []],
    ['Most of those quoted in this report spoke on condition of anonymity, citing fears for their safety.', []],
    ['Everyone who spoke to Reuters did so on condition of anonymity because the talks are confidential.', []],
    ['Others interviewed declined to be named, fearing the authorities.', []],
    ['Names have been changed to protect the families.', []],
    ['Some names have been changed.', []],
    ['Real names have been withheld at the families\' request', []],
    ['Full names have been withheld for legal reasons.', []],
    // One kind of them, by its plural noun.
    ['The soldiers quoted in this story are identified by first name only for their safety.', ['soldiers']],
    ["Editor's note: the soldiers interviewed for this story are identified by call sign only for security reasons.", ['soldiers']],
    ['The workers interviewed requested anonymity for fear of losing their jobs.', ['workers']],
    ['The migrants featured in this series are identified only by their first names, for their protection.', ['migrants']],
    ['The residents quoted asked that their full names not be published, because of threats from gangs.', ['residents']],
    ['Several of the women interviewed asked that their surnames be withheld to protect their children.', ['women']],
    ['The nurses who spoke to the Guardian asked not to be identified because they were not authorised to talk to the press.', ['nurses']],
    ['Workers interviewed for this story asked that only their first names be used for fear of losing their jobs.', ['workers']],
    ['Farmers quoted in this article are identified by first name only because they fear the militia.', ['farmers']],
    // Two kinds sharing the note.
    ['Diplomats and officials quoted in this article were granted anonymity to speak freely about the talks.', ['diplomats', 'officials']],
    ['The doctors and nurses interviewed asked not to be named because they fear dismissal.', ['doctors', 'nurses']],
    // The names of the article's own people, who spoke to it.
    ['Names of hospital workers who spoke to the Ledger without permission have been withheld to protect them.', ['workers']],
    ['Names of staff who spoke to the Ledger without permission have been withheld to protect them.', []],
    ['The names of some of the miners interviewed have been changed for their safety.', ['miners']],
    // One source's note likened to the others the article quotes.
    ['That person, like others quoted in this article, spoke on condition of anonymity because the talks are confidential.', []],
    ['The official, like the others interviewed, asked not to be named because he was not authorised to speak.', []],
    ['She asked not to be identified, as did the others interviewed, for fear of losing her job.', []],
    ['Like others quoted in this story, he declined to give his name, fearing reprisals.', []],
    ['The aide, like the other officials quoted here, requested anonymity to discuss internal deliberations.', ['officials']],
    ['Like the other soldiers interviewed, the sergeant is identified by first name only for security reasons.', ['soldiers']],
    ['The driver, like most of the other workers quoted, asked that his surname be withheld because he feared dismissal.', ['workers']],
    ['He, like the rest of the nurses, spoke anonymously because staff may not talk to the press.', ['nurses']],
    ['As with others cited in this report, her name has been withheld for her safety.', []],
    // Likened to people in general, not the article's sources: about one source.
    ['Like other officials, he spoke on condition of anonymity because the talks are private.', null],
    ['Like many others in the town, she asked not to be named for fear of the gangs.', null],
    // About one source, or a pronoun: no blanket.
    ['The nurse asked not to be named because she feared losing her job.', null],
    ['Their names were withheld because they are minors.', null],
    ['His name has been changed to protect his identity.', null],
    ['The official spoke on condition of anonymity because he was not authorised to speak.', null],
    ['A soldier interviewed in the trench asked to be identified only by his call sign for security reasons.', null],
    ['Two residents, who asked not to be named for fear of reprisals, said the gunmen came at night.', null],
    ['The mother, whose name has been changed, said she was afraid.', null],
    ['Officials interviewed by the committee were not authorised to discuss the case.', null],
    ['Guards cited the danger and asked not to be named.', null],
    ['Officials cited security concerns and asked not to be named.', null],
    ['People interviewed said an aide, speaking anonymously because of the talks, had resigned.', null],
    ['Two people who worked on the tour, who asked not to be named because they signed agreements, said it was tense.', null],
    ['Three staff interviewed asked not to be named because they feared dismissal.', null],
    ['People named in the lawsuit declined to be identified, citing privacy.', null],
    ['Names of the dead have been withheld until their families are told.', undefined],
    ['The names of the officers who fired have not been released.', undefined],
  ])('%s', (sentence, kinds) => {
    expect(kindsIn(sentence)).toEqual(kinds)
  })
})

describe('a bare lead takes the anonymity of the people it names when the story introduces them', () => {
  it.each([
    // The lead names a kind bare; the introduction counts them and gives the note and its reason.
    ['Food convoys have not reached the camp for a week, aid workers said on Sunday. Two aid workers, who spoke on condition of anonymity because they were not authorised to speak to the media, said trucks were turned back.', 'aid workers', 'because they were not authorised to speak to the media'],
    ['The plan will be delayed, officials said. The minister declined to comment. Two officials, who requested anonymity because the talks are private, said the vote would slip.', 'officials', 'because the talks are private'],
    ['Staff were told to shred the files, according to employees. Three employees, speaking anonymously because they feared losing their jobs, said the order came from the top.', 'employees', 'because they feared losing their jobs'],
    ['Diplomats say the ceasefire is close. Several European diplomats, who asked not to be named as the talks are at a delicate stage, said a text was agreed.', 'Diplomats', 'as the talks are at a delicate stage'],
    ['Prison guards say the jail is out of control. Four prison guards spoke to the Observer on condition of anonymity for fear of disciplinary action.', 'Prison guards', 'for fear of disciplinary action'],
    ['Nurses warned on Friday that the ward was unsafe. Five nurses, who did not want to be named because they fear for their jobs, told the paper beds were in corridors.', 'Nurses', 'because they fear for their jobs'],
    // Not the same people: other words, a counted or definite lead, a lead with a note of its own, a single member.
    ['Health officials said the clinic would reopen. Two police officials, who spoke anonymously because the inquiry is open, said the driver fled.', 'Health officials', undefined],
    ['Rebels have taken the town, residents said Tuesday. "We heard shelling all night," said one resident, who asked not to be named for fear of reprisals.', 'residents', undefined],
    ['Three officials said the vote would slip. Two officials, who requested anonymity because the talks are private, said it would be in June.', 'Three officials', undefined],
    ['Teachers said the roof leaked. Engineers, who asked not to be named because the report is confidential, said it was unsafe.', 'Teachers', undefined],
    ['Two aid workers, who spoke on condition of anonymity because they were not authorised to speak, said trucks were turned back. Aid workers later said the road was open.', 'Aid workers later', undefined],
  ])('%s', (text, at, reason) => {
    expect(sourceAt(text, at)[1]).toBe(reason)
  })
})

describe('anonymity stated for a group in a sentence of its own', () => {
  it.each([
    // The group introduced by the reporter, its members after the note.
    ['The paper spoke to six workers at the farm. All asked not to be named for fear of losing their jobs. A woman who sprays the fields said the masks were torn.', 'A woman', 'anonymous', 'for fear of losing their jobs'],
    ['Reporters interviewed five nurses last week. All asked not to be identified because staff may not talk to the press. Another nurse said the ward flooded.', 'Another nurse', 'anonymous', 'because staff may not talk to the press'],
    ['We spoke to four drivers at the depot. Most asked not to be named for fear of reprisals. One driver said the shifts were too long.', 'One driver', 'anonymous', 'for fear of reprisals'],
    ['The Herald contacted eight tenants. Each requested anonymity, fearing eviction. A pensioner on the top floor said the heating had failed.', 'A pensioner', 'anonymous', 'fearing eviction'],
    ['The BBC talked to three guards at the prison. All three spoke on condition of anonymity because they were not authorised to speak. A guard said the cells were full.', 'A guard', 'anonymous', 'because they were not authorised to speak'],
    ['The newspaper met six miners at the shaft. Several asked not to be named, citing threats from the company. A man who has worked underground for a decade said the pay was late.', 'A man', 'anonymous', 'citing threats from the company'],
    ['Our correspondent spoke to a dozen traders in the market. Some of them asked that their names not be used for fear of the police. One trader said prices had doubled.', 'One trader', 'anonymous', 'for fear of the police'],
    ['Reuters spoke to seven farmers in the valley. They asked not to be named because they feared losing their permits. A farmer said the river had dried up.', 'A farmer', 'anonymous', 'because they feared losing their permits'],
    ['The paper interviewed ten students at the campus. Those interviewed asked not to be identified for fear of expulsion. A student said the exams were leaked.', 'A student', 'anonymous', 'for fear of expulsion'],
    // The group is a source already met.
    ['The deal is close, according to two people familiar with the matter. The price is not set, the people said. Both asked not to be identified because the talks are private.', 'the people said', 'anonymous', 'because the talks are private'],
    ['Four soldiers described the attack. All asked not to be named because they were not allowed to speak to reporters. One of them said the base was shelled.', 'One of them', 'anonymous', 'because they were not allowed to speak to reporters'],
    ['Three officials said the budget would be cut. All three spoke on the condition of anonymity to discuss internal plans.', 'Three officials', 'unnamed-group', 'to discuss internal plans'],
    ['Two executives said the merger had stalled. The two requested anonymity because the talks are confidential.', 'Two executives', 'unnamed-group', 'because the talks are confidential'],
    ['Several residents said the water smelled. Most of them asked not to be named, fearing the landlord.', 'Several residents', 'unnamed-group', 'fearing the landlord'],
    ['Five teachers told the paper the school was unsafe. They spoke on condition of anonymity because they are barred from speaking to the media.', 'Five teachers', 'unnamed-group', 'because they are barred from speaking to the media'],
    // The note in a clause about the group; a member picked out of it later shares the reason.
    ['Several miners, who asked not to be named for fear of reprisals, said they wanted to work. "We are hungry," said one drill operator who has worked there for years.', 'one drill operator', 'anonymous', 'for fear of reprisals'],
    ['Two guards, who spoke on condition of anonymity because they may not talk to the press, described the riot. Another guard said the alarm failed.', 'Another guard', 'anonymous', 'because they may not talk to the press'],
    // One person is typed anonymous whatever the place in the description; people described by what they
    // do are an unnamed group, as the development sets mark 34 of 46 ("Two senior bankers, who asked not to be named").
    ['Two people, who asked not to be named because the talks are private, said a deal was near.', 'Two people', 'anonymous', 'because the talks are private'],
    ['Two men, who asked not to be named for fear of reprisals, said they had been beaten.', 'Two men', 'anonymous', 'for fear of reprisals'],
    ['A ship broker in Houston, who asked not to be named, said freight rates had doubled.', 'A ship broker', 'anonymous', undefined],
    ['One resident of the estate, who asked that her name be withheld, said the water was cut.', 'One resident', 'anonymous', undefined],
    ['Two executives, who spoke on condition of anonymity because they were not authorised to speak to the media, said the plant would close.', 'Two executives', 'unnamed-group', 'because they were not authorised to speak to the media'],
    ['Three diplomats, who were granted anonymity to speak about confidential discussions, said the vote was delayed.', 'Three diplomats', 'unnamed-group', 'to speak about confidential discussions'],
    ['Two analysts at the bank, who asked not to be named because of company policy, said the forecast was cut.', 'Two analysts', 'unnamed-group', 'because of company policy'],
  ])('%s', (text, at, type, reason) => {
    expect(sourceAt(text, at)).toEqual([type, reason])
  })

  it.each([
    // Plural people with no note stay an unnamed group.
    ['Two executives said the plant would close.', 'Two executives', 'unnamed-group', undefined],
    ['Officials said the budget would be cut. All of the money will go to schools.', 'Officials', 'unnamed-group', undefined],
    // A note in a quotation that opens the sentence is about its speaker, not the group before.
    ['Residents said the road was shut. "They burned everything," a woman told AFP, asking that her name be withheld for fear of reprisals.', 'Residents', 'unnamed-group', undefined],
    // A subject with a noun of its own is a source of its own.
    ['Residents said the road was shut. Some shopkeepers asked not to be named for fear of reprisals.', 'Residents', 'unnamed-group', undefined],
    // A named source after the note means the article has moved on.
    ['The paper spoke to six workers. All asked not to be named for fear of losing their jobs. Ana Ruiz, the mayor, said the farm was inspected. A council spokesman said it was safe.', 'A council spokesman', 'unnamed-person', undefined],
    // Someone new after a group's note in a clause is not one of the group.
    ['Two guards, who spoke on condition of anonymity because they may not talk to the press, described the riot. A local trader said the market shut.', 'A local trader', 'unnamed-person', undefined],
    // A bare lead that only takes a later group's note stays an unnamed group.
    ['Convoys are blocked, aid workers said. Two aid workers, who spoke on condition of anonymity because they feared reprisals, said fuel was short.', 'aid workers said', 'unnamed-group', 'because they feared reprisals'],
  ])('no group anonymity: %s', (text, at, type, reason) => {
    expect(sourceAt(text, at)).toEqual([type, reason])
  })
})

describe('a note that gives the reason of the one before', () => {
  it.each([
    ['A guard, who spoke on condition of anonymity because he may not brief reporters, said the cells were full. A nurse at the prison, who also spoke on condition of anonymity for the same reason, said two inmates were hurt.', 'A nurse', 'anonymous', 'because he may not brief reporters'],
    ['A clerk, who asked not to be named for fear of losing her job, said files were shredded. A second clerk, who asked not to be named for similar reasons, said the same.', 'A second clerk', 'anonymous', 'for fear of losing her job'],
    ['A guard spoke on condition of anonymity. He feared losing his post. A nurse at the prison, who also spoke on condition of anonymity for the same reason, said two inmates were hurt.', 'A nurse', 'anonymous', 'He feared losing his post'],
    // With no reason before, "the same reason" names none.
    ['A nurse at the prison, who spoke on condition of anonymity for the same reason, said two inmates were hurt.', 'A nurse', 'anonymous', undefined]
  ])('%s', (text, at, type, reason) => {
    expect(sourceAt(text, at)).toEqual([type, reason])
  })
})

describe('a request for anonymity between the source and its verb, with no comma', () => {
  it.each([
    ['A provincial official who asked not to be named said the request had been sent on Thursday.', 'A provincial official who asked not to be named | said | anonymous'],
    ['A senior police officer who declined to be identified told reporters the suspect had fled.', 'A senior police officer who declined to be identified | told reporters | anonymous'],
    ['Two residents who asked that their names not be published said the water had been off for days.', 'Two residents who asked that their names not be published | said | unnamed-group'],
    ['A Western diplomat who asked not to be identified warned that the ceasefire was fragile.', 'A Western diplomat who asked not to be identified | warned | anonymous'],
    ['One nurse who requested anonymity says the ward has been short-staffed for months.', 'One nurse who requested anonymity | says | anonymous'],
    ['A hospital doctor who asked to remain anonymous said two of the wounded had died.', 'A hospital doctor who asked to remain anonymous | said | anonymous'],
    ['A trader who asked not to be named because he was not authorised to speak said bids had vanished.', 'A trader who asked not to be named because he was not authorised to speak | said | anonymous'],
    ['The ceasefire is holding, said a military source who asked not to be identified.', 'a military source who asked not to be identified | said | anonymous'],
    ['Output will rise next month, said two OPEC+ delegates who asked not to be identified because the talks were private.', 'two OPEC+ delegates who asked not to be identified because the talks were private | said | unnamed-group']
  ])('%s', (text, expected) => {
    const found = attributionsOf(text).map((attribution) => `${attribution.source?.text} | ${attribution.cue.text} | ${attribution.sourceType}`)
    expect(found).toContain(expected)
  })

  it.each([
    // A request that is itself the report stays no attribution; the verb after a name keeps its own subject.
    ['The witness asked not to be named.', []],
    // A reason that opens with a verb of saying is the reason, not a report.
    ['An official said the talks stalled. He spoke on condition of anonymity, citing the sensitivity of the talks.', ['An official | said | anonymous']],
    ['Traders spoke anonymously, citing fear of reprisals from the army.', []],
    ['Canal+ said it would appeal the ruling.', ['Canal+ | said | named-organization']]
  ])('%s', (text, expected) => {
    expect(attributionsOf(text).map((attribution) => `${attribution.source?.text} | ${attribution.cue.text} | ${attribution.sourceType}`)).toEqual(expected)
  })
})
