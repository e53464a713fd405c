import { describe, expect, it } from 'vitest'
import { REGISTER_HEADER, registerCsv, registerRows } from './register.js'
import {
  actor,
  collect,
  documentRef,
  eventDetail,
  eventSummary,
  item,
  quantity,
  support,
} from './test-builders.js'

const WEAPON_NAMES: Record<string, string> = { 'kn-23': 'KN-23 (Hwasong-11Ga)' }
const systemName = (id: string) => WEAPON_NAMES[id] ?? id

const yonhap = documentRef('doc-a', { publisher: 'Yonhap', published: '2023-10-26' })
const reuters = documentRef('doc-b', { publisher: 'Reuters', published: '2024-01-15' })
const ap = documentRef('doc-c', { publisher: 'AP', published: '2023-10-13' })
const kcna = documentRef('doc-d', { publisher: null, published: '2022-10-01' })
const tass = documentRef('doc-e', { publisher: 'TASS', published: '2021-05-02' })

const event = eventDetail(
  eventSummary('ev-kp-ru', actor('KP', 'North Korea'), actor('RU', 'Russia')),
  [
    support(yonhap, {
      period: { start: '2023-08', end: '2023-10' },
      items: [item('artillery shells', 'ammunition', quantity(300))],
    }),
    // The same 300 shells reported again, written differently: the register must not add them.
    support(reuters, {
      period: { start: '2024-01', end: null },
      items: [item('  Artillery   Shells ', 'ammunition', quantity(300))],
    }),
    support(ap, {
      items: [item('munitions', 'ammunition', quantity(1000, 'more_than', 'containers'))],
    }),
    support(kcna, {
      phase: 'agreed',
      period: { start: '2022-09', end: null },
      items: [item('Hwasong-11', 'missiles', null, 'kn-23')],
    }),
    support(tass, { phase: 'sought', categories: ['technology'] }),
  ],
)

function rowsAsRecords(): Record<string, string>[] {
  return registerRows(event, systemName).map((cells) =>
    Object.fromEntries(REGISTER_HEADER.map((h, i) => [h, cells[i] ?? ''])),
  )
}

describe('registerRows', () => {
  it('gives one row per designation and category, sorted by category then designation', () => {
    expect(rowsAsRecords().map((r) => [r.category, r.designation])).toEqual([
      ['ammunition', 'artillery shells'],
      ['ammunition', 'munitions'],
      ['missiles', 'KN-23 (Hwasong-11Ga)'],
      ['technology', 'technology'],
    ])
  })

  it('takes the largest reported number, never the sum, with its qualifier and unit', () => {
    const [shells, munitions, missiles] = rowsAsRecords()
    expect([shells?.number, shells?.number_note]).toEqual(['300', ''])
    expect([munitions?.number, munitions?.number_note]).toEqual([
      '1000',
      'more than; unit: containers',
    ])
    expect([missiles?.number, missiles?.number_note]).toEqual(['', ''])
  })

  it('dates orders by agreed and sought supports and deliveries by delivered ones', () => {
    const years = rowsAsRecords().map((r) => [r.order_year, r.delivery_years])
    expect(years).toEqual([
      ['', '2023-2024'],
      ['', '2023'],
      ['2022', ''],
      ['2021', ''],
    ])
  })

  it('counts the documents and publishers behind each designation', () => {
    const rows = rowsAsRecords()
    expect(rows.map((r) => [r.sources, r.publishers])).toEqual([
      ['2', 'Reuters;Yonhap'],
      ['1', 'AP'],
      ['1', ''],
      ['1', 'TASS'],
    ])
    expect(rows.every((r) => r.status === 'delivered' && r.certainty === 'confirmed')).toBe(true)
    expect(rows.every((r) => r.event_id === 'ev-kp-ru' && r.supplier_name === 'North Korea')).toBe(
      true,
    )
  })

  it('prints the event status, so an agreed-only event reads as agreed', () => {
    const agreed = eventDetail(
      eventSummary('ev-ir-ru', actor('IR'), actor('RU'), { phase: 'agreed', certainty: 'alleged' }),
      [
        support(kcna, {
          phase: 'agreed',
          items: [item('Drones ', 'drones', quantity(40, 'about'))],
        }),
      ],
    )
    const [row] = registerRows(agreed, systemName)
    expect(row).toEqual([
      'IR',
      'IR',
      'RU',
      'RU',
      'drones',
      'drones',
      '40',
      'about',
      '2022',
      '',
      'agreed',
      'alleged',
      '1',
      '',
      'ev-ir-ru',
    ])
  })
})

describe('registerCsv', () => {
  it('writes the header and every row of every event as CSV', async () => {
    async function* stream() {
      yield event
      yield event
    }
    const lines = (await collect(registerCsv(stream(), systemName))).split('\n')
    expect(lines[0]).toBe(REGISTER_HEADER.join(','))
    expect(lines).toHaveLength(1 + 2 * 4 + 1)
    expect(lines[2]).toBe(
      'KP,North Korea,RU,Russia,munitions,ammunition,1000,more than; unit: containers,,2023,delivered,confirmed,1,AP,ev-kp-ru',
    )
  })
})
