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

/** Every grade of a text: the readability figures that are not counts, hard sentences or formula versions. */
export type Grades = Omit<Readability, 'counts' | 'hardSentences' | 'formulas'>

/**
 * Turn document counts into every grade, or nulls when the formulas cannot
 * mean anything for the text:
 *
 * * fewer than {@link minimumWords} words or {@link minimumSentences}
 *   sentences (too short);
 * * fewer syllables than words: every word of a text in the Latin script
 *   has at least one syllable for `syllable`, which gives none to Cyrillic,
 *   Greek, Arabic or CJK words, so most of such a text is not English and
 *   the formulas, fitted on English, would grade noise (Flesch and
 *   Flesch-Kincaid would even be NaN with no syllable at all);
 * * any single result that is still not a finite number is null, and so is
 *   the consensus, so a record never holds NaN or Infinity.
 *
 * @param counts
 *   Counts of the whole document.
 * @returns
 *   Grades rounded to two decimals, the Dale-Chall band and the consensus.
 */
export function grades(counts: ReadabilityCounts): Grades {
  if (
    counts.words < minimumWords ||
    counts.sentences < minimumSentences ||
    counts.syllables < counts.words
  ) {
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
  const fleschKincaidGrade = finite(fleschKincaid(input))
  const fog = finite(gunningFog(input))
  const smog = finite(smogFormula(input))
  const coleman = finite(colemanLiau(input))
  const ari = finite(automatedReadability(input))
  const daleChall = finite(daleChallFormula(input))
  const band = daleChall === null ? null : finiteBand(daleChallGradeLevel(daleChall))
  const consensus = [fleschKincaidGrade, fog, smog, coleman, ari, band && bandMidpoint(band)]
  const consensusParts = consensus.filter((value) => value !== null)

  return {
    fleschReadingEase: round(finite(flesch(input))),
    fleschKincaidGrade: round(fleschKincaidGrade),
    gunningFog: round(fog),
    smog: round(smog),
    colemanLiau: round(coleman),
    automatedReadability: round(ari),
    daleChall: round(daleChall),
    daleChallGrade: band,
    spache: round(finite(spacheFormula(input))),
    consensusGrade: consensusParts.length === consensus.length ? round(median(consensusParts)) : null
  }
}

/**
 * A formula result, or null when it is NaN or infinite.
 *
 * @param value
 *   Formula result.
 * @returns
 *   The finite value or null.
 */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null
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
 *   Number, or null.
 * @returns
 *   Rounded number, or null.
 */
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100
}
