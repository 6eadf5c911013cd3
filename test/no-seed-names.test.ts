import {readdir, readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// Rules must generalise to any English news article, so the library code may
// not name the people or quote the sentences of the seed articles it was
// developed on. The names and sentences are read from the gold annotation, so
// this test names nothing itself.

const root = fileURLToPath(new URL('..', import.meta.url))
const gold = JSON.parse(
  await readFile(join(root, '..', 'shared', 'gold', 'seeds.gold.json'), 'utf8')
) as Record<string, {attributions: GoldAttribution[]}>

interface GoldAttribution {
  sourceType: string
  source: string | null
  resolvedSource: string | null
  content: string | null
}

const nameWord = /^(?:\p{Lu}|(?:al|el|bin|van|de)-)/u

/**
 * The surname in "Jane Doe, party spokeswoman", "the party's leader, Jane Doe"
 * or "party official Jane Doe": the last word of the part that is all name, or
 * else of the capitalised words that end the mention.
 */
function surname(mention: string): string | undefined {
  const parts = mention.split(',').map((part) => part.trim().split(/\s+/))
  const name = parts.find((words) => words.every((word) => nameWord.test(word)))
  if (name) return name.at(-1)
  const words = parts[0]!
  const lastLower = words.findLastIndex((word) => !nameWord.test(word))
  return words.slice(lastLower + 1).at(-1)
}

const attributions = Object.values(gold).flatMap((article) => article.attributions)
const surnames = new Set(
  attributions
    .filter((attribution) => attribution.sourceType === 'Named Person')
    .flatMap((attribution) => [attribution.resolvedSource, attribution.source])
    .filter((mention): mention is string => mention !== null)
    .map(surname)
    .filter((name): name is string => name !== undefined && name.length > 3 && /^\p{Lu}/u.test(name))
)
const fragments = attributions
  .map((attribution) => attribution.content)
  .filter((content): content is string => content !== null && content.length >= 40)
  .map((content) => content.slice(0, 40))

async function* libraryFiles(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!['node_modules', 'dist', 'out', '.cache', '.turbo'].includes(entry.name)) yield* libraryFiles(path)
    } else if (/\.(?:ts|js|mjs|json|txt|tsv|csv|md)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
      yield path
    }
  }
}

describe('library code', () => {
  it('reads enough names and sentences from the gold to mean something', () => {
    expect(surnames.size).toBeGreaterThanOrEqual(5)
    expect(fragments.length).toBeGreaterThanOrEqual(20)
  })

  it('names no person of the seed articles and quotes none of their sentences', async () => {
    const offences: string[] = []
    for (const folder of ['packages', 'pipelines']) {
      for await (const path of libraryFiles(join(root, folder))) {
        if (path.endsWith('package.json')) continue
        const text = await readFile(path, 'utf8')
        for (const name of surnames) {
          if (new RegExp(`\\b${name}\\b`).test(text)) offences.push(`${relative(root, path)}: ${name}`)
        }
        for (const fragment of fragments) {
          if (text.includes(fragment)) offences.push(`${relative(root, path)}: "${fragment}"`)
        }
      }
    }
    expect(offences).toEqual([])
  })
})
