import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextAttribution from './index.js'
import {ruleIds} from './rules.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

interface Example {
  ruleId: string
  fires: boolean
  text: string
}

/** The `txt ok` / `txt not-ok` blocks of each rule's section under "Messages". */
function examples(): Example[] {
  const messages = readme.slice(readme.indexOf('## Messages'), readme.indexOf('\n## ', readme.indexOf('## Messages') + 1))
  const found: Example[] = []
  for (const section of messages.split(/^### /m).slice(1)) {
    const ruleId = /^`([a-z-]+)`/.exec(section)?.[1] ?? ''
    for (const block of section.matchAll(/^```txt (ok|not-ok)\n([\s\S]*?)\n```$/gm)) {
      found.push({ruleId, fires: block[1] === 'not-ok', text: block[2]!})
    }
  }
  return found
}

function firedRules(text: string): string[] {
  const processor = unified().use(retextEnglish).use(retextAttribution)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.messages.map((message) => message.ruleId ?? '')
}

describe('readme', () => {
  const documented = examples()

  it('documents every rule with an example that triggers it and one that does not', () => {
    for (const ruleId of ruleIds) {
      expect(documented.some((example) => example.ruleId === ruleId && example.fires), ruleId).toBe(true)
      expect(documented.some((example) => example.ruleId === ruleId && !example.fires), ruleId).toBe(true)
    }
    expect(new Set(documented.map((example) => example.ruleId))).toEqual(new Set(ruleIds))
  })

  it.each(documented.map((example) => [example.ruleId, example.fires ? 'fires' : 'does not fire', example.text, example.fires] as const))(
    '%s %s on "%s"',
    (ruleId, _, text, fires) => {
      expect(firedRules(text).includes(ruleId)).toBe(fires)
    }
  )
})
