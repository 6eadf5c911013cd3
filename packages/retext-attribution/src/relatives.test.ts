import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextAttribution from './index.js'

/** Type and speaker of the attribution whose source, then cue, reads as `phrase`. */
function attributionOf(text: string, phrase: string): [string, string | null] | undefined {
  const processor = unified().use(retextEnglish).use(retextAttribution)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  const attributions = (file.data.attributions ?? []) as Array<{source?: {text: string}; cue: {text: string}; sourceType: string; speaker: string | null}>
  const found = attributions.find((attribution) => `${attribution.source?.text} ${attribution.cue.text}` === phrase)
  return found && [found.sourceType, found.speaker]
}

describe('a relative named in apposition', () => {
  it.each([
    // The name beside the kin noun, set off by commas or not, names the relative and later mentions of it.
    ['His son, Grant, defended his father online, saying the post was a joke.', 'His son saying', 'Grant'],
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
