import type {Attribution, Claim} from '@sourcing/schema'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {isFormulaic} from './anonymity.js'
import {analyze, type Settings} from './analyze.js'
import {ruleUrl, source, type RuleId} from './rules.js'

declare module 'vfile' {
  interface DataMap {
    /** Reported statements, sorted by cue start. */
    attributions: Attribution[]
    /** Body sentences with a checkable claim that nothing attributes. */
    claims: Claim[]
  }
}

/** Configuration of `retextAttribution`. */
export interface Options {
  /**
   * Lowest share of its PolNeAR occurrences that a mined reporting verb must
   * have been annotated as a cue to count (default `0.45`); raise it for
   * precision, lower it for recall.
   */
  minCuePrecision?: number | null | undefined
  /**
   * Whether a quotation with no cue of its own that carries on a speaker's
   * quote is an attribution to that speaker (default `true`, as the seed
   * gold's CONTINUATION entries have it; PolNeAR folds such sentences into
   * the first attribution instead, so turn it off to score against PolNeAR).
   */
  continuations?: boolean | null | undefined
  /**
   * Whether to emit a message for each attribution and finding (default
   * `true`); turn it off when only `file.data` is read, which spares building
   * the messages and the line index their places need.
   */
  messages?: boolean | null | undefined
}

const emptyOptions: Options = {}
/** A cue that relays a named report: "reported", "according to". */
const reportCue = /\breport(s|ed|ing)?\b|according/i

/**
 * Find who said what in English news text: every reported statement with its
 * cue, source, content, source type, anonymity, hedges and speaker, plus the
 * checkable claims nothing attributes.
 *
 * Use after `retext-english`. Results go to `file.data.attributions` and
 * `file.data.claims`; each finding is also a message, unless `messages` is
 * off.
 *
 * @param options Configuration.
 * @returns Transform.
 */
export default function retextAttribution(options?: Options | null) {
  const settings: Settings = {
    minCuePrecision: options?.minCuePrecision ?? 0.45,
    continuations: (options ?? emptyOptions).continuations ?? true
  }
  const messages = (options ?? emptyOptions).messages ?? true

  return function (tree: Root, file: VFile): undefined {
    const text = String(file)
    const {findings, claims, hedges} = analyze(tree, text, settings)
    file.data.attributions = findings.map((finding) => finding.attribution)
    file.data.claims = claims
    if (!messages) return

    const place = location(text)
    const report = (ruleId: RuleId, reason: string, at: {start: number; end: number}, actual: string, fatal: boolean | undefined): void => {
      const start = place.toPoint(at.start)
      const end = place.toPoint(at.end)
      const message = file.message(reason, {
        place: start && end ? {start, end} : undefined,
        ruleId,
        source
      })
      message.fatal = fatal
      message.actual = actual
      message.url = ruleUrl(ruleId)
    }

    // A message is an Error, and capturing its stack trace is most of what
    // creating one costs; a lint message's stack says nothing, so skip it.
    const stackTraceLimit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      const seenEntities = new Set<number>()
      for (const {attribution, entity} of findings) {
        const who = attribution.speaker ?? attribution.source?.text ?? 'an unnamed source'
        report('attribution', `Attribution to ${who} (${attribution.sourceType}) with \`${attribution.cue.text || 'continued quote'}\``, attribution.cue.text ? attribution.cue : attribution.content ?? attribution.cue, attribution.cue.text, undefined)
        if (attribution.anonymous && attribution.specificity === 0 && attribution.source) {
          report('bare-anonymous-source', `Unexpected bare anonymous source \`${attribution.source.text}\`, say what the source's affiliation or role is`, attribution.source, attribution.source.text, false)
        }
        const firstOfEntity = entity < 0 || !seenEntities.has(entity)
        if (entity >= 0) seenEntities.add(entity)
        if (!firstOfEntity || !attribution.anonymous || !attribution.source || attribution.sourceType === 'unnamed-group') continue
        if (!attribution.justification) {
          report('anonymous-without-reason', `Unexpected anonymous source \`${attribution.source.text}\` with no reason given for withholding the name`, attribution.source, attribution.source.text, false)
        }
        if (attribution.justification && isFormulaic(attribution.justification.text)) {
          report('formulaic-anonymity-reason', `Unexpected formulaic reason for anonymity \`${attribution.justification.text}\`, say why this source needs it`, attribution.justification, attribution.justification.text, false)
        }
      }

      for (const hedge of hedges) {
        // "..., the BBC reported": the report the hedge stands for is named nearby.
        const named = findings.some(({attribution}) => attribution.source && !attribution.anonymous && Math.abs(attribution.cue.start - hedge.start) < 200 && reportCue.test(attribution.cue.text))
        const actual = text.slice(hedge.start, hedge.end)
        if (!named) report('unsourced-hedge', `Unexpected \`${actual}\` with no outlet or person named for the report`, hedge, actual, false)
      }

      for (const claim of claims) {
        report('unattributed-claim', 'Unexpected checkable claim with no attribution', claim, claim.text, false)
      }
    } finally {
      Error.stackTraceLimit = stackTraceLimit
    }
  }
}
