import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadData } from '../data/index.js'
import { compileDates, findDates, resolveDate } from './dates.js'
import type { DateMention } from './dates.js'

const data = loadData()
const lexFor = (code: 'en' | 'fr' | 'ko' | 'zh') => {
  const lang = data.languages[code]
  if (!lang) throw new Error(`no ${code} data`)
  return compileDates(lang.dates)
}
const en = lexFor('en')
const fr = lexFor('fr')
const ko = lexFor('ko')
const zh = lexFor('zh')
// A Thursday.
const REF = '2023-10-12'

/** [text, kind, resolved] of the single date in `text`. */
function only(text: string, lex = en, ref: string | null = REF) {
  const found = findDates(text, 0, text.length, lex)
  expect(found).toHaveLength(1)
  const [m] = found as [DateMention]
  return [m.text, m.kind, resolveDate(m, ref)]
}

describe('findDates + resolveDate (en)', () => {
  it.each([
    ['It happened on October 12, 2023.', 'October 12, 2023', 'absolute', '2023-10-12'],
    ['on 12 October 2023', '12 October 2023', 'absolute', '2023-10-12'],
    ['on Oct. 12 they met', 'Oct. 12', 'absolute', '2023-10-12'],
    ['they did just that Sept. 25.', 'Sept. 25', 'absolute', '2023-09-25'],
    ['7 Oct 2015 | Cpl. Smith', '7 Oct 2015', 'absolute', '2015-10-07'],
    ['Thursday, Oct. 12, 2023', 'Thursday, Oct. 12, 2023', 'absolute', '2023-10-12'],
    ['filed 2023-10-12', '2023-10-12', 'absolute', '2023-10-12'],
    ['in July', 'July', 'absolute', '2023-07'],
    ['in July 2023', 'July 2023', 'absolute', '2023-07'],
    ['in 2022', '2022', 'absolute', '2022'],
    ['since mid-February', 'mid-February', 'absolute', '2023-02'],
    ['by late 2024', 'late 2024', 'absolute', '2024'],
    ['in December', 'December', 'absolute', '2022-12'],
    ['in November', 'November', 'absolute', '2023-11'],
    ['yesterday', 'yesterday', 'relative', '2023-10-11'],
    ['the day before yesterday', 'the day before yesterday', 'relative', '2023-10-10'],
    ['The ministry today announced', 'today', 'relative', '2023-10-12'],
    ['last week', 'last week', 'relative', '2023-10'],
    ['last month', 'last month', 'relative', '2023-09'],
    ['earlier this month', 'earlier this month', 'relative', '2023-10'],
    ['this week', 'this week', 'relative', '2023-10'],
    ['last year', 'last year', 'relative', '2022'],
    ['earlier this year', 'earlier this year', 'relative', '2023'],
    ['said Thursday', 'Thursday', 'weekday', '2023-10-12'],
    ['on Tuesday', 'Tuesday', 'weekday', '2023-10-10'],
    ['on Friday', 'Friday', 'weekday', '2023-10-06'],
    ['last Thursday', 'last Thursday', 'weekday', '2023-10-05'],
  ])('%s', (text, span, kind, resolved) => {
    expect(only(text)).toEqual([span, kind, resolved])
  })

  it.each([
    ['a bare month', 'They may go; troops march on.'],
    ['designations and times', 'NR-279-17 at 10:41 a.m.'],
    ['a bare year', 'the 2022 budget'],
  ])('skips %s', (_, text) => {
    expect(findDates(text, 0, text.length, en)).toEqual([])
  })

  it('does not read a date across a line break', () => {
    const text = 'Release No: NR-279-17\nJuly 28, 2017'
    expect(findDates(text, 0, text.length, en).map((m) => m.text)).toEqual(['July 28, 2017'])
  })
})

describe('findDates + resolveDate (fr)', () => {
  it.each([
    ['le 12 octobre 2023', '12 octobre 2023', 'absolute', '2023-10-12'],
    ['Le 1er août 2022', '1er août 2022', 'absolute', '2022-08-01'],
    ['jeudi 12 octobre', 'jeudi 12 octobre', 'absolute', '2023-10-12'],
    ['en juillet', 'juillet', 'absolute', '2023-07'],
    ['en juillet 2023', 'juillet 2023', 'absolute', '2023-07'],
    ['en 2022', '2022', 'absolute', '2022'],
    ['depuis la mi-février', 'mi-février', 'absolute', '2023-02'],
    ['avant fin 2024', 'fin 2024', 'absolute', '2024'],
    ['dès début mars', 'début mars', 'absolute', '2023-03'],
    ['hier', 'hier', 'relative', '2023-10-11'],
    ['avant-hier', 'avant-hier', 'relative', '2023-10-10'],
    ['Aujourd’hui, les États-Unis', 'Aujourd’hui', 'relative', '2023-10-12'],
    ['la semaine dernière', 'la semaine dernière', 'relative', '2023-10'],
    ['la semaine passée', 'la semaine passée', 'relative', '2023-10'],
    ['le mois dernier', 'le mois dernier', 'relative', '2023-09'],
    ['le mois passé', 'le mois passé', 'relative', '2023-09'],
    ['ce mois-ci', 'ce mois-ci', 'relative', '2023-10'],
    ['Plus tôt ce mois-ci', 'Plus tôt ce mois-ci', 'relative', '2023-10'],
    ['plus tôt cette semaine', 'plus tôt cette semaine', 'relative', '2023-10'],
    ["l'année dernière", "l'année dernière", 'relative', '2022'],
    ['l’an dernier', 'l’an dernier', 'relative', '2022'],
    ['plus tôt cette année', 'plus tôt cette année', 'relative', '2023'],
    ['affirmant jeudi que', 'jeudi', 'weekday', '2023-10-12'],
    ['mardi', 'mardi', 'weekday', '2023-10-10'],
    ['mardi dernier', 'mardi dernier', 'weekday', '2023-10-10'],
    ['jeudi dernier', 'jeudi dernier', 'weekday', '2023-10-05'],
  ])('%s', (text, span, kind, resolved) => {
    expect(only(text, fr)).toEqual([span, kind, resolved])
  })

  it('leaves the number seven alone', () => {
    expect(findDates('sept drones', 0, 11, fr)).toEqual([])
  })
})

