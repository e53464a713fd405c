import type { ActorRef, Category, Certainty } from '../contract/extraction.js'
import type { DocumentRef } from '../kb/types.js'

/**
 * Aggregated views of the events matching a filter, as the API serves them to the dashboard's
 * network, timeline and map. Every count is over events (one real-world flow each), never over
 * documents, so ten articles about one shipment weigh one.
 */

/** One supplier → recipient pair. */
export interface GraphEdge {
  supplier: string
  recipient: string
  events: number
  /** Sum over the pair's events of their distinct publishers: the corroboration weight. */
  sources: number
  documents: number
  /** The strongest certainty among the pair's events. */
  certainty: Certainty
  certainties: Record<Certainty, number>
  /** Events with a UN or EU `breach`, and with only a `possible` one. */
  breaches: number
  possible_breaches: number
  contested: number
  categories: Category[]
  /** Hull of the events' windows (YYYY-MM-DD). */
  first: string
  last: string
}

export interface GraphNode extends ActorRef {
  /** Events where the actor supplies / receives. */
  supplies: number
  receives: number
}

export interface GraphView {
  nodes: GraphNode[]
  /** Heaviest first (events, then sources); at most `limit`. */
  edges: GraphEdge[]
  /** Pairs left out by the limit. */
  truncated: number
}

export type TimelineKey = 'category' | 'certainty'

/** Events per month, by the month their window starts. */
export interface TimelineView {
  by: TimelineKey
  /** Every month from the first to the last non-empty one, gaps included, YYYY-MM. */
  months: string[]
  /** One series per key present, each with a count per month (aligned with `months`). */
  series: Array<{ key: string; counts: number[] }>
  /** Events counted once each (an event with two categories is in two series). */
  total: number
}

export interface MapPoint {
  id: string
  name: string
  /** Longitude and latitude in degrees (a representative point of the country). */
  lon: number
  lat: number
  /** ISO 3166 numeric code: the world-atlas feature id, to fill the country shape. */
  numeric: string | null
}

/** A graph edge placed on the map; armed groups sit on the state they are based in. */
export interface MapFlow extends GraphEdge {
  from: MapPoint
  to: MapPoint
}

export interface MapView {
  flows: MapFlow[]
  /** Actors with no known place (unknown group base): their flows are left off the map. */
  unplaced: string[]
  truncated: number
}

/** A highlight in the document reader. Offsets index the stored (normalised) text. */
export interface ReadingMention {
  kind: 'actor' | 'weapon' | 'quantity' | 'trigger'
  start: number
  end: number
  /** What the mention resolves to: an actor's or system's name, a category, a verb's phase. */
  label: string
  /** Actor or weapon-system id when known. */
  id: string | null
}

/** A transfer the document states, with the event it was consolidated into. */
export interface ReadingTransfer {
  supplier: ActorRef
  recipient: ActorRef
  categories: Category[]
  phase: string
  certainty: Certainty
  /** Only the headline states it: the body does not support the headline's claim. */
  in_headline_only: boolean
  evidence: Array<{ text: string; start: number; end: number }>
  event_id: string | null
}

/** GET /api/v1/documents/:id — the text and what the extractor found in it. */
export interface DocumentReading extends DocumentRef {
  fetched_at: string
  text: string
  /** Title and body ranges of `text`, with their detected language. */
  segments: Array<{ kind: 'title' | 'body'; language: string; start: number; end: number }>
  /** Sorted by start; they never overlap (the longer wins). */
  mentions: ReadingMention[]
  transfers: ReadingTransfer[]
  /** The headline states a transfer that no body sentence states. */
  headline_unsupported: boolean
}

/** An ingest run started over HTTP; poll it until `status` is not 'running'. */
export interface ImportStatus {
  id: string
  status: 'running' | 'done' | 'failed'
  /** Documents read so far, and the total when known in advance (files; not a feed). */
  processed: number
  total: number | null
  added: number
  skipped: number
  failed: number
  /** The first failures; all of them are in the store's failure log. */
  failures: Array<{ origin: string; message: string }>
  /** Documents added or already stored (the first 500). */
  documents: Array<{ id: string; title: string | null; added: boolean }>
  /** The events the documents' transfers belong to. */
  events: string[]
  /** Why a run failed as a whole. */
  message: string | null
}
