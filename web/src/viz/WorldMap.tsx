import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo'
import { useMemo } from 'react'
import type { MapFlow } from '../api/types'
import { placeLabelsWithoutOverlap, type LabelInput } from './label-placement'
import { CROWDED_FLOWS, placeLabels, placeRoles } from './map-model'
import { drawFlows } from './map-flows'
import { MapFlowArc } from './MapFlowArc'
import { PLACE_TINTS } from './palette'
import { worldCountries } from './world'

export interface WorldMapProps {
  flows: MapFlow[]
  width: number
  onFlow: (supplier: string, recipient: string) => void
  onHover: (flow: MapFlow | null) => void
}

/** NaturalEarth without Antarctica is about twice as wide as it is tall. */
const ASPECT = 0.5
const MAX_LABELS = 24

/** Countries, tinted by role, and one arrowed arc per flow; all plain React SVG elements. */
export function WorldMap({ flows, width, onFlow, onHover }: WorldMapProps) {
  const height = Math.round(width * ASPECT)
  const projection = useMemo(
    () => geoNaturalEarth1().fitSize([width, height], worldCountries()),
    [width, height],
  )
  const drawn = useMemo(() => drawFlows(flows, projection), [flows, projection])
  return (
    <svg
      className={flows.length > CROWDED_FLOWS ? 'viz-map-svg is-crowded' : 'viz-map-svg'}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="World map of arms flows"
    >
      <Countries flows={flows} projection={projection} />
      <g className="viz-map-flows">
        {drawn.map((d) => (
          <MapFlowArc
            key={`${d.flow.supplier}->${d.flow.recipient}`}
            drawn={d}
            onFlow={onFlow}
            onHover={onHover}
          />
        ))}
      </g>
      <Places flows={flows} projection={projection} />
    </svg>
  )
}

/** A dot on every place of a flow, and as many names as fit without overlapping. */
function Places({ flows, projection }: { flows: MapFlow[]; projection: GeoProjection }) {
  const spots = useMemo(() => {
    const out: LabelInput[] = []
    for (const l of placeLabels(flows, Number.POSITIVE_INFINITY)) {
      const p = projection([l.lon, l.lat])
      if (p) out.push({ key: l.key, x: p[0], y: p[1], text: l.text })
    }
    return out
  }, [flows, projection])
  const labels = useMemo(() => placeLabelsWithoutOverlap(spots.slice(0, MAX_LABELS)), [spots])
  return (
    <g className="viz-map-places" aria-hidden="true">
      {spots.map((s) => (
        <circle
          key={s.key}
          cx={s.x.toFixed(1)}
          cy={s.y.toFixed(1)}
          r="2.5"
          className="viz-map-dot"
        />
      ))}
      {labels.map((l) => (
        <text
          key={l.key}
          x={(l.x + l.dx).toFixed(1)}
          y={(l.y + l.dy).toFixed(1)}
          textAnchor={l.anchor}
          className="viz-map-label"
        >
          {l.text}
        </text>
      ))}
    </g>
  )
}

function Countries({ flows, projection }: { flows: MapFlow[]; projection: GeoProjection }) {
  const path = useMemo(() => geoPath(projection), [projection])
  const roles = useMemo(() => placeRoles(flows), [flows])
  const world = worldCountries()
  return (
    <g className="viz-map-countries">
      {world.features.map((f, i) => {
        const role = typeof f.id === 'string' ? roles.get(f.id) : undefined
        return (
          <path
            key={typeof f.id === 'string' ? f.id : `x${i}`}
            d={path(f) ?? undefined}
            fill={PLACE_TINTS[role ?? 'other']}
            className="viz-map-country"
            data-role={role}
          >
            <title>{f.properties.name}</title>
          </path>
        )
      })}
    </g>
  )
}
