import { describe, expect, it } from 'vitest'
import { orderSeriesKeys, seriesColour } from './palette'
import { readTimelineBy, searchWithBy } from './timeline-by'

describe('timeline by', () => {
  it('reads certainty, and category for anything else', () => {
    expect(readTimelineBy('?by=certainty&supplier=KP')).toBe('certainty')
    expect(readTimelineBy('?by=nonsense')).toBe('category')
    expect(readTimelineBy('')).toBe('category')
  })
  it('writes by= and keeps every other parameter', () => {
    expect(searchWithBy('?supplier=KP&since=2023-01', 'certainty')).toBe(
      '?supplier=KP&since=2023-01&by=certainty',
    )
    expect(searchWithBy('?by=certainty&phase=delivered', 'category')).toBe(
      '?by=category&phase=delivered',
    )
  })
})

describe('palette', () => {
  it('orders series keys as the palette does, unknown keys last', () => {
    expect(orderSeriesKeys(['zz', 'drones', 'aircraft'])).toEqual(['aircraft', 'drones', 'zz'])
    expect(orderSeriesKeys(['denied', 'confirmed'])).toEqual(['confirmed', 'denied'])
  })
  it('has a colour for every key and grey for the unknown', () => {
    expect(seriesColour('air_defence')).toMatch(/^#/)
    expect(seriesColour('zz')).toBe('#777777')
  })
})
