import type { GraphEdge } from '../api/types'
import { breachMarkOf } from './network-elements'
import { breachLabel, pairLabel, plural } from './edge-summary'
import { CERTAINTY_COLOURS } from './palette'

export interface EdgeListProps {
  edges: GraphEdge[]
  names: Map<string, string>
  /** The pair under the pointer on the canvas, "S->R", highlighted here too. */
  hovered: string | null
  onEdge: (supplier: string, recipient: string) => void
}

/** The canvas's pairs as buttons, heaviest first (the server's order): the accessible way in. */
export function EdgeList({ edges, names, hovered, onEdge }: EdgeListProps) {
  return (
    <ol className="viz-edge-list" aria-label="Supplier → recipient pairs, heaviest first">
      {edges.map((e) => {
        const mark = breachMarkOf(e)
        const id = `${e.supplier}->${e.recipient}`
        return (
          <li key={id}>
            <button
              type="button"
              className={`viz-edge-row${hovered === id ? ' is-hovered' : ''}`}
              data-testid="edge-row"
              data-supplier={e.supplier}
              data-recipient={e.recipient}
              onClick={() => onEdge(e.supplier, e.recipient)}
            >
              <span className="viz-edge-pair">{pairLabel(e, names)}</span>
              <span className="viz-edge-facts">
                {plural(e.events, 'event')} · {plural(e.sources, 'source')} ·{' '}
                <span className="viz-certainty">
                  <span
                    className="viz-swatch"
                    style={{ background: CERTAINTY_COLOURS[e.certainty] }}
                    aria-hidden="true"
                  />
                  {e.certainty}
                </span>
                {mark !== 'none' && (
                  <>
                    {' · '}
                    <span className={`viz-breach viz-breach-${mark}`}>{breachLabel(e)}</span>
                  </>
                )}
              </span>
            </button>
          </li>
        )
      })}
    </ol>
  )
}
