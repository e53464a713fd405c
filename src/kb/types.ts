import type { Violation } from '../assess/types.js'
import type {
  ActorRef,
  Category,
  Certainty,
  Item,
  Phase,
  Span,
  Speaker,
  Stance,
} from '../contract/extraction.js'

/**
 * Knowledge-base records: what the store keeps and what `events`, `event`, the exports and the
 * HTTP API print. Dates are partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as the sources give
 * them; windows are whole days (YYYY-MM-DD) so they compare as strings.
 */

export interface DayWindow {
  start: string
  end: string
}

/** A stored document as listings show it (no text). */
export interface DocumentRef {
  id: string
  title: string | null
  url: string | null
  publisher: string | null
  /** ISO alpha-2 of the publisher's country, when known (data/publishers.yaml, feed, ccTLD). */
  publisher_country: string | null
  language: string
  published: string | null
}

/** Which side of the flow a speaker stands on. */
export type Side = 'supplier' | 'recipient' | 'third_party'

export interface EventClaim {
  side: Side
  speaker: Speaker
  stance: Stance
  evidence: Span
  document_id: string
}

/** One document's transfer inside an event. */
export interface EventSupport {
  document: DocumentRef
  phase: Phase
  certainty: Certainty
  categories: Category[]
  items: Item[]
  in_headline_only: boolean
  period: { start: string | null; end: string | null }
  evidence: Span[]
  rule_ids: string[]
}

export type ReviewStatus = 'accepted' | 'rejected' | 'edited'

export interface EventReview {
  status: ReviewStatus
  note: string | null
  reviewer: string | null
  at: string
  /** Fields the analyst overrode; they win over machine output. */
  edits: Partial<Pick<EventSummary, 'phase' | 'certainty' | 'categories'>>
}

/** An event as `events` lists it: one real-world flow, consolidated across documents. */
export interface EventSummary {
  id: string
  supplier: ActorRef
  recipient: ActorRef
  categories: Category[]
  /** The most advanced phase any support states: delivered > agreed > sought. */
  phase: Phase
  /** confirmed if any support is confirmed, else alleged if any is, else denied. */
  certainty: Certainty
  /** One side asserts it while the other (or the same) side denies it. */
  contested: boolean
  /** Hull of the supports' periods (publication days when no period is stated). */
  window: DayWindow
  first_reported: string | null
  last_reported: string | null
  languages: string[]
  counts: {
    documents: number
    publishers: number
    source_countries: number
    claims: number
  }
  review: EventReview | null
  /** Binding UN/EU arms embargoes the event breaches or may breach over its window (issue [3]). */
  assessment: Violation[]
}

/** `armsgraph event ID`: the summary plus every support and every claim, grouped by side. */
export interface EventDetail extends EventSummary {
  supports: EventSupport[]
  claims: Record<Side, EventClaim[]>
}
