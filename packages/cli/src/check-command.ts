import {parseArgs} from 'node:util'
import {articleFromText} from '@sourcing/ingest'
import {ruleIds} from '@sourcing/retext-attribution'
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import {checkArticle, checkPaths, type CheckOptions} from './check.js'
import {UsageError, type Io} from './io.js'

/**
 * `sourcing check`: report the attribution rules' findings for drafts, as
 * alex and remark do.
 *
 * @param args Arguments after `check`.
 * @param io Where to write, and standard input for a draft given there.
 * @returns 1 when any warning or error remains after the rules turned off, else 0.
 */
export async function checkCommand(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      markdown: {type: 'boolean', default: false},
      'rule-off': {type: 'string', multiple: true, default: []},
      quiet: {type: 'boolean', default: false},
      silent: {type: 'boolean', default: false},
      verbose: {type: 'boolean', default: false},
      json: {type: 'boolean', default: false}
    }
  })
  const unknown = values['rule-off'].filter((id) => !(ruleIds as readonly string[]).includes(id))
  if (unknown.length > 0) {
    throw new UsageError(`unknown rule ${unknown.join(', ')} (rules: ${ruleIds.join(', ')})`)
  }
  const options: CheckOptions = {rulesOff: new Set(values['rule-off']), verbose: values.verbose}

  const files: VFile[] = []
  if (positionals.length === 0) {
    const origin = {path: '<stdin>', format: values.markdown ? 'md' : 'txt', line: null} as const
    files.push(await checkArticle(articleFromText(await io.stdin(), origin), options))
  } else {
    for await (const file of checkPaths(positionals, options)) files.push(file)
  }

  if (values.json) {
    await io.stdout(reporterJson(files, {quiet: values.quiet, silent: values.silent}) + '\n')
  } else {
    const report = reporter(files, {quiet: values.quiet, silent: values.silent, color: false})
    if (report) await io.stderr(report + '\n')
  }
  return files.some((file) => file.messages.some((message) => message.fatal !== undefined)) ? 1 : 0
}
