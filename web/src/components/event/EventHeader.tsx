import type { EventSummary } from '../../api/types'
import { CertaintyBadge, EmbargoBadges, PhaseBadge, ReviewBadge } from '../Badges'
import { Link } from '../Link'

/** "Supplier → Recipient" with the event's status badges. */
export function EventHeader({ event, linked = false }: { event: EventSummary; linked?: boolean }) {
  const title = (
    <>
      {event.supplier.name} <span className="arrow">→</span> {event.recipient.name}
    </>
  )
  return (
    <div className="event-header">
      <h1>
        {linked ? <Link to={`/events/${encodeURIComponent(event.id)}`}>{title}</Link> : title}
      </h1>
      <div className="badge-row">
        <PhaseBadge phase={event.phase} />
        <CertaintyBadge certainty={event.certainty} contested={event.contested} />
        {event.assessment.length > 0 ? <EmbargoBadges assessment={event.assessment} /> : null}
        <ReviewBadge review={event.review} />
        <span className="muted mono event-id" title="Event id">
          {event.id}
        </span>
      </div>
    </div>
  )
}
