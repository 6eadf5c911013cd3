import type {Analysis, Attribution, Check, RemovalReason, SourceType} from '@sourcing/schema'
import {classifyReason, findings, flagKinds, plural, uncertainRanges, type FlagKind, type Findings} from '@sourcing/score'
import type {RootContent} from 'mdast'
import {number, percent, points, truncate} from './format.js'
import {code, heading, list, paragraph, serialize, strong, table, type Inline} from './mdast.js'

/** Status with a mark, so a reader scanning the column sees failures without relying on colour. */
const statusLabel: Record<Check['status'], string> = {
  pass: '✔ pass',
  partial: '◐ partial',
  fail: '✘ fail',
  'not-applicable': '– n/a'
}

/** Heading of each kind of flag, saying in a reader's words what was found. */
const flagTitle: Record<FlagKind, string> = {
  'bare-anonymous-source': 'Bare anonymous sources ("a source", "sources said")',
  'anonymous-without-reason': 'Anonymous sources with no stated reason',
  'formulaic-reason': 'Formulaic reasons for anonymity',
  'anonymous-opinion': 'Opinion from anonymous sources',
  'anonymous-first-quote': 'Anonymous source as the first quote',
  'unsourced-hedge': 'Unsourced hedges',
  'unattributed-claim': 'Unattributed claims (estimate)',
  'uncredited-media': 'Material from other media without the outlet named',
  'plural-sources': '"Sources" in the plural with a single descriptor (advisory)'
}

/** Most unattributed claims listed; the standards ask for the top five. */
const maxClaims = 5
/** Most hard sentences listed. */
const maxHardSentences = 5

/**
 * Render the per-article sourcing report as Markdown. The document is built
 * as an mdast tree and serialised with `mdast-util-to-markdown` and GFM
 * tables, so article text inside it is escaped and cannot break a table or
 * inject HTML or links.
 *
 * @param analysis
 *   Full analysis of one article (`sourcing analyze --json`).
 * @param found
 *   Its findings, when the caller has worked them out already (the report
 *   stage shares them with the summary).
 * @returns
 *   Markdown of `reports/<article>.md`.
 */
export function renderArticleReport(analysis: Analysis, found: Findings = findings(analysis)): string {
  return serialize([
    ...header(analysis, found),
    ...scorecard(analysis, found),
    ...counts(found),
    ...sources(found),
    ...inventory(found),
    ...flags(found),
    ...readability(analysis),
    ...removed(analysis, found),
    ...method(analysis)
  ])
}

/**
 * "¶3" for an offset.
 *
 * @param found
 *   Findings.
 * @param offset
 *   Offset in the text.
 * @returns
 *   Paragraph mark.
 */
function pilcrow(found: Findings, offset: number): string {
  return `¶${found.body.paragraphOf(offset)}`
}

/**
 * A bold label and its value.
 *
 * @param label
 *   Label, without colon.
 * @param value
 *   Value.
 * @returns
 *   Inline content.
 */
function fact(label: string, value: string): Inline[] {
  return [strong(`${label}:`), ` ${value}`]
}

/**
 * The title and the facts a reader needs to place the article before
 * judging its sourcing: who published it and when, who wrote it, which wire
 * services it credits, how long it is, where it came from, and the rubric
 * and formula versions, so that two reports of the same article made by
 * different versions can be told apart.
 *
 * @param analysis
 *   Analysis of the article.
 * @param found
 *   Its findings, for the word and paragraph counts.
 * @returns
 *   Title heading and list of facts.
 */
function header(analysis: Analysis, found: Findings): RootContent[] {
  const {score, readability} = analysis
  const formulas = Object.entries(readability.formulas)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ')
  const facts: Inline[][] = [
    fact('Outlet', analysis.outlet ?? 'unknown'),
    fact('Date', analysis.date ?? 'unknown'),
    fact('Byline', analysis.byline ?? 'none found'),
    fact('Wire credits', analysis.wireCredits.length > 0 ? analysis.wireCredits.join(', ') : 'none'),
    fact('Words', `${found.body.words} in ${plural(found.body.paragraphs.length, 'paragraph')}`),
    fact('Source', analysis.url ?? analysis.origin.path),
    fact('Versions', `rubric ${score.rubricVersion}; formulas ${formulas || 'none'}`)
  ]
  return [heading(1, analysis.title ?? analysis.id), list(facts)]
}

