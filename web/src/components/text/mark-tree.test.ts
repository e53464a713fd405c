import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildMarkTree, mergeSpans, paragraphsOf, type Highlight, type MarkNode } from './mark-tree'

const span = (start: number, end: number, kind: string, refs: number[] = []): Highlight => ({
  start,
  end,
  kind,
  refs,
})

/** The tree back as "[evidence:…{actor:…}…]" so nesting shows in one string. */
function show(text: string, nodes: MarkNode[]): string {
  return nodes
    .map((n) =>
      n.type === 'text'
        ? text.slice(n.start, n.end)
        : n.layer === 0
          ? `[${show(text, n.children)}]`
          : `{${show(text, n.children)}}`,
    )
    .join('')
}

function flatText(text: string, nodes: MarkNode[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? text.slice(n.start, n.end) : flatText(text, n.children)))
    .join('')
}

describe('buildMarkTree', () => {
  const text = 'Iran sent drones to Russia. Tehran denies it.'

  it('nests mentions inside an evidence sentence', () => {
    const evidence = [span(0, 27, 'evidence')]
    const mentions = [span(0, 4, 'actor'), span(10, 16, 'weapon'), span(20, 26, 'actor')]
    expect(show(text, buildMarkTree([evidence, mentions], 0, text.length))).toBe(
      '[{Iran} sent {drones} to {Russia}.] Tehran denies it.',
    )
  })

  it('cuts a mention that straddles an evidence boundary', () => {
    // "Russia. Tehran" as one (odd) mention across the sentence end.
    const tree = buildMarkTree([[span(0, 27, 'evidence')], [span(20, 34, 'actor')]], 0, text.length)
    expect(show(text, tree)).toBe('[Iran sent drones to {Russia.}]{ Tehran} denies it.')
  })

  it('clips to a paragraph range', () => {
    const tree = buildMarkTree([[span(0, 27, 'evidence')], [span(28, 34, 'actor')]], 21, 40)
    expect(show(text, tree)).toBe('[ussia.] {Tehran} denie')
  })
})

describe('mergeSpans', () => {
  it('joins overlapping evidence of two transfers and keeps both refs', () => {
    expect(
      mergeSpans([
        span(5, 20, 'evidence', [1]),
        span(0, 10, 'evidence', [0]),
        span(30, 40, 'evidence', [1]),
      ]),
    ).toEqual([span(0, 20, 'evidence', [0, 1]), span(30, 40, 'evidence', [1])])
  })
})

describe('paragraphsOf', () => {
  it('gives one trimmed range per non-blank line', () => {
    const t = 'Title\n\n  First line. \nSecond\n\n'
    expect(paragraphsOf(t).map((p) => t.slice(p.start, p.end))).toEqual([
      'Title',
      'First line.',
      'Second',
    ])
  })
})

describe('buildMarkTree properties', () => {
  const arbSpans = (len: number) =>
    fc.array(
      fc
        .tuple(fc.nat({ max: len }), fc.nat({ max: len }))
        .map(([a, b]) => span(Math.min(a, b), Math.max(a, b), 'x')),
      { maxLength: 8 },
    )

  it('keeps every character once, in order, and nests marks inside their parents', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 0, maxLength: 60 })
          .chain((t) => fc.tuple(fc.constant(t), arbSpans(t.length), arbSpans(t.length))),
        ([t, outer, inner]) => {
          const tree = buildMarkTree([mergeSpans(outer), mergeSpans(inner)], 0, t.length)
          expect(flatText(t, tree)).toBe(t)
          const check = (nodes: MarkNode[], from: number, to: number) => {
            let at = from
            for (const n of nodes) {
              expect(n.start).toBe(at)
              expect(n.end).toBeLessThanOrEqual(to)
              if (n.type === 'mark') check(n.children, n.start, n.end)
              at = n.end
            }
            expect(at).toBe(to)
          }
          check(tree, 0, t.length)
        },
      ),
    )
  })
})
