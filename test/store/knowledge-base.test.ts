import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadData, type LoadedData } from '../../src/data/index.js'
import { actorLookup } from '../../src/kb/actor-lookup.js'
import { rebuildEvents, reextract } from '../../src/kb/reextract.js'
import { reviewEvent } from '../../src/kb/review-event.js'
import { runIngest, type IngestEntry } from '../../src/kb/run-ingest.js'
import type { EventSummary } from '../../src/kb/types.js'
import type { Store } from '../../src/store/open-store.js'
import { getEvent, listEvents, streamEvents } from '../../src/store/query-events.js'
import { KB_ARTICLES, incoming, type KbArticle } from '../helpers/kb-articles.js'
import { prng } from '../helpers/prng.js'
import { must } from '../helpers/must.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

let data: LoadedData
beforeAll(() => {
  data = loadData()
})

async function* entriesOf(articles: readonly KbArticle[]): AsyncGenerator<IngestEntry> {
  for (const a of articles) yield { ok: true, item: incoming(a) }
}

const page = { limit: 100, offset: 0 }

async function allEvents(store: Store): Promise<EventSummary[]> {
  const out: EventSummary[] = []
  for await (const e of streamEvents(store.db, { includeRejected: true }, actorLookup(data)))
    out.push(e)
  return out
}