/**
 * The score and how it was earned: the total and band (or why the article
 * was not graded), a warning naming the checks whose points rest mostly on
 * heuristic attributions with the range they could take, one table row per
 * check with its reason, evidence and the standards behind it, and the
 * advice of every check that fell short, so an editor sees first what to
 * fix.
 *
 * @param analysis
 *   Analysis of the article.
 * @param found
 *   Its findings, for the uncertain checks' ranges and the summary line.
 * @returns
 *   Section.
 */
function scorecard(analysis: Analysis, found: Findings): RootContent[] {
  const {score} = analysis
  const uncertain = score.checks.filter((check) => check.uncertain)
  const ranges = uncertainRanges(analysis, found)
  const headline = score.graded
    ? paragraph(strong(`Sourcing score: ${points(score.total)} / 100 — ${score.band}`), scoreSummary(found))
    : paragraph(
        ...fact('Not graded', `${score.ungradedReason ?? 'Insufficient text for a sourcing grade.'} The checks below are shown for information.`)
      )
  const rows = score.checks.map((check): Inline[] => [
    `${check.id} ${check.title}`,
    `${points(check.points)} / ${check.max}${check.uncertain ? ` (uncertain: ${pointRange(ranges.get(check.id))})` : ''}`,
    statusLabel[check.status],
    check.reason,
    evidenceCell(check),
    check.standards.join(', '),
    check.advice ?? '–'
  ])
  const advice = score.checks.filter((check) => check.advice !== null)
  return [
    heading(2, 'Scorecard'),
    headline,
    ...(uncertain.length > 0
      ? [
          paragraph(
            ...fact(
              'Uncertain',
              `${uncertain.map((check) => `${check.id} (${pointRange(ranges.get(check.id))} points)`).join(', ')} rest on attributions more than 30% of which the tagger found only by heuristic; the range gives the points with and without them.`
            )
          )
        ]
      : []),
    table(['Check', 'Points', 'Status', 'Why', 'Evidence', 'Standards', 'What would raise it'], rows),
    heading(3, 'What would raise this score'),
    advice.length > 0
      ? list(advice.map((check) => [strong(`${check.id} (+${points(check.max - check.points)}):`), ` ${check.advice!}`]))
      : paragraph('Nothing: every check earned its points.')
  ]
}

/**
 * Points range of an uncertain check.
 *
 * @param range
 *   `[low, high]`.
 * @returns
 *   "5–10", or "10 either way" when the heuristic finds do not move it.
 */
function pointRange(range: readonly [number, number] | undefined): string {
  if (!range) return '–'
  return range[0] === range[1] ? `${points(range[0])} either way` : `${points(range[0])}–${points(range[1])}`
}

/**
 * One line under the total: the figures an editor looks at first.
 *
 * @param found
 *   Findings.
 * @returns
 *   Text.
 */
function scoreSummary(found: Findings): string {
  const anonymous = found.sources.filter((source) => source.anonymous).length
  return ` — ${plural(found.sources.length, 'distinct source')} (${found.sources.length - anonymous} named, ${anonymous} anonymous), ${plural(found.attributions.length, 'attribution')}, ${plural(found.flags.length, 'flag')}.`
}

/**
 * Evidence of a check for its table cell: the first phrases with paragraph.
 *
 * @param check
 *   Check.
 * @returns
 *   Text.
 */
function evidenceCell(check: Check): string {
  if (check.evidence.length === 0) return '–'
  return check.evidence
    .slice(0, 3)
    .map((item) => `¶${item.paragraph} "${truncate(item.text, 60)}"${item.note ? ` (${item.note})` : ''}`)
    .join('; ')
}

/**
 * The mix of attributions, named against anonymous and direct against
 * indirect, beside the shares content studies found in other newsrooms, and
 * how many attributions each type of source got: the figures that place an
 * article among others before its sources are read one by one.
 *
 * @param found
 *   Findings.
 * @returns
 *   Section.
 */
function counts(found: Findings): RootContent[] {
  const total = found.attributions.length
  const byType = new Map<SourceType, number>()
  for (const attribution of found.attributions) byType.set(attribution.sourceType, (byType.get(attribution.sourceType) ?? 0) + 1)
  const named = found.attributions.filter((a) => !a.anonymous).length
  const quote = (kind: Attribution['quote']) => found.attributions.filter((a) => a.quote === kind).length
  return [
    heading(2, 'Attributions at a glance'),
    paragraph(
      `${plural(total, 'attribution')}: ${named} named (${percent(total ? named / total : null)}), ${total - named} anonymous (${percent(total ? (total - named) / total : null)}); ${quote('direct')} direct, ${quote('indirect')} indirect, ${quote('mixed')} mixed. Research reference: about 76% of sources named (PEJ 2002); 30–52% of quotations direct (Pareti et al. 2013).`
    ),
    table(
      ['Source type', 'Attributions', 'Share'],
      [...byType.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([type, count]) => [type, String(count), percent(count / total)]),
      [null, 'right', 'right']
    )
  ]
}

