import type { Category, Certainty, Phase } from '../contract/extraction.js'
import type { ReviewStatus } from '../kb/types.js'
import type { Writer } from './write-documents.js'

export interface ReviewEdits {
  phase?: Phase
  certainty?: Certainty
  categories?: Category[]
}

export interface StoredReview {
  eventId: string
  status: ReviewStatus
  note: string | null
  reviewer: string | null
  edits: ReviewEdits
  at: string
}

/** The newest review of each event (reviews are an append-only audit log). */
export async function latestReviews(
  db: Writer,
  eventIds: readonly string[],
): Promise<Map<string, StoredReview>> {
  const out = new Map<string, StoredReview>()
  if (eventIds.length === 0) return out
  const rows = await db
    .selectFrom('reviews')
    .selectAll()
    .where('event_id', 'in', [...eventIds])
    .orderBy('seq')
    .execute()
  for (const r of rows) {
    out.set(r.event_id, {
      eventId: r.event_id,
      status: r.status as ReviewStatus,
      note: r.note,
      reviewer: r.reviewer,
      edits: JSON.parse(r.edits) as ReviewEdits,
      at: r.at,
    })
  }
  return out
}

/**
 * When re-consolidation changes an event's id (events merged, or an earlier report became its
 * anchor), its reviews move to the new event holding most of the documents they reviewed, so
 * analyst work survives new documents and re-extraction.
 */
export async function rehomeReviews(
  db: Writer,
  oldIds: readonly string[],
  events: ReadonlyArray<{ id: string; documents: readonly string[] }>,
): Promise<void> {
  const kept = new Set(events.map((e) => e.id))
  const gone = oldIds.filter((id) => !kept.has(id))
  if (gone.length === 0) return
  const orphans = await db
    .selectFrom('reviews')
    .select(['seq', 'documents'])
    .where('event_id', 'in', gone)
    .execute()
  for (const r of orphans) {
    const reviewed = new Set(JSON.parse(r.documents) as string[])
    let best: string | null = null
    let bestOverlap = 0
    for (const e of events) {
      const overlap = e.documents.filter((d) => reviewed.has(d)).length
      if (overlap > bestOverlap) [best, bestOverlap] = [e.id, overlap]
    }
    // No event holds any reviewed document any more: the review stays in the log, unattached.
    if (best)
      await db.updateTable('reviews').set({ event_id: best }).where('seq', '=', r.seq).execute()
  }
}

/** Appends a review; the caller recomputes the event's pair so the edits take effect. */
export async function addReview(
  db: Writer,
  review: StoredReview,
  documents: readonly string[],
): Promise<void> {
  await db
    .insertInto('reviews')
    .values({
      event_id: review.eventId,
      documents: JSON.stringify(documents),
      status: review.status,
      note: review.note,
      reviewer: review.reviewer,
      edits: JSON.stringify(review.edits),
      at: review.at,
    })
    .execute()
}
