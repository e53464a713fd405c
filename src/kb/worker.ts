import { hostname } from 'node:os'
import type { LoadedData } from '../data/index.js'
import { ArmsgraphError, isArmsgraphError } from '../errors.js'
import { claimJobs, finishJob, queuedCount, type Job } from '../store/jobs.js'
import type { Store } from '../store/open-store.js'
import { insertDocument, isStored, type Writer } from '../store/write-documents.js'
import { consolidate } from '../store/recompute-events.js'
import { clearFailure, recordFailure } from './commit-batch.js'
import { buildIncoming, prepareRecord, type IncomingDocument } from './prepare-record.js'

export interface WorkerOptions {
  data: LoadedData
  /** Jobs taken per transaction. */
  batchSize?: number
  /** Exit when the queue is empty instead of waiting for more work. */
  untilEmpty?: boolean
  /** Poll interval when idle, in ms. */
  idleMs?: number
  name?: string
  signal?: AbortSignal
  onBatch?: (done: number, failed: number) => void
  clock?: () => Date
}

export interface WorkerSummary {
  name: string
  done: number
  failed: number
  seconds: number
}

/** PostgreSQL serialization failure and deadlock: the batch is simply taken again. */
function isRetryable(e: unknown): boolean {
  const code = (e as { code?: string }).code
  return code === '40001' || code === '40P01'
}

async function processJob(
  trx: Writer,
  job: Job,
  data: LoadedData,
  now: string,
): Promise<ArmsgraphError | null> {
  const item = JSON.parse(job.payload) as IncomingDocument
  try {
    const doc = buildIncoming(item)
    if (await isStored(trx, doc.id, doc.url)) return null
    await insertDocument(trx, prepareRecord(item, doc, data, now))
    await clearFailure(trx, item.origin)
    return null
  } catch (e) {
    const err = isArmsgraphError(e)
      ? e
      : new ArmsgraphError('ERR_INTERNAL', e instanceof Error ? e.message : String(e))
    await recordFailure(trx, item.origin, err.code, err.message, now)
    return err
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(t)
      resolve()
    })
  })

/**
 * Takes queued document jobs and processes each batch in the transaction that claimed it:
 * documents, transfers, events and the job's status commit together or not at all, so every
 * job's work lands exactly once even when workers are killed.
 */
export async function runWorker(store: Store, opts: WorkerOptions): Promise<WorkerSummary> {
  const name = opts.name ?? `${hostname()}:${process.pid}`
  const clock = opts.clock ?? (() => new Date())
  const batchSize = opts.batchSize ?? 20
  const started = performance.now()
  let done = 0
  let failed = 0
  let idle = opts.idleMs ?? 1000
  while (!opts.signal?.aborted) {
    let taken: number
    try {
      const result = await store.db.transaction().execute(async (trx) => {
        const jobs = await claimJobs(trx, store.dialect, batchSize)
        const now = clock().toISOString()
        let bad = 0
        for (const job of jobs) {
          const error = await processJob(trx, job, opts.data, now)
          if (error) bad++
          await finishJob(
            trx,
            job,
            name,
            error
              ? { status: 'failed', error: `${error.message} [${error.code}]` }
              : { status: 'done' },
            now,
          )
        }
        await consolidate(trx, store.dialect, {}, now, store.assessor)
        return { taken: jobs.length, bad }
      })
      taken = result.taken
      done += result.taken - result.bad
      failed += result.bad
      if (taken > 0) opts.onBatch?.(done, failed)
    } catch (e) {
      if (!isRetryable(e)) throw e
      continue
    }
    if (taken > 0) {
      idle = opts.idleMs ?? 1000
      continue
    }
    if (opts.untilEmpty && (await queuedCount(store.db)) === 0) break
    await sleep(idle, opts.signal)
    idle = Math.min(idle * 2, 5000)
  }
  return { name, done, failed, seconds: (performance.now() - started) / 1000 }
}