/**
 * One row per distinct source, after the attributions to it are merged: how
 * often it speaks and how, and for an anonymous one the reason the article
 * gives for not naming it, which the standards ask for.
 *
 * @param found
 *   Findings.
 * @returns
 *   Section.
 */
function sources(found: Findings): RootContent[] {
  if (found.sources.length === 0) return [heading(2, 'Sources'), paragraph('No source found.')]
  return [
    heading(2, 'Sources'),
    table(
      ['Source', 'Type', 'Role', 'Attributions', 'Direct / indirect / mixed', 'Anonymity reason', 'First seen'],
      found.sources.map((source) => [
        source.name,
        source.sourceType,
        source.role,
        String(source.attributions.length),
        `${source.direct} / ${source.indirect} / ${source.mixed}`,
        source.anonymous
          ? `${source.reason}${source.justification ? `: "${truncate(source.justification.text, 80)}"` : ''}`
          : '–',
        pilcrow(found, source.start)
      ])
    )
  ]
}

/**
 * Every attribution as the tagger found it, in text order: the words that
 * name the source, whom they were resolved to, the cue and what is
 * attributed. It is the evidence behind the other sections, so a reader who
 * doubts a figure can check each find against the article. Nothing when
 * there is no attribution (the sources section already says so).
 *
 * @param found
 *   Findings.
 * @returns
 *   Section, or nothing.
 */
function inventory(found: Findings): RootContent[] {
  if (found.attributions.length === 0) return []
  return [
    heading(2, 'Attribution inventory'),
    table(
      ['¶', 'Source as written', 'Resolves to', 'Cue', 'Type', 'Quote', 'What is attributed', 'Hedges', 'Anonymity reason', 'Confidence'],
      found.attributions.map((a) => [
        pilcrow(found, a.cue.start),
        a.source ? a.source.text : '(none)',
        a.speaker ?? '–',
        // A quotation carried on from the sentence before has no cue of its own.
        a.cue.text || '(continued quote)',
        a.sourceType,
        a.quote,
        a.content ? truncate(a.content.text, 100) : '–',
        a.hedges.map((hedge) => hedge.text).join(', ') || '–',
        a.anonymous ? `${classifyReason(a.justification)}${a.justification ? `: "${truncate(a.justification.text, 60)}"` : ''}` : '–',
        a.confidence
      ])
    )
  ]
}

/**
 * The sourcing problems found, one list per kind in a fixed order with the
 * paragraph and text of each. Unattributed claims are an estimate and can
 * be many, so only the first few are listed, with a count of the rest.
 *
 * @param found
 *   Findings.
 * @returns
 *   Section.
 */
function flags(found: Findings): RootContent[] {
  const content: RootContent[] = [heading(2, 'Flags')]
  if (found.flags.length === 0) return [...content, paragraph('No flags raised.')]
  for (const kind of flagKinds) {
    const raised = found.flags.filter((flag) => flag.kind === kind)
    if (raised.length === 0) continue
    const shown = kind === 'unattributed-claim' ? raised.slice(0, maxClaims) : raised
    content.push(
      heading(3, `${flagTitle[kind]}: ${raised.length}`),
      list(shown.map((flag) => [`¶${flag.paragraph} `, code(truncate(flag.text, 160)), flag.note ? ` — ${flag.note}` : '']))
    )
    if (shown.length < raised.length) content.push(paragraph(`… and ${raised.length - shown.length} more.`))
  }
  return content
}

/**
 * How hard the article is to read, by each formula and by their consensus,
 * with the hardest sentences. Shown beside the score, not in it: long
 * sentences say nothing about how well a story is sourced.
 *
 * @param analysis
 *   Analysis of the article.
 * @returns
 *   Section.
 */
