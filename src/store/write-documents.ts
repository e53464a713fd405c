import type { Kysely, Transaction } from 'kysely'
import type { Extraction, Transfer } from '../contract/extraction.js'
import { transferWindow } from '../consolidate/day-window.js'
import type { Doc } from '../document/index.js'
import type { Database } from './schema.js'

export type Writer = Kysely<Database> | Transaction<Database>

/** A document and its extraction, ready to be stored. */
export interface DocumentRecord {
  doc: Doc
  extraction: Extraction
  origin: string
  publisher: string | null
  publisherCountry: string | null
  fetchedAt: string
  extractorVersion: string
}

/** The day a report counts from: its publication date, else the day it was fetched. */
export function reportedDay(published: string | null, fetchedAt: string): string {
  return published ?? fetchedAt.slice(0, 10)
}

export function transferRow(documentId: string, t: Transfer, reported: string) {
  const window = transferWindow(t.period, reported)
  return {
    document_id: documentId,
    supplier: t.supplier.id,
    recipient: t.recipient.id,
    categories: JSON.stringify([...t.categories].sort()),
    phase: t.phase,
    certainty: t.certainty,
    in_headline_only: t.in_headline_only ? 1 : 0,
    period_start: t.period.start,
    period_end: t.period.end,
    window_start: window.start,
    window_end: window.end,
    items: JSON.stringify(t.items),
    evidence: JSON.stringify(t.evidence),
    evidence_total: t.evidence_total,
    claims: JSON.stringify(t.claims),
    rule_ids: JSON.stringify(t.rule_ids),
    event_id: null,
  }
}

/** A document's transfer rows: one per direction (should the extractor give two, the first wins). */
export function transferRows(documentId: string, transfers: readonly Transfer[], reported: string) {
  const seen = new Set<string>()
  return transfers
    .filter((t) => {
      const key = `${t.supplier.id}>${t.recipient.id}`
      if (seen.has(key) || t.supplier.id === t.recipient.id) return false
      seen.add(key)
      return true
    })
    .map((t) => transferRow(documentId, t, reported))
}

/** Writes transfer rows made by transferRows(). */
export async function insertTransferRows(
  db: Writer,
  rows: ReadonlyArray<ReturnType<typeof transferRow>>,
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('transfers')
      .values([...rows])
      .execute()
}

function documentRow(r: DocumentRecord) {
  return {
    id: r.doc.id,
    url: r.doc.url,
    title: r.doc.title,
    publisher: r.publisher ?? r.doc.publisher,
    publisher_country: r.publisherCountry,
    language: r.doc.language,
    published: publishedOf(r),
    fetched_at: r.fetchedAt,
    origin: r.origin,
    text: r.doc.text,
    extractor_version: r.extractorVersion,
    extracted_at: r.fetchedAt,
  }
}

function publishedOf(r: DocumentRecord): string | null {
  return r.extraction.document.published ?? r.doc.published
}

/** Documents per INSERT and transfer rows per INSERT: 12 and 17 parameters a row. */
const DOCUMENTS_PER_INSERT = 100
const TRANSFERS_PER_INSERT = 200

/**
 * Stores documents unless their text or URL is already there, with their transfers, in a few
 * multi-row statements. Returns the records actually added (duplicates are left out).
 */
export async function insertDocuments(
  db: Writer,
  records: readonly DocumentRecord[],
): Promise<DocumentRecord[]> {
  const added: DocumentRecord[] = []
  for (let i = 0; i < records.length; i += DOCUMENTS_PER_INSERT) {
    const part = records.slice(i, i + DOCUMENTS_PER_INSERT)
    const inserted = await db
      .insertInto('documents')
      .values(part.map(documentRow))
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute()
    const ids = new Set(inserted.map((r) => r.id))
    added.push(...part.filter((r) => ids.has(r.doc.id)))
  }
  const rows = added.flatMap((r) =>
    transferRows(r.doc.id, r.extraction.transfers, reportedDay(publishedOf(r), r.fetchedAt)),
  )
  for (let i = 0; i < rows.length; i += TRANSFERS_PER_INSERT) {
    await db
      .insertInto('transfers')
      .values(rows.slice(i, i + TRANSFERS_PER_INSERT))
      .execute()
  }
  return added
}

/** One document: false when its text or URL is already stored. */
export async function insertDocument(db: Writer, r: DocumentRecord): Promise<boolean> {
  return (await insertDocuments(db, [r])).length === 1
}

/** Is a document with this text hash or URL stored? Lets ingest skip work before extracting. */
export async function isStored(db: Writer, id: string, url: string | null): Promise<boolean> {
  const q = db
    .selectFrom('documents')
    .select('seq')
    .where((eb) => (url ? eb.or([eb('id', '=', id), eb('url', '=', url)]) : eb('id', '=', id)))
  return (await q.limit(1).executeTakeFirst()) !== undefined
}

export async function isUrlStored(db: Writer, url: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('documents')
      .select('seq')
      .where('url', '=', url)
      .limit(1)
      .executeTakeFirst()) !== undefined
  )
}
