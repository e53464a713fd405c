import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadRules } from '../../src/assess/index.js'
import { loadData } from '../../src/data/index.js'
import { ensureAssessed } from '../../src/kb/event-assessment.js'
import { buildApp } from '../../src/server/app.js'
import type { ImportStatus } from '../../src/server/imports.js'
import type { DocumentReading, GraphView, MapView, TimelineView } from '../../src/views/types.js'
import { postKbArticles } from '../helpers/kb-articles.js'
import { bearerFetch, tokenFor } from '../helpers/api-client.js'
import { must } from '../helpers/must.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

const data = loadData()
const rules = loadRules()

/** A page and a feed on loopback, for URL imports (allowed here by allowPrivateNetwork). */
function newsSite(): Promise<{ server: Server; base: string }> {
  let base = ''
  const server = createServer((req, res) => {
    if (req.url === '/rss') {
      res.setHeader('content-type', 'application/rss+xml')
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette du Port</title>
        <item><title>Des chars pour Kiev</title><link>${base}/chars</link><pubDate>Tue, 28 Mar 2023 08:00:00 GMT</pubDate></item>
        </channel></rss>`)
    } else if (req.url === '/chars') {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(
        '<html lang="fr"><body><article><h1>Des chars pour Kiev</h1><p>Le Canada a livré quatre chars Leopard 2 à l’Ukraine, a annoncé mardi la ministre canadienne de la Défense.</p></article></body></html>',
      )
    } else {
      res.statusCode = 404
      res.end('not here')
    }
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      resolve({ server, base })
    }),
  )
}

describe.each(STORE_TARGETS)('dashboard API on $name', (target) => {
  let app: FastifyInstance | null = null
  let base = ''
  let close: (() => Promise<void>) | null = null
  let call: typeof fetch = fetch
  let site: { server: Server; base: string } | null = null
  const webDir = mkdtempSync(join(tmpdir(), 'armsgraph-web-'))

  beforeAll(async () => {
    if (!target.available) return
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>armsgraph test shell</title>')
    mkdirSync(join(webDir, 'assets'))
    writeFileSync(join(webDir, 'assets', 'app-0123abcd.js'), 'console.log("shell")\n')
    site = await newsSite()
    const fresh = await freshStore(target)
    close = fresh.close
    await ensureAssessed(fresh.store, rules)
    call = bearerFetch(await tokenFor(fresh.store, 'admin'))
    app = buildApp({ store: fresh.store, data, rules, webDir, allowPrivateNetwork: true })
    await app.listen({ host: '127.0.0.1', port: 0 })
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    expect(new Set(await postKbArticles(`${base}/api/v1`, call))).toEqual(new Set([201]))
  })
  afterAll(async () => {
    await app?.close()
    await close?.()
    site?.server.close()
    rmSync(webDir, { recursive: true, force: true })
  })

  const get = async <T>(path: string) => {
    const r = await call(`${base}/api/v1${path}`)
    return { status: r.status, body: (await r.json()) as T }
  }

  it.skipIf(!target.available)(
    'draws the network: weighted edges, certainty, breaches, filters',
    async () => {
      const { body: graph } = await get<GraphView>('/graph')
      const kpRu = must(graph.edges.find((e) => e.supplier === 'KP' && e.recipient === 'RU'))
      // Three reports of the 2023 shells are one event; the 2025 missiles are another.
      expect(kpRu).toMatchObject({ events: 2, certainty: 'confirmed', breaches: 2 })
      expect(kpRu.sources).toBeGreaterThanOrEqual(3)
      expect(kpRu.categories).toEqual(expect.arrayContaining(['ammunition', 'missiles']))
      const irRu = must(graph.edges.find((e) => e.supplier === 'IR' && e.recipient === 'RU'))
      expect(irRu.events).toBe(1)
      expect(graph.nodes.map((n) => n.id)).toEqual(['IR', 'KP', 'RU'])
      expect(must(graph.nodes.find((n) => n.id === 'RU'))).toMatchObject({
        name: 'Russia',
        supplies: 0,
        receives: 3,
      })
      const filtered = (await get<GraphView>('/graph?supplier=IR')).body
      expect(filtered.edges.map((e) => `${e.supplier}>${e.recipient}`)).toEqual(['IR>RU'])
      const limited = (await get<GraphView>('/graph?limit=1')).body
      expect(limited.edges).toHaveLength(1)
      expect(limited.truncated).toBe(1)
      expect((await get<{ error: { message: string } }>('/graph?limit=x')).status).toBe(400)
    },
  )

  it.skipIf(!target.available)('counts events per month by category or certainty', async () => {
    const { body: t } = await get<TimelineView>('/timeline')
    expect(t.by).toBe('category')
    expect(t.months[0]).toBe('2022-10')
    expect(t.months.at(-1)).toBe('2025-11')
    // Gaps are filled: one entry per month from the first to the last.
    expect(t.months).toHaveLength(38)
    const ammunition = must(t.series.find((s) => s.key === 'ammunition'))
    expect(ammunition.counts).toHaveLength(38)
    expect(ammunition.counts.reduce((a, b) => a + b, 0)).toBe(1)
    expect(t.total).toBe(3)
    const byCertainty = (await get<TimelineView>('/timeline?by=certainty&supplier=KP')).body
    // The 2023 shells are confirmed; the 2025 missiles only attributed to Ukrainian intelligence.
    expect(byCertainty.series.map((s) => s.key)).toEqual(['confirmed', 'alleged'])
    expect(byCertainty.total).toBe(2)
    const empty = (await get<TimelineView>('/timeline?supplier=FR')).body
    expect(empty).toEqual({ by: 'category', months: [], series: [], total: 0 })
  })

  it.skipIf(!target.available)('places flows on the map', async () => {
    const { body: map } = await get<MapView>('/map')
    const kpRu = must(map.flows.find((f) => f.supplier === 'KP' && f.recipient === 'RU'))
    expect(kpRu.from).toMatchObject({ id: 'KP', name: 'North Korea', numeric: '408' })
    expect(kpRu.to).toMatchObject({ id: 'RU', numeric: '643' })
    expect(kpRu.from.lon).toBeGreaterThan(124)
    expect(kpRu.from.lon).toBeLessThan(131)
    expect(kpRu.from.lat).toBeGreaterThan(37)
    expect(kpRu.from.lat).toBeLessThan(43)
    expect(map.unplaced).toEqual([])
  })

  it.skipIf(!target.available)('sorts and filters events by review status', async () => {
    type Page = { events: Array<{ id: string; window: { start: string; end: string } }> }
    const oldest = (await get<Page>('/events?sort=oldest')).body.events
    const starts = oldest.map((e) => e.window.start)
    expect(starts).toEqual([...starts].sort())
    const recent = (await get<Page>('/events?sort=recent')).body.events
    const ends = recent.map((e) => e.window.end)
    expect(ends).toEqual([...ends].sort().reverse())
    const queue = (await get<Page>('/events?review=unreviewed')).body.events
    expect(queue).toHaveLength(3)
    const first = must(queue[0])
    const r = await call(`${base}/api/v1/events/${encodeURIComponent(first.id)}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'accepted', reviewer: 'views-test' }),
    })
    expect(r.status).toBe(201)
    const after = (await get<Page>('/events?review=unreviewed')).body.events
    expect(after.map((e) => e.id)).not.toContain(first.id)
    const accepted = (await get<Page>('/events?review=accepted')).body.events
    expect(accepted.map((e) => e.id)).toEqual([first.id])
    expect((await get('/events?sort=sideways')).status).toBe(400)
  })

  it.skipIf(!target.available)('forgets cached views when an event is rejected', async () => {
    const before = (await get<GraphView>('/graph')).body
    expect(before.edges.some((e) => e.supplier === 'IR')).toBe(true)
    const ir = (await get<{ events: Array<{ id: string }> }>('/events?supplier=IR')).body
    const id = must(ir.events[0]).id
    await call(`${base}/api/v1/events/${encodeURIComponent(id)}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'rejected', note: 'test' }),
    })
    const after = (await get<GraphView>('/graph')).body
    expect(after.edges.some((e) => e.supplier === 'IR')).toBe(false)
    const withRejected = (await get<GraphView>('/graph?include_rejected=true')).body
    expect(withRejected.edges.some((e) => e.supplier === 'IR')).toBe(true)
  })

  it.skipIf(!target.available)('exports in every format as a download', async () => {
    const csv = await call(`${base}/api/v1/export?format=csv&supplier=KP`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="armsgraph-events-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const lines = (await csv.text()).trim().split('\n')
    expect(lines[0]).toMatch(/^id,supplier,/)
    expect(lines).toHaveLength(3)
    const jsonl = await (await call(`${base}/api/v1/export?format=jsonl&supplier=KP`)).text()
    const events = jsonl
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { supplier: { id: string }; documents: unknown[] })
    expect(events.map((e) => e.supplier.id)).toEqual(['KP', 'KP'])
    for (const format of ['graphml', 'gexf']) {
      const r = await call(`${base}/api/v1/export?format=${format}`)
      expect(r.headers.get('content-type')).toMatch(/\+xml/)
      expect(await r.text()).toMatch(/^<\?xml/)
    }
    const register = await (await call(`${base}/api/v1/export?format=register`)).text()
    expect(register.split('\n')[0]).toMatch(/supplier/i)
    expect((await call(`${base}/api/v1/export?format=pdf`)).status).toBe(400)
  })

  it.skipIf(!target.available)(
    'reads a document with its mentions, transfers and events',
    async () => {
      const docs = (await get<{ documents: Array<{ id: string; title: string }> }>('/documents'))
        .body.documents
      const doc = must(docs.find((d) => d.title === 'Drones from Tehran'))
      const { body: reading } = await get<DocumentReading>(`/documents/${doc.id}`)
      expect(reading.text.startsWith('Drones from Tehran\n\n')).toBe(true)
      expect(reading.segments.map((s) => s.kind)).toEqual(['title', 'body'])
      for (const m of reading.mentions) {
        expect(m.end).toBeGreaterThan(m.start)
        expect(reading.text.slice(m.start, m.end).trim()).not.toBe('')
      }
      const actor = (surface: string) =>
        reading.mentions.find(
          (m) => m.kind === 'actor' && reading.text.slice(m.start, m.end) === surface,
        )
      expect(actor('Iran')).toMatchObject({ id: 'IR', label: 'Iran' })
      expect(actor('Russia')).toMatchObject({ id: 'RU' })
      expect(reading.mentions.some((m) => m.kind === 'weapon')).toBe(true)
      const transfer = must(reading.transfers[0])
      expect(transfer).toMatchObject({ supplier: { id: 'IR' }, recipient: { id: 'RU' } })
      expect(transfer.event_id).toMatch(/^IR-RU-/)
      const evidence = must(transfer.evidence[0])
      expect(reading.text.slice(evidence.start, evidence.end)).toBe(evidence.text)
      expect(reading.headline_unsupported).toBe(false)
    },
  )

  it.skipIf(!target.available)('flags a headline the body does not support', async () => {
    const r = await call(`${base}/api/v1/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Iran ships ballistic missiles to Russia',
        text: 'Officials in Kyiv discussed winter energy supplies with European partners on Monday. The talks covered gas storage and grid repairs.',
        published: '2024-01-15',
      }),
    })
    const status = (await r.json()) as ImportStatus
    const id = must(status.documents[0]).id
    const { body: reading } = await get<DocumentReading>(`/documents/${id}`)
    expect(reading.headline_unsupported).toBe(true)
    expect(reading.transfers.filter((t) => t.in_headline_only)).toHaveLength(1)
  })

  it.skipIf(!target.available)(
    'ingests uploaded files and reports the documents and events found',
    async () => {
      const form = new FormData()
      form.append(
        'file',
        new Blob([
          'Leopard tanks for Kyiv\n\nGermany delivered 18 Leopard 2A6 tanks to Ukraine in March 2023, the German defence ministry said.',
        ]),
        'leopards.txt',
      )
      form.append(
        'file',
        new Blob([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0, 0])]),
        'program.bin',
      )
      const r = await call(`${base}/api/v1/documents`, { method: 'POST', body: form })
      expect(r.status).toBe(201)
      const status = (await r.json()) as ImportStatus
      expect(status).toMatchObject({ status: 'done', added: 1, failed: 1, total: 2 })
      expect(status.failures[0]?.origin).toBe('program.bin')
      expect(status.failures[0]?.message).not.toMatch(/armsgraph-upload/)
      expect(status.documents).toEqual([
        { id: expect.any(String) as string, title: 'Leopard tanks for Kyiv', added: true },
      ])
      expect(status.events).toEqual([expect.stringMatching(/^DE-UA-/)])
      const again = await call(`${base}/api/v1/documents`, {
        method: 'POST',
        body: (() => {
          const f = new FormData()
          f.append(
            'file',
            new Blob([
              'Leopard tanks for Kyiv\n\nGermany delivered 18 Leopard 2A6 tanks to Ukraine in March 2023, the German defence ministry said.',
            ]),
            'same.txt',
          )
          return f
        })(),
      })
      expect(again.status).toBe(200)
      expect(((await again.json()) as ImportStatus).skipped).toBe(1)
      const none = await call(`${base}/api/v1/documents`, {
        method: 'POST',
        body: new FormData(),
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
      })
      expect(none.status).toBe(400)
    },
  )

  it.skipIf(!target.available)('imports a feed by URL and reports progress', async () => {
    const r = await call(`${base}/api/v1/imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${must(site).base}/rss` }),
    })
    expect(r.status).toBe(202)
    const started = (await r.json()) as ImportStatus
    expect(started.status).toBe('running')
    let status = started
    for (let i = 0; i < 100 && status.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      status = (await get<ImportStatus>(`/imports/${started.id}`)).body
    }
    expect(status).toMatchObject({ status: 'done', processed: 1, added: 1, failed: 0 })
    expect(status.events).toEqual([expect.stringMatching(/^CA-UA-/)])
    expect((await get(`/imports/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`)).status).toBe(
      404,
    )
    expect((await get('/imports/not-an-id')).status).toBe(400)
  })

  it.skipIf(!target.available)(
    'serves the dashboard shell for app routes, JSON errors under /api',
    async () => {
      for (const path of ['/', '/network', '/events/KP-RU-123', '/review?supplier=KP']) {
        const r = await call(`${base}${path}`)
        expect(r.status, path).toBe(200)
        expect(r.headers.get('content-type'), path).toMatch(/^text\/html/)
        expect(await r.text(), path).toMatch(/armsgraph test shell/)
      }
      const asset = await call(`${base}/assets/app-0123abcd.js`)
      expect(asset.headers.get('content-type')).toMatch(/javascript/)
      expect(asset.headers.get('cache-control')).toMatch(/immutable/)
      // Written after the server started: still served (a rebuild needs no restart).
      writeFileSync(join(webDir, 'assets', 'late-4567ef.js'), 'void 0\n')
      expect((await call(`${base}/assets/late-4567ef.js`)).status).toBe(200)
      const api = await call(`${base}/api/v1/nothing`)
      expect(api.status).toBe(404)
      expect(((await api.json()) as { error: { code: string } }).error.code).toBe('ERR_NOT_FOUND')
      const spec = (await get<{ paths: Record<string, unknown> }>('/openapi.json')).body
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/graph',
          '/api/v1/timeline',
          '/api/v1/map',
          '/api/v1/export',
          '/api/v1/imports',
        ]),
      )
    },
  )
})
