import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadData } from '../data/index.js'
import { compileNumbers, findQuantities, parseNumberText } from './quantities.js'

const data = loadData()
const lexFor = (code: 'en' | 'fr') => {
  const lang = data.languages[code]
  if (!lang) throw new Error(`no ${code} data`)
  return compileNumbers(lang.numbers, { decimalComma: code === 'fr', dates: lang.dates })
}
const en = lexFor('en')
const fr = lexFor('fr')

/** [text, value, qualifier, unit] of every quantity found in `text`. */
const found = (text: string, lex = en) =>
  findQuantities(text, 0, text.length, lex).map((q) => [q.text, q.value, q.qualifier, q.unit])

describe('findQuantities (en)', () => {
  it.each([
    [
      'They delivered more than 1,000 containers.',
      'more than 1,000 containers',
      1000,
      'more_than',
      'containers',
    ],
    ['a package of $2.1 billion', '$2.1 billion', 2.1e9, 'exact', 'USD'],
    ['over $39.7 billion in aid', 'over $39.7 billion', 39.7e9, 'more_than', 'USD'],
    ['roughly 1 000 shells', 'roughly 1 000 shells', 1000, 'about', 'shells'],
    ['a dozen drones', 'a dozen drones', 12, 'exact', 'drones'],
    ['dozens of missiles', 'dozens of missiles', 12, 'order_of', 'missiles'],
    ['hundreds of rounds', 'hundreds of rounds', 100, 'order_of', 'rounds'],
    ['thousands of rounds', 'thousands of rounds', 1000, 'order_of', 'rounds'],
    ['millions of dollars', 'millions of dollars', 1e6, 'order_of', 'USD'],
    [
      'hundreds of thousands of shells',
      'hundreds of thousands of shells',
      1e5,
      'order_of',
      'shells',
    ],
    ['three tanks', 'three tanks', 3, 'exact', 'tanks'],
    ['twenty-five trucks', 'twenty-five trucks', 25, 'exact', 'trucks'],
    ['two hundred and fifty rockets', 'two hundred and fifty rockets', 250, 'exact', 'rockets'],
    ['at least 300 shells', 'at least 300 shells', 300, 'more_than', 'shells'],
    ['nearly 1,000 rounds', 'nearly 1,000 rounds', 1000, 'about', 'rounds'],
    ['some 300 drones', 'some 300 drones', 300, 'about', 'drones'],
    ['around 20 tanks', 'around 20 tanks', 20, 'about', 'tanks'],
    ['up to 4,000 rounds', 'up to 4,000 rounds', 4000, 'up_to', 'rounds'],
    ['fewer than 10 jets', 'fewer than 10 jets', 10, 'less_than', 'jets'],
    ['1,000+ containers', '1,000+ containers', 1000, 'more_than', 'containers'],
    ['2.1 billion dollars', '2.1 billion dollars', 2.1e9, 'exact', 'USD'],
    ['€550 million', '€550 million', 5.5e8, 'exact', 'EUR'],
    ['US$2.1bn', 'US$2.1bn', 2.1e9, 'exact', 'USD'],
    ['several thousand troops', 'several thousand troops', 1000, 'about', 'troops'],
    ['2000 drones were sent', '2000 drones', 2000, 'exact', 'drones'],
    ['1.000 rounds', '1.000 rounds', 1, 'exact', 'rounds'],
    ['24 air-defence systems', '24 air-defence', 24, 'exact', 'air-defence'],
  ])('%s', (text, span, value, qualifier, unit) => {
    expect(found(text)).toEqual([[span, value, qualifier, unit]])
  })

  it.each([
    ['designations', 'S-400 and Su-35 and KN-23 and M777'],
    ['calibres', '155 mm shells and 155mm rounds'],
    ['ordinals', 'the 27th brigade, the 3rd Marine Division, the twenty-first century'],
    ['times', 'at 10:41 a.m.'],
    ['percentages', '15% of stocks, 10 percent, 12 per cent'],
    ['years', 'In 2022 Russia bought, in 2023 the deal, since 2014 alone'],
    ['dates', 'October 12, 2023 and 12 October and Oct. 12'],
    ['pronouns and articles', 'one of them said a man'],
    ['labels', 'Resolution 2231 and Release No: NR-279-17'],
  ])('skips %s', (_, text) => {
    expect(found(text)).toEqual([])
  })

  it('does not merge a year with the number after it', () => {
    expect(found('in 2023 1 000 drones')).toEqual([['1 000 drones', 1000, 'exact', 'drones']])
  })

  it('gives offsets into the whole text', () => {
    const text = 'Intro. They sent 300 drones. Later 40 tanks.'
    const [q] = findQuantities(text, 7, 28, en)
    expect(q).toMatchObject({ start: 17, end: 27, text: '300 drones' })
    expect(findQuantities(text, 7, 28, en)).toHaveLength(1)
  })
})

