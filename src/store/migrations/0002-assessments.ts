import { sql, type Kysely } from 'kysely'

/* Migrations see the database untyped: they describe the schema at their own point in time. */
type AnyDb = Kysely<unknown>

/**
 * Embargo assessments of events (issue [3]): the violations as JSON on the event, one row per
 * body with a breach or possible breach for fast `--breach` filters, and a key-value table that
 * remembers which rules version the assessments were computed with.
 */
export const assessmentsMigration = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .alterTable('events')
      .addColumn('assessment', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
      .execute()
    await db.schema
      .createTable('event_breaches')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_breaches_pk', ['body', 'event_id'])
      .execute()
    await db.schema
      .createIndex('event_breaches_event')
      .on('event_breaches')
      .column('event_id')
      .execute()
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute()
  },
}
