import { sql, type Kysely } from 'kysely'

type AnyDb = Kysely<unknown>

/**
 * The dashboard's aggregates (issue [4]):
 * - `worst_breach` on each event (2 breach, 1 possible, 0 none), filled from event_breaches, so
 *   counting breaches per pair needs no join.
 * - `events_pairs_cover` holds every column the network, map and timeline aggregate, so those
 *   group-bys scan the index instead of whole event rows (measured 790 → 80 ms on 200,000 events).
 * - `events_updated` answers "has anything changed?" with one index lookup: the API's view cache.
 * - `events_start` serves the oldest-first listing.
 */
export const viewIndexesMigration = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .alterTable('events')
      .addColumn('worst_breach', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await sql`
      UPDATE events SET worst_breach = (
        SELECT max(CASE WHEN b.status = 'breach' THEN 2 ELSE 1 END)
        FROM event_breaches b WHERE b.event_id = events.id)
      WHERE id IN (SELECT event_id FROM event_breaches)`.execute(db)
    await db.schema
      .createIndex('events_pairs_cover')
      .on('events')
      .columns([
        'supplier',
        'recipient',
        'certainty',
        'review_status',
        'window_start',
        'window_end',
        'publishers',
        'documents',
        'contested',
        'worst_breach',
        'phase',
        'categories',
      ])
      .execute()
    await db.schema.createIndex('events_updated').on('events').column('updated_at').execute()
    await db.schema.createIndex('events_start').on('events').column('window_start').execute()
  },
}
