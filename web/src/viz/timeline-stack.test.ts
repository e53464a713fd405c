import { describe, expect, it } from 'vitest'
import type { TimelineView } from '../api/types'
import { countInBand, seriesTotals, stackTimeline } from './timeline-stack'

const view: TimelineView = {
  by: 'category',
  months: ['2024-01', '2024-02', '2024-03'],
  // Out of palette order on purpose: stacking follows the palette, not the response.
  series: [
    { key: 'drones', counts: [1, 0, 2] },
    { key: 'aircraft', counts: [3, 0, 1] },
  ],
  total: 6,
}

describe('stackTimeline', () => {
  it('stacks series bottom-up in palette order and skips zeros', () => {
    const [jan, feb, mar] = stackTimeline(view)
    expect(jan).toEqual({
      month: '2024-01',
      total: 4,
      segments: [
        { key: 'aircraft', count: 3, y0: 0, y1: 3 },
        { key: 'drones', count: 1, y0: 3, y1: 4 },
      ],
    })
    expect(feb?.segments).toEqual([])
    expect(mar?.total).toBe(3)
  })
})

describe('seriesTotals', () => {
  it('sums each series in palette order', () => {
    expect(seriesTotals(view)).toEqual([
      { key: 'aircraft', total: 4 },
      { key: 'drones', total: 3 },
    ])
  })
})

describe('countInBand', () => {
  it('counts the months inside the band only', () => {
    expect(countInBand(view, { start: 1, end: 2 })).toBe(3)
    expect(countInBand(view, { start: 1, end: 1 })).toBe(0)
    expect(countInBand(view, null)).toBe(0)
  })
})
