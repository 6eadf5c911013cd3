/** The rules the plugin reports on, each documented in the readme under its id. */
export const ruleIds = [
  'attribution',
  'bare-anonymous-source',
  'anonymous-without-reason',
  'formulaic-anonymity-reason',
  'unsourced-hedge',
  'unattributed-claim'
] as const

export type RuleId = (typeof ruleIds)[number]

export const source = 'retext-attribution'

const base = 'https://github.com/news-sourcing/sourcing/tree/main/packages/retext-attribution'

/** Documentation of a rule. */
export function ruleUrl(ruleId: RuleId): string {
  return `${base}#${ruleId}`
}
