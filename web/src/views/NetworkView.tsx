import { useMemo, useState } from 'react'
import { TopNSelect } from '../viz/TopNSelect'
import { api } from '../api/client'
import type { GraphView } from '../api/types'
import { queryOf } from '../filters'
import type { ViewProps } from '../view-props'
import { ActorKindLegend } from '../viz/ActorKindLegend'
import { EdgeList } from '../viz/EdgeList'
import { edgeSummary, plural } from '../viz/edge-summary'
import { eventsPathFor } from '../viz/flow-link'
import { FlowLegends } from '../viz/FlowLegends'
import { NetworkCanvas } from '../viz/NetworkCanvas'
import { useViewData } from '../viz/use-view-data'
import { ViewStatus } from '../viz/ViewStatus'
import '../viz/viz.css'

/** How many pairs the canvas can show and stay legible; the analyst may ask for more. */
const LIMITS = [50, 100, 250] as const
type Limit = (typeof LIMITS)[number]

/** Suppliers → recipients as a directed graph, with the same pairs as an accessible list. */
export function NetworkView({ filters, setFilters, navigate }: ViewProps) {
  const [limit, setLimit] = useState<Limit>(100)
  const state = useViewData(queryOf(filters, { limit: String(limit) }), () =>
    api.graph(filters, limit),
  )
  const openPair = (supplier: string, recipient: string) =>
    navigate(eventsPathFor(filters, supplier, recipient))

  return (
    <section className="viz viz-network" data-testid="view-network" aria-label="Network">
      <header className="viz-toolbar">
        <TopNSelect label="Pairs shown" options={LIMITS} value={limit} onChange={setLimit} />
      </header>
      <ViewStatus state={state} isEmpty={(g) => g.edges.length === 0} />
      {state.status === 'ready' && state.data.edges.length > 0 && (
        <NetworkBody
          view={state.data}
          actor={filters.actor}
          onEdge={openPair}
          onNode={(id) => setFilters({ actor: id })}
        />
      )}
    </section>
  )
}

interface NetworkBodyProps {
  view: GraphView
  actor: string | undefined
  onEdge: (supplier: string, recipient: string) => void
  onNode: (id: string) => void
}

function NetworkBody({ view, actor, onEdge, onNode }: NetworkBodyProps) {
  const [hovered, setHovered] = useState<string | null>(null)
  const names = useMemo(() => new Map(view.nodes.map((n) => [n.id, n.name])), [view])
  const kinds = useMemo(() => new Set(view.nodes.map((n) => n.kind)), [view])
  return (
    <>
      <div className="viz-legends">
        <ActorKindLegend kinds={kinds} />
        <FlowLegends />
      </div>
      <div className="viz-network-body">
        <div className="viz-network-main">
          <NetworkCanvas
            view={view}
            actor={actor}
            onEdge={onEdge}
            onNode={onNode}
            onHover={setHovered}
          />
          <p className="viz-hover-caption" aria-live="polite">
            {hoverCaption(view, names, hovered)}
          </p>
          {view.truncated > 0 && (
            <p className="viz-note" data-testid="truncated">
              {plural(view.truncated, 'weaker pair')} not shown
            </p>
          )}
        </div>
        <aside className="viz-network-side">
          <h3 className="viz-side-title">{plural(view.edges.length, 'pair')}</h3>
          <EdgeList edges={view.edges} names={names} hovered={hovered} onEdge={onEdge} />
        </aside>
      </div>
    </>
  )
}

/** What the pointer is over: an edge's summary, a node's counts, or a hint. */
function hoverCaption(view: GraphView, names: Map<string, string>, hovered: string | null): string {
  const edge = view.edges.find((e) => `${e.supplier}->${e.recipient}` === hovered)
  if (edge) return `${edgeSummary(edge, names)} — click for the events`
  const node = view.nodes.find((n) => n.id === hovered)
  if (node)
    return `${node.name}: supplies in ${plural(node.supplies, 'event')}, receives in ${node.receives} — click to filter`
  return 'Click a node to filter by actor, an arrow to list its events.'
}
