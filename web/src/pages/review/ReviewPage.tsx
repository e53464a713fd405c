import { useCallback, useEffect, useState } from 'react'
import { api, type EventsPage } from '../../api/client'
import type { EventDetail, ReviewStatus } from '../../api/types'
import { CLEAR_FILTERS } from '../../components/clear-filters'
import { pairName } from '../../components/format'
import { Empty, ErrorNote, Loading } from '../../components/States'
import { useResource } from '../../components/use-resource'
import { queryOf, type Filters } from '../../filters'
import type { ViewProps } from '../../view-props'
import { ReviewCard } from './ReviewCard'
import { ShortcutHelp, ShortcutLegend } from './ShortcutLegend'
import { useShortcuts } from './use-shortcuts'

const DONE: Record<ReviewStatus, string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  edited: 'Edited',
}
const TOAST_MS = 2500

function Queue({ page, refill }: { page: EventsPage; refill: () => void }) {
  const [ids, setIds] = useState(() => page.events.map((e) => e.id))
  const [wanted, setIndex] = useState(0)
  const [toast, setToast] = useState<string | null>(null)
  const [help, setHelp] = useState(false)
  // Past the end after the last event was decided: the new last one.
  const index = Math.max(0, Math.min(wanted, ids.length - 1))
  const current = ids[index]

  useEffect(() => {
    if (toast === null) return
    const t = window.setTimeout(() => setToast(null), TOAST_MS)
    return () => window.clearTimeout(t)
  }, [toast])

  // The decided event leaves the queue; the one after it takes its place.
  const onDecided = useCallback((event: EventDetail, status: ReviewStatus) => {
    setToast(`${DONE[status]}: ${pairName(event.supplier, event.recipient)}`)
    setIds((list) => list.filter((id) => id !== event.id))
  }, [])

  // This batch is done but the server has more: fetch the next unreviewed ones.
  useEffect(() => {
    if (ids.length === 0 && page.next_cursor) refill()
  }, [ids.length, page.next_cursor, refill])

  const move = (step: number) => setIndex(Math.max(0, Math.min(ids.length - 1, index + step)))
  useShortcuts({
    j: () => move(1),
    ArrowRight: () => move(1),
    k: () => move(-1),
    ArrowLeft: () => move(-1),
    '?': () => setHelp((h) => !h),
    Escape: () => setHelp(false),
  })

  return (
    <>
      <div className="review-bar">
        <button
          type="button"
          className="btn btn-small"
          disabled={index === 0}
          onClick={() => move(-1)}
          data-testid="review-prev"
        >
          ← Previous
        </button>
        <span className="review-position">
          {ids.length === 0 ? 0 : index + 1} of {ids.length}
          {page.next_cursor ? '+' : ''}
        </span>
        <button
          type="button"
          className="btn btn-small"
          disabled={index >= ids.length - 1}
          onClick={() => move(1)}
          data-testid="review-next"
        >
          Next →
        </button>
        <ShortcutLegend />
        <span className="toast" data-testid="review-toast" role="status" aria-live="polite">
          {toast}
        </span>
      </div>
      {current ? (
        <ReviewCard key={current} id={current} onDecided={onDecided} />
      ) : page.next_cursor ? (
        <Loading what="Loading more events to review" />
      ) : (
        <Empty>Nothing left to review.</Empty>
      )}
      {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
    </>
  )
}

/** `/review`: unreviewed events matching the filters, one at a time, decided from the keyboard. */
export function ReviewPage({ filters, setFilters }: ViewProps) {
  const queueFilters: Filters = { ...filters, review: 'unreviewed' }
  const [round, setRound] = useState(0)
  const key = `review:${queryOf(queueFilters)}:${round}`
  const [res, reload] = useResource(key, () => api.events(queueFilters, { limit: 50 }))
  const refill = useCallback(() => setRound((r) => r + 1), [])
  return (
    <section className="page" data-testid="page-review">
      <div className="page-head">
        <h1>Review queue</h1>
        <span className="muted">
          Unreviewed events matching the filters, best-corroborated first.
        </span>
      </div>
      {res.status === 'loading' ? <Loading what="Loading the queue" /> : null}
      {res.status === 'error' ? <ErrorNote error={res.error} retry={reload} /> : null}
      {res.status === 'done' ? (
        res.data.events.length === 0 ? (
          <Empty
            action={
              Object.keys(filters).length > 0 ? (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => setFilters(CLEAR_FILTERS)}
                >
                  Clear filters
                </button>
              ) : null
            }
          >
            Nothing left to review
            {Object.keys(filters).length > 0 ? ' among the events these filters match' : ''}.
          </Empty>
        ) : (
          <Queue key={key} page={res.data} refill={refill} />
        )
      ) : null}
    </section>
  )
}
