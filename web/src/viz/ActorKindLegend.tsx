import type { ActorRef } from '../api/types'
import { Legend } from './Legend'
import { ACTOR_STYLES } from './palette'

type Kind = ActorRef['kind']

/** Node shapes drawn small, matching the cytoscape shapes in ACTOR_STYLES. */
function ShapeMark({ kind }: { kind: Kind }) {
  const s = ACTOR_STYLES[kind]
  const common = { fill: s.fill, stroke: s.border, strokeWidth: 1.2 }
  return (
    <svg className="viz-line-mark" width="14" height="14" aria-hidden="true">
      {kind === 'state' && <circle cx="7" cy="7" r="5.5" {...common} />}
      {kind === 'armed_group' && <polygon points="7,1 13,7 7,13 1,7" {...common} />}
      {kind === 'organisation' && <rect x="1.5" y="2.5" width="11" height="9" rx="2" {...common} />}
      {kind === 'person' && <polygon points="7,1.5 13,12.5 1,12.5" {...common} />}
    </svg>
  )
}

/** The actor kinds present in the graph (states and armed groups at least, for a steady legend). */
export function ActorKindLegend({ kinds }: { kinds: ReadonlySet<Kind> }) {
  const shown = (Object.keys(ACTOR_STYLES) as Kind[]).filter(
    (k) => k === 'state' || k === 'armed_group' || kinds.has(k),
  )
  return (
    <Legend
      title="Actors"
      entries={shown.map((k) => ({
        key: k,
        label: ACTOR_STYLES[k].label,
        mark: <ShapeMark kind={k} />,
      }))}
    />
  )
}
