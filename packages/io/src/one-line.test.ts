import {describe, expect, it} from 'vitest'
import {oneLine} from './one-line.js'

describe('oneLine', () => {
  it('joins the lines of a multi-line message', () => {
    expect(oneLine(new Error('a:\n  ✖ bad\n    → at text\n'))).toBe('a: ✖ bad → at text')
  })
})
