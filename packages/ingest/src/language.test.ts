import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {dominantScript, mostCommonScript, nonEnglish, scriptCounts} from './index.js'

const shared = new URL('../../../../shared/', import.meta.url)

describe('nonEnglish', () => {
  it.each([
    [
      'German',
      'Die Regierung hat am Dienstag beschlossen, die Steuern für kleine Unternehmen zu senken. Der Finanzminister sagte, dass die Maßnahme im nächsten Jahr in Kraft treten werde und dass die Kosten durch Einsparungen gedeckt würden.'
    ],
    [
      'Spanish',
      'El gobierno anunció el martes que bajará los impuestos a las pequeñas empresas. El ministro de Hacienda dijo que la medida entrará en vigor el próximo año y que los costes se cubrirán con recortes en otros gastos del presupuesto.'
    ],
    [
      'French',
      "Le gouvernement a annoncé mardi une baisse des impôts pour les petites entreprises. Le ministre des Finances a déclaré que la mesure entrerait en vigueur l'année prochaine et que son coût serait couvert par des économies dans le budget."
    ],
    [
      'Portuguese',
      'O governo anunciou na terça-feira que vai reduzir os impostos das pequenas empresas. O ministro das Finanças disse que a medida entra em vigor no próximo ano e que os custos serão cobertos por cortes noutras despesas do orçamento.'
    ],
    [
      'Italian',
      'Il governo ha annunciato martedì che ridurrà le tasse per le piccole imprese. Il ministro delle Finanze ha detto che la misura entrerà in vigore il prossimo anno e che i costi saranno coperti da risparmi in altre voci del bilancio.'
    ],
    [
      'Cyrillic script',
      'Правительство во вторник объявило о снижении налогов для малого бизнеса. Министр финансов заявил, что мера вступит в силу в следующем году.'
    ],
    ['Hangul script', '정부는 화요일 소규모 기업에 대한 세금을 인하한다고 발표했다. 재무장관은 이 조치가 내년에 시행될 것이라고 말했다.']
  ])('names %s', (looksLike, text) => {
    expect(nonEnglish(text)).toBe(looksLike)
  })

  it.each([
    ['news prose', 'The government said on Tuesday it would cut taxes for small businesses, and the finance minister said the cost would be covered by savings elsewhere in the budget.'],
    [
      'a results list with few function words',
      'Boys basketball: Central 64, Eastside 51; Palm Bay 70, Melbourne 66; Viera 58, Rockledge 49; Titusville 61, Cocoa 55; Satellite 47, Merritt Island 45; Heritage 72, Bayside 40.'
    ],
    ['an English story quoting a Spanish phrase', 'Residents chanted "el pueblo unido jamás será vencido" as the mayor left the hall, and police said the crowd of about 200 people dispersed peacefully after an hour.'],
    ['a text too short to tell', 'Der Spiegel']
  ])('passes %s', (_, text) => {
    expect(nonEnglish(text)).toBeNull()
  })

  it('passes every article of the shipped corpus and of PolNeAR', () => {
    const corpus = new URL('../../../corpus/', import.meta.url)
    const texts = readdirSync(corpus).map((name) => readFileSync(new URL(name, corpus), 'utf8'))
    for (const split of ['train', 'dev']) {
      for (const line of readFileSync(new URL(`data/polnear/${split}.jsonl`, shared), 'utf8').split('\n')) {
        if (line.trim()) texts.push((JSON.parse(line) as {text: string}).text)
      }
    }
    expect(texts.length).toBeGreaterThan(1000)
    expect(texts.filter((text) => nonEnglish(text) !== null)).toEqual([])
  })
})

describe('dominantScript', () => {
  it.each([
    ['Markets rallied on Friday.', 'Latn'],
    ['Рынки выросли в пятницу.', 'Cyrl'],
    ['市場は金曜日に上昇した。', 'Hani'],
    ['2024 — 17:30', null]
  ])('%s -> %s', (text, script) => {
    expect(dominantScript(text)).toBe(script)
  })
})

describe('scriptCounts and mostCommonScript', () => {
  it('give the script of a whole text from the counts of its lines', () => {
    const text = 'Markets rallied on Friday.\nРынки выросли в пятницу, а индексы выросли.\n\n市場は金曜日に上昇した。'
    const lines = text.split('\n').map((line) => scriptCounts(line))
    expect(mostCommonScript(lines)).toBe(dominantScript(text))
    expect(mostCommonScript(lines)).toBe('Cyrl')
  })

  it('gives the earlier script on a tie and null without letters', () => {
    expect(mostCommonScript([scriptCounts('ab'), scriptCounts('жж')])).toBe('Latn')
    expect(mostCommonScript([scriptCounts('2024 — 17:30')])).toBeNull()
    expect(mostCommonScript([])).toBeNull()
  })
})
