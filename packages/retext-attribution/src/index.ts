export {default, type Options} from './plugin.js'
export {ruleIds, ruleUrl, type RuleId} from './rules.js'
