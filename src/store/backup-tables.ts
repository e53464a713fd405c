import type { Database } from './schema.js'

/** How one table is dumped and restored. */
interface TypedSpec<T extends keyof Database> {
  /**
   * The columns a backup carries: every column both dialects share. Dialect-only columns
   * (PostgreSQL's generated `tsv`) are left out; the target store derives them again.
   */
  columns: ReadonlyArray<keyof Database[T] & string>
  /** A unique key in index order: keyset pages walk it, so a million rows cost no OFFSET scans. */
  key: ReadonlyArray<keyof Database[T] & string>
  /** Has a `seq` serial whose counter must continue after the restored rows (PostgreSQL). */
  serial: boolean
}

/** A spec as the dump and restore code reads it: names checked against schema.ts above. */
export interface TableSpec {
  name: keyof Database
  columns: readonly string[]
  key: readonly string[]
  serial: boolean
}

/**
 * Every table of the store, keyed so the compiler fails when schema.ts gains a table that
 * backups would silently leave out. Written parents before children: restore inserts in this
 * order, so foreign keys hold row by row (transfers → documents, event_categories and
 * event_breaches → events). kysely's migration bookkeeping is not here: the target is migrated
 * by armsgraph itself, and the header lists the migrations the source had applied.
 */
const SPECS: { [T in keyof Database]: TypedSpec<T> } = {
  documents: {
    columns: [
      'seq',
      'id',
      'url',
      'title',
      'publisher',
      'publisher_country',
      'language',
      'published',
      'fetched_at',
      'origin',
      'text',
      'extractor_version',
      'extracted_at',
    ],
    key: ['seq'],
    serial: true,
  },
  transfers: {
    columns: [
      'seq',
      'document_id',
      'supplier',
      'recipient',
      'categories',
      'phase',
      'certainty',
      'in_headline_only',
      'period_start',
      'period_end',
      'window_start',
      'window_end',
      'items',
      'evidence',
      'evidence_total',
      'claims',
      'rule_ids',
      'event_id',
    ],
    key: ['seq'],
    serial: true,
  },
  events: {
    columns: [
      'id',
      'supplier',
      'recipient',
      'categories',
      'phase',
      'certainty',
      'contested',
      'window_start',
      'window_end',
      'first_reported',
      'last_reported',
      'languages',
      'documents',
      'publishers',
      'source_countries',
      'claims',
      'review_status',
      'assessment',
      'worst_breach',
      'updated_at',
    ],
    key: ['id'],
    serial: false,
  },
  event_categories: {
    columns: ['category', 'event_id'],
    key: ['category', 'event_id'],
    serial: false,
  },
  event_breaches: {
    columns: ['body', 'event_id', 'status'],
    key: ['body', 'event_id'],
    serial: false,
  },
  meta: { columns: ['key', 'value'], key: ['key'], serial: false },
  reviews: {
    columns: ['seq', 'event_id', 'documents', 'status', 'note', 'reviewer', 'edits', 'at'],
    key: ['seq'],
    serial: true,
  },
  failures: { columns: ['seq', 'origin', 'code', 'message', 'at'], key: ['seq'], serial: true },
  jobs: {
    columns: [
      'seq',
      'kind',
      'payload',
      'dedupe_key',
      'status',
      'attempts',
      'worker',
      'error',
      'created_at',
      'started_at',
      'finished_at',
    ],
    key: ['seq'],
    serial: true,
  },
  api_tokens: {
    columns: ['id', 'name', 'role', 'hash', 'created_at', 'last_used_at', 'revoked_at'],
    key: ['id'],
    serial: false,
  },
  audit: {
    columns: ['seq', 'at', 'actor', 'action', 'target', 'detail'],
    key: ['seq'],
    serial: true,
  },
}

export const BACKUP_TABLES: readonly TableSpec[] = (
  Object.keys(SPECS) as Array<keyof Database>
).map((name) => ({ name, ...SPECS[name] }))

export function tableSpec(name: string): TableSpec | undefined {
  return BACKUP_TABLES.find((t) => t.name === name)
}
