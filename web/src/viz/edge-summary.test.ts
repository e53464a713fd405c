import { describe, expect, it } from 'vitest'
import type { GraphEdge } from '../api/types'
import { edgeSummary, plural } from './edge-summary'
import { eventsPathFor } from './flow-link'

const edge: GraphEdge = {
  supplier: 'KP',
  recipient: 'RU',
  events: 2,
  sources: 1,
  documents: 3,
  certainty: 'confirmed',
  certainties: { confirmed: 2, alleged: 0, denied: 0 },
  breaches: 1,
  possible_breaches: 0,
  contested: 0,
  categories: ['ammunition'],
  first: '2023-08-01',
  last: '2023-10-31',
}

describe('edgeSummary', () => {
  it('reads as one line with names, counts, certainty and breach', () => {
    const names = new Map([
      ['KP', 'North Korea'],
      ['RU', 'Russia'],
    ])
    expect(edgeSummary(edge, names)).toBe(
      'North Korea → Russia · 2 events · 1 source · confirmed · ⚠ UN/EU breach',
    )
  })
  it('falls back to ids and leaves out an absent breach', () => {
    expect(edgeSummary({ ...edge, breaches: 0 }, new Map())).toBe(
      'KP → RU · 2 events · 1 source · confirmed',
    )
  })
  it('pluralises', () => {
    expect(plural(1, 'pair')).toBe('1 pair')
    expect(plural(0, 'pair')).toBe('0 pairs')
  })
})

describe('eventsPathFor', () => {
  it('keeps the other filters and replaces the pair', () => {
    expect(eventsPathFor({ category: 'drones', supplier: 'IR', actor: 'IR' }, 'KP', 'RU')).toBe(
      '/events?supplier=KP&recipient=RU&category=drones',
    )
  })
})
