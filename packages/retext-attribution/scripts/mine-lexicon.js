#!/usr/bin/env node
/**
 * Regenerate `src/cue-lexicon.ts` from PolNeAR's training split.
 *
 * For every word form it counts how often the form occurs in the articles and
 * how often an annotator marked that occurrence as (part of) an attribution
 * cue. Forms that are cues often enough and reliably enough are kept, with
 * their precision, so the tagger can prefer reliable cues.
 *
 *     node scripts/mine-lexicon.js [/path/to/train.jsonl]
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const trainPath = process.argv[2] || '/work/shared/data/polnear/train.jsonl'
const outPath = fileURLToPath(new URL('../src/cue-lexicon.ts', import.meta.url))

/** Occurrences an annotator must have marked before a form is trusted. */
const minHits = 4
/** Share of a form's occurrences that must be cues. */
const minPrecision = 0.5

/**
 * PolNeAR marks beliefs, intentions and evaluations as attributions too; these
 * forms pass the thresholds but are not verbs of saying or reporting in news
 * sourcing, or are not verbs at all.
 */
const notReporting = new Set([
  'adds', 'aiming', 'angered', 'assumption', 'balked', 'believing', 'brushed', 'championed',
  'chanting', 'chants', 'chanted', 'complaints', 'congratulated', 'convinced', 'derisively', 'detailing',
  'distanced', 'documented', 'eager', 'encouraged', 'enthusiastically', 'expected', 'expecting', 'explicitly',
  'fearing', 'finds', 'focuses', 'forcefully', 'hailed', 'imagined', 'impassioned', 'implicitly', 'inclination',
  'jokingly', 'lays', 'listed', 'named', 'negotiated', 'nominated', 'officially', 'openly', 'outspoken', 'persuaded',
  'pivoted', 'pointedly', 'pointed', 'prefers', 'proposing', 'realized', 'recommended', 'regarded', 'rebut', 'repeatedly', 'restricting',
  'sided', 'singled', 'slams', 'sounded', 'sparred', 'squarely', 'thanking', 'thanked', 'titled', 'unveiled',
  'wary', 'wondering', 'acquiesced', 'seemed', 'appears', 'seems', 'shows', 'showed', 'show', 'dubbed', 'reacted',
  'remembered', 'remembers', 'hoped', 'hopes', 'hoping', 'seeks', 'mocking', 'mocked', 'refusing', 'refuses',
  'refused', 'ordered', 'portray', 'portrayed', 'portraying', 'likened', 'invoked', 'credited', 'endorsed', 'endorses',
  'voiced', 'expressed', 'express', 'offered', 'talked', 'discussed', 'discuss', 'discussing', 'continued',
  'titled', 'outlining', 'outlined', 'presented', 'reads', 'quoted', 'labeled', 'deemed', 'considers', 'attacked',
  'criticizing', 'criticized', 'praised', 'praises', 'praising', 'blamed', 'blames', 'blaming', 'defended', 'touted',
  'touting', 'boasted', 'boasts', 'lambasted', 'blasted', 'blasting', 'blasts', 'assailed', 'rebuked', 'lashed',
  'decried', 'bemoaned', 'lamented', 'railed', 'condemned', 'condemning', 'denounced', 'denouncing', 'dismissed',
  'dismisses', 'dismissing', 'derided', 'slammed', 'slamming', 'mused', 'applauded', 'rebuffed', 'challenged',
  'issued', 'opposed', 'sought', 'reminding', 'reminded', 'retweeted', 'alluding', 'referenced', 'referencing',
  'refers', 'referred', 'referring', 'accuses', 'accused', 'accusing', 'implied', 'implying', 'speculated',
  'agreed', 'forecast', 'projected', 'predicting', 'predicted', 'recalling', 'recalled', 'mention',
  'mentions', 'mentioned', 'mentioning', 'emailed', 'repeating', 'echoed', 'echoing', 'calling', 'called', 
  'pleaded', 'interjected', 'yelled', 'shouted', 'answered', 'justify', 'reveal', 'reveals',
  'declare', 'announce', 'complain', 'emphasize', 'indicate', 'suggest', 'conclude', 'acknowledge', 'warn', 'argue',
  'insist', 'cite', 'citing', 'cites', 'cited', 'posted', 'articulated', 'telling', 'proclaimed', 'highlighted',
  'emphasizing', 'urging', 'urged', 'promising', 'promised', 'claiming', 'reportedly', 'suggests', 'suggesting', 'admits'
])

