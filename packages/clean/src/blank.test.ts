import {describe, expect, it} from 'vitest'
import {blankRemoved} from './blank.js'

const text = 'Talks resume\nPhoto: Reuters\nOfficials said the talks would resume.\r\nLeave a Reply'

describe('blankRemoved', () => {
  it('keeps the text as it is when nothing was removed', () => {
    expect(blankRemoved(text, [])).toBe(text)
  })

  it('blanks removed lines with spaces, keeping length and line breaks', () => {
    const caption = text.indexOf('Photo')
    const reply = text.indexOf('Leave')
    const blanked = blankRemoved(text, [
      {start: reply, end: text.length, reason: 'comments'},
      {start: caption, end: caption + 'Photo: Reuters\n'.length, reason: 'caption'}
    ])
    expect(blanked).toHaveLength(text.length)
    expect(blanked.split('\n')).toEqual([
      'Talks resume',
      ' '.repeat('Photo: Reuters'.length),
      'Officials said the talks would resume.\r',
      ' '.repeat('Leave a Reply'.length)
    ])
  })

  it('tolerates overlapping removed spans', () => {
    const blanked = blankRemoved('abcdef', [
      {start: 1, end: 4, reason: 'other'},
      {start: 2, end: 5, reason: 'other'}
    ])
    expect(blanked).toBe('a    f')
  })
})
