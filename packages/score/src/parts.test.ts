import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {classifyReason, countWords, findings, indexBody, normalisePhrase, sourceKey, statesReason} from './index.js'
import {tagged} from './fixtures/build.js'
import {isNonOfficial} from './sources.js'

describe('classifyReason', () => {
  it.each([
    ['because he was not authorized to speak publicly', 'boilerplate'],
    ['because she was not authorised to discuss the matter', 'boilerplate'],
    ['because of the sensitivity of the negotiations', 'boilerplate'],
    ['because they were discussing private deliberations', 'boilerplate'],
    ["because she wasn't allowed to brief reporters", 'boilerplate'],
    ['because he was discussing closed-door negotiations', 'boilerplate'],
    ['in line with department policy', 'anonymity-only'],
    ['because he feared retaliation from his employer', 'substantive'],
    ['for fear of reprisals against her family', 'substantive'],
    ['to protect his safety', 'substantive'],
    ['on condition of anonymity', 'anonymity-only'],
    ['who asked not to be named', 'anonymity-only']
  ])('%s -> %s', (text, reason) => {
    expect(classifyReason({text})).toBe(reason)
  })

  it('recognises every reason for anonymity in the hand-annotated seed gold as a stated reason', () => {
    const gold = JSON.parse(readFileSync('/work/shared/gold/seeds.gold.json', 'utf8')) as Record<
      string,
      {attributions: Array<{justification: string | null}>}
    >
    const reasons = Object.values(gold).flatMap((article) => article.attributions.flatMap((a) => a.justification ?? []))
    expect(reasons.length).toBeGreaterThan(0)
    for (const text of reasons) expect(statesReason(classifyReason({text}))).toBe(true)
  })

  it('gives none when the article says nothing', () => {
    expect(classifyReason(null)).toBe('none')
  })
})

describe('indexBody', () => {
  const text = 'Headline here\n\nBy Jo Park\n\nThe mayor spoke on Monday. Mr. Dietz disagreed with the U.S. Senate.\nA new line starts.'

  it('numbers paragraphs after the cleaner removes a byline', () => {
    const start = text.indexOf('By Jo Park')
    const body = indexBody({text, removed: [{start, end: start + 10, reason: 'byline'}]})
    expect(body.paragraphs).toHaveLength(3)
    expect(body.paragraphOf(text.indexOf('The mayor'))).toBe(2)
    expect(body.paragraphOf(text.indexOf('A new line'))).toBe(3)
    expect(body.text).toHaveLength(text.length)
  })

  it('does not split sentences at abbreviations', () => {
    const body = indexBody({text, removed: []})
    const sentences = body.sentences.map((s) => text.slice(s.start, s.end))
    expect(sentences).toEqual([
      'Headline here',
      'By Jo Park',
      'The mayor spoke on Monday.',
      'Mr. Dietz disagreed with the U.S. Senate.',
      'A new line starts.'
    ])
  })

  it('stays fast on long runs of quotes and capitals', () => {
    const hostile = '"'.repeat(50_000) + ' A'.repeat(50_000) + '.'.repeat(50_000)
    const blankLine = ' '.repeat(200_000) + '\n'
    const started = performance.now()
    indexBody({text: hostile, removed: []})
    findings(tagged(blankLine + hostile + ' reportedly according to'.repeat(5_000), []))
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('sourceKey', () => {
  it.each([
    ['The officials', null, 'officials'],
    ['officials', null, 'officials'],
    ['He', 'Ana Ruiz', 'ana ruiz'],
    ['a senior official', null, 'senior official']
  ])('%s (speaker %s) -> %s', (source, speaker, key) => {
    const [attribution] = tagged(`${source} said so.`, [{in: source, cue: 'said', source, speaker}]).attributions
    expect(sourceKey(attribution!)).toBe(key)
  })

  it('gives no source for an agentless "is believed to"', () => {
    const [attribution] = tagged('The ship is believed to have sunk.', [{in: 'The ship', cue: 'is believed', anonymous: true}]).attributions
    expect(sourceKey(attribution!)).toBeNull()
  })
})

describe('normalisePhrase', () => {
  it('lowercases, straightens apostrophes and collapses whitespace, so one descriptor written twice compares equal', () => {
    expect(normalisePhrase(' A  Senior\nOfficial’s aide ')).toBe(normalisePhrase("a senior official's aide"))
    expect(normalisePhrase(' A  Senior\nOfficial’s aide ')).toBe("a senior official's aide")
  })
})

describe('isNonOfficial', () => {
  it.each([
    ['expert', true],
    ['citizen', true],
    ['media', true],
    ['official', false],
    ['police-military', false],
    ['unknown', false]
  ] as const)('a source whose role is %s is non-official: %s', (role, expected) => {
    expect(isNonOfficial({role})).toBe(expected)
  })
})

describe('countWords', () => {
  it.each([
    ['The mayor’s office said: “No.”', 5],
    ["A well-run, state-of-the-art rock 'n' roll show", 7],
    ['Hyphens in a row split words: pre--war, pre-’war', 10],
    ['Numbers count: 3.5 percent, 1,200 people, 24/7', 10],
    ['Рынки выросли, 市場は上昇 ٣', 4],
    ['x𝐀y 😀 z', 2],
    ['— … ***', 0]
  ])('counts %j as %i', (text, count) => {
    expect(countWords(text)).toBe(count)
    expect(countWords(text)).toBe(text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0)
  })
})