/**
 * Reporting verbs every English newsroom uses, in every form, whether or not
 * the training split happens to contain each form.
 */
const core = [
  'say says said saying', 'tell tells told telling', 'add adds added adding', 'note notes noted noting',
  'insist insists insisted insisting', 'confirm confirms confirmed confirming', 'stress stresses stressed stressing',
  'warn warns warned warning', 'claim claims claimed claiming', 'deny denies denied denying',
  'report reports reported reporting', 'indicate indicates indicated indicating', 'pledge pledges pledged pledging',
  'explain explains explained explaining', 'state states stated stating', 'announce announces announced announcing',
  'argue argues argued arguing', 'write writes wrote writing', 'acknowledge acknowledges acknowledged acknowledging',
  'admit admits admitted admitting', 'assert asserts asserted asserting', 'declare declares declared declaring',
  'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
  'reiterate reiterates reiterated reiterating', 'tweet tweets tweeted tweeting', 'suggest suggests suggested suggesting',
  'predict predicts predicted predicting', 'promise promises promised promising', 'vow vows vowed vowing',
  'urge urges urged urging', 'reply replies replied replying', 'respond responds responded responding',
  'allege alleges alleged alleging', 'contend contends contended contending', 'maintain maintains maintained',
  'signal signals signaled signalled signaling', 'disclose discloses disclosed', 'reveal reveals revealed',
  'estimate estimates estimated', 'testify testifies testified', 'recall recalls recalled', 'concede concedes conceded',
  'caution cautions cautioned', 'complain complains complained', 'observe observes observed',
  'remark remarks remarked', 'comment comments commented', 'quip quips quipped', 'joke jokes joked',
  'conclude concludes concluded concluding', 'accuse accuses accused', 'cite cites cited citing',
  'ask asks asked asking', 'recount recounts recounted', 'hints hinted', 'disputed disputing'
]

const seen = new Map()
const hits = new Map()
const articles = new Set()

for (const line of readFileSync(trainPath, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const record = JSON.parse(line)
  // Several annotators may cover one article; count each article once.
  if (articles.has(record.id)) continue
  articles.add(record.id)
  const cue = new Set()
  for (const attribution of record.attributions) {
    for (const [start, end] of attribution.cue || []) {
      for (let index = start; index < end; index++) cue.add(index)
    }
  }
  for (const match of record.text.matchAll(/[A-Za-z]+/g)) {
    const form = match[0].toLowerCase()
    seen.set(form, (seen.get(form) || 0) + 1)
    if (cue.has(match.index)) hits.set(form, (hits.get(form) || 0) + 1)
  }
}

const lexicon = new Map()
for (const [form, count] of hits) {
  const precision = count / seen.get(form)
  if (count >= minHits && precision >= minPrecision && !notReporting.has(form) && !form.endsWith('ly')) {
    lexicon.set(form, precision)
  }
}
for (const forms of core) {
  for (const form of forms.split(' ')) {
    if (!lexicon.has(form)) {
      const count = seen.get(form) || 0
      lexicon.set(form, count ? (hits.get(form) || 0) / count : 0)
    }
  }
}

const coreForms = new Set(core.flatMap((forms) => forms.split(' ')))
const rows = [...lexicon].sort((a, b) => a[0].localeCompare(b[0]))
const body = rows.map(([form, precision]) => `  ['${form}', ${precision.toFixed(2)}]`).join(',\n')
const coreBody = [...coreForms].sort().map((form) => `'${form}'`).join(', ')
writeFileSync(
  outPath,
  `// Generated by \`node scripts/mine-lexicon.js\` from PolNeAR train (${articles.size} articles). Do not edit.

/**
 * Reporting-verb forms and the share of their occurrences in PolNeAR train
 * that annotators marked as attribution cues (0 for forms train lacks).
 */
export const cueLexicon: ReadonlyMap<string, number> = new Map([
${body}
])

/** Forms of the everyday reporting verbs, trusted whatever their precision. */
export const coreCues: ReadonlySet<string> = new Set([${coreBody}])
`
)
console.log(`wrote ${rows.length} cue forms to ${outPath}`)
