import {describe, expect, it} from 'vitest'
import {attributionsOf} from './fixtures/tag.js'

/** Type and speaker of the attribution whose source, then cue, reads as `phrase`. */
function attributionOf(text: string, phrase: string): [string, string | null] | undefined {
  const found = attributionsOf(text).find((attribution) => `${attribution.source?.text} ${attribution.cue.text}` === phrase)
  return found && [found.sourceType, found.speaker]
}

describe('a relative named in apposition', () => {
  it.each([
    // The name beside the kin noun, set off by commas or not, names the relative and later mentions of it.
    ['His son, Grant, defended his father online, saying the post was a joke.', 'His son, Grant saying', 'Grant'],
    ['Her brother Tom said she had been happy. "She loved the job," he said.', 'he said', 'Tom'],
    ["The victim's widow, Mary Jones, told reporters she wanted answers. \"He was a good man,\" the widow said.", 'the widow said', 'Mary Jones'],
    ['Her cousin Ana Ruiz, who lives nearby, told the paper that the family was stunned. The cousin said they were praying.', 'The cousin said', 'Ana Ruiz'],
    ['The council named his nephew Samir Haddad as heir. He and his wife were in Paris, his nephew added.', 'his nephew added', 'Samir Haddad'],
    ['The mayor\'s daughter, Anna, spoke at the vigil. "He gave everything," the daughter said.', 'the daughter said', 'Anna'],
    ['Police questioned her husband Pete Doyle on Friday. Her husband told the court he was at work.', 'Her husband told', 'Pete Doyle'],
    ['His grandmother, Edna, raised him. His grandmother said he loved football.', 'His grandmother said', 'Edna'],
    ["Jones's stepson, Kyle Mann, was at the scene. The stepson said the car was on fire.", 'The stepson said', 'Kyle Mann'],
    ['Their uncle, Jo Kern, filed the claim in 2009. Their uncle said the land was theirs.', 'Their uncle said', 'Jo Kern'],
    ['Her fiance Luca, 31, was not hurt, her fiance said.', 'her fiance said', 'Luca'],
    ['Her sister, Grace Obi, flew in from Lagos. Her sister said the family was grieving.', 'Her sister said', 'Grace Obi']
  ])('%s', (text, phrase, speaker) => {
    expect(attributionOf(text, phrase)).toEqual(['named-person', speaker])
  })

  it.each([
    // No name beside the kin noun: a description, a possessive, a day, or another owner's relative.
    ['Her husband, Senate candidate Joe Hale, was away. Her husband said the campaign went on.', 'Her husband said'],
    ["His wife, Ohio's first lady, was away. His wife said the trip was private.", 'His wife said'],
    ['His son Monday was at school. His son said the bus was late.', 'His son said'],
    ["Smith's son, Dan, was at home. Jones's son said the gate was open.", "Jones's son said"],
    ['His brother, who asked not to be named, said the police never called.', 'His brother said'],
    ['Her brothers Tom and Ed were away. Her sister said the house was empty.', 'Her sister said']
  ])('%s', (text, phrase) => {
    expect(attributionOf(text, phrase)?.[0]).toMatch(/^(unnamed-person|anonymous)$/)
  })
})

describe('the gender of a description is its head noun’s', () => {
  it.each([
    // The noun before "of", "for", "who": the person described, not the person the complement names.
    ['A cousin of the dead man, who asked not to be named, said the police fired first. She said the family wanted answers.', 'She said', 'cousin of the dead man'],
    ['The father of the missing girl said police were slow. He said he had searched alone.', 'He said', 'father of the missing girl'],
    ['A colleague of the dead woman said she was careful. He said she always wore a helmet.', 'He said', 'colleague of the dead woman'],
    ['A friend of Mr. Doyle said the shop had closed. She said he was tired.', 'She said', 'friend of Mr. Doyle'],
    ['The lawyer for Mrs. Hale said the charges were false. He said he would appeal.', 'He said', 'lawyer for Mrs. Hale'],
    ['A nurse who treated the boy told the BBC the ward was full. She said staff were exhausted.', 'She said', 'nurse who treated the boy'],
    ['A neighbour of the murdered man said the shots came at midnight. He said nobody called the police.', 'He said', 'neighbour of the murdered man'],
    ['The sister of the jailed activist said he was beaten. She said he had lost weight.', 'She said', 'sister of the jailed activist'],
    ['The mother of one of the boys said the school ignored the warnings. She said she had written twice.', 'She said', 'mother of one of the boys'],
    ['A brother of the detained journalist said she had not been charged. He said the family had not seen her.', 'He said', 'brother of the detained journalist'],
    // An owner before the noun gives way to the noun: "the man's widow" is a woman.
    ["The man's widow said the company never paid. She said she had sold her house.", 'She said', "man's widow"],
    ["Mr. Hale's wife said the charges were false. She said she would appeal.", 'She said', "Mr. Hale's wife"],
    // British spellings and people met at a scene are people, whom a pronoun refers back to.
    ['A neighbour said the shots came at midnight. She said nobody called the police.', 'She said', 'neighbour'],
    ['A bystander said the car did not stop. He said it was going fast.', 'He said', 'bystander'],
    ['An organiser said the march was peaceful. She said police had been told.', 'She said', 'organiser'],
    ['A paramedic said the victims were burned. He said two were in a critical state.', 'He said', 'paramedic'],
  ])('%s', (text, phrase, speaker) => {
    expect(attributionOf(text, phrase)?.[1]).toBe(speaker)
  })
})

describe('a body described after a person who leads it is the body', () => {
  it.each([
    ["Carla Montenegro, president of the judges' union, said the quotas were unfair. The judges' union has called for a review.", "The judges' union has called for", 'named-organization'],
    ["Tom Hale, chairman of the miners' union, said the pit was unsafe. The union said it would strike.", 'The union said', 'named-organization'],
    ['Tom Hale, head of the council, said the bridge was unsafe. The council said repairs would start.', 'The council said', 'named-organization'],
    ['Jo Park, a spokeswoman for the company, declined to comment. The company said sales had risen.', 'The company said', 'named-organization'],
    ['Campaign manager Ed Lowe said the polls were wrong. The campaign said it had raised $2 million.', 'The campaign said', 'named-organization'],
    // A person's noun still finds the person; a body's name still finds the body.
    ['Ana Ruiz, a lawyer for the family, said the verdict was wrong. The lawyer said she would appeal.', 'The lawyer said', 'named-person'],
    ['Acme Bank said profits fell. The bank said it would cut jobs.', 'The bank said', 'named-organization'],
  ])('%s', (text, phrase, type) => {
    expect(attributionOf(text, phrase)?.[0]).toBe(type)
  })
})
