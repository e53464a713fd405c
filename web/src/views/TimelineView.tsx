import { useRef, useState } from 'react'
import { api } from '../api/client'
import type { TimelineKey, TimelineView as TimelineData } from '../api/types'
import { queryOf, withFilters } from '../filters'
import type { ViewProps } from '../view-props'
import { Legend, SwatchMark } from '../viz/Legend'
import { plural } from '../viz/edge-summary'
import { labelOf, seriesColour } from '../viz/palette'
import { readTimelineBy, writeTimelineBy } from '../viz/timeline-by'
import { dateBand } from '../viz/brush'
import { countInBand, seriesTotals } from '../viz/timeline-stack'
import { TimelineChart } from '../viz/TimelineChart'
import { useSize } from '../viz/use-size'
import { useViewData } from '../viz/use-view-data'
import { ViewStatus } from '../viz/ViewStatus'
import '../viz/viz.css'

const KEYS: TimelineKey[] = ['category', 'certainty']

/**
 * Events per month, stacked by category or certainty. The chart is fetched without the date
 * filters: it is where dates are chosen, so it keeps showing the months around the selection
 * (dimmed) instead of shrinking to it.
 */
export function TimelineView({ filters, setFilters }: ViewProps) {
  const [by, setBy] = useState<TimelineKey>(() => readTimelineBy(window.location.search))
  const undated = withFilters(filters, { since: undefined, until: undefined })
  const state = useViewData(queryOf(undated, { by }), () => api.timeline(undated, by))
  const hasDates = Boolean(filters.since || filters.until)
  const chooseBy = (next: TimelineKey) => {
    setBy(next)
    writeTimelineBy(next)
  }
  return (
    <section className="viz viz-timeline" data-testid="view-timeline" aria-label="Timeline">
      <header className="viz-toolbar">
        <div className="viz-toggle" role="group" aria-label="Stack bars by">
          {KEYS.map((k) => (
            <button key={k} type="button" aria-pressed={by === k} onClick={() => chooseBy(k)}>
              {k}
            </button>
          ))}
        </div>
        <span className="viz-dates">
          {hasDates
            ? `Dates: ${filters.since ?? '…'} → ${filters.until ?? '…'}`
            : 'Drag across the bars to choose dates'}
        </span>
        {hasDates && (
          <button type="button" onClick={() => setFilters({ since: undefined, until: undefined })}>
            Clear dates
          </button>
        )}
      </header>
      <ViewStatus state={state} isEmpty={(t) => t.total === 0 || t.months.length === 0} />
      {state.status === 'ready' && state.data.total > 0 && state.data.months.length > 0 && (
        <TimelineBody
          data={state.data}
          since={filters.since}
          until={filters.until}
          onBrush={(range) => setFilters(range)}
        />
      )}
    </section>
  )
}

interface TimelineBodyProps {
  data: TimelineData
  since: string | undefined
  until: string | undefined
  onBrush: (range: { since: string; until: string }) => void
}

function TimelineBody({ data, since, until, onBrush }: TimelineBodyProps) {
  const wrapRef = useRef<HTMLDivElement>(null)
  const { width } = useSize(wrapRef)
  // The chart shows every date; say so when the chosen dates themselves hold nothing.
  const isDateRangeEmpty =
    Boolean(since || until) && countInBand(data, dateBand(data.months, since, until)) === 0
  return (
    <>
      {isDateRangeEmpty && (
        <p className="viz-status">
          <span data-testid="empty">No events match these filters</span>
          <span className="viz-note"> between these dates; the chart shows the other months.</span>
        </p>
      )}
      <div className="viz-legends">
        <Legend
          title={data.by === 'category' ? 'Category' : 'Certainty'}
          entries={seriesTotals(data).map((s) => ({
            key: s.key,
            label: `${labelOf(s.key)} (${s.total})`,
            mark: <SwatchMark colour={seriesColour(s.key)} />,
          }))}
        />
        <span className="viz-legend-note">
          {plural(data.total, 'event')} over {plural(data.months.length, 'month')}
          {data.by === 'category' ? '; an event with two categories counts in both' : ''}
        </span>
      </div>
      <div ref={wrapRef} className="viz-timeline-wrap">
        {width > 0 && (
          <TimelineChart view={data} width={width} since={since} until={until} onBrush={onBrush} />
        )}
      </div>
    </>
  )
}
