import type { EventDetail } from '../../api/types'
import { Categories } from '../Badges'
import { formatWindow } from '../format'
import { labelOf } from '../vocab'
import { itemsOf } from './items-of'

/** The event's consolidated fields as a compact definition list. */
export function EventFacts({ event }: { event: EventDetail }) {
  const items = itemsOf(event.supports)
  const edits = event.review?.edits ?? {}
  const edited = (field: keyof typeof edits) =>
    field in edits ? (
      <span className="edited-mark" title="Set by an analyst's review">
        edited
      </span>
    ) : null
  return (
    <dl className="facts">
      <dt>Categories</dt>
      <dd>
        <Categories categories={event.categories} /> {edited('categories')}
      </dd>
      <dt>Items</dt>
      <dd>
        {items.length === 0 ? (
          <span className="muted">none named</span>
        ) : (
          <ul className="items">
            {items.map((i) => (
              <li key={`${i.system ?? ''}|${i.category}|${i.text}`}>
                <span className="item-text">{i.text}</span>
                {i.system && i.system.toLowerCase() !== i.text.toLowerCase() ? (
                  <span className="muted"> ({i.system})</span>
                ) : null}{' '}
                <span className="tag">{labelOf(i.category)}</span>
                {i.quantities.length > 0 ? (
                  <span className="qty"> {i.quantities.join('; ')}</span>
                ) : null}
                <span className="muted" title="Documents naming it">
                  {' '}
                  ×{i.documents}
                </span>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Phase</dt>
      <dd>
        {event.phase} {edited('phase')}
      </dd>
      <dt>Certainty</dt>
      <dd>
        {event.certainty}
        {event.contested ? ', contested' : ''} {edited('certainty')}
      </dd>
      <dt>Window</dt>
      <dd className="mono">{formatWindow(event.window)}</dd>
      <dt>Reported</dt>
      <dd className="mono">
        {event.first_reported ?? '?'} … {event.last_reported ?? '?'}
      </dd>
      <dt>Languages</dt>
      <dd>{event.languages.join(', ') || '—'}</dd>
      <dt>Counts</dt>
      <dd>
        {event.counts.documents} documents · {event.counts.publishers} publishers ·{' '}
        {event.counts.source_countries} source countries · {event.counts.claims} claims
      </dd>
    </dl>
  )
}