describe('findQuantities (fr)', () => {
  it.each([
    [
      'plus de 1 000 conteneurs ont été livrés',
      'plus de 1 000 conteneurs',
      1000,
      'more_than',
      'conteneurs',
    ],
    ['une aide de 550 millions de dollars', '550 millions de dollars', 5.5e8, 'exact', 'USD'],
    ['2,1 milliards de dollars', '2,1 milliards de dollars', 2.1e9, 'exact', 'USD'],
    ['environ 8,7 milliards d’euros', 'environ 8,7 milliards d’euros', 8.7e9, 'about', 'EUR'],
    ['1.000 obus', '1.000 obus', 1000, 'exact', 'obus'],
    ['une douzaine de drones', 'une douzaine de drones', 12, 'about', 'drones'],
    ['des dizaines de missiles', 'dizaines de missiles', 10, 'order_of', 'missiles'],
    ["des centaines d'obus", "centaines d'obus", 100, 'order_of', 'obus'],
    ['des milliers d’obus', 'milliers d’obus', 1000, 'order_of', 'obus'],
    ['des millions de dollars', 'millions de dollars', 1e6, 'order_of', 'USD'],
    ['un millier de soldats', 'un millier de soldats', 1000, 'about', 'soldats'],
    ['trois chars', 'trois chars', 3, 'exact', 'chars'],
    ['dix lanceurs', 'dix lanceurs', 10, 'exact', 'lanceurs'],
    ['dix-sept avions', 'dix-sept avions', 17, 'exact', 'avions'],
    ['quatre-vingt-dix-neuf obus', 'quatre-vingt-dix-neuf obus', 99, 'exact', 'obus'],
    ['vingt et un drones', 'vingt et un drones', 21, 'exact', 'drones'],
    ['deux mille cinq cents obus', 'deux mille cinq cents obus', 2500, 'exact', 'obus'],
    ['au moins 300 obus', 'au moins 300 obus', 300, 'more_than', 'obus'],
    ['près de 1 000 obus', 'près de 1 000 obus', 1000, 'about', 'obus'],
    ['quelque 300 drones', 'quelque 300 drones', 300, 'about', 'drones'],
    ["jusqu'à 4 000 obus", "jusqu'à 4 000 obus", 4000, 'up_to', 'obus'],
    ['moins de 10 avions', 'moins de 10 avions', 10, 'less_than', 'avions'],
    [
      'd’un maximum de 550 millions de dollars',
      'd’un maximum de 550 millions de dollars',
      5.5e8,
      'up_to',
      'USD',
    ],
    ["plus d'un million d'obus", "plus d'un million d'obus", 1e6, 'more_than', 'obus'],
    ['1,5 million de munitions', '1,5 million de munitions', 1.5e6, 'exact', 'munitions'],
    ['550 millions €', '550 millions €', 5.5e8, 'exact', 'EUR'],
    ['100\u00a0000 soldats', '100\u00a0000 soldats', 1e5, 'exact', 'soldats'],
  ])('%s', (text, span, value, qualifier, unit) => {
    expect(found(text, fr)).toEqual([[span, value, qualifier, unit]])
  })

  it.each([
    ['ordinals', 'le dix-septième jour, le 1er août'],
    ['percentages', '10 pour cent, 15 %'],
    ['dates', 'le 12 octobre 2023, en 2022 Moscou'],
    ['calibres', 'des obus de 155 mm'],
    ['adjectives', 'un avion neuf, Kim Jong-un'],
  ])('skips %s', (_, text) => {
    expect(found(text, fr)).toEqual([])
  })
})

describe('parseNumberText', () => {
  it.each([
    ['1,000', false, 1000],
    ['1,000,000', false, 1e6],
    ['1,000.5', false, 1000.5],
    ['39.7', false, 39.7],
    ['2,1', true, 2.1],
    ['1.000', true, 1000],
    ['1.000,5', true, 1000.5],
    ['1,125', true, 1.125],
    ['2.1', true, 2.1],
    ['1,2,3', false, null],
    ['007', false, null],
  ])('%s (decimal comma: %s) → %s', (text, decimalComma, value) => {
    expect(parseNumberText(text, decimalComma)).toBe(value)
  })
})

describe('findQuantities (property)', () => {
  const pieces = [
    '1',
    '000',
    ',',
    '.',
    ' ',
    '\u00a0',
    '$',
    '€',
    '-',
    'de',
    "d'",
    'of',
    'plus',
    'more than',
  ]
  const words = [
    'un',
    'a',
    'dozen',
    'millions',
    'cent',
    'dix',
    '-',
    'sept',
    'obus',
    'rounds',
    '2023',
    '%',
  ]
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(...pieces, ...words) }),
    fc.string({ unit: 'binary' }),
  )

  it('never throws and keeps offsets inside [from, to]', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.boolean(), (s, a, b, isFr) => {
        const [from, to] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ]
        for (const q of findQuantities(s, from, to, isFr ? fr : en)) {
          expect(q.start).toBeGreaterThanOrEqual(from)
          expect(q.end).toBeLessThanOrEqual(to)
          expect(q.text).toBe(s.slice(q.start, q.end))
        }
      }),
      { numRuns: 2000 },
    )
  })
})
