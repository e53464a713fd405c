import type { EventSort } from '../../api/client'
import type { EventJson } from '../../api/types'
import {
  CertaintyBadge,
  Categories,
  EmbargoBadges,
  PhaseBadge,
  ReviewBadge,
} from '../../components/Badges'
import { formatWindow } from '../../components/format'
import { Link } from '../../components/Link'
import { go, resolveHref, useLocation } from '../../router'

export interface EventsTableProps {
  events: readonly EventJson[]
  sort: EventSort
  onSort: (sort: EventSort) => void
}

function SortButton(props: {
  sort: EventSort
  current: EventSort
  onSort: (s: EventSort) => void
  label: string
}) {
  const active = props.sort === props.current
  return (
    <button
      type="button"
      className={active ? 'sort active' : 'sort'}
      aria-pressed={active}
      data-testid={`sort-${props.sort}`}
      onClick={() => props.onSort(props.sort)}
    >
      {props.label}
      {active ? <span aria-hidden="true"> {props.sort === 'oldest' ? '▲' : '▼'}</span> : null}
    </button>
  )
}

function PeriodHeader({ current, onSort }: { current: EventSort; onSort: (s: EventSort) => void }) {
  // One header, two orders: newest first, then oldest first on a second click.
  const next: EventSort = current === 'recent' ? 'oldest' : 'recent'
  const active = current === 'recent' || current === 'oldest'
  return (
    <button
      type="button"
      className={active ? 'sort active' : 'sort'}
      aria-pressed={active}
      data-testid="sort-period"
      title="Newest first; click again for oldest first"
      onClick={() => onSort(next)}
    >
      Period
      {active ? <span aria-hidden="true"> {current === 'oldest' ? '▲' : '▼'}</span> : null}
    </button>
  )
}

/** The events listing: one row per real-world flow, each linking to its detail. */
export function EventsTable({ events, sort, onSort }: EventsTableProps) {
  const { search } = useLocation()
  const s = { current: sort, onSort }
  return (
    <table className="table events-table">
      <thead>
        <tr>
          <th>
            <SortButton sort="supplier" label="Supplier" {...s} /> →{' '}
            <SortButton sort="recipient" label="Recipient" {...s} />
          </th>
          <th>Categories</th>
          <th>Phase</th>
          <th>Certainty</th>
          <th>
            <PeriodHeader {...s} />
          </th>
          <th className="num">
            <SortButton sort="sources" label="Sources" {...s} />
          </th>
          <th className="num">Docs</th>
          <th>Embargo</th>
          <th>Review</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr
            key={e.id}
            data-testid="event-row"
            data-event-id={e.id}
            className="clickable"
            onClick={(ev) => {
              // The row is a larger target for the link in its first cell.
              if (!(ev.target instanceof Element) || ev.target.closest('a, button')) return
              go(resolveHref(`/events/${encodeURIComponent(e.id)}`, search))
            }}
          >
            <td className="pair">
              <Link to={`/events/${encodeURIComponent(e.id)}`}>
                {e.supplier.name} <span className="arrow">→</span> {e.recipient.name}
              </Link>
            </td>
            <td>
              <Categories categories={e.categories} />
            </td>
            <td>
              <PhaseBadge phase={e.phase} />
            </td>
            <td>
              <CertaintyBadge certainty={e.certainty} contested={e.contested} />
            </td>
            <td className="nowrap mono">{formatWindow(e.window)}</td>
            <td className="num" title={`${e.counts.source_countries} source countries`}>
              {e.counts.publishers}
            </td>
            <td className="num">{e.counts.documents}</td>
            <td>
              <EmbargoBadges assessment={e.assessment} />
            </td>
            <td>
              <ReviewBadge review={e.review} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