describe.each(STORE_TARGETS)('knowledge base on $name', (target) => {
  let close: (() => Promise<void>) | null = null
  afterEach(async () => {
    await close?.()
    close = null
  })
  const open = async () => {
    const fresh = await freshStore(target)
    close = fresh.close
    return fresh.store
  }

  it.skipIf(!target.available)(
    'merges French and English reports of one flow into one event',
    async () => {
      const store = await open()
      const summary = await runIngest(store, entriesOf(KB_ARTICLES), { data })
      expect(summary).toMatchObject({ added: 6, skipped: 0, failed: 0 })
      const events = await listEvents(
        store.db,
        { supplier: 'KP', recipient: 'RU' },
        page,
        actorLookup(data),
      )
      const shells = must(events.find((e) => e.categories.includes('ammunition')))
      expect(shells.counts).toMatchObject({ documents: 3, publishers: 3, source_countries: 3 })
      expect(shells.languages).toEqual(['en', 'fr'])
      expect(shells.phase).toBe('delivered')
      expect(shells.first_reported).toBe('2023-10-13')
      expect(shells.last_reported).toBe('2024-02-27')
      // The 2025 missile report is two years later and about missiles: another event.
      const missiles = must(events.find((e) => e.categories.includes('missiles')))
      expect(missiles.id).not.toBe(shells.id)
      expect(missiles.counts.documents).toBe(1)
    },
  )

  it.skipIf(!target.available)(
    'keeps a denial beside the assertion and groups claims by side',
    async () => {
      const store = await open()
      await runIngest(store, entriesOf(KB_ARTICLES), { data })
      const [drones] = await listEvents(
        store.db,
        { supplier: 'IR', recipient: 'RU' },
        page,
        actorLookup(data),
      )
      expect(drones).toBeDefined()
      expect(drones?.contested).toBe(true)
      const detail = await getEvent(store.db, must(drones).id, actorLookup(data))
      expect(detail?.claims.supplier.map((c) => c.stance)).toContain('denies')
      expect(detail?.claims.third_party.map((c) => c.stance)).toContain('asserts')
      expect(detail?.supports[0]?.evidence[0]?.text).toContain('Shahed-136')
    },
  )

  it.skipIf(!target.available)(
    'stores the same text or URL once, however often it is ingested',
    async () => {
      const store = await open()
      await runIngest(store, entriesOf(KB_ARTICLES), { data })
      const again = await runIngest(store, entriesOf(KB_ARTICLES), { data })
      expect(again).toMatchObject({ added: 0, skipped: 6, failed: 0 })
      const sameUrl = {
        ...must(KB_ARTICLES[0]),
        text: `${must(KB_ARTICLES[0]).text}\n\nUpdated at noon.`,
      }
      const sameText = { ...must(KB_ARTICLES[1]), url: 'https://mirror.example/copy' }
      const dup = await runIngest(store, entriesOf([sameUrl, sameText]), { data })
      expect(dup).toMatchObject({ added: 0, skipped: 2 })
    },
  )

  it.skipIf(!target.available)(
    'gives the same events one document at a time, in any order, as a full rebuild',
    async () => {
      const store = await open()
      const r = prng(7)
      const shuffled = [...KB_ARTICLES].sort(() => r.next() - 0.5)
      for (const a of shuffled) await runIngest(store, entriesOf([a]), { data })
      const incremental = await allEvents(store)
      await rebuildEvents(store)
      const rebuilt = await allEvents(store)
      expect(rebuilt).toEqual(incremental)
      expect(incremental.length).toBe(3)
    },
  )

  it.skipIf(!target.available)(
    'keeps analyst reviews through re-extraction, and reviewed facts win',
    async () => {
      const store = await open()
      await runIngest(store, entriesOf(KB_ARTICLES), { data })
      const lookup = actorLookup(data)
      const [missiles] = await listEvents(
        store.db,
        { supplier: 'KP', category: 'missiles' },
        page,
        lookup,
      )
      await reviewEvent(store, must(missiles).id, {
        status: 'edited',
        edits: { certainty: 'confirmed' },
        reviewer: 'ana',
        actor: 'test',
      })
      const [drones] = await listEvents(store.db, { supplier: 'IR' }, page, lookup)
      await reviewEvent(store, must(drones).id, {
        status: 'rejected',
        note: 'test rejection',
        actor: 'test',
      })

      const summary = await reextract(store, { data })
      expect(summary.documents).toBe(6)

      const edited = await getEvent(store.db, must(missiles).id, lookup)
      expect(edited?.certainty).toBe('confirmed')
      expect(edited?.review).toMatchObject({ status: 'edited', reviewer: 'ana' })
      expect(await listEvents(store.db, { supplier: 'IR' }, page, lookup)).toEqual([])
      const withRejected = await listEvents(
        store.db,
        { supplier: 'IR', includeRejected: true },
        page,
        lookup,
      )
      expect(withRejected[0]?.review?.status).toBe('rejected')
    },
  )

  it.skipIf(!target.available)(
    'moves a review to the event that absorbs its documents',
    async () => {
      const store = await open()
      const lookup = actorLookup(data)
      // Ingest the later report first: it anchors an event that the earlier ones then join.
      const [fr, en1, en2] = [must(KB_ARTICLES[1]), must(KB_ARTICLES[0]), must(KB_ARTICLES[2])]
      await runIngest(store, entriesOf([en2]), { data })
      const [only] = await listEvents(store.db, { supplier: 'KP' }, page, lookup)
      await reviewEvent(store, must(only).id, { status: 'accepted', actor: 'test' })
      await runIngest(store, entriesOf([fr, en1]), { data })
      const [merged] = await listEvents(store.db, { supplier: 'KP' }, page, lookup)
      expect(merged?.counts.documents).toBe(3)
      expect(merged?.review?.status).toBe('accepted')
    },
  )

  it.skipIf(!target.available)(
    'filters events by category, dates, certainty and corroboration',
    async () => {
      const store = await open()
      await runIngest(store, entriesOf(KB_ARTICLES), { data })
      const lookup = actorLookup(data)
      const ids = async (f: Parameters<typeof listEvents>[1]) =>
        (await listEvents(store.db, f, page, lookup)).map(
          (e) => `${e.supplier.id}>${e.recipient.id}:${e.categories.join('+')}`,
        )
      expect(await ids({ category: 'drones' })).toEqual(['IR>RU:drones'])
      expect(await ids({ since: '2025' })).toEqual(['KP>RU:missiles'])
      expect(await ids({ until: '2022-12' })).toEqual(['IR>RU:drones'])
      expect(await ids({ minSources: 2 })).toEqual(['KP>RU:ammunition'])
      expect(await ids({ certainty: 'alleged' })).toEqual(['KP>RU:missiles'])
      expect(await ids({ actor: 'IR' })).toEqual(['IR>RU:drones'])
    },
  )

  it.skipIf(!target.available)(
    'records a failing document and goes on with the batch',
    async () => {
      const store = await open()
      async function* mixed(): AsyncGenerator<IngestEntry> {
        yield { ok: true, item: incoming(must(KB_ARTICLES[0])) }
        yield {
          ok: true,
          item: {
            ...incoming(must(KB_ARTICLES[1])),
            origin: 'blank.txt',
            input: { content: '  \n ' },
          },
        }
        yield { ok: true, item: incoming(must(KB_ARTICLES[2])) }
      }
      const summary = await runIngest(store, mixed(), { data })
      expect(summary).toMatchObject({ added: 2, failed: 1 })
      expect(summary.failures[0]).toMatchObject({ origin: 'blank.txt', code: 'ERR_INPUT_EMPTY' })
      const failures = await store.db.selectFrom('failures').selectAll().execute()
      expect(failures.map((f) => f.origin)).toEqual(['blank.txt'])
    },
  )
})
