import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadRules } from '../../src/assess/index.js'
import { loadData } from '../../src/data/index.js'
import { ensureAssessed } from '../../src/kb/event-assessment.js'
import { buildApp } from '../../src/server/app.js'
import { hasDist, startCli } from '../helpers/cli-binary.js'
import { postKbArticles } from '../helpers/kb-articles.js'
import { bearerFetch, tokenFor } from '../helpers/api-client.js'
import { must } from '../helpers/must.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

const data = loadData()
const rules = loadRules()

interface Json {
  [key: string]: unknown
}

describe.each(STORE_TARGETS)('HTTP API on $name', (target) => {
  let app: FastifyInstance | null = null
  let base = ''
  let close: (() => Promise<void>) | null = null
  let call: typeof fetch = fetch

  beforeAll(async () => {
    if (!target.available) return
    const fresh = await freshStore(target)
    close = fresh.close
    await ensureAssessed(fresh.store, rules)
    call = bearerFetch(await tokenFor(fresh.store, 'admin'))
    app = buildApp({ store: fresh.store, data, rules })
    await app.listen({ host: '127.0.0.1', port: 0 })
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`
    expect(new Set(await postKbArticles(base, call))).toEqual(new Set([201]))
  })
  afterAll(async () => {
    await app?.close()
    await close?.()
  })

  const get = async (path: string) => {
    const r = await call(`${base}${path}`)
    return { status: r.status, body: (await r.json()) as Json }
  }

  it.skipIf(!target.available)('reports health and publishes its OpenAPI document', async () => {
    expect((await get('/health')).body).toMatchObject({ status: 'ok', store: target.name })
    expect((await get('/stats')).body).toMatchObject({ store: target.name, documents: 6 })
    const spec = (await get('/openapi.json')).body as {
      openapi: string
      paths: Record<string, unknown>
    }
    expect(spec.openapi).toBe('3.1.0')
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/events',
        '/api/v1/events/{id}',
        '/api/v1/assess',
        '/api/v1/documents',
      ]),
    )
  })

  it.skipIf(!target.available)(
    'lists events with filters and cursor pagination, and shows one in full',
    async () => {
      const all = (await get('/events?limit=2')).body as {
        events: Array<{ id: string }>
        next_cursor: string | null
      }
      expect(all.events).toHaveLength(2)
      const next = (await get(`/events?limit=2&cursor=${must(all.next_cursor)}`)).body as {
        events: Array<{ id: string }>
      }
      expect(next.events.map((e) => e.id)).not.toContain(all.events[0]?.id)
      const kp = (await get('/events?supplier=kp&category=ammunition&breach=UN')).body as {
        events: Array<{
          id: string
          assessment: Array<{ instrument: string }>
          documents: unknown[]
        }>
      }
      expect(kp.events).toHaveLength(1)
      const event = must(kp.events[0])
      expect(event.assessment.map((v) => v.instrument)).toEqual(['UNSCR 1718'])
      expect(event.documents).toHaveLength(3)
      const detail = await get(`/events/${encodeURIComponent(event.id)}`)
      expect(detail.status).toBe(200)
      expect((detail.body.supports as unknown[]).length).toBe(3)
      expect((await get('/events/XX-YY-000000000000')).body).toEqual({
        error: { code: 'ERR_NOT_FOUND', message: 'no event XX-YY-000000000000' },
      })
    },
  )

  it.skipIf(!target.available)(
    'answers invalid requests with 400 and a clear message',
    async () => {
      const cases: Array<[string, RegExp]> = [
        ['/events?limit=0', /limit/],
        ['/events?since=yesterday', /since: must be YYYY/],
        ['/events?category=lasers', /category/],
        ['/events?colour=red', /unknown parameter\(s\) colour/],
        ['/events?cursor=%2F%2F', /not a cursor/],
        ['/search', /q/],
        ['/assess?supplier=KP&recipient=RU', /date/],
      ]
      for (const [path, message] of cases) {
        const r = await get(path)
        expect(r.status, path).toBe(400)
        expect((r.body.error as { code: string; message: string }).message, path).toMatch(message)
      }
      const bad = await call(`${base}/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"text": ',
      })
      expect(bad.status).toBe(400)
      const both = await call(`${base}/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'a', html: '<p>b</p>' }),
      })
      expect(((await both.json()) as { error: { message: string } }).error.message).toMatch(
        /exactly one of text, html or url/,
      )
      expect((await get('/nothing-here')).status).toBe(404)
    },
  )

  it.skipIf(!target.available)('searches, assesses, lists actors and documents', async () => {
    const hits = (await get('/search?q=munitions')).body.hits as Array<{
      document: { publisher: string }
    }>
    expect(hits.map((h) => h.document.publisher)).toContain('Le Veilleur')
    const verdict = (
      await get('/assess?supplier=KP&recipient=RU&date=2023-10-12&category=ammunition')
    ).body
    expect(
      (verdict.violations as Array<{ instrument: string; status: string }>).map((v) => [
        v.instrument,
        v.status,
      ]),
    ).toEqual([['UNSCR 1718', 'breach']])
    expect(
      ((await get('/assess?supplier=QQ&recipient=RU&date=2023')).body.error as { code: string })
        .code,
    ).toBe('ERR_USAGE')
    const actors = (await get('/actors')).body.actors as Array<{ id: string; name: string }>
    expect(actors.find((a) => a.id === 'KP')?.name).toBe('North Korea')
    const docs = (await get('/documents?limit=10')).body.documents as Array<{ id: string }>
    expect(docs).toHaveLength(6)
    const doc = (await get(`/documents/${must(docs[0]).id}`)).body
    expect(typeof doc.text).toBe('string')
  })

  it.skipIf(!target.available)('records a review and applies it', async () => {
    const [event] = (await get('/events?supplier=IR')).body.events as Array<{ id: string }>
    const r = await call(`${base}/events/${encodeURIComponent(must(event).id)}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'rejected', note: 'duplicate', reviewer: 'api-test' }),
    })
    expect(r.status).toBe(201)
    expect(((await r.json()) as { review: { status: string } }).review.status).toBe('rejected')
    expect(((await get('/events?supplier=IR')).body.events as unknown[]).length).toBe(0)
    const bad = await call(`${base}/events/${encodeURIComponent(must(event).id)}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'maybe' }),
    })
    expect(bad.status).toBe(400)
  })
})

describe.skipIf(!hasDist)('armsgraph serve', () => {
  it('starts on a free loopback port and answers /health', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'armsgraph-serve-'))
    const server = startCli(['serve', '--port', '0', '--db', join(dir, 'kb.db')])
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = ''
        server.child.stdout?.on('data', (d: Buffer) => {
          out += d.toString()
          const m = /on (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(out)
          if (m?.[1]) resolve(m[1])
        })
        server.child.on('exit', () => reject(new Error(`serve exited: ${out}`)))
      })
      const health = (await (await fetch(`${address}/api/v1/health`)).json()) as {
        status: string
        store: string
      }
      expect(health).toMatchObject({ status: 'ok', store: 'sqlite' })
    } finally {
      server.child.kill('SIGTERM')
      await server.done
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
