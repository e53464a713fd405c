import { describe, expect, it } from 'vitest'
import { isPartialDate } from './partial-date.js'

describe('isPartialDate', () => {
  it.each([
    ['2023', true],
    ['2023-10', true],
    ['2023-10-26', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13', false],
    ['2023-00', false],
    ['2023-04-31', false],
    ['2023-10-00', false],
    ['23-10-26', false],
    ['2023/10/26', false],
    ['', false],
  ])('%s → %s', (s, ok) => expect(isPartialDate(s)).toBe(ok))
})
