import type { DocumentRef, EventSummary } from '../kb/types.js'

/** A supporting document as event listings show it. */
export type EventDocument = Pick<
  DocumentRef,
  'id' | 'title' | 'publisher' | 'language' | 'published'
>

/** An event for `events --format json|jsonl`: the summary, its counts and its documents. */
export interface EventJson extends EventSummary {
  documents: EventDocument[]
}

// Field by field, so an EventDetail's supports and claims never leak into a listing, and a required field
// added to EventSummary fails to compile here until it is listed.
function summaryOf(e: EventSummary): EventSummary {
  return {
    id: e.id,
    supplier: e.supplier,
    recipient: e.recipient,
    categories: e.categories,
    phase: e.phase,
    certainty: e.certainty,
    contested: e.contested,
    window: e.window,
    first_reported: e.first_reported,
    last_reported: e.last_reported,
    languages: e.languages,
    counts: e.counts,
    review: e.review,
    assessment: e.assessment,
  }
}

/**
 * The summary, its counts, and each document once, in the order given: the store's
 * `documentsOfEvents` list, or `detail.supports.map((s) => s.document)` for a detail.
 */
export function eventJson(event: EventSummary, documents: Iterable<DocumentRef>): EventJson {
  const byId = new Map<string, EventDocument>()
  for (const d of documents) {
    if (byId.has(d.id)) continue
    byId.set(d.id, {
      id: d.id,
      title: d.title,
      publisher: d.publisher,
      language: d.language,
      published: d.published,
    })
  }
  return { ...summaryOf(event), documents: [...byId.values()] }
}
