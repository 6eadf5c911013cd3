import {describe, expect, it} from 'vitest'
import {toIsoDate} from './date.js'

describe('toIsoDate', () => {
  it.each([
    ['2022-06-15', '2022-06-15'],
    ['2019-11-19T08:03:00+0000', '2019-11-19T08:03:00+00:00'],
    ['2019-11-19T08:03:00.000Z', '2019-11-19T08:03:00.000Z'],
    ['2017-03-21 12:00:00', '2017-03-21'],
    ['Updated: March 14, 2022, 7:45 AM', '2022-03-14'],
    ['Tue, 19 Nov 2019 08:03:00 GMT', '2019-11-19'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['3rd March 2020', '2020-03-03'],
    [1574150580, '2019-11-19T08:03:00.000Z'],
    [-62167219200.001, null],
    [253402300800000, null],
    ['2023-02-30', null],
    ['Thursday', null],
    ['', null],
    [null, null]
  ])('%j -> %j', (value, expected) => {
    expect(toIsoDate(value)).toBe(expected)
  })
})
