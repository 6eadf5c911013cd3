import type {Readability, ReadabilityCounts} from '@sourcing/schema'
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spacheFormula} from 'spache-formula'

/**
 * Fewest words for a grade. The formulas were fitted on 100-word passages
 * (Flesch, Dale-Chall, Spache) or longer (SMOG: 30 sentences); below that a
 * single long word or sentence swings every grade by several years.
 */
export const minimumWords = 100

/** Fewest sentences for a grade: one or two sentences make "words per sentence" noise. */
export const minimumSentences = 3

/** Lowest grade of the open-ended top Dale-Chall band (`[16, Infinity]`). */
const daleChallTopGrade = 16

export type Grades = Omit<Readability, 'counts' | 'hardSentences' | 'formulas'>

/**
 * Turn document counts into every grade, or nulls when the text is too short
 * to judge (fewer than {@link minimumWords} words or {@link minimumSentences}
 * sentences).
 *
 * @param counts
 *   Counts of the whole document.
 * @returns
 *   Grades rounded to two decimals, the Dale-Chall band and the consensus.
 */
export function grades(counts: ReadabilityCounts): Grades {
  if (counts.words < minimumWords || counts.sentences < minimumSentences) {
    return {
      fleschReadingEase: null,
      fleschKincaidGrade: null,
      gunningFog: null,
      smog: null,
      colemanLiau: null,
      automatedReadability: null,
      daleChall: null,
      daleChallGrade: null,
      spache: null,
      consensusGrade: null
    }
  }

  const input = {
    sentence: counts.sentences,
    word: counts.words,
    syllable: counts.syllables,
    letter: counts.letters,
    character: counts.characters,
    polysillabicWord: counts.polysyllabicWords,
    complexPolysillabicWord: counts.complexWords,
    difficultWord: counts.daleChallDifficultWords,
    unfamiliarWord: counts.spacheUnfamiliarWords
  }
  const fleschKincaidGrade = fleschKincaid(input)
  const fog = gunningFog(input)
  const smog = smogFormula(input)
  const coleman = colemanLiau(input)
  const ari = automatedReadability(input)
  const daleChall = daleChallFormula(input)
  const band = finiteBand(daleChallGradeLevel(daleChall))

  return {
    fleschReadingEase: round(flesch(input)),
    fleschKincaidGrade: round(fleschKincaidGrade),
    gunningFog: round(fog),
    smog: round(smog),
    colemanLiau: round(coleman),
    automatedReadability: round(ari),
    daleChall: round(daleChall),
    daleChallGrade: band,
    spache: round(spacheFormula(input)),
    consensusGrade: round(
      median([fleschKincaidGrade, fog, smog, coleman, ari, bandMidpoint(band)])
    )
  }
}

/**
 * JSON has no infinity, so the open top band "16 and above" (`[16, Infinity]`
 * from `daleChallGradeLevel`) is written `[16, 16]`; no other band starts
 * and ends on the same grade, so readers can still tell it apart.
 *
 * @param band
 *   `[from, to]` as `daleChallGradeLevel` gives it.
 * @returns
 *   The band with finite bounds.
 */
function finiteBand(band: [number, number]): [number, number] {
  const [from, to] = band
  return Number.isFinite(to) ? [from, to] : [from, Math.max(from, daleChallTopGrade)]
}

/**
 * Middle of a Dale-Chall grade band; the top band counts as its lower bound,
 * since "16 and above" has no middle.
 *
 * @param band
 *   `[from, to]` with finite bounds.
 * @returns
 *   One grade.
 */
function bandMidpoint(band: readonly [number, number]): number {
  return (band[0] + band[1]) / 2
}

/**
 * Median of a non-empty list.
 *
 * @param values
 *   Numbers.
 * @returns
 *   The middle value, or the mean of the two middle values.
 */
function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Round to two decimals, so the same text gives the same JSON on any machine.
 *
 * @param value
 *   Number.
 * @returns
 *   Rounded number.
 */
function round(value: number): number {
  return Math.round(value * 100) / 100
}
