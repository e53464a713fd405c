import { sql, type Kysely } from 'kysely'
import type { DialectName } from '../dialect.js'

/* Migrations see the database untyped: they describe the schema at their own point in time. */
type AnyDb = Kysely<unknown>

async function serialTable(db: AnyDb, dialect: DialectName, name: string) {
  // A surrogate integer key: SQLite's rowid alias, PostgreSQL's serial. FTS5 needs the former.
  return dialect === 'sqlite'
    ? db.schema.createTable(name).addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    : db.schema.createTable(name).addColumn('seq', 'serial', (c) => c.primaryKey())
}

async function createDocuments(db: AnyDb, dialect: DialectName) {
  await (
    await serialTable(db, dialect, 'documents')
  )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text', (c) => c.unique())
    .addColumn('title', 'text')
    .addColumn('publisher', 'text')
    .addColumn('publisher_country', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('extractor_version', 'text', (c) => c.notNull())
    .addColumn('extracted_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('documents_published').on('documents').column('published').execute()
  if (dialect === 'sqlite') {
    // External-content FTS5 index kept in step by triggers, so a rolled-back batch leaves no
    // orphan index rows. remove_diacritics 2 lets "livre" find "livré".
    await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents',
      content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`.execute(db)
    await sql`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END`.execute(
      db,
    )
    await sql`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, title, text)
      VALUES ('delete', old.seq, old.title, old.text); END`.execute(db)
    await sql`CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, title, text)
      VALUES ('delete', old.seq, old.title, old.text);
      INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END`.execute(
      db,
    )
  } else {
    // 'simple' has no stemming and no stop words: the same behaviour for every language.
    await sql`ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS
      (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED`.execute(db)
    await sql`CREATE INDEX documents_tsv ON documents USING gin (tsv)`.execute(db)
  }
}

async function createTransfers(db: AnyDb, dialect: DialectName) {
  await (
    await serialTable(db, dialect, 'transfers')
  )
    .addColumn('document_id', 'text', (c) =>
      c.notNull().references('documents.id').onDelete('cascade'),
    )
    .addColumn('supplier', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('in_headline_only', 'integer', (c) => c.notNull())
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('evidence_total', 'integer', (c) => c.notNull())
    .addColumn('claims', 'text', (c) => c.notNull())
    .addColumn('rule_ids', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text')
    .addUniqueConstraint('transfers_one_per_direction', ['document_id', 'supplier', 'recipient'])
    .execute()
  await db.schema
    .createIndex('transfers_pair')
    .on('transfers')
    .columns(['supplier', 'recipient'])
    .execute()
  await db.schema.createIndex('transfers_event').on('transfers').column('event_id').execute()
}

async function createEvents(db: AnyDb) {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('supplier', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('contested', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('first_reported', 'text')
    .addColumn('last_reported', 'text')
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('documents', 'integer', (c) => c.notNull())
    .addColumn('publishers', 'integer', (c) => c.notNull())
    .addColumn('source_countries', 'integer', (c) => c.notNull())
    .addColumn('claims', 'integer', (c) => c.notNull())
    .addColumn('review_status', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('events_pair')
    .on('events')
    .columns(['supplier', 'recipient', 'window_end'])
    .execute()
  await db.schema.createIndex('events_recipient').on('events').columns(['recipient']).execute()
  await db.schema
    .createIndex('events_rank')
    .on('events')
    .columns(['publishers desc', 'documents desc', 'window_end desc', 'id'])
    .execute()
  await db.schema.createIndex('events_window').on('events').columns(['window_end']).execute()
  await db.schema
    .createTable('event_categories')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('event_categories_pk', ['category', 'event_id'])
    .execute()
  await db.schema
    .createIndex('event_categories_event')
    .on('event_categories')
    .column('event_id')
    .execute()
}

async function createWorkTables(db: AnyDb, dialect: DialectName) {
  await (
    await serialTable(db, dialect, 'reviews')
  )
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('documents', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reviewer', 'text')
    .addColumn('edits', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('reviews_event').on('reviews').column('event_id').execute()
  await (
    await serialTable(db, dialect, 'failures')
  )
    .addColumn('origin', 'text', (c) => c.notNull().unique())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await (
    await serialTable(db, dialect, 'jobs')
  )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('worker', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute()
  await db.schema.createIndex('jobs_status').on('jobs').columns(['status', 'seq']).execute()
}

export function initialMigration(dialect: DialectName) {
  return {
    async up(db: AnyDb): Promise<void> {
      await createDocuments(db, dialect)
      await createTransfers(db, dialect)
      await createEvents(db)
      await createWorkTables(db, dialect)
    },
  }
}
