import type { Kysely } from 'kysely'
import type { DialectName } from '../dialect.js'

type AnyDb = Kysely<unknown>

/**
 * Access control and accountability (issue [5]): API tokens, stored only as their SHA-256 (a
 * leaked database does not leak usable tokens), and an append-only audit log of who ingested,
 * reviewed, restored and managed tokens.
 */
export function accessMigration(dialect: DialectName) {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute()
      // A surrogate key in insertion order: SQLite's rowid alias, PostgreSQL's serial.
      await (
        dialect === 'sqlite'
          ? db.schema
              .createTable('audit')
              .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
          : db.schema.createTable('audit').addColumn('seq', 'serial', (c) => c.primaryKey())
      )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('audit_at').on('audit').column('at').execute()
    },
  }
}
