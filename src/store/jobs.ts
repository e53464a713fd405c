import { createHash } from 'node:crypto'
import type { Selectable, Transaction } from 'kysely'
import type { Database, JobsTable } from './schema.js'
import type { Writer } from './write-documents.js'

export type Job = Selectable<JobsTable>
export type JobKind = 'document'

/** Same URL, or same content without a URL, is queued once. */
export function dedupeKey(kind: JobKind, url: string | null | undefined, content: string): string {
  const basis = url ? `url:${url}` : `sha256:${createHash('sha256').update(content).digest('hex')}`
  return `${kind}:${basis}`
}

/** Queues a job unless the same work is already queued or done; true when it was added. */
export async function enqueue(
  db: Writer,
  kind: JobKind,
  payload: unknown,
  key: string,
  now: string,
): Promise<boolean> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind,
      payload: JSON.stringify(payload),
      dedupe_key: key,
      status: 'queued',
      attempts: 0,
      worker: null,
      error: null,
      created_at: now,
      started_at: null,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('seq')
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Takes up to `limit` queued jobs for this transaction. On PostgreSQL the rows are locked with
 * FOR UPDATE SKIP LOCKED, so concurrent workers take disjoint jobs and never wait for each
 * other; if the worker dies, its transaction rolls back and the jobs are queued again.
 */
export async function claimJobs(
  trx: Transaction<Database>,
  dialect: 'sqlite' | 'postgres',
  limit: number,
): Promise<Job[]> {
  const q = trx
    .selectFrom('jobs')
    .selectAll()
    .where('status', '=', 'queued')
    .orderBy('seq')
    .limit(limit)
  return dialect === 'postgres' ? q.forUpdate().skipLocked().execute() : q.execute()
}

export async function finishJob(
  db: Writer,
  job: Job,
  worker: string,
  outcome: { status: 'done' } | { status: 'failed'; error: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: outcome.status,
      error: outcome.status === 'failed' ? outcome.error : null,
      attempts: job.attempts + 1,
      worker,
      started_at: job.started_at ?? now,
      finished_at: now,
    })
    .where('seq', '=', job.seq)
    .execute()
}

export async function queuedCount(db: Writer): Promise<number> {
  const r = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'queued')
    .executeTakeFirst()
  return Number(r?.n ?? 0)
}
