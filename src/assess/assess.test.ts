import { describe, expect, it } from 'vitest'
import { EmbargoInstrument, type EmbargoInstrumentT } from '../data/embargo-schema.js'
import { ArmsgraphError } from '../errors.js'
import { assess } from './assess.js'
import type { AssessQuery, Rules } from './types.js'

// A small invented rulebook that exercises each mechanism; the real rules are tested in
// test/assess against data/embargoes.yaml.
const instrument = (raw: unknown): EmbargoInstrumentT => EmbargoInstrument.parse(raw)

const RULES: Rules = {
  version: 'test',
  actors: new Set(['AA', 'BB', 'CC', 'DE', 'GB', 'XX', 'rebels', 'militia']),
  names: { AA: 'Aland', CC: 'Ceeland', rebels: 'the Rebels' },
  groupBase: { rebels: 'CC', militia: null },
  euMembers: {
    DE: { from: '1958-01-01', until: null },
    GB: { from: '1973-01-01', until: '2021-01-01' },
  },
  instruments: [
    instrument({
      id: 'UNSCR 1',
      body: 'UN',
      title: 'Widening regime on AA',
      binding: true,
      verification: 'V',
      source: ['https://example.org/unscr-1'],
      provisions: [
        {
          provision: 'para 1',
          direction: 'to',
          target: { states: ['AA'] },
          scope: 'heavy arms',
          categories: ['armour', 'missiles'],
          possible_categories: ['drones'],
          start: '2010-01-01',
          end: '2015-01-01',
        },
        {
          provision: 'para 2',
          direction: 'to',
          target: { states: ['AA'] },
          scope: 'all arms',
          categories: 'all',
          start: '2015-01-01',
          end: '2020-01-01',
        },
        {
          provision: 'para 3 (re-imposed)',
          direction: 'to',
          target: { states: ['AA'] },
          scope: 'all arms',
          categories: 'all',
          start: '2024-01-01',
          end: null,
          disputed: 'AA rejects it',
        },
        {
          provision: 'para 4',
          direction: 'from',
          target: { states: ['AA'] },
          scope: 'all arms',
          categories: 'all',
          start: '2010-01-01',
          end: null,
        },
      ],
    }),
    instrument({
      id: 'UNSCR 2',
      body: 'UN',
      title: 'Armed groups in CC; a region of BB',
      binding: true,
      verification: 'V',
      source: ['https://example.org/unscr-2'],
      provisions: [
        {
          provision: 'para 1',
          direction: 'to',
          target: { armed_groups_in: ['CC'] },
          scope: 'all arms',
          categories: 'all',
          start: '2000-01-01',
          end: null,
        },
        {
          provision: 'para 2',
          direction: 'to',
          target: { states: ['BB'], partial: 'only one region of BB is covered' },
          scope: 'all arms',
          categories: 'all',
          start: '2000-01-01',
          end: null,
        },
      ],
    }),
    instrument({
      id: 'EU 2014/1/CFSP',
      body: 'EU',
      title: 'EU embargo on XX',
      binding: true,
      verification: 'V',
      source: ['https://example.org/eu'],
      provisions: [
        {
          provision: 'art. 2',
          direction: 'to',
          target: { states: ['XX'] },
          scope: 'all arms',
          categories: 'all',
          start: '2014-08-01',
          end: null,
        },
      ],
    }),
    instrument({
      id: 'EU Declaration',
      body: 'EU',
      title: 'Political declaration',
      binding: false,
      verification: 'V',
      source: ['https://example.org/decl'],
      provisions: [
        {
          provision: 'declaration',
          direction: 'to',
          target: { states: ['CC'] },
          scope: 'arms',
          categories: 'all',
          start: '1989-01-01',
          end: null,
        },
      ],
    }),
  ],
}

const verdicts = (q: AssessQuery) =>
  assess(q, RULES).map((v) => `${v.instrument}:${v.status}${v.disputed ? ':disputed' : ''}`)

