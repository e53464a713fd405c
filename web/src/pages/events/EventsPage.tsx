import type { EventSort } from '../../api/client'
import { CLEAR_FILTERS } from '../../components/clear-filters'
import { Empty, ErrorNote, Loading } from '../../components/States'
import { filtersFrom, queryOf } from '../../filters'
import { go, useLocation } from '../../router'
import type { ViewProps } from '../../view-props'
import { EventsTable } from './EventsTable'
import { ExportMenu } from './ExportMenu'
import { useEventPages } from './use-event-pages'

const SORTS: readonly EventSort[] = ['sources', 'recent', 'oldest', 'supplier', 'recipient']

function sortOf(search: string): EventSort {
  const s = new URLSearchParams(search).get('sort')
  return SORTS.find((x) => x === s) ?? 'sources'
}

/** `/events`: the filtered events, sortable, in pages of 50. */
export function EventsPage({ filters, setFilters }: ViewProps) {
  const { search } = useLocation()
  const sort = sortOf(search)
  const pages = useEventPages(filters, sort)
  const onSort = (next: EventSort) => {
    const query = queryOf(filtersFrom(search), { sort: next === 'sources' ? undefined : next })
    go(query ? `/events?${query}` : '/events')
  }
  const hasFilters = Object.keys(filters).length > 0

  return (
    <section className="page" data-testid="page-events">
      <div className="page-head">
        <h1>Events</h1>
        <span className="muted">
          {pages.status === 'done'
            ? `${pages.events.length}${pages.nextCursor ? '+' : ''} shown`
            : null}
        </span>
        <div className="spacer" />
        <ExportMenu filters={filters} />
      </div>
      {pages.status === 'loading' ? <Loading what="Loading events" /> : null}
      {pages.status === 'error' ? <ErrorNote error={pages.error} retry={pages.reload} /> : null}
      {pages.status === 'done' && pages.events.length === 0 ? (
        <Empty
          action={
            hasFilters ? (
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
          {hasFilters
            ? 'No events match these filters.'
            : 'No events yet: ingest some documents first.'}
        </Empty>
      ) : null}
      {pages.status === 'done' && pages.events.length > 0 ? (
        <>
          <EventsTable events={pages.events} sort={sort} onSort={onSort} />
          <div className="table-foot">
            {pages.moreError ? <ErrorNote error={pages.moreError} retry={pages.loadMore} /> : null}
            {pages.nextCursor ? (
              <button
                type="button"
                className="btn"
                data-testid="load-more"
                disabled={pages.loadingMore}
                onClick={pages.loadMore}
              >
                {pages.loadingMore ? 'Loading…' : 'Load more'}
              </button>
            ) : (
              <span className="muted">End of list.</span>
            )}
          </div>
        </>
      ) : null}
    </section>
  )
}
