import { describe, expect, it } from 'vitest'
import { scoreDocument } from './score-document.js'
import { extraction, gold, goldTransfer, transfer } from './test-builders.js'

describe('scoreDocument pairs', () => {
  it.each([
    {
      about: 'exact match',
      pred: [transfer('KP', 'RU')],
      gold: [goldTransfer('KP', 'RU')],
      want: { tp: 1, fp: 0, fn: 0, reversed: 0 },
    },
    {
      about: 'one extra, one missed',
      pred: [transfer('KP', 'RU'), transfer('IR', 'RU')],
      gold: [goldTransfer('KP', 'RU'), goldTransfer('US', 'UA')],
      want: { tp: 1, fp: 1, fn: 1, reversed: 0 },
    },
    {
      about: 'reversed direction is a FP, a FN and a reversal',
      pred: [transfer('RU', 'KP')],
      gold: [goldTransfer('KP', 'RU')],
      want: { tp: 0, fp: 1, fn: 1, reversed: 1 },
    },
    {
      about: 'both directions in gold: no reversal',
      pred: [transfer('RU', 'KP'), transfer('KP', 'RU')],
      gold: [goldTransfer('KP', 'RU'), goldTransfer('RU', 'KP')],
      want: { tp: 2, fp: 0, fn: 0, reversed: 0 },
    },
    {
      about: 'duplicate predictions of one pair count once',
      pred: [transfer('US', 'UA'), transfer('US', 'UA', { phase: 'agreed' })],
      gold: [goldTransfer('US', 'UA')],
      want: { tp: 1, fp: 0, fn: 0, reversed: 0 },
    },
  ])('$about', ({ pred, gold: g, want }) => {
    const s = scoreDocument(extraction(pred), gold(g))
    expect({ ...s.pairs, reversed: s.reversed }).toEqual(want)
  })

  it('lists FP, FN and reversed pairs sorted', () => {
    const s = scoreDocument(
      extraction([transfer('SY', 'RU'), transfer('IR', 'RU')]),
      gold([goldTransfer('RU', 'SY'), goldTransfer('BY', 'RU')]),
    )
    expect(s.fp_pairs).toEqual(['IR->RU', 'SY->RU'])
    expect(s.fn_pairs).toEqual(['BY->RU', 'RU->SY'])
    expect(s.reversed_pairs).toEqual(['SY->RU'])
  })
})

describe('scoreDocument matched-pair attributes', () => {
  // Gold lists one pair twice: a contract agreed (confirmed) and a delivery alleged.
  const twoPhases = gold([
    goldTransfer('RU', 'SY', {
      phase: 'agreed',
      certainty: 'confirmed',
      categories: ['air_defence'],
    }),
    goldTransfer('RU', 'SY', {
      phase: 'delivered',
      certainty: 'alleged',
      categories: ['missiles'],
    }),
  ])

  it.each([
    { phase: 'agreed', certainty: 'confirmed', ok: [1, 1] },
    { phase: 'delivered', certainty: 'alleged', ok: [1, 1] },
    { phase: 'sought', certainty: 'denied', ok: [0, 0] },
  ] as const)('phase $phase / certainty $certainty against two gold entries', (c) => {
    const pred = [transfer('RU', 'SY', { phase: c.phase, certainty: c.certainty })]
    const s = scoreDocument(extraction(pred), twoPhases)
    expect(s.pairs).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(s.phase).toEqual({ correct: c.ok[0], total: 1 })
    expect(s.certainty).toEqual({ correct: c.ok[1], total: 1 })
  })

  it('needs every duplicate prediction to be right', () => {
    const pred = [
      transfer('RU', 'SY', { phase: 'agreed' }),
      transfer('RU', 'SY', { phase: 'sought' }),
    ]
    expect(scoreDocument(extraction(pred), twoPhases).phase).toEqual({ correct: 0, total: 1 })
  })

  it('compares category sets against the union of gold entries', () => {
    const pred = [transfer('RU', 'SY', { categories: ['air_defence', 'drones'] })]
    const s = scoreDocument(extraction(pred), twoPhases)
    expect(s.categories).toEqual({ tp: 1, fp: 1, fn: 1 })
  })

  it('ignores categories of unmatched pairs', () => {
    const pred = [transfer('IR', 'RU', { categories: ['drones'] })]
    const s = scoreDocument(extraction(pred), twoPhases)
    expect(s.categories).toEqual({ tp: 0, fp: 0, fn: 0 })
    expect(s.phase.total).toBe(0)
  })
})

describe('headline-only pairs', () => {
  const g = gold([
    goldTransfer('KP', 'RU'),
    goldTransfer('KP', 'IR', { in_headline_only: true }),
    goldTransfer('KP', 'SY', { in_headline_only: true }),
  ])

  it.each([
    {
      about: 'found and flagged',
      pred: [transfer('KP', 'IR', { in_headline_only: true })],
      found: 1,
    },
    { about: 'found but not flagged', pred: [transfer('KP', 'IR')], found: 0 },
    { about: 'not found', pred: [transfer('KP', 'RU', { in_headline_only: true })], found: 0 },
  ])('$about', ({ pred, found }) => {
    expect(scoreDocument(extraction(pred), g).headline_only).toEqual({ found, total: 2 })
  })
})

describe('negative documents', () => {
  it.each([
    { about: 'silent on a negative doc', pred: [], negative: true, fp: false },
    {
      about: 'any transfer on a negative doc',
      pred: [transfer('RU', 'BY')],
      negative: true,
      fp: true,
    },
  ])('$about', ({ pred, negative, fp }) => {
    const s = scoreDocument(extraction(pred), gold([]))
    expect(s.negative).toBe(negative)
    expect(s.negative_fp).toBe(fp)
    expect(s.pairs.fp).toBe(pred.length)
  })

  it('a positive doc is never a negative FP', () => {
    const s = scoreDocument(extraction([transfer('RU', 'BY')]), gold([goldTransfer('US', 'UA')]))
    expect(s).toMatchObject({ negative: false, negative_fp: false })
  })
})
