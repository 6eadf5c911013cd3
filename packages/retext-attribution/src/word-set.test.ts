import {describe, expect, it} from 'vitest'
import {WordSet} from './word-set.js'

describe('WordSet', () => {
  const words = new WordSet(['said', 'says', 'according', 'he', 'i', '', 'self-described', 'extraordinarily-long-compound-word'])

  it.each([
    ['said', true],
    ['according', true],
    ['he', true],
    ['i', true],
    ['', true],
    ['self-described', true],
    ['extraordinarily-long-compound-word', true],
    // The shape of a word in the set, but not one.
    ['sand', false],
    ['she', false],
    ['Said', false],
    ['extraordinarily-long-compound-verb', false],
    ['extraordinarily-long-compound-words', false],
    ['the', false],
    ['a', false]
  ])('%j -> %s', (word, found) => {
    expect(words.has(word)).toBe(found)
  })
})
