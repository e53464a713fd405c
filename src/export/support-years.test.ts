import { describe, expect, it } from 'vitest'
import { firstSupportYear, formatYears, supportYears } from './support-years.js'
import { documentRef, support } from './test-builders.js'

describe('supportYears', () => {
  it('covers every year of the stated period', () => {
    const s = support(documentRef('d'), { period: { start: '2022-11', end: '2024-02-03' } })
    expect(supportYears(s)).toEqual([2022, 2023, 2024])
    expect(firstSupportYear(s)).toBe(2022)
  })

  it('uses the one end stated, then the publication date, then nothing', () => {
    const doc = documentRef('d', { published: '2023-10-26' })
    expect(supportYears(support(doc, { period: { start: null, end: '2021' } }))).toEqual([2021])
    expect(supportYears(support(doc))).toEqual([2023])
    expect(supportYears(support(documentRef('d', { published: null })))).toEqual([])
    expect(firstSupportYear(support(documentRef('d', { published: null })))).toBeNull()
  })
})

describe('formatYears', () => {
  it('writes runs of consecutive years as ranges and never invents a gap year', () => {
    expect(formatYears([2024, 2015, 2023, 2023])).toBe('2015; 2023-2024')
    expect(formatYears([2020, 2021, 2022])).toBe('2020-2022')
    expect(formatYears([2019])).toBe('2019')
    expect(formatYears([])).toBe('')
  })
})
