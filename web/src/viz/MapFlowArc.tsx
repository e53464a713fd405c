import type { MapFlow } from '../api/types'
import { plural } from './edge-summary'
import { hitWidthOf, type DrawnFlow } from './map-flows'

export interface MapFlowArcProps {
  drawn: DrawnFlow
  onFlow: (supplier: string, recipient: string) => void
  onHover: (flow: MapFlow | null) => void
}

export function MapFlowArc({
  drawn: { flow, style, arc, clickAt },
  onFlow,
  onHover,
}: MapFlowArcProps) {
  const title = `${flow.from.name} → ${flow.to.name} · ${plural(flow.events, 'event')}`
  const open = () => onFlow(flow.supplier, flow.recipient)
  const hitWidth = hitWidthOf(style)
  return (
    <g
      className={`viz-map-flow${flow.certainty === 'denied' ? ' is-denied' : ''}`}
      data-testid="map-flow"
      data-supplier={flow.supplier}
      data-recipient={flow.recipient}
      role="link"
      tabIndex={0}
      aria-label={title}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          open()
        }
      }}
      onMouseEnter={() => onHover(flow)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(flow)}
      onBlur={() => onHover(null)}
    >
      <title>{title}</title>
      {style.halo && (
        <path
          d={arc.d}
          className="viz-map-halo"
          stroke={style.halo}
          strokeWidth={style.width + 6}
        />
      )}
      <path d={arc.d} className="viz-map-hit" strokeWidth={hitWidth} />
      <path d={arc.d} className="viz-map-arc" stroke={style.colour} strokeWidth={style.width} />
      <polygon points={arc.head} fill={style.colour} className="viz-map-head" />
      {/* An invisible copy turned half a turn about a free point of the line: it centres the
          group's box there, where browsers and test drivers click an element by default. */}
      <g transform={`rotate(180 ${clickAt[0]} ${clickAt[1]})`} className="viz-map-mirror">
        <path d={arc.d} strokeWidth={hitWidth} />
        <polygon points={arc.head} />
      </g>
    </g>
  )
}
