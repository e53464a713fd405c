import { useMemo, useRef, useState, type PointerEvent } from 'react'
import type { TimelineView } from '../api/types'
import { brushRange, dateBand, monthIndexAt } from './brush'
import { seriesColour } from './palette'
import { niceTicks } from './scale'
import { CHART_HEIGHT as HEIGHT, CHART_MARGIN as M, XAxis, YAxis } from './TimelineAxes'
import { TimelineTooltip as Tooltip, tooltipPlace } from './TimelineTooltip'
import { stackTimeline, type StackedMonth } from './timeline-stack'

export interface TimelineChartProps {
  view: TimelineView
  width: number
  since: string | undefined
  until: string | undefined
  onBrush: (range: { since: string; until: string }) => void
}

/** A single month would otherwise fill the whole width with one slab. */
const MAX_BAR = 48

/** Stacked monthly bars with a brush: drag (or click) across months to set since/until. */
export function TimelineChart({ view, width, since, until, onBrush }: TimelineChartProps) {
  const stacked = useMemo(() => stackTimeline(view), [view])
  const plotW = Math.max(1, width - M.left - M.right)
  const plotH = HEIGHT - M.top - M.bottom
  const n = stacked.length
  const step = plotW / Math.max(1, n)
  const y = niceTicks(Math.max(0, ...stacked.map((s) => s.total)))
  const perEvent = plotH / y.max
  const band = dateBand(view.months, since, until)
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null)
  const [hover, setHover] = useState<number | null>(null)
  const plotRef = useRef<SVGRectElement>(null)

  const indexOf = (e: PointerEvent<SVGGElement>) => {
    const left = plotRef.current?.getBoundingClientRect().left ?? 0
    return monthIndexAt(e.clientX - left, step, n)
  }
  const live = drag
    ? { start: Math.min(drag.anchor, drag.current), end: Math.max(drag.anchor, drag.current) }
    : null
  const shown = live ?? band

  return (
    <div className="viz-timeline-chart">
      <svg width={width} height={HEIGHT} role="group" aria-label="Events per month">
        <YAxis ticks={y.ticks} perEvent={perEvent} plotW={plotW} />
        <XAxis months={view.months} step={step} />
        <g
          data-testid="timeline-brush"
          className="viz-brush"
          transform={`translate(${M.left},${M.top})`}
          onPointerDown={(e) => {
            if (e.button !== 0) return
            e.currentTarget.setPointerCapture(e.pointerId)
            const i = indexOf(e)
            setDrag({ anchor: i, current: i })
          }}
          onPointerMove={(e) => {
            const i = indexOf(e)
            if (drag) setDrag({ ...drag, current: i })
            setHover(i)
          }}
          onPointerUp={() => {
            if (!drag) return
            const range = brushRange(view.months, drag.anchor, drag.current)
            setDrag(null)
            if (range) onBrush(range)
          }}
          onPointerCancel={() => setDrag(null)}
          onPointerLeave={() => setHover(null)}
        >
          <rect ref={plotRef} width={plotW} height={plotH} className="viz-brush-surface" />
          {shown && (
            <rect
              x={shown.start * step}
              width={(shown.end - shown.start + 1) * step}
              height={plotH}
              className={live ? 'viz-band is-live' : 'viz-band'}
            />
          )}
          {stacked.map((s, i) => (
            <Bar
              key={s.month}
              stack={s}
              x={i * step}
              step={step}
              bottom={plotH}
              perEvent={perEvent}
              isDimmed={shown !== null && (i < shown.start || i > shown.end)}
            />
          ))}
        </g>
      </svg>
      {hover !== null && (
        <Tooltip
          stack={stacked[hover]}
          place={tooltipPlace(hover, step, width)}
          range={live}
          months={view.months}
        />
      )}
    </div>
  )
}

interface BarProps {
  stack: StackedMonth
  x: number
  step: number
  bottom: number
  perEvent: number
  isDimmed: boolean
}

function Bar({ stack, x, step, bottom, perEvent, isDimmed }: BarProps) {
  // A gap between bars while they are wide enough to afford one; thin bars touch.
  const gap = step >= 4 ? Math.max(1, step * 0.15) : 0
  const w = Math.min(MAX_BAR, step - gap)
  const left = x + (step - w) / 2
  return (
    <g
      data-testid="timeline-bar"
      data-month={stack.month}
      data-count={stack.total}
      className={isDimmed ? 'viz-bar is-dimmed' : 'viz-bar'}
    >
      {/* The whole month's column: hovering above a short bar (or an empty month) still shows it. */}
      <rect x={x} width={step} height={bottom} className="viz-bar-column" />
      {stack.segments.map((seg) => (
        <rect
          key={seg.key}
          x={left}
          width={w}
          y={bottom - seg.y1 * perEvent}
          height={seg.count * perEvent}
          fill={seriesColour(seg.key)}
        />
      ))}
    </g>
  )
}