function readability(analysis: Analysis): RootContent[] {
  const r = analysis.readability
  const band = r.daleChallGrade ? (r.daleChallGrade[0] === r.daleChallGrade[1] ? `${r.daleChallGrade[0]}+` : `${r.daleChallGrade[0]}–${r.daleChallGrade[1]}`) : '–'
  const content: RootContent[] = [
    heading(2, 'Readability (not part of the score)'),
    paragraph(
      r.consensusGrade === null
        ? `Too short to grade (${r.counts.words} words, ${r.counts.sentences} sentences; grades need 100 words and 3 sentences).`
        : `Consensus grade ${number(r.consensusGrade)} (median of Flesch-Kincaid, fog, SMOG, Coleman-Liau, ARI and the Dale-Chall band). Hard news usually reads at grade 8–12; above 14, or Flesch reading ease below 30, is hard going.`
    ),
    table(
      ['Measure', 'Value'],
      [
        ['Flesch reading ease', number(r.fleschReadingEase)],
        ['Flesch-Kincaid grade', number(r.fleschKincaidGrade)],
        ['Gunning fog', number(r.gunningFog)],
        ['SMOG', number(r.smog)],
        ['Coleman-Liau', number(r.colemanLiau)],
        ['Automated readability (ARI)', number(r.automatedReadability)],
        ['Dale-Chall score (grade band)', `${number(r.daleChall, 2)} (${band})`],
        ['Spache (for primary grades; for reference only)', number(r.spache)],
        ['Consensus grade', number(r.consensusGrade)],
        ['Words / sentences', `${r.counts.words} / ${r.counts.sentences}`]
      ],
      [null, 'right']
    )
  ]
  if (r.hardSentences.length > 0) {
    const hardest = r.hardSentences.toSorted((a, b) => b.votes - a.votes || a.start - b.start).slice(0, maxHardSentences)
    content.push(
      heading(3, `Hardest sentences (${r.hardSentences.length} found hard by retext-readability)`),
      list(hardest.map((sentence) => [`${sentence.votes} of 6 formulas: `, code(truncate(sentence.text, 200))]))
    )
  }
  return content
}

/**
 * What the cleaner cut before analysis (bylines, captions, page furniture),
 * counted by reason and listed with where it was: a report whose figures
 * look wrong can be checked for text removed by mistake.
 *
 * @param analysis
 *   Analysis of the article, with its text and removed spans.
 * @param found
 *   Its findings, for paragraph numbers.
 * @returns
 *   Section.
 */
function removed(analysis: Analysis, found: Findings): RootContent[] {
  if (analysis.removed.length === 0) {
    return [heading(2, 'Removed by the cleaner'), paragraph('Nothing was removed.')]
  }
  const byReason = new Map<RemovalReason, number>()
  for (const span of analysis.removed) byReason.set(span.reason, (byReason.get(span.reason) ?? 0) + 1)
  return [
    heading(2, 'Removed by the cleaner'),
    paragraph(
      [...byReason.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([reason, count]) => `${reason}: ${count}`)
        .join('; ')
    ),
    table(
      ['Reason', 'Near', 'Text removed'],
      analysis.removed
        .toSorted((a, b) => a.start - b.start)
        .map((span) => [span.reason, pilcrow(found, span.start), truncate(analysis.text.slice(span.start, span.end), 100)])
    )
  ]
}

/**
 * How the score is made and what the tool cannot see, in every report, so
 * that a report read on its own is not taken for more than it is.
 *
 * @param analysis
 *   Analysis of the article, for its rubric version.
 * @returns
 *   Section.
 */
function method(analysis: Analysis): RootContent[] {
  return [
    heading(2, 'Method and limitations'),
    list([
      [
        `The score adds ten checks (R1–R10, rubric ${analysis.score.rubricVersion}) drawn from the sourcing rules of AP, Reuters, the BBC, the New York Times, the Washington Post, SPJ, the Trust Project, the Credibility Coalition and NewsGuard. Nothing is learned: each check passes, half-passes or fails on fixed thresholds, and a check that does not apply earns its points.`
      ],
      [
        'Attributions are found by patterns (reporting verbs, "according to", quotation marks) and pronouns are resolved to the nearest fitting name. Sources the article implies but never names, quotes spread over several paragraphs, and unusual constructions can be missed or merged wrongly. A check marked uncertain rests mostly on such guesses.'
      ],
      [
        'Unattributed claims are an estimate: sentences with figures, names or assertive verbs and no attribution nearby. Background the reporter knows first-hand is counted too.'
      ],
      [
        'Reasons for anonymity are sorted into substantive (a risk to the source, or why they know), formulaic ("not authorized to speak publicly") and none; "spoke on condition of anonymity" alone does not count as a reason.'
      ],
      [
        'Articles under 150 words or with fewer than two attributions get no grade, nor do pieces their publisher labels opinion, review or live page (in the headline, first line or web address). Unlabelled opinion and analysis are scored like news; read their scores with that in mind. The gender of sources is not measured.'
      ],
      [
        'Readability grades use the whole body text, after the cleaner removed boilerplate. They are a guide to sentence and word length, not to quality, and differ between tools that count syllables differently.'
      ]
    ])
  ]
}
