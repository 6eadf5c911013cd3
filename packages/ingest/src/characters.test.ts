import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {characterTest, forEachRun} from './index.js'

const isLetter = characterTest(/\p{L}/u)
const isWordPart = characterTest(/[\p{L}\p{N}'’.-]/u)

/**
 * Runs found by `forEachRun`, as strings.
 *
 * @param value Text.
 * @returns The runs in order.
 */
function runs(value: string): string[] {
  const found: string[] = []
  forEachRun(value, isLetter, isWordPart, (start, end) => found.push(value.slice(start, end)))
  return found
}

describe('characterTest', () => {
  it.each([
    ['an ASCII letter', 'a', 1],
    ['an ASCII digit', '7', 0],
    ['an accented letter', 'é', 1],
    ['a curly apostrophe', '’', 0],
    ['a Cyrillic letter', 'ж', 1],
    ['a letter beyond the BMP', '𝐀', 2],
    ['an emoji beyond the BMP', '😀', 0],
    ['a lone high surrogate', '\ud835', 0],
    ['a lone low surrogate', '\udc00', 0]
  ])('measures %s', (_, value, length) => {
    expect(isLetter(value, 0)).toBe(length)
  })
})

describe('forEachRun', () => {
  it.each([
    ['words of news prose', 'The mayor’s office said: “No.”', ['The', 'mayor’s', 'office', 'said', 'No.']],
    ['a run starting only at a first character', "-- '90s e-mail", ['s', 'e-mail']],
    ['letters beyond the BMP', 'x𝐀y 😀 z', ['x𝐀y', 'z']],
    ['nothing in punctuation alone', '... — !', []]
  ])('finds %s', (_, value, expected) => {
    expect(runs(value)).toEqual(expected)
  })

  it('finds what the equivalent regular expression matches, on any text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (value) => {
        expect(runs(value)).toEqual(value.match(/\p{L}[\p{L}\p{N}'’.-]*/gu) ?? [])
      }),
      {numRuns: 500}
    )
  })
})
