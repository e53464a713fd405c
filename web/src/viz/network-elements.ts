import type { ElementDefinition } from 'cytoscape'
import type { GraphEdge, GraphView } from '../api/types'
import { forceLayout } from './force-layout'
import { ACTOR_STYLES, BREACH_COLOUR, CERTAINTY_COLOURS, POSSIBLE_BREACH_COLOUR } from './palette'
import { logScale, sqrtScale } from './scale'

export type BreachMark = 'breach' | 'possible' | 'none'

/** Node diameters and edge widths in model pixels (cytoscape zooms both with the graph). */
const NODE_MIN = 16
const NODE_MAX = 56
const EDGE_MIN = 1.5
const EDGE_MAX = 8
/** Past this many pairs the canvas is crowded: the widest line gets thinner. */
const CROWDED = 60
const EDGE_MAX_CROWDED = 5
/** The canvas is usually wider than tall (the edge list sits beside it). */
const CANVAS_ASPECT = 1.5

export function edgeIdOf(supplier: string, recipient: string): string {
  return `${supplier}->${recipient}`
}

export function breachMarkOf(edge: Pick<GraphEdge, 'breaches' | 'possible_breaches'>): BreachMark {
  if (edge.breaches > 0) return 'breach'
  return edge.possible_breaches > 0 ? 'possible' : 'none'
}

export function breachColourOf(mark: BreachMark): string | null {
  if (mark === 'breach') return BREACH_COLOUR
  return mark === 'possible' ? POSSIBLE_BREACH_COLOUR : null
}

/**
 * Cytoscape elements for a graph view, positioned by the deterministic layout (the view uses the
 * `preset` layout). Nodes that no edge reaches are dropped: the server lists every actor of the
 * matched events, but a pair cut by the limit would leave its actors floating alone.
 */
export function networkElements(view: GraphView): ElementDefinition[] {
  const linked = new Set(view.edges.flatMap((e) => [e.supplier, e.recipient]))
  const nodes = view.nodes.filter((n) => linked.has(n.id))
  const maxEvents = Math.max(0, ...nodes.map((n) => n.supplies + n.receives))
  const maxSources = Math.max(0, ...view.edges.map((e) => e.sources))
  const widest = view.edges.length > CROWDED ? EDGE_MAX_CROWDED : EDGE_MAX
  const size = new Map(
    nodes.map((n) => [n.id, sqrtScale(n.supplies + n.receives, maxEvents, NODE_MIN, NODE_MAX)]),
  )
  const positions = forceLayout(
    nodes.map((n) => n.id),
    view.edges.map((e) => ({ source: e.supplier, target: e.recipient })),
    // Room for the label under the disc as well as the disc itself.
    { radius: (id) => (size.get(id) ?? NODE_MIN) / 2 + 14, aspect: CANVAS_ASPECT },
  )
  const nodeElements: ElementDefinition[] = nodes.map((n) => {
    const style = ACTOR_STYLES[n.kind]
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.name,
        kind: n.kind,
        size: size.get(n.id) ?? NODE_MIN,
        shape: style.shape,
        fill: style.fill,
        border: style.border,
      },
      position: positions.get(n.id) ?? { x: 0, y: 0 },
    }
  })
  const edgeElements: ElementDefinition[] = view.edges.map((e) => {
    const mark = breachMarkOf(e)
    return {
      group: 'edges',
      data: {
        id: edgeIdOf(e.supplier, e.recipient),
        source: e.supplier,
        target: e.recipient,
        width: logScale(e.sources, maxSources, EDGE_MIN, widest),
        colour: CERTAINTY_COLOURS[e.certainty],
        certainty: e.certainty,
        breach: mark,
        halo: breachColourOf(mark) ?? 'transparent',
        label: mark === 'none' ? '' : '⚠',
      },
    }
  })
  return [...nodeElements, ...edgeElements]
}
