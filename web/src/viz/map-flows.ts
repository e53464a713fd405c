import type { GeoProjection } from 'd3-geo'
import type { MapFlow } from '../api/types'
import { flowArc, type ArcShape, type XY } from './arc-geometry'
import { clearClickPoints } from './click-points'
import { flowStyles, type FlowStyle } from './map-model'

export interface DrawnFlow {
  flow: MapFlow
  style: FlowStyle
  arc: ArcShape
  /** A point on the arc that no arc drawn above it covers. */
  clickAt: XY
}

/**
 * Heaviest first, so thin arcs lie on top of thick ones and both stay visible and clickable.
 * Flows between the same two spots (a state and a group based there) bend further each, so no
 * arc hides another.
 */
export function drawFlows(flows: MapFlow[], projection: GeoProjection): DrawnFlow[] {
  const styles = flowStyles(flows)
  const seen = new Map<string, number>()
  const out: Array<Omit<DrawnFlow, 'clickAt'>> = []
  flows.forEach((flow, i) => {
    const style = styles[i]
    const a = projection([flow.from.lon, flow.from.lat])
    const b = projection([flow.to.lon, flow.to.lat])
    if (!style || !a || !b) return
    const key = `${Math.round(a[0])},${Math.round(a[1])}>${Math.round(b[0])},${Math.round(b[1])}`
    const rank = seen.get(key) ?? 0
    seen.set(key, rank + 1)
    out.push({ flow, style, arc: flowArc(a, b, { width: style.width, bend: 0.2 + 0.14 * rank }) })
  })
  out.sort((p, q) => q.style.width - p.style.width)
  const clickAt = clearClickPoints(
    out.map((d) => ({ samples: d.arc.samples, reach: hitWidthOf(d.style) / 2 })),
  )
  return out.map((d, i) => ({ ...d, clickAt: clickAt[i] ?? d.arc.mid }))
}

/** The invisible stroke that catches the pointer: wider than thin lines, so they are easy to hit. */
export function hitWidthOf(style: FlowStyle): number {
  return Math.max(12, style.width + 8)
}
