import type { LoadedData } from '../data/index.js'
import { buildDocument } from '../document/index.js'
import { extractDocument } from '../extract/index.js'
import type { Store } from '../store/open-store.js'
import { insertTransferRows, reportedDay, transferRows } from '../store/write-documents.js'
import { consolidate } from '../store/recompute-events.js'
import { extractorVersion } from './prepare-record.js'

export interface ReextractOptions {
  data: LoadedData
  /** Only documents extracted by another extractor version (default: all). */
  staleOnly?: boolean
  batchSize?: number
  onProgress?: (done: number, total: number) => void
  clock?: () => Date
}

export interface ReextractSummary {
  documents: number
  changed: number
  seconds: number
}

function transferKey(t: {
  supplier: string
  recipient: string
  phase: string
  certainty: string
  categories: string
}) {
  return `${t.supplier}>${t.recipient}:${t.phase}:${t.certainty}:${t.categories}`
}

/**
 * Re-runs the current extractor over stored documents (after a lexicon or rule change) and
 * re-consolidates the pairs whose transfers changed. Documents and reviews stay; reviews follow
 * their documents into the new events.
 */
export async function reextract(store: Store, opts: ReextractOptions): Promise<ReextractSummary> {
  const started = performance.now()
  const clock = opts.clock ?? (() => new Date())
  const version = extractorVersion(opts.data)
  const batchSize = opts.batchSize ?? 200
  let base = store.db.selectFrom('documents')
  if (opts.staleOnly) base = base.where('extractor_version', '!=', version)
  const total = Number(
    (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0,
  )
  let afterSeq = 0
  let done = 0
  let changed = 0
  for (;;) {
    const docs = await base
      .select(['seq', 'id', 'text', 'url', 'published', 'fetched_at'])
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute()
    const last = docs.at(-1)
    if (!last) break
    afterSeq = last.seq
    const now = clock().toISOString()
    await store.db.transaction().execute(async (trx) => {
      const dirty = new Set<string>()
      for (const d of docs) {
        const doc = {
          ...buildDocument({ content: d.text, url: d.url, published: d.published }),
          id: d.id,
        }
        const extraction = extractDocument(doc, opts.data, { published: d.published })
        const before = await trx
          .selectFrom('transfers')
          .select(['supplier', 'recipient', 'phase', 'certainty', 'categories', 'event_id'])
          .where('document_id', '=', d.id)
          .execute()
        for (const t of before) if (t.event_id) dirty.add(t.event_id)
        await trx.deleteFrom('transfers').where('document_id', '=', d.id).execute()
        const rows = transferRows(
          d.id,
          extraction.transfers,
          reportedDay(d.published, d.fetched_at),
        )
        await insertTransferRows(trx, rows)
        await trx
          .updateTable('documents')
          .set({ extractor_version: version, extracted_at: now })
          .where('id', '=', d.id)
          .execute()
        if (before.map(transferKey).sort().join('|') !== rows.map(transferKey).sort().join('|')) {
          changed++
        }
      }
      await consolidate(trx, store.dialect, { events: [...dirty] }, now, store.assessor)
    })
    done += docs.length
    opts.onProgress?.(done, total)
  }
  return { documents: done, changed, seconds: (performance.now() - started) / 1000 }
}

/** Re-clusters every event from the stored transfers: what incremental consolidation must equal. */
export async function rebuildEvents(
  store: Store,
  clock: () => Date = () => new Date(),
): Promise<number> {
  const pairs = await store.db
    .selectFrom('transfers')
    .select(['supplier', 'recipient'])
    .distinct()
    .execute()
  const orphaned = await store.db
    .selectFrom('events')
    .select(['supplier', 'recipient'])
    .distinct()
    .execute()
  await store.db.transaction().execute(async (trx) => {
    await consolidate(
      trx,
      store.dialect,
      { pairs: [...pairs, ...orphaned] },
      clock().toISOString(),
      store.assessor,
    )
  })
  return pairs.length
}
