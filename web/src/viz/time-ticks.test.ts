import { describe, expect, it } from 'vitest'
import { timeTicks } from './time-ticks'

function monthsFrom(year: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const y = year + Math.floor(i / 12)
    return `${y}-${String((i % 12) + 1).padStart(2, '0')}`
  })
}

describe('timeTicks', () => {
  it('names a single month and its year', () => {
    expect(timeTicks(['2024-05'], 600)).toEqual({
      months: [{ index: 0, label: 'May' }],
      years: [{ index: 0, label: '2024' }],
    })
  })

  it('names every month when there is room, and each January’s year', () => {
    const axis = timeTicks(monthsFrom(2022, 18), 40)
    expect(axis.months).toHaveLength(18)
    expect(axis.years.map((t) => t.label)).toEqual(['2022', '2023'])
  })

  it('thins 300 months on a narrow axis to years a few apart', () => {
    const axis = timeTicks(monthsFrom(2000, 300), 2)
    expect(axis.months).toEqual([])
    const years = axis.years.map((t) => Number(t.label))
    expect(years.length).toBeGreaterThan(2)
    expect(years.length).toBeLessThanOrEqual(13)
    // Evenly spaced round years.
    const gaps = new Set(years.slice(1).map((y, i) => y - (years[i] ?? 0)))
    expect(gaps.size).toBe(1)
  })

  it('skips the first month’s year when a January follows too closely', () => {
    const axis = timeTicks(['2022-12', '2023-01', '2023-02'], 10)
    expect(axis.years).toEqual([{ index: 1, label: '2023' }])
  })

  it('gives nothing for no months', () => {
    expect(timeTicks([], 10)).toEqual({ months: [], years: [] })
  })
})
