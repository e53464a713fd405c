import { describe, expect, it } from 'vitest'
import { estimateDomCost } from './html-cost.js'

describe('estimateDomCost', () => {
  it.each([
    ['<div><p>a</p></div>', { nodes: 8, nesting: 3, depth: 2 }],
    // Bare paragraphs and list items close the previous one, as the parser does.
    ['<p>a<p>b<p>c', { nodes: 6, nesting: 3, depth: 1 }],
    ['<ul><li>a<li>b</ul>', { nodes: 8, nesting: 5, depth: 2 }],
    ['<div><div><div>', { nodes: 6, nesting: 6, depth: 3 }],
    // A stray end tag neither closes the open <div> nor hides the depth after it.
    ['<div></span><div>', { nodes: 6, nesting: 3, depth: 2 }],
    // Attributes count, and a quoted '>' does not end the tag early.
    ['<p a="x>y" b c=d>t</p>', { nodes: 7, nesting: 1, depth: 1 }],
    ['a &amp; b &lt; c', { nodes: 2, nesting: 0, depth: 0 }],
    ['<!-- <div><div> -->', { nodes: 2, nesting: 0, depth: 0 }],
  ])('%j', (html, expected) => {
    expect(estimateDomCost(html)).toEqual(expected)
  })

  it('is linear: 20 MB of tags, quotes and entities in well under a second', () => {
    const html = '<div a=1 b="x>y">t&amp;'.repeat(900_000)
    const started = performance.now()
    expect(estimateDomCost(html).depth).toBe(900_000)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
