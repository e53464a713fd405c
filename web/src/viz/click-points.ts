import type { XY } from './arc-geometry'

export interface HitCurve {
  /** Points along the curve (arc-geometry samples). */
  samples: readonly XY[]
  /** Half the width of the curve's hit stroke. */
  reach: number
}

/**
 * For each curve, in paint order (later ones on top), a point on it that no later curve covers:
 * the middle when it is free, else the free sample nearest the middle (the end points themselves
 * excluded: flows share them), else the middle anyway. A click there reaches this curve and no other,
 * so each map flow can be clicked at its box's centre (see the mirror in WorldMap.tsx).
 */
export function clearClickPoints(curves: readonly HitCurve[]): XY[] {
  return curves.map((curve, i) => {
    const later = curves.slice(i + 1)
    const middle = curve.samples[Math.floor(curve.samples.length / 2)] ?? [0, 0]
    for (const p of candidates(curve.samples)) {
      if (later.every((other) => distanceToCurve(p, other.samples) > other.reach + 1)) return p
    }
    return middle
  })
}

/** Samples from the middle outwards, leaving out the two ends. */
function candidates(samples: readonly XY[]): XY[] {
  const n = samples.length
  const mid = Math.floor(n / 2)
  const margin = 1
  const out: XY[] = []
  for (let d = 0; mid - d >= margin || mid + d < n - margin; d++) {
    for (const i of d === 0 ? [mid] : [mid - d, mid + d]) {
      const p = samples[i]
      if (p && i >= margin && i < n - margin) out.push(p)
    }
  }
  return out
}

export function distanceToCurve(p: XY, samples: readonly XY[]): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]
    const b = samples[i]
    if (a && b) best = Math.min(best, distanceToSegment(p, a, b))
  }
  return best
}

function distanceToSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const len2 = dx * dx + dy * dy
  const t =
    len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2))
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
}
