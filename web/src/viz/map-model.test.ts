import { describe, expect, it } from 'vitest'
import type { MapFlow, MapPoint } from '../api/types'
import { placeLabelsWithoutOverlap } from './label-placement'
import { flowStyles, placeLabels, placeRoles } from './map-model'
import { BREACH_COLOUR } from './palette'
import { numericKey } from './world'

const point = (
  id: string,
  name: string,
  lon: number,
  lat: number,
  numeric: string | null,
): MapPoint => ({
  id,
  name,
  lon,
  lat,
  numeric,
})
const RU = point('RU', 'Russia', 45, 55, '643')
const KP = point('KP', 'North Korea', 127, 40, '408')
const IR = point('IR', 'Iran', 53, 32, '364')
const WAGNER = point('wagner', 'Wagner Group', 45, 55, '643')

function flow(from: MapPoint, to: MapPoint, patch: Partial<MapFlow> = {}): MapFlow {
  return {
    supplier: from.id,
    recipient: to.id,
    events: 1,
    sources: 1,
    documents: 1,
    certainty: 'confirmed',
    certainties: { confirmed: 1, alleged: 0, denied: 0 },
    breaches: 0,
    possible_breaches: 0,
    contested: 0,
    categories: [],
    first: '2023-01-01',
    last: '2023-01-01',
    from,
    to,
    ...patch,
  }
}

const flows = [flow(KP, RU, { events: 5, sources: 9, breaches: 1 }), flow(RU, IR), flow(KP, WAGNER)]

describe('placeRoles', () => {
  it('tints suppliers, recipients and countries that are both', () => {
    const roles = placeRoles(flows)
    expect(roles.get('408')).toBe('supplier')
    expect(roles.get('364')).toBe('recipient')
    expect(roles.get('643')).toBe('both')
  })
})

describe('flowStyles', () => {
  it('widens corroborated flows and puts a red halo on breaches', () => {
    const [strong, weak] = flowStyles(flows)
    expect(strong?.width).toBeGreaterThan(weak?.width ?? Infinity)
    expect(strong?.halo).toBe(BREACH_COLOUR)
    expect(weak?.halo).toBeNull()
  })
})

describe('placeLabels', () => {
  it('merges actors on the same spot and puts the busiest first', () => {
    const labels = placeLabels(flows, 10)
    expect(labels[0]?.text).toBe('Russia / Wagner Group')
    expect(labels.map((l) => l.text)).toContain('North Korea')
    expect(placeLabels(flows, 1)).toHaveLength(1)
  })
})

describe('placeLabelsWithoutOverlap', () => {
  it('moves a colliding label to another side, and drops it when no side is free', () => {
    const placed = placeLabelsWithoutOverlap([
      { key: 'a', x: 100, y: 100, text: 'Netherlands' },
      { key: 'b', x: 102, y: 101, text: 'Belgium' },
      { key: 'c', x: 101, y: 100, text: 'Luxembourg' },
      { key: 'd', x: 100, y: 102, text: 'Germany' },
      { key: 'e', x: 101, y: 101, text: 'Denmark' },
    ])
    expect(placed[0]).toMatchObject({ key: 'a', dx: 5, anchor: 'start' })
    expect(placed[1]?.key).toBe('b')
    expect(placed[1]?.dy).not.toBe(placed[0]?.dy)
    expect(placed.length).toBeLessThan(5)
  })
})

describe('numericKey', () => {
  it('pads to world-atlas ids', () => {
    expect(numericKey('4')).toBe('004')
    expect(numericKey('643')).toBe('643')
    expect(numericKey(null)).toBeNull()
  })
})
