import { describe, expect, it } from 'vitest'
import type { GraphEdge, GraphView } from '../api/types'
import { breachMarkOf, edgeIdOf, networkElements } from './network-elements'
import { BREACH_COLOUR, CERTAINTY_COLOURS, POSSIBLE_BREACH_COLOUR } from './palette'

function edge(supplier: string, recipient: string, patch: Partial<GraphEdge> = {}): GraphEdge {
  return {
    supplier,
    recipient,
    events: 1,
    sources: 1,
    documents: 1,
    certainty: 'confirmed',
    certainties: { confirmed: 1, alleged: 0, denied: 0 },
    breaches: 0,
    possible_breaches: 0,
    contested: 0,
    categories: ['drones'],
    first: '2023-01-01',
    last: '2023-01-31',
    ...patch,
  }
}

const view: GraphView = {
  nodes: [
    { id: 'IR', name: 'Iran', kind: 'state', supplies: 5, receives: 0 },
    { id: 'RU', name: 'Russia', kind: 'state', supplies: 0, receives: 4 },
    { id: 'houthis', name: 'Houthis', kind: 'armed_group', supplies: 0, receives: 1 },
    { id: 'XX', name: 'Nowhere', kind: 'state', supplies: 1, receives: 0 },
  ],
  edges: [
    edge('IR', 'RU', { sources: 40, possible_breaches: 1 }),
    edge('IR', 'houthis', { sources: 2, breaches: 1, certainty: 'alleged' }),
  ],
  truncated: 1,
}

type Data = Record<string, unknown>
const dataOf = (id: string): Data | undefined =>
  networkElements(view).find((e) => e.data.id === id)?.data as Data | undefined

describe('networkElements', () => {
  it('drops actors that no shown edge reaches', () => {
    const ids = networkElements(view).map((e) => e.data.id)
    expect(ids).toEqual(['IR', 'RU', 'houthis', 'IR->RU', 'IR->houthis'])
  })

  it('styles armed groups apart from states', () => {
    expect(dataOf('houthis')?.shape).not.toBe(dataOf('IR')?.shape)
  })

  it('sizes nodes by events and edges by sources', () => {
    expect(Number(dataOf('IR')?.size)).toBeGreaterThan(Number(dataOf('houthis')?.size))
    expect(Number(dataOf('IR->RU')?.width)).toBeGreaterThan(Number(dataOf('IR->houthis')?.width))
  })

  it('colours by certainty and marks breaches', () => {
    expect(dataOf('IR->houthis')).toMatchObject({
      colour: CERTAINTY_COLOURS.alleged,
      breach: 'breach',
      halo: BREACH_COLOUR,
      label: '⚠',
    })
    expect(dataOf('IR->RU')).toMatchObject({ breach: 'possible', halo: POSSIBLE_BREACH_COLOUR })
  })

  it('positions nodes the same way every time', () => {
    expect(networkElements(view)).toEqual(networkElements(view))
  })
})

describe('breachMarkOf / edgeIdOf', () => {
  it('prefers a breach over a possible one', () => {
    expect(breachMarkOf({ breaches: 1, possible_breaches: 3 })).toBe('breach')
    expect(breachMarkOf({ breaches: 0, possible_breaches: 0 })).toBe('none')
  })
  it('joins the pair', () => {
    expect(edgeIdOf('KP', 'RU')).toBe('KP->RU')
  })
})
