import type {HardSentence} from '@sourcing/schema'
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import {toString} from 'nlcst-to-string'
import {smogFormula} from 'smog-formula'
import {spacheFormula} from 'spache-formula'
import type {SentenceTally} from './counts.js'

/** Options of retext-readability 8, with its defaults. */
export interface HardSentenceOptions {
  /** Target reader age (default: 16). */
  age?: number | null | undefined
  /** Share of the 7 formulas that must find a sentence hard (default: 4/7). */
  threshold?: number | null | undefined
  /** Sentences with fewer words are not judged (default: 5). */
  minWords?: number | null | undefined
}

/** retext-readability's formulas; it divides the votes by this. */
const formulaCount = 7

/**
 * The sentences retext-readability 8 finds hard, with its votes, computed
 * from the per-sentence counts of the one walk instead of running it.
 *
 * This is retext-readability 8.0.0's algorithm step for step, so the list is
 * the one it gives (a test runs it on the shipped corpus and on PolNeAR
 * articles and compares spans and votes):
 *
 * * counts per sentence as in {@link SentenceTally}; Dale-Chall difficult and
 *   Spache unfamiliar words are the words minus the *distinct* listed words,
 *   so a repeated easy word makes a sentence look harder;
 * * sentences with fewer than `minWords` words are not judged;
 * * ages: `round(grade + 5)` for ARI, Coleman-Liau, fog, Spache and the upper
 *   bound of the Dale-Chall band (Infinity for the top band),
 *   `20 - floor(flesch / 10)` for Flesch, and `ceil(sqrt(smog) + 2.5)` for
 *   SMOG; a formula votes when its age is above `age`;
 * * hard when `votes / 7 >= threshold`; `age || 16` and `threshold || 4/7`,
 *   so 0 means the default.
 *
 * The SMOG vote is broken in version 8: it takes the square root of a grade
 * again, so a sentence would need some 980 polysyllabic words to cast it.
 * "N out of 7" is in effect out of 6, and the default threshold of 4/7 means
 * 4 of the 6 working formulas must agree.
 *
 * @param sentences
 *   Sentences with their retext-readability counts, from `tally`.
 * @param options
 *   retext-readability options.
 * @param source
 *   The text the tree was parsed from, if at hand: sentence texts are then
 *   sliced from it by their offsets, which gives the same string as joining
 *   the sentence's nodes at a tenth of the cost.
 * @returns
 *   Hard sentences in text order with the number of formulas that voted;
 *   sentences without positional offsets are left out.
 */
export function hardSentences(
  sentences: readonly SentenceTally[],
  options: HardSentenceOptions = {},
  source?: string
): HardSentence[] {
  const age = options.age || 16
  const threshold = options.threshold || 4 / 7
  const minWords = typeof options.minWords === 'number' ? options.minWords : 5

  const found: HardSentence[] = []
  for (const sentence of sentences) {
    // Written as retext-readability's `>=` so a NaN `minWords` judges nothing there too.
    if (!(sentence.words >= minWords)) continue
    const votes = votesOf(sentence, age)
    const start = sentence.node.position?.start.offset
    const end = sentence.node.position?.end.offset
    if (votes / formulaCount < threshold || start === undefined || end === undefined) continue
    found.push({start, end, text: source === undefined ? toString(sentence.node) : source.slice(start, end), votes})
  }
  return found
}

/**
 * How many of retext-readability's seven formulas find a sentence too hard
 * for a reader of `age`.
 *
 * @param sentence
 *   Counts of one sentence.
 * @param age
 *   Target reader age.
 * @returns
 *   Votes, 0 to 7.
 */
function votesOf(sentence: SentenceTally, age: number): number {
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
  let votes = 0
  // NaN (a sentence without words or syllables) is never above the age.
  for (const value of ages) if (value > age) votes++
  return votes
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
