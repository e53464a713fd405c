import type { Store } from '../store/open-store.js'
import { consolidate } from '../store/recompute-events.js'
import { insertDocuments, type DocumentRecord, type Writer } from '../store/write-documents.js'

export interface BatchResult {
  added: number
  /** Already stored (same text or URL), found at write time: another process got there first. */
  duplicates: number
}

export async function clearFailure(db: Writer, origin: string): Promise<void> {
  await db.deleteFrom('failures').where('origin', '=', origin).execute()
}

/** A source that now succeeds is no longer a failure. */
export async function clearFailures(db: Writer, origins: readonly string[]): Promise<void> {
  for (let i = 0; i < origins.length; i += 500) {
    await db
      .deleteFrom('failures')
      .where('origin', 'in', origins.slice(i, i + 500))
      .execute()
  }
}

/** Records (or refreshes) why a source failed; a later success removes the record. */
export async function recordFailure(
  db: Writer,
  origin: string,
  code: string,
  message: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('failures')
    .values({ origin, code, message, at })
    .onConflict((oc) => oc.column('origin').doUpdateSet({ code, message, at }))
    .execute()
}

/**
 * Stores documents and updates the events of every pair they touch, in one transaction: a batch
 * is either wholly committed or not at all, so a killed ingest resumes cleanly.
 */
export async function commitBatch(
  store: Store,
  records: readonly DocumentRecord[],
  now: string,
): Promise<BatchResult> {
  return store.db.transaction().execute(async (trx) => {
    const added = await insertDocuments(trx, records)
    await clearFailures(
      trx,
      records.map((r) => r.origin),
    )
    await consolidate(trx, store.dialect, {}, now, store.assessor)
    return {
      added: added.length,
      duplicates: records.length - added.length,
    }
  })
}
