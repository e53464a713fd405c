import type { EventDetail } from '../../api/types'
import { formatInstant } from '../format'
import { ErrorNote } from '../States'
import { labelOf } from '../vocab'
import { ReviewEditForm } from './ReviewEditForm'
import type { ReviewController } from './use-review'

function CurrentReview({ event }: { event: EventDetail }) {
  const r = event.review
  const edits = r ? Object.entries(r.edits) : []
  return (
    <div className="current-review">
      <span className="muted">Status </span>
      <span className={`badge review-${r?.status ?? 'unreviewed'}`} data-testid="review-status">
        {r?.status ?? 'unreviewed'}
      </span>
      {r ? (
        <div className="review-meta">
          <div className="muted">
            {r.reviewer ?? 'anonymous'} · {formatInstant(r.at)}
          </div>
          {r.note ? <p className="review-note">“{r.note}”</p> : null}
          {edits.length > 0 ? (
            <div className="muted">
              set{' '}
              {edits
                .map(
                  ([k, v]) => `${k} = ${Array.isArray(v) ? v.map(labelOf).join(', ') : String(v)}`,
                )
                .join('; ')}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

/** Accept, reject or correct the machine's event, with a comment for the audit log. */
export function ReviewPanel({
  event,
  review,
  shortcuts = false,
}: {
  event: EventDetail
  review: ReviewController
  shortcuts?: boolean
}) {
  const key = (k: string) => (shortcuts ? <kbd>{k}</kbd> : null)
  return (
    <section className="panel review-panel" data-testid="review-panel">
      <h2>Review</h2>
      <CurrentReview event={event} />
      <label className="field">
        <span>Comment</span>
        <textarea
          className="input"
          data-testid="review-note"
          rows={2}
          value={review.note}
          placeholder="Why (kept in the audit log)"
          onChange={(e) => review.setNote(e.target.value)}
        />
      </label>
      <label className="field field-inline">
        <span>Reviewer</span>
        <input
          className="input"
          data-testid="review-reviewer"
          value={review.reviewer}
          placeholder="your name"
          onChange={(e) => review.setReviewer(e.target.value)}
        />
      </label>
      <div className="review-buttons">
        <button
          type="button"
          className="btn btn-accept"
          data-testid="review-accept"
          disabled={review.busy}
          onClick={() => void review.decide('accepted')}
        >
          {key('a')} Accept
        </button>
        <button
          type="button"
          className="btn btn-reject"
          data-testid="review-reject"
          disabled={review.busy}
          onClick={() => void review.decide('rejected')}
        >
          {key('r')} Reject
        </button>
        <button
          type="button"
          className={review.editing ? 'btn active' : 'btn'}
          data-testid="review-edit"
          disabled={review.busy}
          aria-expanded={review.editing}
          onClick={() => review.setEditing(!review.editing)}
        >
          {key('e')} Edit…
        </button>
      </div>
      {review.editing ? (
        <ReviewEditForm
          key={event.id}
          event={event}
          busy={review.busy}
          onSave={(edits) => void review.decide('edited', edits)}
          onCancel={() => review.setEditing(false)}
        />
      ) : null}
      {review.error ? <ErrorNote error={review.error} /> : null}
    </section>
  )
}
