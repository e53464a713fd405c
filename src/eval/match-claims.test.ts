import { describe, expect, it } from 'vitest'
import { matchClaims } from './match-claims.js'
import { claim, goldClaim, transfer } from './test-builders.js'

describe('claims', () => {
  const g = [
    goldClaim('Sergueï Lavrov', 'RU', ['KP', 'RU'], 'denies'),
    goldClaim('Antony Blinken', 'US', ['KP', 'RU'], 'condemns'),
    goldClaim('White House', 'US', ['KP', 'RU'], 'condemns'),
  ]

  it.each([
    {
      about: 'same stance and country, name ignored',
      claims: [claim('Lavrov', 'RU', 'denies')],
      recalled: 1,
      names: 0,
    },
    {
      about: 'accents and case ignored for names',
      claims: [claim('sergueï  LAVROV', 'RU', 'denies')],
      recalled: 1,
      names: 1,
    },
    { about: 'wrong stance', claims: [claim('Lavrov', 'RU', 'asserts')], recalled: 0, names: 0 },
    { about: 'wrong country', claims: [claim('Lavrov', 'US', 'denies')], recalled: 0, names: 0 },
    {
      about: 'one prediction recalls one gold claim',
      claims: [claim('Blinken', 'US', 'condemns')],
      recalled: 1,
      names: 0,
    },
    {
      about: 'two predictions recall two',
      claims: [claim('Washington', 'US', 'condemns'), claim('Antony Blinken', 'US', 'condemns')],
      recalled: 2,
      names: 1,
    },
  ])('$about', ({ claims, recalled, names }) => {
    const counts = matchClaims([transfer('KP', 'RU', { claims })], g)
    expect(counts.recalled).toBe(recalled)
    expect(counts.name_matched).toBe(names)
    expect(counts.total).toBe(3)
    expect(counts.predicted).toBe(claims.length)
    expect(counts.missed).toHaveLength(3 - recalled)
  })

  it('needs the claim on a transfer of the same pair', () => {
    const pred = [transfer('RU', 'KP', { claims: [claim('Lavrov', 'RU', 'denies')] })]
    const counts = matchClaims(pred, g)
    expect(counts.recalled).toBe(0)
    expect(counts.missed).toContain('Sergueï Lavrov (RU) denies KP->RU')
  })
})
