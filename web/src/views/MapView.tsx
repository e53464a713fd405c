import { useMemo, useRef, useState } from 'react'
import { TopNSelect } from '../viz/TopNSelect'
import { api } from '../api/client'
import type { MapFlow, MapView as MapData } from '../api/types'
import { queryOf } from '../filters'
import type { ViewProps } from '../view-props'
import { edgeSummary, plural } from '../viz/edge-summary'
import { eventsPathFor } from '../viz/flow-link'
import { FlowLegends } from '../viz/FlowLegends'
import { Legend, SwatchMark } from '../viz/Legend'
import { PLACE_TINTS } from '../viz/palette'
import { useSize } from '../viz/use-size'
import { useViewData } from '../viz/use-view-data'
import { ViewStatus } from '../viz/ViewStatus'
import { WorldMap } from '../viz/WorldMap'
import '../viz/viz.css'

/** Flows as arrowed arcs between countries; armed groups sit on their base state (server side). */
export function MapView({ filters, navigate }: ViewProps) {
  const state = useViewData(queryOf(filters), () => api.map(filters))
  const openPair = (supplier: string, recipient: string) =>
    navigate(eventsPathFor(filters, supplier, recipient))
  return (
    <section className="viz viz-map" data-testid="view-map" aria-label="Map">
      <ViewStatus state={state} isEmpty={(m) => m.flows.length === 0 && m.unplaced.length === 0} />
      {state.status === 'ready' &&
        !(state.data.flows.length === 0 && state.data.unplaced.length === 0) && (
          <MapBody data={state.data} onFlow={openPair} />
        )}
    </section>
  )
}

/** How many flows (heaviest first) the map draws; past a hundred arcs it turns into a blur. */
const LIMITS = [50, 100, 250, 500] as const
type Limit = (typeof LIMITS)[number]

function MapBody({ data, onFlow }: { data: MapData; onFlow: (s: string, r: string) => void }) {
  const wrapRef = useRef<HTMLDivElement>(null)
  const { width } = useSize(wrapRef)
  const [hovered, setHovered] = useState<MapFlow | null>(null)
  const [limit, setLimit] = useState<Limit>(100)
  const flows = useMemo(() => data.flows.slice(0, limit), [data, limit])
  const hidden = data.truncated + data.flows.length - flows.length
  return (
    <>
      {data.flows.length > LIMITS[0] && (
        <header className="viz-toolbar">
          <TopNSelect label="Flows shown" options={LIMITS} value={limit} onChange={setLimit} />
        </header>
      )}
      <div className="viz-legends">
        <Legend
          title="Countries"
          entries={[
            { key: 's', label: 'supplier', mark: <SwatchMark colour={PLACE_TINTS.supplier} /> },
            { key: 'r', label: 'recipient', mark: <SwatchMark colour={PLACE_TINTS.recipient} /> },
            { key: 'b', label: 'both', mark: <SwatchMark colour={PLACE_TINTS.both} /> },
          ]}
        />
        <FlowLegends />
      </div>
      <div ref={wrapRef} className="viz-map-wrap">
        {width > 0 && <WorldMap flows={flows} width={width} onFlow={onFlow} onHover={setHovered} />}
      </div>
      <p className="viz-hover-caption" aria-live="polite">
        {hovered
          ? `${edgeSummary(hovered, namesOf(hovered))} — click for the events`
          : 'Click an arc to list its events.'}
      </p>
      {hidden > 0 && (
        <p className="viz-note" data-testid="truncated">
          {plural(hidden, 'weaker pair')} not shown
        </p>
      )}
      {data.unplaced.length > 0 && (
        <p className="viz-note" data-testid="unplaced">
          Not on the map (no known base): {data.unplaced.join(', ')}
        </p>
      )}
    </>
  )
}

function namesOf(flow: MapFlow): Map<string, string> {
  return new Map([
    [flow.supplier, flow.from.name],
    [flow.recipient, flow.to.name],
  ])
}
