import { describe, expect, it } from 'vitest'
import { declaredLanguage } from './declared-language.js'
import { publishedDay } from './published-day.js'

describe('publishedDay', () => {
  it.each([
    ['2023', '2023'],
    ['2023-10', '2023-10'],
    ['2023-10-26', '2023-10-26'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2023-10-26T10:00:00Z', '2023-10-26'],
    // The publisher's day, not the UTC one (which would be the 25th).
    ['2023-10-26T01:30:00+09:00', '2023-10-26'],
    ['2023-10-26T01:30:00.123+0900', '2023-10-26'],
    ['2023-10-26T23:59', '2023-10-26'],
  ])('%j → %j', (value, day) => {
    expect(publishedDay(value)).toBe(day)
  })

  it.each([
    '',
    '23-10-26',
    '2023-13',
    '2023-02-29',
    '2023-10T10:00:00Z',
    'October 2023',
    '2023/10/26',
  ])('refuses %j', (value) => {
    expect(publishedDay(value)).toBeNull()
  })
})

describe('declaredLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr_FR', 'fr'],
    [' KO ', 'ko'],
    ['English', null],
    ['', null],
    [null, null],
  ])('%j → %j', (tag, code) => {
    expect(declaredLanguage(tag)).toBe(code)
  })
})