describe('findDates + resolveDate (numeric dates with unit words: ko, zh)', () => {
  it.each([
    ['2023년 9월 15일 발표', ko, '2023년 9월 15일', '2023-09-15'],
    ['지난 8월부터', ko, '8월', '2023-08'],
    ['2022년 러시아는', ko, '2022년', '2022'],
    ['2023年3月15日，', zh, '2023年3月15日', '2023-03-15'],
    ['今年3月', zh, '3月', '2023-03'],
    ['3月5号', zh, '3月5号', '2023-03-05'],
  ])('%s', (text, lex, span, resolved) => {
    const found = findDates(text, 0, text.length, lex)
    const m = found.find((x) => x.kind === 'absolute')
    expect([m?.text, m && resolveDate(m, REF)]).toEqual([span, resolved])
  })

  it('reads no month 13 and no count of years as a date', () => {
    expect(findDates('13월', 0, 3, ko)).toEqual([])
    expect(findDates('3년 동안', 0, 5, ko)).toEqual([])
  })
})

describe('resolveDate', () => {
  const mention = (fields: Partial<DateMention>): DateMention => ({
    start: 0,
    end: 0,
    text: '',
    kind: 'absolute',
    ...fields,
  })

  it.each([
    [
      'a relative date without a reference',
      mention({ kind: 'relative', unit: 'day', offset: -1 }),
      null,
      null,
    ],
    ['a weekday without a reference', mention({ kind: 'weekday', weekday: 4 }), null, null],
    [
      'a day-less reference for a weekday',
      mention({ kind: 'weekday', weekday: 4 }),
      '2023-10',
      null,
    ],
    ['a missing year without a reference', mention({ month: 7 }), null, null],
    [
      'a full date without a reference',
      mention({ year: 2022, month: 8, day: 1 }),
      null,
      '2022-08-01',
    ],
    ['an impossible day', mention({ year: 2023, month: 2, day: 30 }), null, null],
    ['29 February of a leap year', mention({ year: 2024, month: 2, day: 29 }), null, '2024-02-29'],
    [
      'last month in January',
      mention({ kind: 'relative', unit: 'month', offset: -1 }),
      '2024-01-15',
      '2023-12',
    ],
    [
      'yesterday on 1 March',
      mention({ kind: 'relative', unit: 'day', offset: -1 }),
      '2024-03-01',
      '2024-02-29',
    ],
    [
      'last year from a year-only reference',
      mention({ kind: 'relative', unit: 'year', offset: -1 }),
      '2023',
      '2022',
    ],
    [
      'a timestamp reference',
      mention({ kind: 'relative', unit: 'day', offset: 0 }),
      '2023-10-12T09:00:00Z',
      '2023-10-12',
    ],
    [
      'a week spanning two months',
      mention({ kind: 'relative', unit: 'week', offset: 0 }),
      '2023-11-01',
      '2023-11',
    ],
  ])('%s', (_, m, ref, expected) => {
    expect(resolveDate(m, ref)).toBe(expected)
  })
})

describe('findDates (property)', () => {
  const pieces = [
    '12',
    '1er',
    '2023',
    'October',
    'Oct',
    '.',
    ',',
    ' ',
    '-',
    'mi',
    'fin',
    'in',
    'en',
    'jeudi',
    'last',
    'hier',
    'avant',
    '\n',
  ]
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(...pieces) }),
    fc.string({ unit: 'binary' }),
  )

  it('never throws and keeps offsets inside [from, to]', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.boolean(), (s, a, b, isFr) => {
        const [from, to] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ]
        for (const m of findDates(s, from, to, isFr ? fr : en)) {
          expect(m.start).toBeGreaterThanOrEqual(from)
          expect(m.end).toBeLessThanOrEqual(to)
          expect(m.text).toBe(s.slice(m.start, m.end))
          expect(() => resolveDate(m, REF)).not.toThrow()
        }
      }),
      { numRuns: 2000 },
    )
  })
})
