import type { CSSProperties } from 'react'
import { monthLabel } from './months'
import { labelOf, seriesColour } from './palette'
import { CHART_MARGIN as M } from './TimelineAxes'
import type { StackedMonth } from './timeline-stack'

/** Beside the hovered column, on the side with more room, so it never hides the bar itself. */
export function tooltipPlace(index: number, step: number, width: number): CSSProperties {
  const left = M.left + index * step
  const isLeftHalf = left + step / 2 < width / 2
  return isLeftHalf
    ? { left: left + step + 8, top: M.top }
    : { right: width - left + 8, top: M.top }
}

export interface TimelineTooltipProps {
  stack: StackedMonth | undefined
  place: CSSProperties
  range: { start: number; end: number } | null
  months: readonly string[]
}

export function TimelineTooltip({ stack, place: style, range, months }: TimelineTooltipProps) {
  if (!stack) return null
  if (range) {
    const from = months[range.start] ?? ''
    const to = months[range.end] ?? ''
    return (
      <div className="viz-tooltip" style={style} role="status">
        {from === to ? monthLabel(from) : `${monthLabel(from)} – ${monthLabel(to)}`}
      </div>
    )
  }
  return (
    <div className="viz-tooltip" style={style} role="status">
      <strong>{monthLabel(stack.month)}</strong>
      {stack.segments.length === 0 && <div>no events</div>}
      {[...stack.segments].reverse().map((s) => (
        <div key={s.key} className="viz-tooltip-row">
          <span
            className="viz-swatch"
            style={{ background: seriesColour(s.key) }}
            aria-hidden="true"
          />
          {labelOf(s.key)} <span className="viz-tooltip-count">{s.count}</span>
        </div>
      ))}
    </div>
  )
}
