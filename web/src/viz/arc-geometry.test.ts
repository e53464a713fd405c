import { describe, expect, it } from 'vitest'
import { arrowHeadPoints, flowArc, pointBefore, quadPoint, type XY } from './arc-geometry'

const numbers = (path: string): number[] => (path.match(/-?[\d.]+/g) ?? []).map(Number)

describe('flowArc', () => {
  const a: XY = [100, 200]
  const b: XY = [400, 200]

  it('starts at the supplier and points its arrow at the recipient', () => {
    const arc = flowArc(a, b, { width: 2, gap: 0 })
    expect(numbers(arc.d).slice(0, 2)).toEqual([100, 200])
    const [tipX, tipY] = numbers(arc.head)
    expect(tipX).toBeCloseTo(400, 0)
    expect(tipY).toBeCloseTo(200, 0)
  })

  it('bends A → B and B → A to opposite sides', () => {
    const there = flowArc(a, b, { width: 2 })
    const back = flowArc(b, a, { width: 2 })
    expect(Math.sign(there.mid[1] - 200)).toBe(-Math.sign(back.mid[1] - 200))
    expect(Math.abs(there.mid[1] - 200)).toBeGreaterThan(10)
  })

  it('bends further with a larger bend', () => {
    const low = flowArc(a, b, { width: 2, bend: 0.2 })
    const high = flowArc(a, b, { width: 2, bend: 0.4 })
    expect(Math.abs(high.mid[1] - 200)).toBeGreaterThan(Math.abs(low.mid[1] - 200))
  })

  it('draws a loop when both ends share a place', () => {
    const arc = flowArc([50, 50], [51, 50], { width: 2 })
    expect(arc.d).toContain('C')
    expect(arc.mid[1]).toBeLessThan(50)
  })

  it('never gives NaN', () => {
    for (const arc of [flowArc(a, a, { width: 0 }), flowArc(a, b, { width: 30 })]) {
      expect(numbers(arc.d).every(Number.isFinite)).toBe(true)
      expect(numbers(arc.head).every(Number.isFinite)).toBe(true)
    }
  })
})

describe('helpers', () => {
  it('pointBefore steps back along the incoming line', () => {
    expect(pointBefore([10, 0], [0, 0], 3)).toEqual([7, 0])
  })
  it('arrowHeadPoints is symmetric about the direction', () => {
    const [tip, left, right] = arrowHeadPoints([10, 0], [0, 0], 4)
    expect(tip).toEqual([10, 0])
    expect(left[0]).toBeCloseTo(6)
    expect(right[0]).toBeCloseTo(6)
    expect(left[1]).toBeCloseTo(-right[1])
  })
  it('quadPoint interpolates the ends', () => {
    expect(quadPoint([0, 0], [5, 5], [10, 0], 0)).toEqual([0, 0])
    expect(quadPoint([0, 0], [5, 5], [10, 0], 1)).toEqual([10, 0])
  })
})
