import { afterEach, describe, expect, it } from 'vitest'
import { genArticle } from '../../scripts/gen-corpus.js'
import { loadRules } from '../../src/assess/index.js'
import { loadData } from '../../src/data/index.js'
import { ensureAssessed } from '../../src/kb/event-assessment.js'
import { actorLookup } from '../../src/kb/actor-lookup.js'
import { rebuildEvents } from '../../src/kb/reextract.js'
import type { EventSummary } from '../../src/kb/types.js'
import { dedupeKey, enqueue } from '../../src/store/jobs.js'
import type { Store } from '../../src/store/open-store.js'
import { streamEvents } from '../../src/store/query-events.js'
import { hasDist, startCli } from '../helpers/cli-binary.js'
import { newsEn } from '../helpers/news-en.js'
import { newsFr } from '../helpers/news-fr.js'
import { prng } from '../helpers/prng.js'
import { must } from '../helpers/must.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

const postgres = must(STORE_TARGETS.find((t) => t.name === 'postgres'))
const data = loadData()

/** Queues n generated articles (our templates) as document jobs. */
async function queueArticles(store: Store, n: number, seed: number): Promise<number> {
  const r = prng(seed)
  let queued = 0
  for (let i = 0; i < n; i++) {
    const a = genArticle(i % 2 ? newsFr : newsEn, r, i)
    const content = `${a.text}\n\nRef ${seed}-${i}.`
    const item = {
      origin: `gen-${seed}-${i}`,
      input: { content, published: a.published },
      publisher: `Outlet ${i % 5}`,
      publisherCountry: null,
    }
    if (
      await enqueue(
        store.db,
        'document',
        item,
        dedupeKey('document', null, content),
        new Date().toISOString(),
      )
    )
      queued++
  }
  return queued
}

async function events(store: Store): Promise<EventSummary[]> {
  const out: EventSummary[] = []
  for await (const e of streamEvents(store.db, { includeRejected: true }, actorLookup(data)))
    out.push(e)
  return out
}

async function doneJobs(store: Store): Promise<number> {
  const r = await store.db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'done')
    .executeTakeFirst()
  return Number(r?.n ?? 0)
}

describe.skipIf(!postgres.available || !hasDist)('workers sharing one PostgreSQL store', () => {
  let close: (() => Promise<void>) | null = null
  afterEach(async () => {
    await close?.()
    close = null
  })

  it('three workers process every queued document exactly once', async () => {
    const fresh = await freshStore(postgres)
    close = fresh.close
    const { store, spec } = fresh
    expect(await queueArticles(store, 90, 11)).toBe(90)
    const workers = [1, 2, 3].map((n) =>
      startCli([
        'worker',
        '--db',
        spec,
        '--until-empty',
        '--batch',
        '4',
        '--name',
        `w${n}`,
        '--format',
        'json',
      ]),
    )
    const results = await Promise.all(workers.map((w) => w.done))
    for (const r of results) expect(r.status, r.stderr).toBe(0)
    const summaries = results.map((r) => JSON.parse(r.stdout) as { done: number; failed: number })
    expect(summaries.reduce((s, w) => s + w.done + w.failed, 0)).toBe(90)

    const jobs = await store.db
      .selectFrom('jobs')
      .select(['status', 'worker', 'attempts'])
      .execute()
    expect(
      jobs.every((j) => j.status === 'done' && j.attempts === 1 && /^w[123]$/.test(j.worker ?? '')),
    ).toBe(true)
    const docs = await store.db.selectFrom('documents').select('id').execute()
    expect(new Set(docs.map((d) => d.id)).size).toBe(90)
    // Concurrent consolidation under the pair locks equals a rebuild from scratch (with the
    // same embargo rules the workers applied).
    expect(await ensureAssessed(store, loadRules())).toBe(0)
    const concurrent = await events(store)
    await rebuildEvents(store)
    expect(await events(store)).toEqual(concurrent)
  })

  it("retries a killed worker's jobs without duplicates", async () => {
    const fresh = await freshStore(postgres)
    close = fresh.close
    const { store, spec } = fresh
    await queueArticles(store, 120, 23)
    const victim = startCli(['worker', '--db', spec, '--batch', '10', '--name', 'victim'])
    // Kill it mid-run: after at least one batch has committed, while it holds the next one.
    const deadline = Date.now() + 60_000
    while ((await doneJobs(store)) < 10 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50))
    victim.child.kill('SIGKILL')
    const killed = await victim.done
    expect(killed.signal).toBe('SIGKILL')
    const before = await doneJobs(store)
    expect(before).toBeGreaterThanOrEqual(10)
    expect(before).toBeLessThan(120)

    const rescuer = await startCli([
      'worker',
      '--db',
      spec,
      '--until-empty',
      '--name',
      'rescuer',
      '--format',
      'json',
    ]).done
    expect(rescuer.status, rescuer.stderr).toBe(0)
    const jobs = await store.db.selectFrom('jobs').select(['status', 'worker']).execute()
    expect(jobs.filter((j) => j.status === 'done')).toHaveLength(120)
    const docs = await store.db.selectFrom('documents').select('id').execute()
    expect(docs).toHaveLength(120)
    expect(new Set(docs.map((d) => d.id)).size).toBe(120)
  })
})
