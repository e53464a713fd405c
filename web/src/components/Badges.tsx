import type { Certainty, EventReview, Violation } from '../api/types'
import { labelOf } from './vocab'

export function CertaintyBadge({
  certainty,
  contested = false,
}: {
  certainty: Certainty
  contested?: boolean
}) {
  return (
    <span className="badge-group">
      <span className={`badge certainty-${certainty}`}>{certainty}</span>
      {contested ? (
        <span className="badge contested" title="One side asserts it while a side denies it">
          contested
        </span>
      ) : null}
    </span>
  )
}

export function PhaseBadge({ phase }: { phase: string }) {
  return <span className={`badge phase phase-${phase}`}>{phase}</span>
}

export function Categories({ categories }: { categories: readonly string[] }) {
  return (
    <span className="tags">
      {categories.map((c) => (
        <span key={c} className="tag">
          {labelOf(c)}
        </span>
      ))}
    </span>
  )
}

/** Red for a breach, amber for a possible one; one badge per body (UN, EU). */
export function EmbargoBadges({ assessment }: { assessment: readonly Violation[] }) {
  const worst = new Map<string, Violation>()
  for (const v of assessment) {
    const seen = worst.get(v.body)
    if (!seen || (seen.status === 'possible' && v.status === 'breach')) worst.set(v.body, v)
  }
  if (worst.size === 0) return <span className="muted">—</span>
  return (
    <span className="badge-group">
      {[...worst.values()].map((v) => (
        <span
          key={v.body}
          className={`badge embargo-${v.status}`}
          title={`${v.instrument}: ${v.reason}`}
        >
          {v.body} {v.status === 'breach' ? 'breach' : 'possible'}
          {v.disputed ? '?' : ''}
        </span>
      ))}
    </span>
  )
}

export function ReviewBadge({ review }: { review: EventReview | null }) {
  const status = review?.status ?? 'unreviewed'
  return (
    <span
      className={`badge review-${status}`}
      title={
        review?.note ? `${review.note}${review.reviewer ? ` — ${review.reviewer}` : ''}` : undefined
      }
    >
      {status}
    </span>
  )
}
