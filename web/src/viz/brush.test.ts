import { describe, expect, it } from 'vitest'
import { brushRange, dateBand, monthIndexAt } from './brush'

const months = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06']

describe('monthIndexAt', () => {
  it('finds the month under the pointer and clamps outside the plot', () => {
    expect(monthIndexAt(0, 10, 6)).toBe(0)
    expect(monthIndexAt(25, 10, 6)).toBe(2)
    expect(monthIndexAt(-40, 10, 6)).toBe(0)
    expect(monthIndexAt(900, 10, 6)).toBe(5)
  })
})

describe('brushRange', () => {
  it('orders the ends whichever way the drag went', () => {
    expect(brushRange(months, 4, 1)).toEqual({ since: '2023-02', until: '2023-05' })
    expect(brushRange(months, 1, 4)).toEqual({ since: '2023-02', until: '2023-05' })
  })
  it('selects one month for a click', () => {
    expect(brushRange(months, 3, 3)).toEqual({ since: '2023-04', until: '2023-04' })
  })
  it('gives nothing when there are no months', () => {
    expect(brushRange([], 0, 0)).toBeNull()
  })
})

describe('dateBand', () => {
  it('covers the months between since and until', () => {
    expect(dateBand(months, '2023-02', '2023-04')).toEqual({ start: 1, end: 3 })
  })
  it('reads years and days as the months they cover', () => {
    expect(dateBand(months, '2023-03-15', undefined)).toEqual({ start: 2, end: 5 })
    expect(dateBand(months, undefined, '2023')).toEqual({ start: 0, end: 5 })
  })
  it('clamps a range wider than the months shown', () => {
    expect(dateBand(months, '2020-01', '2030-12')).toEqual({ start: 0, end: 5 })
  })
  it('is null without dates or when the range misses the months', () => {
    expect(dateBand(months, undefined, undefined)).toBeNull()
    expect(dateBand(months, '2024-01', undefined)).toBeNull()
    expect(dateBand(months, undefined, '2022-12')).toBeNull()
  })
})