describe('assess', () => {
  it('dates: the day before, of and after a start; end days are exclusive', () => {
    const q = (date: string) =>
      verdicts({ supplier: 'BB', recipient: 'AA', date, categories: ['small_arms'] })
    expect(q('2014-12-31')).toEqual([])
    expect(q('2015-01-01')).toEqual(['UNSCR 1:breach'])
    expect(q('2019-12-31')).toEqual(['UNSCR 1:breach'])
    expect(q('2020-01-01')).toEqual([])
  })

  it('a month, year or range straddling a boundary is possible', () => {
    expect(
      verdicts({ supplier: 'BB', recipient: 'AA', date: '2019', categories: ['small_arms'] }),
    ).toEqual(['UNSCR 1:breach'])
    expect(
      verdicts({
        supplier: 'BB',
        recipient: 'AA',
        date: { start: '2019-06', end: '2020-02' },
        categories: ['small_arms'],
      }),
    ).toEqual(['UNSCR 1:possible'])
    const [v] = assess(
      {
        supplier: 'BB',
        recipient: 'AA',
        date: { start: '2019-06', end: '2020-02' },
        categories: ['small_arms'],
      },
      RULES,
    )
    expect(v?.reason).toMatch(/straddle the measure's end \(2020-01-01\)/)
  })

  it('scope: covered, possibly covered, outside, unspecified', () => {
    const q = (categories: AssessQuery['categories']) =>
      verdicts({ supplier: 'BB', recipient: 'AA', date: '2012-05-01', categories })
    expect(q(['armour'])).toEqual(['UNSCR 1:breach'])
    expect(q(['drones'])).toEqual(['UNSCR 1:possible'])
    expect(q(['air_defence'])).toEqual([])
    expect(q([])).toEqual(['UNSCR 1:possible'])
    expect(q(['unspecified'])).toEqual(['UNSCR 1:possible'])
  })

  it('direction: a supply from the target breaches the "from" provision', () => {
    expect(
      verdicts({ supplier: 'AA', recipient: 'DE', date: '2012-05-01', categories: ['ammunition'] }),
    ).toEqual(['UNSCR 1:breach'])
    expect(
      verdicts({ supplier: 'AA', recipient: 'DE', date: '2009-12-31', categories: ['ammunition'] }),
    ).toEqual([])
  })

  it('a disputed provision is marked so', () => {
    expect(
      verdicts({ supplier: 'BB', recipient: 'AA', date: '2025-03-01', categories: ['armour'] }),
    ).toEqual(['UNSCR 1:breach:disputed'])
  })

  it('targeted regimes: the recipient decides', () => {
    expect(
      verdicts({ supplier: 'BB', recipient: 'rebels', date: '2020', categories: ['small_arms'] }),
    ).toEqual(['UNSCR 2:breach'])
    expect(
      verdicts({ supplier: 'BB', recipient: 'CC', date: '2020', categories: ['small_arms'] }),
    ).toEqual([])
    expect(
      verdicts({ supplier: 'AA', recipient: 'militia', date: '2005', categories: ['small_arms'] }),
    ).toEqual([])
    expect(
      verdicts({ supplier: 'AA', recipient: 'BB', date: '2005', categories: ['armour'] }),
    ).toEqual(['UNSCR 2:possible'])
  })

  it('EU measures bind EU suppliers only, while they are members', () => {
    const q = (supplier: string, date: string) =>
      verdicts({ supplier, recipient: 'XX', date, categories: ['armour'] })
    expect(q('DE', '2014-07-31')).toEqual([])
    expect(q('DE', '2014-08-01')).toEqual(['EU 2014/1/CFSP:breach'])
    expect(q('BB', '2016-01-01')).toEqual([])
    expect(q('GB', '2019-05-01')).toEqual(['EU 2014/1/CFSP:breach'])
    expect(q('GB', '2022-05-01')).toEqual([])
    expect(q('GB', '2020')).toEqual(['EU 2014/1/CFSP:breach'])
  })

  it('never reports a non-binding measure', () => {
    expect(
      verdicts({ supplier: 'DE', recipient: 'CC', date: '2020', categories: ['armour'] }),
    ).toEqual([])
  })

  it('refuses unknown actors, categories and dates with a usage error', () => {
    const bad: AssessQuery[] = [
      { supplier: 'ZZ', recipient: 'AA', date: '2020', categories: [] },
      { supplier: 'BB', recipient: 'AA', date: '2020', categories: ['lasers' as never] },
      { supplier: 'BB', recipient: 'AA', date: 'last year', categories: [] },
      { supplier: 'BB', recipient: 'AA', date: { start: '2021', end: '2020' }, categories: [] },
    ]
    for (const q of bad) {
      expect(() => assess(q, RULES)).toThrow(ArmsgraphError)
      try {
        assess(q, RULES)
      } catch (e) {
        expect((e as ArmsgraphError).code).toBe('ERR_USAGE')
        expect((e as Error).message).not.toContain('\n')
      }
    }
  })
})
