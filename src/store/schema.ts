import type { Generated } from 'kysely'

/**
 * Tables as kysely sees them. Both dialects store the same shapes: JSON as text, booleans as
 * 0/1 integers and timestamps as ISO strings, so one set of queries serves SQLite and PostgreSQL.
 */
export interface DocumentsTable {
  seq: Generated<number>
  /** sha256 of the normalised text: the same text from two sources is one document. */
  id: string
  url: string | null
  title: string | null
  publisher: string | null
  publisher_country: string | null
  /** Dominant detected language of the body. */
  language: string
  /** Partial ISO date from metadata, the dateline, or null. */
  published: string | null
  fetched_at: string
  origin: string
  text: string
  extractor_version: string
  extracted_at: string
}

export interface TransfersTable {
  seq: Generated<number>
  document_id: string
  supplier: string
  recipient: string
  /** JSON array of categories, sorted. */
  categories: string
  phase: string
  certainty: string
  in_headline_only: number
  period_start: string | null
  period_end: string | null
  /** Whole-day window used for consolidation (the period, else the publication day). */
  window_start: string
  window_end: string
  items: string
  evidence: string
  evidence_total: number
  claims: string
  rule_ids: string
  event_id: string | null
}

export interface EventsTable {
  id: string
  supplier: string
  recipient: string
  categories: string
  phase: string
  certainty: string
  contested: number
  window_start: string
  window_end: string
  first_reported: string | null
  last_reported: string | null
  languages: string
  documents: number
  publishers: number
  source_countries: number
  claims: number
  /** The latest analyst review's status; its edits are already applied to the fields above. */
  review_status: string | null
  /** JSON array of embargo violations (src/assess), computed with the rules in meta. */
  assessment: string
  /** 2 breach, 1 possible breach, 0 none: the assessment's worst status, for aggregates. */
  worst_breach: number
  updated_at: string
}

export interface EventBreachesTable {
  body: string
  event_id: string
  status: string
}

export interface MetaTable {
  key: string
  value: string
}

export interface EventCategoriesTable {
  category: string
  event_id: string
}

export interface ReviewsTable {
  seq: Generated<number>
  event_id: string
  /** JSON array of the event's document ids when it was reviewed: re-homes the review. */
  documents: string
  status: string
  note: string | null
  reviewer: string | null
  /** JSON object of overridden fields. */
  edits: string
  at: string
}

export interface FailuresTable {
  seq: Generated<number>
  origin: string
  code: string
  message: string
  at: string
}

export interface JobsTable {
  seq: Generated<number>
  kind: string
  /** JSON payload: for 'ingest', an IngestItem. */
  payload: string
  /** Deduplicates queued work: the same source is queued once. */
  dedupe_key: string
  status: string
  attempts: number
  worker: string | null
  error: string | null
  created_at: string
  started_at: string | null
  finished_at: string | null
}

export interface ApiTokensTable {
  /** Public handle (`tok_…`): names the token in lists, logs and the audit trail. */
  id: string
  name: string
  role: string
  /** SHA-256 hex of the whole token; the token itself is never stored. */
  hash: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface AuditTable {
  seq: Generated<number>
  at: string
  /** `token:<id>:<name>`, `cli:<user>` or `anonymous`. */
  actor: string
  action: string
  target: string | null
  /** JSON object: what was done (counts, status, role…). */
  detail: string
}

export interface Database {
  documents: DocumentsTable
  transfers: TransfersTable
  events: EventsTable
  event_categories: EventCategoriesTable
  event_breaches: EventBreachesTable
  meta: MetaTable
  reviews: ReviewsTable
  failures: FailuresTable
  jobs: JobsTable
  api_tokens: ApiTokensTable
  audit: AuditTable
}
