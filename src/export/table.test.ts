import { describe, expect, it } from 'vitest'
import { displayWidth, eventsTable, formatTable, truncate, type TableColumn } from './table.js'
import { actor, eventSummary } from './test-builders.js'

const lines = (table: string) => table.slice(0, -1).split('\n')

describe('displayWidth and truncate', () => {
  it('counts accented letters as one column, composed or not', () => {
    expect(displayWidth('Sergueï')).toBe(7)
    expect(displayWidth('Serguei\u0308')).toBe(7)
    expect(displayWidth('😀x')).toBe(2)
  })

  it('cuts to the width with an ellipsis, and only when needed', () => {
    expect(truncate('Corée du Nord', 13)).toBe('Corée du Nord')
    expect(truncate('Corée du Nord', 6)).toBe('Corée…')
    expect(truncate('Core\u0301e du Nord', 5)).toBe('Core\u0301…')
    expect(truncate('abc', 1)).toBe('…')
    expect(truncate('abc', 0)).toBe('')
  })
})

describe('formatTable', () => {
  const columns: TableColumn[] = [
    { header: 'name' },
    { header: 'note' },
    { header: 'n', align: 'right' },
  ]
  const rows = [
    ['North Korea', 'shells and rockets sent by rail through Tumangang', '12'],
    ['Iran', 'drones', '3'],
  ]

  it('sizes columns to their content when the table fits', () => {
    expect(lines(formatTable(columns, rows, 200))).toEqual([
      'name         note                                                n',
      '───────────  ─────────────────────────────────────────────────  ──',
      'North Korea  shells and rockets sent by rail through Tumangang  12',
      'Iran         drones                                              3',
    ])
  })

  it('shrinks the widest column first and never wraps', () => {
    const out = lines(formatTable(columns, rows, 40))
    expect(out.every((l) => displayWidth(l) <= 40)).toBe(true)
    expect(out[2]).toBe('North Korea  shells and rockets sen…  12')
    expect(out).toHaveLength(4)
  })

  it('fits any width, even narrower than the narrowest columns', () => {
    for (const width of [1, 5, 9, 17, 33, 64]) {
      const out = lines(formatTable(columns, rows, width))
      expect(out.every((l) => displayWidth(l) <= width)).toBe(true)
    }
  })

  it('keeps line breaks and controls in cells from breaking rows', () => {
    const out = lines(
      formatTable([{ header: 'a' }, { header: 'b' }], [['x\ny', 'tab\there\r']], 80),
    )
    expect(out).toEqual(['a    b', '───  ─────────', 'x y  tab here'])
  })

  it('caps a column at its declared width', () => {
    const out = lines(
      formatTable([{ header: 'id', width: 4 }, { header: 'x' }], [['abcdefgh', '1']], 80),
    )
    expect(out[2]).toBe('abc…  1')
  })
})

describe('eventsTable', () => {
  const events = [
    eventSummary('ev-1', actor('KP', 'Corée du Nord'), actor('RU', 'Russie'), {
      categories: ['ammunition', 'missiles'],
      certainty: 'alleged',
      contested: true,
      window: { start: '2023-08-01', end: '2024-02-29' },
      assessment: [
        {
          body: 'UN',
          instrument: 'UNSCR 1718',
          provision: 'UNSCR 1874 para 9',
          status: 'breach',
          disputed: false,
          reason: 'All arms from the DPRK are banned.',
          source: 'https://example.org',
        },
        {
          body: 'EU',
          instrument: 'EU 2016/849/CFSP',
          provision: 'art. 1',
          status: 'possible',
          disputed: false,
          reason: 'Only EU suppliers are bound.',
          source: 'https://example.org',
        },
      ],
    }),
    eventSummary('ev-2', actor('IR', 'Iran'), actor('houthis', 'Houthis', 'armed_group'), {
      counts: { documents: 14, publishers: 9, source_countries: 6, claims: 2 },
    }),
  ]

  it('shows the flow, a contested mark and the window by month', () => {
    const [header, , first, second] = lines(eventsTable(events, 160))
    expect(header?.split(/ {2,}/)).toEqual([
      'id',
      'supplier → recipient',
      'categories',
      'phase',
      'certainty',
      'window',
      'docs',
      'pubs',
      'countries',
      'embargo',
    ])
    expect(first?.split(/ {2,}/)).toEqual([
      'ev-1',
      'Corée du Nord → Russie',
      'ammunition, missiles',
      'delivered',
      'alleged!',
      '2023-08..2024-02',
      '2',
      '2',
      '1',
      'UN 1718, EU 2016/849/CFSP?',
    ])
    expect(second).toMatch(/confirmed {2}2023-08\.\.2023-10 {4}14 {5}9 {10}6$/)
  })

  it('fits an 80-column terminal', () => {
    expect(lines(eventsTable(events, 80)).every((l) => displayWidth(l) <= 80)).toBe(true)
  })
})
