import { api } from '../../api/client'
import type { EventDetail, ReviewStatus } from '../../api/types'
import { EventDetailView } from '../../components/event/EventDetailView'
import { ReviewPanel } from '../../components/event/ReviewPanel'
import { useReview } from '../../components/event/use-review'
import { ErrorNote, Loading } from '../../components/States'
import { useResource } from '../../components/use-resource'
import { useShortcuts } from './use-shortcuts'

export interface ReviewCardProps {
  id: string
  onDecided: (event: EventDetail, status: ReviewStatus) => void
}

/** The event under review, with a, r and e bound to its review panel. Keyed by event id. */
export function ReviewCard({ id, onDecided }: ReviewCardProps) {
  const [res, reload] = useResource(`event:${id}`, () => api.event(id))
  const event = res.status === 'done' ? res.data : null
  const review = useReview(event, onDecided)
  useShortcuts({
    a: () => void review.decide('accepted'),
    r: () => void review.decide('rejected'),
    e: () => event && review.setEditing(true),
    Escape: () => review.setEditing(false),
  })
  return (
    <div className="review-card" data-testid="review-card" data-event-id={id}>
      {res.status === 'loading' ? <Loading what="Loading event" /> : null}
      {res.status === 'error' ? <ErrorNote error={res.error} retry={reload} /> : null}
      {event ? (
        <EventDetailView
          event={event}
          compact
          review={<ReviewPanel event={event} review={review} shortcuts />}
        />
      ) : null}
    </div>
  )
}
