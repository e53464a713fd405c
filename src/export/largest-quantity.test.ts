import { describe, expect, it } from 'vitest'
import { largestQuantity } from './largest-quantity.js'
import { quantity } from './test-builders.js'

describe('largestQuantity', () => {
  it('is null when no source gives a number', () => {
    expect(largestQuantity([])).toBeNull()
    expect(largestQuantity([null, quantity(null, 'more_than')])).toBeNull()
  })

  it('keeps the largest value, not the sum, and notes its qualifier', () => {
    expect(largestQuantity([quantity(300), quantity(300), quantity(120)])).toEqual({
      value: 300,
      note: '',
    })
    expect(largestQuantity([quantity(300), quantity(500, 'up_to')])).toEqual({
      value: 500,
      note: 'up to',
    })
  })

  it('on a tie keeps the qualifier that implies the larger number', () => {
    const tie = [quantity(300, 'about'), quantity(300, 'more_than'), quantity(300)]
    expect(largestQuantity(tie)?.note).toBe('more than')
    expect(largestQuantity([quantity(300, 'about'), quantity(300)])?.note).toBe('')
  })

  it('prefers counts of the weapons to counts of containers, which do not compare', () => {
    const mixed = [quantity(1000, 'more_than', 'containers'), quantity(300)]
    expect(largestQuantity(mixed)).toEqual({ value: 300, note: '' })
    expect(largestQuantity([quantity(1000, 'more_than', 'containers')])).toEqual({
      value: 1000,
      note: 'more than; unit: containers',
    })
  })
})
