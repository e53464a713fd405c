import { timeTicks } from './time-ticks'

/** The timeline's frame: its height and the margins that hold the axes' labels. */
export const CHART_HEIGHT = 260
export const CHART_MARGIN = { top: 14, right: 14, bottom: 40, left: 42 }
const HEIGHT = CHART_HEIGHT
const M = CHART_MARGIN

export function YAxis({
  ticks,
  perEvent,
  plotW,
}: {
  ticks: number[]
  perEvent: number
  plotW: number
}) {
  const plotH = HEIGHT - M.top - M.bottom
  return (
    <g className="viz-axis" transform={`translate(${M.left},${M.top})`} aria-hidden="true">
      {ticks.map((t) => (
        <g key={t} transform={`translate(0,${plotH - t * perEvent})`}>
          <line x2={plotW} className={t === 0 ? 'viz-axis-base' : 'viz-grid'} />
          <text x={-6} dy="0.32em" textAnchor="end">
            {t}
          </text>
        </g>
      ))}
    </g>
  )
}

export function XAxis({ months, step }: { months: readonly string[]; step: number }) {
  const axis = timeTicks(months, step)
  // Years take the second row when months are named, the first when they are not.
  const yearRow = axis.months.length > 0 ? 30 : 16
  return (
    <g
      className="viz-axis"
      transform={`translate(${M.left},${HEIGHT - M.bottom})`}
      aria-hidden="true"
    >
      {axis.months.map((t) => (
        <text key={`m${t.index}`} x={(t.index + 0.5) * step} y={15} textAnchor="middle">
          {t.label}
        </text>
      ))}
      {axis.years.map((t) => (
        <g key={`y${t.index}`} transform={`translate(${t.index * step},0)`}>
          <line y2={yearRow - 8} className="viz-axis-tick" />
          <text y={yearRow} x={3} className="is-year">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  )
}
