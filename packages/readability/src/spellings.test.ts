import {describe, expect, it} from 'vitest'
import {SpellingTable} from './spellings.js'

const values = Int32Array.of(7, 3, 5, 6)

/** A table holding `spellings`, each with `values`. */
function tableOf(bits: number, spellings: readonly string[]): SpellingTable {
  const table = new SpellingTable(bits)
  for (const spelling of spellings) {
    if (table.find(spelling) < 0) table.add(values, 0)
  }
  return table
}

describe('SpellingTable', () => {
  it.each(['the', 'said', 'officials', 'THE', 'U.S.', "don't", 'well-known', 'sixteen-letters!'])(
    'finds the values stored for %j',
    (spelling) => {
      const table = tableOf(4, [spelling])
      const at = table.find(spelling)
      expect(at).toBeGreaterThanOrEqual(0)
      expect([...table.entries.subarray(at, at + 4)]).toEqual([...values])
    }
  )

  it.each([
    ['a longer word', 'seventeen-letters'],
    ['a non-ASCII letter', 'café'],
    ['a curly apostrophe', 'don’t'],
    ['a NUL', 'a\u0000'],
    ['the empty string', '']
  ])('does not hold %s', (_, spelling) => {
    expect(tableOf(4, [spelling]).find(spelling)).toBe(-1)
  })

  it.each([
    ['a prefix', 'the', 'th'],
    ['a longer word', 'the', 'them'],
    ['another case', 'the', 'The'],
    ['a word differing in its last block', 'administrations', 'administrationz']
  ])('does not mistake %s for a stored word', (_, stored, other) => {
    expect(tableOf(4, [stored]).find(other)).toBe(-1)
  })

  it('stops adding when half full and still finds what it holds', () => {
    const spellings = Array.from({length: 20}, (_, index) => `w${index}`)
    const table = tableOf(4, spellings)
    const held = spellings.filter((spelling) => table.find(spelling) >= 0)
    expect(held).toEqual(spellings.slice(0, 8))
  })

  it('holds nothing once cleared', () => {
    const table = tableOf(4, ['said'])
    table.clear()
    expect(table.find('said')).toBe(-1)
  })
})
