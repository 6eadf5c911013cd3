import {describe, expect, it} from 'vitest'
import {safeFileName, uniqueFileNames} from './safe-file-name.js'

describe('safeFileName', () => {
  it.each([
    ['000_bab99c2aa4f08c88.txt', '000_bab99c2aa4f08c88'],
    ['politics-2016.html.gz', 'politics-2016'],
    ['record-17', 'record-17']
  ])('keeps the plain id %j as %j', (id, name) => {
    expect(safeFileName(id)).toBe(name)
  })

  it.each([
    '../../etc/x',
    '/etc/passwd',
    'a/b.txt',
    'name\nwith newline',
    'nul\u0000byte',
    'https://example.com/2021/05/story.html',
    'CON',
    '...',
    ''
  ])('turns %j into a name with no path and no odd characters', (id) => {
    const name = safeFileName(id)
    expect(name).toMatch(/^[\w][\w.-]*$/)
    expect(name).not.toContain('..')
  })

  it('keeps ids apart that clean to the same characters', () => {
    expect(safeFileName('a/b.txt')).not.toBe(safeFileName('a-b.txt'))
    expect(safeFileName('a/b.txt')).not.toBe(safeFileName('a:b.txt'))
  })
})

describe('uniqueFileNames', () => {
  it('gives ids that differ only in extension different names', () => {
    const name = uniqueFileNames()
    const first = name('story.txt')
    const second = name('story.html')
    expect(first).toBe('story')
    expect(second).toMatch(/^story-[0-9a-f]{8}$/)
  })

  it('keeps an article from taking a reserved name', () => {
    const name = uniqueFileNames(['index'])
    expect(name('index.txt')).toMatch(/^index-[0-9a-f]{8}$/)
  })
})
