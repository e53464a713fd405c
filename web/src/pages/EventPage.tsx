import { useCallback } from 'react'
import { api } from '../api/client'
import type { EventDetail } from '../api/types'
import { EventDetailView } from '../components/event/EventDetailView'
import { ReviewPanel } from '../components/event/ReviewPanel'
import { useReview } from '../components/event/use-review'
import { Link } from '../components/Link'
import { ErrorNote, Loading } from '../components/States'
import { useResource } from '../components/use-resource'

function Loaded({ event, replace }: { event: EventDetail; replace: (e: EventDetail) => void }) {
  const review = useReview(
    event,
    useCallback((updated: EventDetail) => replace(updated), [replace]),
  )
  return <EventDetailView event={event} review={<ReviewPanel event={event} review={review} />} />
}

/** `/events/:id`: one event with its evidence, claims, assessment and review. */
export function EventPage({ id }: { id: string }) {
  const [res, reload, replace] = useResource(`event:${id}`, () => api.event(id))
  return (
    <section className="page" data-testid="page-event">
      <div className="crumbs">
        <Link to="/events">← Events</Link>
      </div>
      {res.status === 'loading' ? <Loading what="Loading event" /> : null}
      {res.status === 'error' ? <ErrorNote error={res.error} retry={reload} /> : null}
      {res.status === 'done' ? (
        <Loaded key={res.data.id} event={res.data} replace={replace} />
      ) : null}
    </section>
  )
}
