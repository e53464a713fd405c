import { describe, expect, it } from 'vitest'
import { loadData } from '../data/index.js'
import { compileDates } from './dates.js'
import { findPublicationDate } from './publication-date.js'

const data = loadData()
const lexFor = (code: 'en' | 'fr') => {
  const lang = data.languages[code]
  if (!lang) throw new Error(`no ${code} data`)
  return compileDates(lang.dates)
}
const en = lexFor('en')
const fr = lexFor('fr')

describe('findPublicationDate', () => {
  it.each([
    [
      'a byline',
      'Army Buys Trucks\n\nJune 9, 2023 | By Jane Roe , Army News\n\nThe Army today…',
      '2023-06-09',
    ],
    [
      'a dateline alone',
      'Remarks on Security\n\nJane Roe\nCounselor\nNew York, New York\nOctober 27, 2023\n\nThank you.',
      '2023-10-27',
    ],
    [
      'a release number',
      'Statement\n\nPress Operations\n\nRelease No: NR-101-17\nJuly 28, 2017\nThe department…',
      '2017-07-28',
    ],
    [
      'a day-first byline',
      'Marines Train\n\n7 Oct 2015 | Cpl. John Doe 3rd Marine Division\n\nMarines…',
      '2015-10-07',
    ],
    ['a publication label', 'Title\n\nPublished: March 3, 2024\n\nBody text.', '2024-03-03'],
  ])('reads %s (en)', (_, text, expected) => {
    expect(findPublicationDate(text, en)).toBe(expected)
  })

  it.each([
    [
      '"Le" before the date',
      'Titre\n\nDépartement d’État\nLe 19 octobre 2022\nCommuniqué de presse\n',
      '2022-10-19',
    ],
    [
      'an ordinal first day',
      'Titre\n\nService de presse\nLe 1er août 2022\nCommuniqué\n',
      '2022-08-01',
    ],
  ])('reads %s (fr)', (_, text, expected) => {
    expect(findPublicationDate(text, fr)).toBe(expected)
  })

  it.each([
    [
      'a date inside a sentence',
      'Title\n\nThe missile was launched on July 28, 2017 from a site in the north.',
    ],
    ['a date in the title', 'Statement of October 27, 2023\n\nBody text without a dateline.'],
    ['a date without a year', 'Title\n\nOctober 27\n\nBody.'],
    ['a dateline past the limit', `Title\n\n${'x'.repeat(500)}\nOctober 27, 2023`],
  ])('ignores %s', (_, text) => {
    expect(findPublicationDate(text, en)).toBeNull()
  })

  it('honours maxChars', () => {
    const text = 'Title\n\nLine one\nOctober 27, 2023\n'
    expect(findPublicationDate(text, en, 10)).toBeNull()
    expect(findPublicationDate(text, en, 40)).toBe('2023-10-27')
  })
})
