import type {HardSentence} from '@sourcing/schema'
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextReadability from 'retext-readability'
import {smogFormula} from 'smog-formula'
import {spacheFormula} from 'spache-formula'
import {VFile} from 'vfile'
import type {SentenceTally} from './counts.js'

export interface HardSentenceOptions {
  /** Target reader age (retext-readability default: 16). */
  age?: number | null | undefined
  /** Share of the 7 formulas that must find a sentence hard (default: 4/7). */
  threshold?: number | null | undefined
  /** Sentences with fewer words are not judged (default: 5). */
  minWords?: number | null | undefined
}

/** retext-readability's formulas; it divides the votes by this. */
const formulaCount = 7

const votesPattern = /according to (?:(\d+) out of|all (\d+))/

/**
 * Find hard sentences with retext-readability, run only on the sentences
 * that could reach its threshold.
 *
 * retext-readability looks up every word of every sentence in two word lists
 * held as arrays, which makes it most of the cost of a readability pass. The
 * counts it works from are already taken in the one walk of the tree (see
 * {@link SentenceTally}), so sentences that cannot reach the threshold are
 * skipped, and retext-readability, run as the plugin it is, judges only the
 * rest and stays the authority on the votes.
 *
 * The SMOG vote of retext-readability 8 can in practice never be cast (it
 * takes the square root of a grade again, so a sentence would need some 980
 * polysyllabic words), so "N out of 7" is in effect out of 6. The default
 * threshold of 4/7 is kept, which means 4 of the 6 working formulas must
 * agree; `votes` is retext-readability's own count.
 *
 * @param sentences
 *   Sentences with their retext-readability-style counts.
 * @param options
 *   retext-readability options.
 * @returns
 *   Hard sentences in text order with the number of formulas that voted.
 */
export function hardSentences(
  sentences: readonly SentenceTally[],
  options: HardSentenceOptions = {}
): HardSentence[] {
  const age = options.age || 16
  const threshold = options.threshold || 4 / 7
  const minWords = typeof options.minWords === 'number' ? options.minWords : 5
  const needed = Math.ceil(threshold * formulaCount - 1e-9)

  const candidates = sentences.filter(
    (sentence) =>
      sentence.words >= minWords && mostVotes(sentence, age) >= needed
  )
  if (candidates.length === 0) return []

  const byStart = new Map(candidates.map((sentence) => [sentence.node.position?.start.offset, sentence]))
  const tree: Root = {
    type: 'RootNode',
    children: [{type: 'ParagraphNode', children: candidates.map((sentence) => sentence.node)}]
  }
  const scratch = new VFile()
  retextReadability({age, threshold, minWords})(tree, scratch)

  const found: HardSentence[] = []
  for (const message of scratch.messages) {
    const sentence = byStart.get(message.place && 'start' in message.place ? message.place.start.offset : undefined)
    const position = sentence?.node.position
    const votes = votesPattern.exec(message.reason)
    if (!sentence || !position || !votes) continue
    found.push({
      start: position.start.offset!,
      end: position.end.offset!,
      text: toString(sentence.node),
      votes: Number(votes[1] ?? votes[2])
    })
  }
  return found
}

/**
 * Votes retext-readability would give a sentence, from its own counts.
 *
 * @param sentence
 *   Counts of one sentence.
 * @param age
 *   Target reader age.
 * @returns
 *   How many of the seven formulas find it too hard.
 */
function mostVotes(sentence: SentenceTally, age: number): number {
  const counts = {
    sentence: 1,
    word: sentence.words,
    syllable: sentence.syllables,
    character: sentence.characters,
    letter: sentence.characters,
    complexPolysillabicWord: sentence.complexWords,
    polysillabicWord: sentence.polysyllabicWords,
    difficultWord: sentence.daleChallDifficultWords,
    unfamiliarWord: sentence.spacheUnfamiliarWords
  }
  const ages = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(flesch(counts) / 10),
    gradeToAge(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    gradeToAge(spacheFormula(counts))
  ]
  return ages.filter((value) => value > age).length
}

/**
 * retext-readability's grade-to-age conversion.
 *
 * @param grade
 *   US school grade.
 * @returns
 *   Age.
 */
function gradeToAge(grade: number): number {
  return Math.round(grade + 5)
}
