import type { ReactNode } from 'react'

export interface LegendEntry {
  key: string
  label: string
  /** The mark drawn before the label: a swatch, a line sample, a node shape. */
  mark: ReactNode
}

/** A row of legend entries under a heading; every view builds its marks from palette.ts. */
export function Legend({ title, entries }: { title: string; entries: LegendEntry[] }) {
  return (
    <div className="viz-legend-group">
      <span className="viz-legend-title">{title}</span>
      <ul className="viz-legend">
        {entries.map((e) => (
          <li key={e.key}>
            {e.mark}
            {e.label}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A short horizontal line sample, for edge and arc legends. */
export function LineMark({
  colour,
  dashed,
  halo,
}: {
  colour: string
  dashed?: boolean
  halo?: string
}) {
  return (
    <svg className="viz-line-mark" width="26" height="12" aria-hidden="true">
      {halo && (
        <line
          x1="2"
          y1="6"
          x2="24"
          y2="6"
          stroke={halo}
          strokeWidth="8"
          strokeOpacity="0.45"
          strokeLinecap="round"
        />
      )}
      <line
        x1="2"
        y1="6"
        x2="24"
        y2="6"
        stroke={colour}
        strokeWidth="2.5"
        strokeDasharray={dashed ? '4 3' : undefined}
      />
    </svg>
  )
}

/** A filled square swatch. */
export function SwatchMark({ colour, border }: { colour: string; border?: string }) {
  return (
    <span
      className="viz-swatch"
      style={{ background: colour, borderColor: border ?? 'rgba(0,0,0,0.15)' }}
      aria-hidden="true"
    />
  )
}
