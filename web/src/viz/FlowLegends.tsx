import { Legend, LineMark } from './Legend'
import {
  BREACH_COLOUR,
  CERTAINTY_COLOURS,
  CERTAINTY_ORDER,
  POSSIBLE_BREACH_COLOUR,
} from './palette'

/** Certainty colours and breach halos: the same legend for network edges and map arcs. */
export function FlowLegends() {
  return (
    <>
      <Legend
        title="Certainty"
        entries={CERTAINTY_ORDER.map((c) => ({
          key: c,
          label: c,
          mark: <LineMark colour={CERTAINTY_COLOURS[c]} dashed={c === 'denied'} />,
        }))}
      />
      <Legend
        title="Embargo"
        entries={[
          {
            key: 'breach',
            label: 'UN/EU breach',
            mark: <LineMark colour="#555" halo={BREACH_COLOUR} />,
          },
          {
            key: 'possible',
            label: 'possible breach',
            mark: <LineMark colour="#555" halo={POSSIBLE_BREACH_COLOUR} />,
          },
        ]}
      />
      <span className="viz-legend-note">Line width: independent sources (log scale)</span>
    </>
  )
}
