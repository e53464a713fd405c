import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadData, type LoadedData } from '../../src/data/index.js'
import { extract } from '../../src/extract/index.js'
import { actorLookup } from '../../src/kb/actor-lookup.js'
import { runIngest, type IngestEntry } from '../../src/kb/run-ingest.js'
import { listEvents } from '../../src/store/query-events.js'
import { incoming, type KbArticle } from '../helpers/kb-articles.js'
import { must } from '../helpers/must.js'
import { ONE_FLOW, oneFlowArticles } from '../helpers/one-flow-articles.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

// Issue [6]: a report in any language gives the actor ids and categories an English one gives,
// so reports of one flow in ten languages are one event.

let data: LoadedData
beforeAll(() => {
  data = loadData()
})

async function* entriesOf(articles: readonly KbArticle[]): AsyncGenerator<IngestEntry> {
  for (const a of articles) yield { ok: true, item: incoming(a) }
}

describe('one flow in every language', () => {
  it('covers every language the data has', () => {
    expect(Object.keys(ONE_FLOW).sort()).toEqual(Object.keys(data.languages).sort())
  })

  it.each(Object.entries(ONE_FLOW))('%s: North Korea → Russia, ammunition', (lang, a) => {
    const out = extract({ content: a.body, title: a.title, published: '2023-10-13' }, data)
    expect(out.document.language).toBe(lang)
    expect(out.transfers.map((t) => [t.supplier.id, t.recipient.id, t.categories])).toEqual([
      ['KP', 'RU', ['ammunition']],
    ])
    expect(out.transfers[0]?.phase).toBe('delivered')
  })
})

describe.each(STORE_TARGETS)('one flow in every language on $name', (target) => {
  let close: (() => Promise<void>) | null = null
  afterEach(async () => {
    await close?.()
    close = null
  })

  it.skipIf(!target.available)('consolidates into one event with every language', async () => {
    const fresh = await freshStore(target)
    close = fresh.close
    const articles = oneFlowArticles()
    const summary = await runIngest(fresh.store, entriesOf(articles), { data })
    expect(summary).toMatchObject({ added: articles.length, failed: 0 })
    const events = await listEvents(
      fresh.store.db,
      { supplier: 'KP', recipient: 'RU' },
      { limit: 10, offset: 0 },
      actorLookup(data),
    )
    expect(events).toHaveLength(1)
    const event = must(events[0])
    expect(event.counts.documents).toBe(articles.length)
    expect(event.languages).toEqual(Object.keys(ONE_FLOW).sort())
    expect(event.categories).toEqual(['ammunition'])
  })
})
