import { describe, expect, it } from 'vitest'
import { aggregate, rates, ratio } from './aggregate.js'
import { scoreDocument } from './score-document.js'
import { extraction, gold, goldTransfer, transfer } from './test-builders.js'

describe('rates', () => {
  it.each([
    { c: { tp: 3, fp: 1, fn: 2 }, want: { precision: 0.75, recall: 0.6, f1: 0.6667 } },
    { c: { tp: 1, fp: 0, fn: 0 }, want: { precision: 1, recall: 1, f1: 1 } },
    // nothing predicted, nothing expected: a clean negative run is perfect
    { c: { tp: 0, fp: 0, fn: 0 }, want: { precision: 1, recall: 1, f1: 1 } },
    // silence when something was expected earns nothing
    { c: { tp: 0, fp: 0, fn: 2 }, want: { precision: 0, recall: 0, f1: 0 } },
    // predictions on negative docs only
    { c: { tp: 0, fp: 2, fn: 0 }, want: { precision: 0, recall: 1, f1: 0 } },
  ])('$c', ({ c, want }) => {
    expect(rates(c)).toEqual(want)
  })

  it('ratio is null with nothing to measure', () => {
    expect(ratio(0, 0)).toBeNull()
    expect(ratio(2, 3)).toBe(0.6667)
  })
})

describe('aggregate', () => {
  const docs = [
    // en: 1 TP, 1 FP (reversed)
    scoreDocument(
      extraction([transfer('KP', 'RU'), transfer('UA', 'US')]),
      gold([goldTransfer('KP', 'RU'), goldTransfer('US', 'UA')], [], 'en'),
    ),
    // en: negative doc with a false positive
    scoreDocument(extraction([transfer('RU', 'BY')]), gold([], [], 'en')),
    // fr: 1 TP with the wrong phase, 1 FN
    scoreDocument(
      extraction([transfer('IR', 'RU', { phase: 'sought' })]),
      gold([goldTransfer('IR', 'RU'), goldTransfer('US', 'UA')], [], 'fr'),
    ),
  ]
  const rows = aggregate(docs)

  it('gives one row per language, sorted, then the overall row', () => {
    expect(rows.map((r) => [r.language, r.docs])).toEqual([
      ['en', 2],
      ['fr', 1],
      ['all', 3],
    ])
  })

  it('sums counts and recomputes rates from the sums', () => {
    const en = rows[0]
    expect(en?.pairs).toEqual({ tp: 1, fp: 2, fn: 1, precision: 0.3333, recall: 0.5, f1: 0.4 })
    expect(en?.reversed).toBe(1)
    expect(en?.negative).toEqual({ docs: 1, with_fp: 1 })
    const all = rows[2]
    expect(all?.pairs).toEqual({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5, f1: 0.5 })
    expect(all?.phase).toEqual({ correct: 1, total: 2, accuracy: 0.5 })
    expect(all?.headline_only).toEqual({ found: 0, total: 0, recall: null })
    expect(all?.claims.recall).toBeNull()
  })

  it('leaves category rates null when no pair matched', () => {
    const none = aggregate([scoreDocument(extraction([]), gold([goldTransfer('US', 'UA')]))])
    expect(none[0]?.categories).toEqual({
      tp: 0,
      fp: 0,
      fn: 0,
      precision: null,
      recall: null,
      f1: null,
    })
    expect(rows[2]?.categories.f1).toBe(1)
  })

  it('returns only the overall row for no documents', () => {
    expect(aggregate([]).map((r) => r.language)).toEqual(['all'])
  })
})
