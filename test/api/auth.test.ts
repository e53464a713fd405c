import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadRules } from '../../src/assess/index.js'
import { loadData } from '../../src/data/index.js'
import { buildApp, type AppOptions } from '../../src/server/app.js'
import type { Store } from '../../src/store/open-store.js'
import { bearerFetch, tokenFor } from '../helpers/api-client.js'
import { hasDist, runCli } from '../helpers/cli-binary.js'
import { KB_ARTICLES } from '../helpers/kb-articles.js'
import { must } from '../helpers/must.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

const data = loadData()
const rules = loadRules()

interface Running {
  base: string
  app: FastifyInstance
}

async function start(store: Store, extra: Partial<AppOptions> = {}): Promise<Running> {
  const app = buildApp({ store, data, rules, webDir: null, ...extra })
  await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1` }
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

async function errorOf(r: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await r.json()) as { error: { code: string; message: string } }
  return { status: r.status, ...body.error }
}

describe.each(STORE_TARGETS)('access control on $name', (target) => {
  let store: Store | null = null
  let close: (() => Promise<void>) | null = null
  let server: Running | null = null
  const tokens = { viewer: '', analyst: '', admin: '' }

  beforeAll(async () => {
    if (!target.available) return
    const fresh = await freshStore(target)
    store = fresh.store
    close = fresh.close
    tokens.viewer = await tokenFor(store, 'viewer', 'vera')
    tokens.analyst = await tokenFor(store, 'analyst', 'ana')
    tokens.admin = await tokenFor(store, 'admin', 'adam')
    server = await start(store)
  })
  afterAll(async () => {
    await server?.app.close()
    await close?.()
  })
  const base = () => must(server).base

  it.skipIf(!target.available)('answers only /health without a token', async () => {
    expect((await fetch(`${base()}/health`)).status).toBe(200)
    for (const path of ['/events', '/graph', '/documents', '/stats', '/openapi.json']) {
      const e = await errorOf(await fetch(`${base()}${path}`))
      expect(e, path).toMatchObject({ status: 401, code: 'ERR_UNAUTHORIZED' })
      expect(e.message).toMatch(/token/)
    }
    const wrong = await fetch(`${base()}/events`, {
      headers: { authorization: `Bearer ag_${'A'.repeat(43)}` },
    })
    expect(await errorOf(wrong)).toMatchObject({ status: 401 })
    const malformed = await fetch(`${base()}/events`, { headers: { authorization: 'Basic abc' } })
    expect((await errorOf(malformed)).message).toMatch(/Bearer TOKEN/)
  })

  it.skipIf(!target.available)(
    'lets viewers read, analysts ingest and review, admins manage tokens',
    async () => {
      const viewer = bearerFetch(tokens.viewer)
      const analyst = bearerFetch(tokens.analyst)
      const admin = bearerFetch(tokens.admin)
      expect((await viewer(`${base()}/events`)).status).toBe(200)
      const article = must(KB_ARTICLES[0])
      const refused = await viewer(`${base()}/documents`, json({ text: article.text }))
      expect(await errorOf(refused)).toMatchObject({ status: 403, code: 'ERR_FORBIDDEN' })
      const added = await analyst(
        `${base()}/documents`,
        json({ text: article.text, title: article.title, published: article.published }),
      )
      expect(added.status).toBe(201)
      const { events } = (await (await viewer(`${base()}/events`)).json()) as {
        events: Array<{ id: string }>
      }
      const id = must(events[0]).id
      const review = json({ status: 'accepted', note: 'checked', reviewer: 'someone else' })
      expect((await viewer(`${base()}/events/${id}/reviews`, review)).status).toBe(403)
      const reviewed = await analyst(`${base()}/events/${id}/reviews`, review)
      expect(reviewed.status).toBe(201)
      // The token's holder is the reviewer, whatever name the body gives.
      expect(((await reviewed.json()) as { review: { reviewer: string } }).review.reviewer).toBe(
        'ana (as someone else)',
      )
      expect((await analyst(`${base()}/tokens`)).status).toBe(403)
      expect((await analyst(`${base()}/audit`)).status).toBe(403)
      const audit = (await (await admin(`${base()}/audit?limit=10`)).json()) as {
        entries: Array<{
          actor: string
          action: string
          target: string
          detail: Record<string, unknown>
        }>
      }
      const [latest, ingest] = audit.entries
      expect(latest).toMatchObject({ action: 'review', target: id, detail: { status: 'accepted' } })
      expect(latest?.actor).toMatch(/^token:tok_[0-9a-f]{12}:ana$/)
      expect(ingest).toMatchObject({ action: 'ingest', detail: { added: 1 } })
      expect(ingest?.actor).toBe(latest?.actor)
    },
  )

  it.skipIf(!target.available)('creates, lists and revokes tokens over the API', async () => {
    const admin = bearerFetch(tokens.admin)
    const created = await admin(`${base()}/tokens`, json({ name: 'temp', role: 'viewer' }))
    expect(created.status).toBe(201)
    const info = (await created.json()) as { id: string; token: string; role: string }
    expect(info.token).toMatch(/^ag_[\w-]{43}$/)
    const list = (await (await admin(`${base()}/tokens`)).json()) as {
      tokens: Array<Record<string, unknown>>
    }
    expect(list.tokens.map((t) => t.name)).toEqual(
      expect.arrayContaining(['vera', 'ana', 'adam', 'temp']),
    )
    // Secrets and their hashes never leave the store.
    expect(JSON.stringify(list)).not.toContain(info.token)
    expect(list.tokens.every((t) => !('hash' in t) && !('token' in t))).toBe(true)
    expect((await bearerFetch(info.token)(`${base()}/events`)).status).toBe(200)
    const revoked = await admin(`${base()}/tokens/${info.id}`, { method: 'DELETE' })
    expect(((await revoked.json()) as { revoked_at: string | null }).revoked_at).not.toBeNull()
    expect((await bearerFetch(info.token)(`${base()}/events`)).status).toBe(401)
    const bad = await admin(`${base()}/tokens`, json({ name: 'x', role: 'root' }))
    expect(bad.status).toBe(400)
  })

  it.skipIf(!target.available)(
    'opens a dashboard session as an HttpOnly SameSite=Strict cookie',
    async () => {
      const wrong = await fetch(`${base()}/session`, json({ token: 'nope' }))
      expect(wrong.status).toBe(401)
      const r = await fetch(`${base()}/session`, json({ token: tokens.viewer }))
      expect(r.status).toBe(200)
      const cookie = must(r.headers.get('set-cookie'))
      expect(cookie).toMatch(
        /^armsgraph_session=ag_[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/,
      )
      const session = must(cookie.split(';')[0])
      const me = (await (await fetch(`${base()}/me`, { headers: { cookie: session } })).json()) as {
        authenticated: boolean
        token: { name: string; role: string }
      }
      expect(me).toMatchObject({ authenticated: true, token: { name: 'vera', role: 'viewer' } })
      expect((await fetch(`${base()}/events`, { headers: { cookie: session } })).status).toBe(200)
      const out = await fetch(`${base()}/session`, { method: 'DELETE' })
      expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    },
  )

  it.skipIf(!target.available)('sends security headers on every answer', async () => {
    for (const r of [
      await fetch(`${base()}/health`),
      await fetch(`${base()}/events`),
      await bearerFetch(tokens.viewer)(`${base()}/events`),
    ]) {
      expect(r.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
      expect(r.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
      expect(r.headers.get('x-content-type-options')).toBe('nosniff')
      expect(r.headers.get('x-frame-options')).toBe('DENY')
      expect(r.headers.get('referrer-policy')).toBe('no-referrer')
    }
  })

  it.skipIf(!target.available)('lets anyone read with --public-read, never write', async () => {
    const open = await start(must(store), { publicRead: true })
    try {
      expect((await fetch(`${open.base}/events`)).status).toBe(200)
      expect((await fetch(`${open.base}/graph`)).status).toBe(200)
      const write = await fetch(`${open.base}/documents`, json({ text: 'Some text.' }))
      expect(write.status).toBe(401)
      expect((await fetch(`${open.base}/tokens`)).status).toBe(401)
    } finally {
      await open.app.close()
    }
  })

  it.skipIf(!target.available)('limits each token’s request rate', async () => {
    const limited = await start(must(store), { rateLimit: 2 })
    try {
      const viewer = bearerFetch(tokens.viewer)
      const statuses: number[] = []
      for (let i = 0; i < 25; i++) statuses.push((await viewer(`${limited.base}/health`)).status)
      // /health is never limited; the API behind a token is, after a burst of 10 s × 2 req/s.
      expect(new Set(statuses)).toEqual(new Set([200]))
      const answers: Response[] = []
      for (let i = 0; i < 25; i++) answers.push(await viewer(`${limited.base}/actors`))
      const codes = answers.map((r) => r.status)
      expect(codes.slice(0, 20)).toEqual(new Array(20).fill(200))
      const refused = must(answers.find((r) => r.status === 429))
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect((await errorOf(refused)).code).toBe('ERR_RATE_LIMITED')
      // Another token has its own bucket.
      expect((await bearerFetch(tokens.analyst)(`${limited.base}/actors`)).status).toBe(200)
    } finally {
      await limited.app.close()
    }
  })
})

describe.skipIf(!hasDist)('armsgraph token and audit', () => {
  it('creates a token shown once on its last line, lists without secrets, revokes, audits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'armsgraph-token-'))
    const db = join(dir, 'kb.db')
    try {
      const created = runCli([
        'token',
        'create',
        '--role',
        'analyst',
        '--name',
        'desk 2',
        '--db',
        db,
      ])
      expect(created.status, created.stderr).toBe(0)
      const lines = created.stdout.trim().split('\n')
      expect(lines).toHaveLength(1)
      const token = must(lines.at(-1))
      expect(token).toMatch(/^ag_[\w-]{43}$/)
      expect(created.stderr).toMatch(/tok_[0-9a-f]{12} \(analyst, "desk 2"\)/)
      const list = runCli(['token', 'list', '--format', 'json', '--db', db])
      expect(list.stdout).not.toContain(token)
      const [info] = JSON.parse(list.stdout) as Array<{ id: string; role: string; name: string }>
      expect(info).toMatchObject({ role: 'analyst', name: 'desk 2' })
      expect(runCli(['token', 'revoke', must(info).id, '--db', db]).stdout).toMatch(/revoked/)
      const badRole = runCli(['token', 'create', '--role', 'root', '--db', db])
      expect(badRole.status).toBe(2)
      expect(badRole.stderr.trim().split('\n')).toHaveLength(1)
      const audit = runCli(['audit', '--format', 'jsonl', '--db', db])
      const actions = audit.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { action: string; actor: string }).action)
      expect(actions).toEqual(['token.revoke', 'token.create'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
