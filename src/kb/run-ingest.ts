import type { LoadedData } from '../data/index.js'
import { isArmsgraphError, type ArmsgraphError } from '../errors.js'
import type { Store } from '../store/open-store.js'
import type { DocumentRecord } from '../store/write-documents.js'
import { isStored } from '../store/write-documents.js'
import { commitBatch, recordFailure } from './commit-batch.js'
import { buildIncoming, prepareRecord, type IncomingDocument } from './prepare-record.js'

export type IngestEntry =
  | { ok: true; item: IncomingDocument }
  | { ok: false; origin: string; error: ArmsgraphError }
  | { skipped: true; origin: string; reason: string }

export interface IngestCounts {
  added: number
  skipped: number
  failed: number
}

export interface IngestSummary extends IngestCounts {
  /** The first failures, for the summary; all of them are in the store's failure log. */
  failures: Array<{ origin: string; code: string; message: string }>
  seconds: number
}

export interface IngestOptions {
  data: LoadedData
  /** Documents per transaction: bigger is faster, smaller loses less to a crash. */
  batchSize?: number
  onProgress?: (counts: IngestCounts) => void
  clock?: () => Date
}

const MAX_LISTED_FAILURES = 20

/**
 * Ingests a stream of source entries: every document is built, skipped when its text or URL is
 * already stored, extracted, and written with its events in batches. A failing source is
 * recorded and the stream goes on. Re-running after a crash skips what was committed.
 */
export async function runIngest(
  store: Store,
  entries: AsyncIterable<IngestEntry>,
  opts: IngestOptions,
): Promise<IngestSummary> {
  const clock = opts.clock ?? (() => new Date())
  const started = performance.now()
  const batchSize = opts.batchSize ?? 200
  const counts: IngestCounts = { added: 0, skipped: 0, failed: 0 }
  const failures: IngestSummary['failures'] = []
  let pending: DocumentRecord[] = []
  const pendingKeys = new Set<string>()

  const fail = async (origin: string, error: ArmsgraphError) => {
    counts.failed++
    if (failures.length < MAX_LISTED_FAILURES)
      failures.push({ origin, code: error.code, message: error.message })
    await recordFailure(store.db, origin, error.code, error.message, clock().toISOString())
  }
  const flush = async () => {
    if (pending.length === 0) return
    const result = await commitBatch(store, pending, clock().toISOString())
    counts.added += result.added
    counts.skipped += result.duplicates
    pending = []
    pendingKeys.clear()
  }

  for await (const entry of entries) {
    if ('skipped' in entry) counts.skipped++
    else if (!entry.ok) await fail(entry.origin, entry.error)
    else {
      try {
        const doc = buildIncoming(entry.item)
        const url = doc.url
        const seen = pendingKeys.has(doc.id) || (url !== null && pendingKeys.has(url))
        if (seen || (await isStored(store.db, doc.id, url))) counts.skipped++
        else {
          pending.push(prepareRecord(entry.item, doc, opts.data, clock().toISOString()))
          pendingKeys.add(doc.id)
          if (url) pendingKeys.add(url)
        }
      } catch (e) {
        if (!isArmsgraphError(e)) throw e
        await fail(entry.item.origin, e)
      }
      if (pending.length >= batchSize) await flush()
    }
    opts.onProgress?.({ ...counts, added: counts.added + pending.length })
  }
  await flush()
  opts.onProgress?.({ ...counts })
  return { ...counts, failures, seconds: (performance.now() - started) / 1000 }
}
