import { describe, expect, it } from 'vitest'
import { decodeWindows1252 } from './windows-1252.js'

describe('decodeWindows1252', () => {
  it.each([
    [[0x61, 0xe9], 'aé'],
    [[0x92, 0x93, 0x94, 0x96, 0x97], '’“”–—'],
    [[0x80, 0x8c, 0x9c], '€Œœ'],
    [[0x81], '\u0081'],
    [[], ''],
  ])('%j → %j', (input, expected) => {
    expect(decodeWindows1252(Uint8Array.from(input))).toBe(expected)
  })

  it('decodes inputs longer than one chunk', () => {
    expect(decodeWindows1252(new Uint8Array(20_000).fill(0x41))).toBe('A'.repeat(20_000))
  })
})
