import { ArmsgraphError } from '../errors.js'
import type { ReviewStatus } from './types.js'
import type { Store } from '../store/open-store.js'
import { consolidate } from '../store/recompute-events.js'
import { recordAudit } from '../store/audit.js'
import { addReview, type ReviewEdits } from '../store/reviews.js'

export interface ReviewInput {
  status: ReviewStatus
  note?: string | null
  reviewer?: string | null
  edits?: ReviewEdits
  /** Who did it, for the audit log: `token:<id>:<name>` over HTTP, `cli:<user>` from the CLI. */
  actor: string
}

/**
 * Records an analyst's accept / reject / edit of an event in the audit log and applies it: the
 * event's pair is re-consolidated so the edits show at once and outlive re-extraction.
 */
export async function reviewEvent(
  store: Store,
  eventId: string,
  input: ReviewInput,
  clock: () => Date = () => new Date(),
): Promise<void> {
  const at = clock().toISOString()
  await store.db.transaction().execute(async (trx) => {
    const event = await trx
      .selectFrom('events')
      .select(['supplier', 'recipient'])
      .where('id', '=', eventId)
      .executeTakeFirst()
    if (!event)
      throw new ArmsgraphError('ERR_NOT_FOUND', `no event ${eventId} (see armsgraph events)`)
    const docs = await trx
      .selectFrom('transfers')
      .select('document_id')
      .where('event_id', '=', eventId)
      .execute()
    await addReview(
      trx,
      {
        eventId,
        status: input.status,
        note: input.note ?? null,
        reviewer: input.reviewer ?? null,
        edits: input.edits ?? {},
        at,
      },
      docs.map((d) => d.document_id),
    )
    await consolidate(trx, store.dialect, { events: [eventId] }, at, store.assessor)
    // In the same transaction: a review is never applied without its audit row, nor the reverse.
    await recordAudit(trx, {
      at,
      actor: input.actor,
      action: 'review',
      target: eventId,
      detail: {
        status: input.status,
        note: input.note ?? null,
        reviewer: input.reviewer ?? null,
        edits: input.edits ?? {},
      },
    })
  })
}
