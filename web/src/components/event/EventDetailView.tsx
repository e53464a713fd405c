import type { ReactNode } from 'react'
import type { EventDetail } from '../../api/types'
import { Assessment } from './Assessment'
import { Claims } from './Claims'
import { EventFacts } from './EventFacts'
import { EventHeader } from './EventHeader'
import { Sources } from './Sources'

export interface EventDetailViewProps {
  event: EventDetail
  /** The review panel, placed at the top of the side column. */
  review: ReactNode
  /** The review queue's card: the title links to the full page and few sources show at first. */
  compact?: boolean
}

/** An event's full record: facts and review beside assessment, claims and sources. */
export function EventDetailView({ event, review, compact = false }: EventDetailViewProps) {
  return (
    <div className="event-detail">
      <EventHeader event={event} linked={compact} />
      <div className="event-grid">
        <div className="event-main">
          <Assessment assessment={event.assessment} />
          <Claims event={event} />
          <Sources supports={event.supports} initial={compact ? 3 : undefined} />
        </div>
        <aside className="event-side">
          {review}
          <section className="panel">
            <h2>Facts</h2>
            <EventFacts event={event} />
          </section>
        </aside>
      </div>
    </div>
  )
}
