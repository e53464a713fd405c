import { describe, expect, it } from 'vitest'
import { logScale, niceTicks, sqrtScale } from './scale'

describe('logScale', () => {
  it('maps 0 and the maximum to the ends of the range', () => {
    expect(logScale(0, 100, 1, 9)).toBe(1)
    expect(logScale(100, 100, 1, 9)).toBe(9)
  })
  it('grows with the value but flattens the heavy tail', () => {
    const one = logScale(1, 100, 0, 1)
    const ten = logScale(10, 100, 0, 1)
    expect(one).toBeGreaterThan(0)
    expect(ten).toBeGreaterThan(one)
    // Ten times the sources is far less than ten times the width.
    expect(ten / one).toBeLessThan(4)
  })
  it('clamps values above the maximum and survives a zero maximum', () => {
    expect(logScale(500, 100, 1, 9)).toBe(9)
    expect(logScale(5, 0, 1, 9)).toBe(1)
  })
})

describe('sqrtScale', () => {
  it('maps a quarter of the maximum to half the range', () => {
    expect(sqrtScale(25, 100, 0, 10)).toBeCloseTo(5)
  })
})

describe('niceTicks', () => {
  it.each([
    [7, 8, [0, 2, 4, 6, 8]],
    [165, 200, [0, 50, 100, 150, 200]],
    [1, 1, [0, 1]],
    [3, 3, [0, 1, 2, 3]],
  ])('max %d → axis to %d', (max, top, ticks) => {
    expect(niceTicks(max)).toEqual({ max: top, ticks })
  })
  it('gives a usable axis for no data', () => {
    expect(niceTicks(0)).toEqual({ max: 1, ticks: [0, 1] })
  })
})
