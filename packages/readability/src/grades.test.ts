import {readabilitySchema} from '@sourcing/schema'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextDocumentReadability, {grades, minimumSentences, minimumWords} from './index.js'

const cyrillic =
  'Городской совет в четверг утвердил бюджет на следующий год. Основная часть расходов пойдет ' +
  'на ремонт дорог, школ и больниц. По словам мэра, строительство нового моста через реку ' +
  'начнется весной и займет не менее трех лет. Депутаты от оппозиции голосовали против, заявив, ' +
  'что проект обойдется городу слишком дорого. Жители окраин жалуются на переполненные автобусы ' +
  'и требуют открыть новые маршруты. Транспортное управление обещает закупить сто новых автобусов ' +
  'до конца года. Эксперты считают, что без помощи федерального правительства город не сможет ' +
  'выполнить все обещания. Представители профсоюзов предупредили, что в случае задержки зарплат ' +
  'водители могут объявить забастовку. Следующее заседание совета назначено на конец месяца, когда ' +
  'депутаты рассмотрят тарифы на воду и отопление.'

const figures =
  '17.05.2024: 12 - 19 - 23 - 31 - 44 (7). 2,450,000 / 3 = 816,666.67.\n\n' +
  '15.3% +0.4% -1.2% 0.0%. 1:0, 2:1, 3:3, 0:2. 09:30 - 17:45. 1,100; 2,200; 3,300.'

/** Run the plugin the way the tag stage does. */
function analyse(text: string) {
  const processor = unified().use(retextEnglish).use(retextDocumentReadability)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.data.readability!
}

const gradeNames = [
  'fleschReadingEase',
  'fleschKincaidGrade',
  'gunningFog',
  'smog',
  'colemanLiau',
  'automatedReadability',
  'daleChall',
  'daleChallGrade',
  'spache',
  'consensusGrade'
] as const

describe('grades of text the formulas cannot read', () => {
  it.each([
    ['a Cyrillic article', cyrillic],
    ['a Cyrillic article naming a wire agency in Latin script', `${cyrillic} Об этом сообщает агентство Reuters.`],
    ['figures and punctuation only', figures],
    ['punctuation only', '... --- !!! ??? «» *** ... --- !!! ???']
  ])('%s: every grade is null and the record validates', (_, text) => {
    const readability = analyse(text)
    for (const name of gradeNames) expect(readability[name]).toBeNull()
    expect(readabilitySchema.safeParse(readability).success).toBe(true)
  })

  it('nulls a Cyrillic article for its script, not its length', () => {
    const {counts} = analyse(cyrillic)
    expect(counts.words).toBeGreaterThanOrEqual(minimumWords)
    expect(counts.sentences).toBeGreaterThanOrEqual(minimumSentences)
    expect(counts.syllables).toBe(0)
  })

  it('still counts the words, letters and sentences of a Cyrillic article', () => {
    const {counts} = analyse(cyrillic)
    expect(counts.sentences).toBe(9)
    expect(counts.letters).toBeGreaterThan(counts.words * 4)
  })
})

describe('grades from counts', () => {
  const english = {
    sentences: 6,
    words: 120,
    syllables: 180,
    letters: 560,
    characters: 570,
    polysyllabicWords: 14,
    complexWords: 10,
    daleChallDifficultWords: 20,
    spacheUnfamiliarWords: 25
  }

  it.each([
    ['no syllables at all', {...english, syllables: 0}],
    ['fewer syllables than words', {...english, syllables: english.words - 1}],
    ['too few words', {...english, words: minimumWords - 1}],
    ['too few sentences', {...english, sentences: minimumSentences - 1}]
  ])('%s: every grade is null', (_, counts) => {
    for (const value of Object.values(grades(counts))) expect(value).toBeNull()
  })

  it('grades counts of an English text with finite numbers only', () => {
    for (const value of Object.values(grades(english)).flat()) expect(Number.isFinite(value)).toBe(true)
  })
})
