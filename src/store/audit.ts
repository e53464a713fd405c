import type { Writer } from './write-documents.js'

export interface AuditEntry {
  at: string
  /** `token:<id>:<name>`, `cli:<user>` or `anonymous`. */
  actor: string
  action: 'ingest' | 'review' | 'token.create' | 'token.revoke' | 'restore'
  target: string | null
  detail: Record<string, unknown>
}

/** Appends to the audit log; nothing ever updates or deletes its rows. */
export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit')
    .values({ ...entry, detail: JSON.stringify(entry.detail) })
    .execute()
}

export interface AuditRow extends AuditEntry {
  seq: number
}

/** Newest first, `limit` rows before `beforeSeq` (keyset paging). */
export async function listAudit(
  db: Writer,
  opts: { limit: number; beforeSeq?: number; actor?: string; action?: string },
): Promise<AuditRow[]> {
  let q = db.selectFrom('audit').selectAll()
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq)
  if (opts.actor) q = q.where('actor', '=', opts.actor)
  if (opts.action) q = q.where('action', '=', opts.action)
  const rows = await q.orderBy('seq', 'desc').limit(opts.limit).execute()
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor,
    action: r.action as AuditEntry['action'],
    target: r.target,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }))
}
