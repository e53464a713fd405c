import { describe, expect, it } from 'vitest'
import { evaluate } from './evaluate.js'
import { formatReport } from './format-report.js'
import type { GoldCase } from './gold.js'
import { extraction, gold, goldTransfer, transfer } from './test-builders.js'

const cases: GoldCase[] = [
  { name: 'p1', docPath: 'p1/doc.txt', gold: { ...gold([goldTransfer('KP', 'RU')]), id: 'p1' } },
  { name: 'n1', docPath: 'n1/doc.txt', gold: { ...gold([], [], 'fr'), id: 'n1' } },
]
// A predictor that reverses the positive pair and invents one on the negative doc.
const report = evaluate(cases, (c) =>
  extraction(c.name === 'p1' ? [transfer('RU', 'KP')] : [transfer('RU', 'BY')]),
)

describe('formatReport text', () => {
  const text = formatReport(report, { format: 'text' })
  const lines = text.trimEnd().split('\n')

  it('prints a header, a rule and one row per language plus overall', () => {
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^lang {2}docs {2}pairs tp\/fp\/fn/)
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(['en', 'fr', 'all'])
  })

  it('shows counts next to rates, and a dash when there is nothing to measure', () => {
    expect(lines[4]).toContain('0/2/1')
    expect(lines[4]).toContain('1/1')
    expect(lines[4]).toContain('0/0 –')
  })

  it('adds per-document FP and FN lines only when verbose', () => {
    expect(text).not.toContain('documents:')
    const verbose = formatReport(report, { format: 'text', isVerbose: true })
    expect(verbose).toContain('p1 [en]  pairs 0/1/1  FP: RU->KP (reversed)  FN: KP->RU')
    expect(verbose).toContain('n1 [fr]  pairs 0/1/0  FP: RU->BY  FN: -')
    expect(verbose).toContain('NEGATIVE DOC WITH FP')
  })
})

describe('formatReport json', () => {
  it('round-trips the report with a stable key order', () => {
    const json = formatReport(report, { format: 'json' })
    expect(JSON.parse(json)).toEqual(report)
    const overall = JSON.parse(json).rows[2]
    expect(Object.keys(overall)).toEqual([
      'language',
      'docs',
      'pairs',
      'reversed',
      'categories',
      'phase',
      'certainty',
      'negative',
      'headline_only',
      'claims',
    ])
    expect(Object.keys(overall.pairs)).toEqual(['tp', 'fp', 'fn', 'precision', 'recall', 'f1'])
  })
})
