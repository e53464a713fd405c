import { describe, expect, it } from 'vitest'
import type { XY } from './arc-geometry'
import { clearClickPoints, distanceToCurve } from './click-points'

const line = (a: XY, b: XY): XY[] =>
  Array.from({ length: 17 }, (_, i) => [
    a[0] + ((b[0] - a[0]) * i) / 16,
    a[1] + ((b[1] - a[1]) * i) / 16,
  ])

describe('clearClickPoints', () => {
  it('takes the middle of a curve nothing covers', () => {
    const [p] = clearClickPoints([{ samples: line([0, 0], [160, 0]), reach: 6 }])
    expect(p).toEqual([80, 0])
  })

  it('moves away from a curve drawn on top that crosses the middle', () => {
    const below = { samples: line([0, 0], [160, 0]), reach: 6 }
    const above = { samples: line([80, -50], [80, 50]), reach: 6 }
    const [p, q] = clearClickPoints([below, above])
    expect(p && distanceToCurve(p, above.samples)).toBeGreaterThan(7)
    expect(q).toEqual([80, 0])
  })

  it('falls back to the middle when every point is covered', () => {
    const below = { samples: line([0, 0], [160, 0]), reach: 6 }
    const same = { samples: line([0, 0], [160, 0]), reach: 6 }
    expect(clearClickPoints([below, same])[0]).toEqual([80, 0])
  })
})

describe('distanceToCurve', () => {
  it('measures to the nearest segment', () => {
    expect(distanceToCurve([5, 3], line([0, 0], [10, 0]))).toBeCloseTo(3)
    expect(distanceToCurve([-4, 3], line([0, 0], [10, 0]))).toBeCloseTo(5)
  })
})
