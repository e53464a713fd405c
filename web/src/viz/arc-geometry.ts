/**
 * Screen geometry of a map flow: a quadratic curve from the supplier's point to the recipient's,
 * bent to the left of the direction of travel so A → B and B → A never lie on top of each other,
 * ending in an arrowhead drawn as its own triangle (SVG markers cannot take each arc's colour).
 */

export type XY = readonly [number, number]

export interface ArcShape {
  /** The curve, ending at the arrowhead's base. */
  d: string
  /** The arrowhead's three corners, as an SVG `points` list. */
  head: string
  /** The point halfway along the drawn curve. */
  mid: XY
  /** Points along the drawn curve, evenly in t, ends included (for hit tests). */
  samples: XY[]
}

const SAMPLES = 16

export interface ArcOptions {
  /** Stroke width: the arrowhead grows with it so the line never sticks out of its sides. */
  width: number
  /** Sideways bulge as a share of the chord. */
  bend?: number
  /** Gap left before the destination point, so the arrow tip does not cover its dot. */
  gap?: number
}

/** Below this chord (in px) the two ends share a place: drawn as a loop. */
const LOOP_BELOW = 4
const LOOP_SIZE = 14

export function arrowLength(width: number): number {
  return 6 + 2 * width
}

/** The curve and arrowhead from `a` to `b`. */
export function flowArc(a: XY, b: XY, opts: ArcOptions): ArcShape {
  const [ax, ay] = a
  const [bx, by] = b
  const chord = Math.hypot(bx - ax, by - ay)
  if (chord < LOOP_BELOW) return loopArc(a, opts)
  const bend = opts.bend ?? 0.2
  // Left-hand normal of the chord, scaled by the bulge.
  const c: XY = [
    (ax + bx) / 2 - ((by - ay) / chord) * bend * chord,
    (ay + by) / 2 + ((bx - ax) / chord) * bend * chord,
  ]
  const tip = pointBefore(b, c, opts.gap ?? 3)
  const len = Math.min(arrowLength(opts.width), chord / 2)
  const base = pointBefore(tip, c, len)
  return {
    d: `M${fmt(a)}Q${fmt(c)} ${fmt(base)}`,
    head: arrowHeadPoints(tip, c, len).map(fmt).join(' '),
    mid: quadPoint(a, c, base, 0.5),
    samples: sample((t) => quadPoint(a, c, base, t)),
  }
}

/** A teardrop above the point, for a flow whose two ends share a place. */
function loopArc(p: XY, opts: ArcOptions): ArcShape {
  const [x, y] = p
  const s = LOOP_SIZE
  const c1: XY = [x - s, y - 2 * s]
  const c2: XY = [x + s, y - 2 * s]
  const len = arrowLength(opts.width) * 0.8
  const tip: XY = [x + 2, y - 3]
  const base: XY = [tip[0] + len * 0.45, tip[1] - len * 0.9]
  const start: XY = [x - 2, y - 3]
  return {
    d: `M${fmt(start)}C${fmt(c1)} ${fmt(c2)} ${fmt(base)}`,
    head: arrowHeadPoints(tip, c2, len).map(fmt).join(' '),
    mid: cubicPoint(start, c1, c2, base, 0.5),
    samples: sample((t) => cubicPoint(start, c1, c2, base, t)),
  }
}

/** The point `distance` before `end` on the line coming from `from`. */
export function pointBefore(end: XY, from: XY, distance: number): XY {
  const dx = end[0] - from[0]
  const dy = end[1] - from[1]
  const len = Math.hypot(dx, dy) || 1
  return [end[0] - (dx / len) * distance, end[1] - (dy / len) * distance]
}

/** A triangle with its tip at `tip`, pointing away from `from`. */
export function arrowHeadPoints(tip: XY, from: XY, length: number): [XY, XY, XY] {
  const dx = tip[0] - from[0]
  const dy = tip[1] - from[1]
  const len = Math.hypot(dx, dy) || 1
  const ux = dx / len
  const uy = dy / len
  const half = length * 0.5
  const bx = tip[0] - ux * length
  const by = tip[1] - uy * length
  const left: XY = [bx - uy * half, by + ux * half]
  const right: XY = [bx + uy * half, by - ux * half]
  return [tip, left, right]
}

export function quadPoint(a: XY, c: XY, b: XY, t: number): XY {
  const u = 1 - t
  return [
    u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
    u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
  ]
}

function cubicPoint(a: XY, c1: XY, c2: XY, b: XY, t: number): XY {
  const u = 1 - t
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const
  return [
    w[0] * a[0] + w[1] * c1[0] + w[2] * c2[0] + w[3] * b[0],
    w[0] * a[1] + w[1] * c1[1] + w[2] * c2[1] + w[3] * b[1],
  ]
}

function sample(at: (t: number) => XY): XY[] {
  return Array.from({ length: SAMPLES + 1 }, (_, i) => at(i / SAMPLES))
}

function fmt(p: XY): string {
  return `${round(p[0])},${round(p[1])}`
}

function round(v: number): number {
  return Math.round(v * 10) / 10
}
