import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { genArticle } from '../../scripts/gen-corpus.js'
import { loadRules } from '../../src/assess/index.js'
import { loadData, type LoadedData } from '../../src/data/index.js'
import { actorLookup } from '../../src/kb/actor-lookup.js'
import { ensureAssessed } from '../../src/kb/event-assessment.js'
import { rebuildEvents } from '../../src/kb/reextract.js'
import { runIngest, type IngestEntry } from '../../src/kb/run-ingest.js'
import type { EventSummary } from '../../src/kb/types.js'
import type { Store } from '../../src/store/open-store.js'
import { streamEvents } from '../../src/store/query-events.js'
import { hasDist, startCli, type Run } from '../helpers/cli-binary.js'
import { KB_ARTICLES, incoming } from '../helpers/kb-articles.js'
import { must } from '../helpers/must.js'
import { newsEn } from '../helpers/news-en.js'
import { newsFr } from '../helpers/news-fr.js'
import { prng, type Prng } from '../helpers/prng.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

/*
 * kill -9 at random moments (seeded) while the built CLI writes, on SQLite and PostgreSQL; after
 * each kill the store must hold only whole transactions, and a re-run must finish the work
 * without duplicates. test/cli/knowledge-base.test.ts already kills one SQLite ingest at a
 * fixed point; this covers both stores, several moments and review writes.
 */

