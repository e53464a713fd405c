import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { loadRules } from '../../src/assess/index.js'
import { loadData } from '../../src/data/index.js'
import { actorLookup } from '../../src/kb/actor-lookup.js'
import { ensureAssessed } from '../../src/kb/event-assessment.js'
import { runIngest, type IngestEntry } from '../../src/kb/run-ingest.js'
import { listEvents } from '../../src/store/query-events.js'
import { KB_ARTICLES, incoming } from '../helpers/kb-articles.js'
import { must } from '../helpers/must.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

const hasRules = existsSync(new URL('../../data/embargoes.yaml', import.meta.url))
const data = loadData()
const lookup = actorLookup(data)
const page = { limit: 100, offset: 0 }

async function* entries(): AsyncGenerator<IngestEntry> {
  for (const a of KB_ARTICLES) yield { ok: true, item: incoming(a) }
}

describe.each(STORE_TARGETS)('embargo assessment of stored events on $name', (target) => {
  let close: (() => Promise<void>) | null = null
  afterEach(async () => {
    await close?.()
    close = null
  })

  it.skipIf(!target.available || !hasRules)(
    'assesses every event, filters on it, and follows rule changes',
    async () => {
      const fresh = await freshStore(target)
      close = fresh.close
      const { store } = fresh
      const rules = loadRules()
      await ensureAssessed(store, rules)
      await runIngest(store, entries(), { data })

      const shells = must(
        (await listEvents(store.db, { supplier: 'KP', category: 'ammunition' }, page, lookup))[0],
      )
      expect(shells.assessment.map((v) => [v.instrument, v.status])).toEqual([
        ['UNSCR 1718', 'breach'],
      ])
      expect(shells.assessment[0]?.reason).toMatch(/\.$/)

      const un = await listEvents(store.db, { breach: 'UN' }, page, lookup)
      expect(un.map((e) => e.id)).toContain(shells.id)
      expect(await listEvents(store.db, { breach: 'EU' }, page, lookup)).toEqual([])

      // New rules without the DPRK regime: the stored verdicts follow, once.
      const without = {
        ...rules,
        version: `${rules.version}-test`,
        instruments: rules.instruments.filter((i) => i.id !== 'UNSCR 1718'),
      }
      expect(await ensureAssessed(store, without)).toBeGreaterThan(0)
      expect(await ensureAssessed(store, without)).toBe(0)
      const after = must(
        (await listEvents(store.db, { supplier: 'KP', category: 'ammunition' }, page, lookup))[0],
      )
      expect(after.assessment).toEqual([])
      expect(
        (await listEvents(store.db, { breach: 'UN' }, page, lookup)).map((e) => e.id),
      ).not.toContain(shells.id)
    },
  )
})
