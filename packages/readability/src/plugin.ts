import type {Readability} from '@sourcing/schema'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {tally} from './counts.js'
import {grades} from './grades.js'
import {hardSentences, type HardSentenceOptions} from './hard.js'
import {formulaVersions} from './versions.js'

declare module 'vfile' {
  interface DataMap {
    /** Document-level readability, set by `@sourcing/readability`. */
    readability: Readability
  }
}

/** Options: retext-readability's, for the hard-sentence list. */
export type Options = HardSentenceOptions

/**
 * Document-level readability for retext: counts the parsed tree once, feeds
 * the counts to the formula packages, and lists the sentences
 * retext-readability finds hard (its votes, from the same counts). Use after
 * `retext-english`; the result is in `file.data.readability`. Emits no
 * messages.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function retextDocumentReadability(options?: Options | null) {
  const settings = options ?? {}
  const formulas = formulaVersions()

  return function (tree: Root, file: VFile): undefined {
    const {counts, sentences} = tally(tree)
    // The tree's offsets point into the file's text, when the file has one.
    const source = file.value === undefined ? undefined : String(file)
    file.data.readability = {
      counts,
      ...grades(counts),
      hardSentences: hardSentences(sentences, settings, source),
      formulas: {...formulas}
    }
  }
}