let data: LoadedData
let work = ''
beforeAll(() => {
  data = loadData()
  work = mkdtempSync(join(tmpdir(), 'armsgraph-crash-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August']
const MONTHS_MORE = ['September', 'October', 'November', 'December']

/**
 * A folder of generated articles (our templates), some of them stored twice under another name:
 * the store must end with one document per distinct text. Returns the number of distinct texts.
 */
function writeFolder(dir: string, n: number, seed: number): number {
  mkdirSync(dir, { recursive: true })
  const r = prng(seed)
  const texts: string[] = []
  for (let i = 0; i < n; i++) {
    const a = genArticle(i % 2 ? newsFr : newsEn, r, i)
    const [title, ...body] = a.text.split('\n\n')
    const [y, m, d] = a.published.split('-').map(Number)
    // An English dateline gives the articles different days, so events have distinct windows.
    const dateline = i % 2 ? [] : [`${[...MONTHS, ...MONTHS_MORE][(m ?? 1) - 1]} ${d}, ${y}`]
    texts.push([title, ...dateline, ...body, `Ref ${seed}-${i}.`].join('\n\n'))
  }
  texts.forEach((t, i) => writeFileSync(join(dir, `a-${String(i).padStart(4, '0')}.txt`), t))
  for (let i = 0; i < n; i += 17)
    writeFileSync(join(dir, `copy-${String(i).padStart(4, '0')}.txt`), must(texts[i]))
  return n
}

async function count(store: Store, table: 'documents' | 'reviews'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

async function allEvents(store: Store): Promise<EventSummary[]> {
  const out: EventSummary[] = []
  for await (const e of streamEvents(store.db, { includeRejected: true }, actorLookup(data)))
    out.push(e)
  return out
}

/** What every committed state must satisfy, whatever moment the writer died at. */
async function expectWhole(store: Store, distinct: number): Promise<void> {
  const docs = await store.db
    .selectFrom('documents')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.count<number>('id').distinct().as('d'),
    ])
    .executeTakeFirstOrThrow()
  expect(Number(docs.n)).toBe(Number(docs.d))
  expect(Number(docs.n)).toBeLessThanOrEqual(distinct)
  const twice = await store.db
    .selectFrom('transfers')
    .select(['document_id', 'supplier', 'recipient'])
    .groupBy(['document_id', 'supplier', 'recipient'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute()
  expect(twice).toEqual([])
  // Documents, transfers and their events commit together: nothing is left unconsolidated.
  const loose = await store.db
    .selectFrom('transfers')
    .select('seq')
    .where('event_id', 'is', null)
    .execute()
  expect(loose).toEqual([])
  // The CLI assessed with the same rules: nothing to re-assess, and a rebuild changes nothing.
  expect(await ensureAssessed(store, loadRules())).toBe(0)
  const incremental = await allEvents(store)
  await rebuildEvents(store)
  expect(await allEvents(store)).toEqual(incremental)
}

/**
 * Whether some other process is inside a write transaction right now: PostgreSQL lists the
 * row locks of this store's schema; SQLite refuses a second writer at once.
 */
async function writerActive(store: Store): Promise<boolean> {
  if (store.dialect === 'sqlite') {
    const probe = new BetterSqlite3(store.location.target, { timeout: 0 })
    try {
      probe.exec('BEGIN IMMEDIATE')
      probe.exec('ROLLBACK')
      return false
    } catch {
      return true
    } finally {
      probe.close()
    }
  }
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM pg_locks l
    JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE s.nspname = ${store.location.schema} AND c.relname = 'reviews'
      AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()`.execute(store.db)
  return Number(rows[0]?.n ?? 0) > 0
}

/** Starts the CLI and kills it `jitter` ms after `ready()` holds or `within` ms have passed. */
async function killWhen(
  args: string[],
  ready: () => Promise<boolean>,
  within: number,
  jitter: number,
): Promise<Run & { signal: NodeJS.Signals | null }> {
  const run = startCli(args)
  let exited = false
  void run.done.then(() => (exited = true))
  const deadline = Date.now() + within
  while (!exited && Date.now() < deadline && !(await ready())) await sleep(15)
  await sleep(jitter)
  run.child.kill('SIGKILL')
  return run.done
}

describe.each(STORE_TARGETS)('crash safety on $name', (target) => {
  let close: (() => Promise<void>) | null = null
  afterEach(async () => {
    await close?.()
    close = null
  })

  it.skipIf(!target.available || !hasDist)(
    'an ingest killed at random moments keeps whole batches and resumes without duplicates',
    async () => {
      const fresh = await freshStore(target)
      close = fresh.close
      const { store, spec } = fresh
      const folder = join(work, `ingest-${target.name}`)
      const distinct = writeFolder(folder, 240, 31)
      const r = prng(target.name === 'sqlite' ? 5 : 6)
      const ingest = (batch: number) => [
        'ingest',
        folder,
        '--db',
        spec,
        '--batch',
        String(batch),
        '--format',
        'json',
      ]
      let kills = 0
      for (let round = 0; round < 4; round++) {
        const before = await count(store, 'documents')
        // Round 0 dies at a random time, perhaps before its first commit; later rounds once a
        // random number of further documents is in, so the kill lands amid the writes.
        const goal = before + r.int(10, 50)
        const startedAt = Date.now()
        const wait = r.int(200, 3000)
        const result = await killWhen(
          ingest(r.int(3, 12)),
          async () =>
            round === 0
              ? Date.now() - startedAt >= wait
              : (await count(store, 'documents')) >= goal,
          60_000,
          r.int(0, 40),
        )
        if (result.signal === 'SIGKILL') kills++
        else expect(result.status, result.stderr).toBe(0)
        await expectWhole(store, distinct)
      }
      expect(kills).toBeGreaterThan(0)

      const before = await count(store, 'documents')
      const last = await startCli(ingest(25)).done
      expect(last.status, last.stderr).toBe(0)
      const summary = JSON.parse(last.stdout) as { added: number; skipped: number; failed: number }
      expect(summary.failed).toBe(0)
      expect(summary.added).toBe(distinct - before)
      expect(await count(store, 'documents')).toBe(distinct)
      await expectWhole(store, distinct)
    },
    300_000,
  )

  it.skipIf(!target.available || !hasDist)(
    'reviews killed at random moments are whole or absent, and events show the latest',
    async () => {
      const fresh = await freshStore(target)
      close = fresh.close
      const { store, spec } = fresh
      await ensureAssessed(store, loadRules())
      // Many reports of one flow make one big event, whose re-consolidation keeps a review's
      // transaction open long enough for some kills to land inside it.
      const shells = must(KB_ARTICLES[0])
      async function* entries(): AsyncGenerator<IngestEntry> {
        for (const a of KB_ARTICLES) yield { ok: true, item: incoming(a) }
        for (let i = 0; i < 150; i++)
          yield {
            ok: true,
            item: incoming({
              ...shells,
              url: `${shells.url}/${i}`,
              publisher: `Wire ${i % 9}`,
              text: `${shells.text}\n\nUpdate ${i}.`,
            }),
          }
      }
      await runIngest(store, entries(), { data, batchSize: 50 })
      const ids = (await allEvents(store)).map((e) => e.id)
      expect(ids.length).toBeGreaterThanOrEqual(3)
      const big = must(
        (await allEvents(store)).sort((a, b) => b.counts.documents - a.counts.documents)[0],
      ).id

      const actions: Array<[string[], string]> = [
        [['--accept'], 'accepted'],
        [['--reject'], 'rejected'],
        [['--certainty', 'confirmed'], 'edited'],
      ]
      const review = (i: number, r: Prng) => {
        const [flags] = r.pick(actions)
        const id = r.chance(0.6) ? big : r.pick(ids)
        return ['review', id, ...flags, '--note', `run ${i}`, '--db', spec]
      }
      // One uninterrupted run measures how long a review process lives on this machine.
      const r = prng(target.name === 'sqlite' ? 17 : 18)
      const t0 = Date.now()
      const first = await startCli(review(0, r)).done
      expect(first.status, first.stderr).toBe(0)
      const lifetime = Date.now() - t0
      const completed = new Set(['run 0'])
      // Drawn up front, so the seed fixes every plan whatever order the processes finish in.
      const plans = Array.from({ length: 12 }, (_, k) => ({
        note: `run ${k + 1}`,
        args: review(k + 1, r),
        // A third die at a random moment of their life, a third inside their write
        // transaction, a third run to the end.
        kill: r.pick(['timed', 'in-write', 'none'] as const),
        after: r.int(lifetime / 3, lifetime * 1.2),
        jitter: r.int(0, 15),
      }))
      let kills = 0
      // Two at a time, so a kill can also land while the other process waits for the lock (the
      // pair lock on PostgreSQL; on SQLite the write lock that BEGIN IMMEDIATE takes up front).
      const width = 2
      for (let i = 0; i < plans.length; i += width) {
        const wave = plans.slice(i, i + width).map(async (plan) => {
          const result =
            plan.kill === 'none'
              ? await startCli(plan.args).done
              : plan.kill === 'timed'
                ? await killWhen(plan.args, () => Promise.resolve(false), plan.after, 0)
                : await killWhen(plan.args, () => writerActive(store), lifetime * 4, plan.jitter)
          if (result.signal === 'SIGKILL') kills++
          else {
            expect(result.status, result.stderr).toBe(0)
            completed.add(plan.note)
          }
        })
        await Promise.all(wave)
      }
      expect(kills).toBeGreaterThan(0)

      const reviews = await store.db.selectFrom('reviews').selectAll().orderBy('seq').execute()
      const notes = reviews.map((v) => v.note ?? '')
      for (const note of completed) expect(notes.filter((n) => n === note)).toHaveLength(1)
      expect(new Set(notes).size).toBe(notes.length)
      for (const v of reviews) {
        expect(['accepted', 'rejected', 'edited']).toContain(v.status)
        expect(typeof JSON.parse(v.edits)).toBe('object')
        expect(Array.isArray(JSON.parse(v.documents))).toBe(true)
        expect(Number.isNaN(Date.parse(v.at))).toBe(false)
      }
      // Each review committed with its audit row, never one without the other.
      const audited = await store.db
        .selectFrom('audit')
        .select('detail')
        .where('action', '=', 'review')
        .execute()
      expect(audited.map((a) => (JSON.parse(a.detail) as { note: string }).note).sort()).toEqual(
        [...notes].sort(),
      )
      const latest = new Map(reviews.map((v) => [v.event_id, v.status]))
      const events = await store.db.selectFrom('events').select(['id', 'review_status']).execute()
      for (const e of events) expect(e.review_status, e.id).toBe(latest.get(e.id) ?? null)
      await expectWhole(store, Number.MAX_SAFE_INTEGER)
    },
    300_000,
  )
})
