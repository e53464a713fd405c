/**
 * A small deterministic force-directed layout (Fruchterman–Reingold with gravity). Cytoscape's
 * own force layouts start from random positions; this one starts from a spiral ordered by degree
 * and id, so the same data always gives the same picture — analysts compare screenshots.
 */

export interface LayoutLink {
  source: string
  target: string
}

export interface Point {
  x: number
  y: number
}

export interface LayoutOptions {
  /** Preferred distance between linked nodes, in layout units. */
  length?: number
  iterations?: number
  /** Per-node radius: nodes are pushed apart until their discs (plus a margin) no longer overlap. */
  radius?: (id: string) => number
  /** Width / height the picture should tend to: gravity pulls harder vertically on wide canvases. */
  aspect?: number
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
const REPEL_RANGE = 3
const GRAVITY = 0.05

/** Positions for `ids`, independent of the order of `ids` and `links`. */
export function forceLayout(
  ids: readonly string[],
  links: readonly LayoutLink[],
  opts: LayoutOptions = {},
): Map<string, Point> {
  const k = opts.length ?? 90
  const iterations = opts.iterations ?? 300
  const radius = opts.radius ?? (() => 0)
  const degree = degreesOf(ids, links)
  // Hubs first, so they start (and usually stay) near the centre.
  const order = [...new Set(ids)].sort(
    (a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  )
  const index = new Map(order.map((id, i) => [id, i]))
  const pos = order.map((_, i) => spiralPoint(i, k * 0.6))
  const radii = order.map((id) => radius(id))
  const pairs = linkPairs(links, index)
  const aspect = Math.sqrt(opts.aspect ?? 1)
  // Dense graphs (every state trading with every other) would collapse into a ball: soften the
  // springs as the mean degree grows, so nodes keep room for their labels.
  const spring = 1 / Math.sqrt(Math.max(1, (2 * pairs.length) / Math.max(1, order.length) / 2))
  const gravity = { x: GRAVITY / aspect, y: GRAVITY * aspect }
  let temperature = k * 2
  const cooling = temperature / (iterations + 1)
  for (let it = 0; it < iterations; it++) {
    const disp = stepForces(pos, radii, pairs, k, gravity, spring)
    for (let i = 0; i < pos.length; i++) moveBy(pos, disp, i, temperature)
    temperature -= cooling
  }
  return new Map(order.map((id, i) => [id, pos[i] ?? { x: 0, y: 0 }]))
}

function degreesOf(ids: readonly string[], links: readonly LayoutLink[]): Map<string, number> {
  const degree = new Map<string, number>(ids.map((id) => [id, 0]))
  for (const l of links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1)
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1)
  }
  return degree
}

/** Unique undirected index pairs, sorted: A→B and B→A pull once, and link order does not matter. */
function linkPairs(
  links: readonly LayoutLink[],
  index: Map<string, number>,
): Array<[number, number]> {
  const seen = new Set<string>()
  const out: Array<[number, number]> = []
  for (const l of links) {
    const a = index.get(l.source)
    const b = index.get(l.target)
    if (a === undefined || b === undefined || a === b) continue
    const [lo, hi] = a < b ? [a, b] : [b, a]
    const key = `${lo}:${hi}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push([lo, hi])
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1])
}

export function spiralPoint(i: number, spacing: number): Point {
  const r = spacing * Math.sqrt(i + 0.5)
  const a = i * GOLDEN_ANGLE
  return { x: r * Math.cos(a), y: r * Math.sin(a) }
}

function stepForces(
  pos: Point[],
  radii: number[],
  pairs: Array<[number, number]>,
  k: number,
  gravity: Point,
  spring: number,
): Point[] {
  const disp = pos.map(() => ({ x: 0, y: 0 }))
  for (let i = 0; i < pos.length; i++) {
    for (let j = i + 1; j < pos.length; j++) repel(pos, radii, disp, i, j, k)
  }
  for (const [i, j] of pairs) attract(pos, disp, i, j, k, spring)
  // Gravity keeps separate components from drifting apart forever.
  for (let i = 0; i < pos.length; i++) {
    const p = pos[i]
    const d = disp[i]
    if (!p || !d) continue
    d.x -= p.x * gravity.x
    d.y -= p.y * gravity.y
  }
  return disp
}

function repel(
  pos: Point[],
  radii: number[],
  disp: Point[],
  i: number,
  j: number,
  k: number,
): void {
  const a = pos[i]
  const b = pos[j]
  const da = disp[i]
  const db = disp[j]
  if (!a || !b || !da || !db) return
  let dx = a.x - b.x
  let dy = a.y - b.y
  // Coincident nodes: split them along a fixed direction that depends only on their indices.
  if (dx === 0 && dy === 0) {
    dx = Math.cos(i + j)
    dy = Math.sin(i + j)
  }
  const dist = Math.hypot(dx, dy)
  const gap = Math.max(dist - (radii[i] ?? 0) - (radii[j] ?? 0), 1)
  // Far nodes stop pushing (the grid variant of FR): otherwise separate components fly apart
  // until gravity balances the push of every node, leaving the picture mostly empty.
  if (gap > REPEL_RANGE * k) return
  const force = (k * k) / gap
  da.x += (dx / dist) * force
  da.y += (dy / dist) * force
  db.x -= (dx / dist) * force
  db.y -= (dy / dist) * force
}

function attract(
  pos: Point[],
  disp: Point[],
  i: number,
  j: number,
  k: number,
  spring: number,
): void {
  const a = pos[i]
  const b = pos[j]
  const da = disp[i]
  const db = disp[j]
  if (!a || !b || !da || !db) return
  const dx = a.x - b.x
  const dy = a.y - b.y
  const dist = Math.hypot(dx, dy) || 1
  const force = (spring * dist * dist) / k
  da.x -= (dx / dist) * force
  da.y -= (dy / dist) * force
  db.x += (dx / dist) * force
  db.y += (dy / dist) * force
}

function moveBy(pos: Point[], disp: Point[], i: number, temperature: number): void {
  const p = pos[i]
  const d = disp[i]
  if (!p || !d) return
  const len = Math.hypot(d.x, d.y)
  if (len === 0) return
  const step = Math.min(len, temperature)
  p.x += (d.x / len) * step
  p.y += (d.y / len) * step
}
