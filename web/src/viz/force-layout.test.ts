import { describe, expect, it } from 'vitest'
import { forceLayout, type LayoutLink, type Point } from './force-layout'

const ids = ['RU', 'KP', 'IR', 'UA', 'US', 'DE', 'houthis', 'hezbollah']
const links: LayoutLink[] = [
  { source: 'KP', target: 'RU' },
  { source: 'IR', target: 'RU' },
  { source: 'RU', target: 'IR' },
  { source: 'IR', target: 'houthis' },
  { source: 'IR', target: 'hezbollah' },
  { source: 'US', target: 'UA' },
  { source: 'DE', target: 'UA' },
]

const dist = (a: Point | undefined, b: Point | undefined): number =>
  a && b ? Math.hypot(a.x - b.x, a.y - b.y) : Number.NaN

describe('forceLayout', () => {
  it('gives the same positions for the same graph, whatever the input order', () => {
    const a = forceLayout(ids, links)
    const b = forceLayout([...ids].reverse(), [...links].reverse())
    for (const id of ids) expect(b.get(id)).toEqual(a.get(id))
  })

  it('places every node at a finite position, apart from the others', () => {
    const pos = forceLayout(ids, links, { radius: () => 20 })
    expect(pos.size).toBe(ids.length)
    const points = [...pos.values()]
    for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true)
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(dist(points[i], points[j])).toBeGreaterThan(40)
      }
    }
  })

  it('keeps linked actors closer than unlinked ones', () => {
    const pos = forceLayout(ids, links)
    expect(dist(pos.get('KP'), pos.get('RU'))).toBeLessThan(dist(pos.get('KP'), pos.get('UA')))
    expect(dist(pos.get('US'), pos.get('UA'))).toBeLessThan(dist(pos.get('US'), pos.get('houthis')))
  })

  it('keeps separate components near each other', () => {
    const pos = forceLayout(ids, links)
    const xs = [...pos.values()].map((p) => p.x)
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(1500)
  })

  it('handles a single node and links to unknown ids', () => {
    const pos = forceLayout(['RU'], [{ source: 'RU', target: 'XX' }])
    expect([...pos.keys()]).toEqual(['RU'])
  })
})
