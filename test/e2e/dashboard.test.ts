import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  findChromium,
  launchChromium,
  startServer,
  WEB_INDEX,
  type RunningServer,
} from '../helpers/browser.js'
import { bearerFetch } from '../helpers/api-client.js'
import { hasDist, runCli } from '../helpers/cli-binary.js'
import { must } from '../helpers/must.js'

const chromiumPath = findChromium()
const ready = hasDist && existsSync(WEB_INDEX) && chromiumPath !== null
const why = !hasDist
  ? 'dist/cli/main.js is missing (run npm run build)'
  : !existsSync(WEB_INDEX)
    ? 'dist/web is missing (run npm run build)'
    : 'no chromium on PATH (apt-get install -y chromium, or set CHROMIUM_PATH)'
if (!ready) {
  // In CI a missing browser is a failure, not a silent skip.
  if (process.env.CI === 'true') throw new Error(`e2e tests cannot run: ${why}`)
  console.warn(`e2e tests skipped: ${why}`)
}

const DEMO = fileURLToPath(new URL('../../examples/demo-corpus', import.meta.url))
/** Screenshots of every view, kept for people to look at (CI artifacts; git-ignored). */
const SHOTS = fileURLToPath(new URL('../../test-artifacts/e2e', import.meta.url))

// Our own sentences about a real delivery: France's Bastion armoured vehicles reached Armenia in 2024.
const PASTED_FR = {
  title: 'Des blindés français pour Erevan',
  text:
    "La France a livré 24 véhicules blindés Bastion à l'Arménie, a confirmé mardi le ministère arménien de la Défense.\n\n" +
    'Bakou a dénoncé une livraison qui, selon lui, menace la paix dans la région.',
}

describe.skipIf(!ready)('dashboard in headless Chromium', () => {
  let dir = ''
  let server: RunningServer | null = null
  let browser: Browser | null = null
  let context: BrowserContext | null = null
  let token = ''
  const pageErrors: string[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'armsgraph-e2e-'))
    mkdirSync(SHOTS, { recursive: true })
    const db = join(dir, 'kb.db')
    const ingest = runCli(['ingest', DEMO, '--db', db, '--format', 'json'])
    expect(ingest.status, ingest.stderr).toBe(0)
    const created = runCli([
      'token',
      'create',
      '--role',
      'analyst',
      '--name',
      'e2e analyst',
      '--db',
      db,
    ])
    expect(created.status, created.stderr).toBe(0)
    token = must(created.stdout.trim().split('\n').at(-1))
    server = await startServer(db)
    browser = await launchChromium(must(chromiumPath))
    // One context for every page: they share the session cookie the sign-in test sets.
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await context?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  async function open(path: string): Promise<Page> {
    const page = await must(context).newPage()
    page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`))
    await page.goto(`${must(server).base}${path}`)
    return page
  }
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false })

  it('asks for a token, refuses a wrong one, and signs in', async () => {
    const page = await open('/network?supplier=KP')
    await page.getByTestId('page-sign-in').waitFor()
    await shot(page, 'sign-in')
    await page.getByTestId('sign-in-token').fill(`ag_${'x'.repeat(43)}`)
    await page.getByTestId('sign-in-submit').click()
    await expect
      .poll(() => page.getByTestId('error').textContent())
      .toMatch(/unknown or has been revoked/)
    await page.getByTestId('sign-in-token').fill(token)
    await page.getByTestId('sign-in-submit').click()
    await page.getByTestId('view-network').waitFor()
    expect(await page.getByTestId('who').textContent()).toMatch(/e2e analyst · analyst/)
    // The page kept its URL, filters included.
    expect(page.url()).toMatch(/\/network\?supplier=KP$/)
    await page.close()
  })

  it('shows the network and follows an edge to its events and an event’s evidence', async () => {
    const page = await open('/network')
    await page.getByTestId('view-network').waitFor()
    await page.getByTestId('edge-row').first().waitFor()
    expect(await page.getByTestId('edge-row').count()).toBeGreaterThan(5)
    // Let the layout settle before the picture and the click.
    await page.waitForFunction(() => {
      const probe = (
        globalThis as { armsgraphNetwork?: { edgeMidpoint: (s: string, r: string) => unknown } }
      ).armsgraphNetwork
      return probe?.edgeMidpoint('IR', 'RU') != null
    })
    await shot(page, 'network')
    const point = await page.evaluate(() => {
      const probe = (
        globalThis as unknown as {
          armsgraphNetwork: { edgeMidpoint: (s: string, r: string) => { x: number; y: number } }
        }
      ).armsgraphNetwork
      return probe.edgeMidpoint('IR', 'RU')
    })
    // A real click on the canvas, where the edge is drawn.
    await page.mouse.click(point.x, point.y)
    await page.waitForURL(/\/events\?.*supplier=IR/)
    expect(page.url()).toMatch(/recipient=RU/)
    const rows = page.getByTestId('event-row')
    await rows.first().waitFor()
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(id).toMatch(/^IR-RU-/)
    await shot(page, 'events-filtered')
    await rows.first().locator('a').first().click()
    await page.getByTestId('page-event').waitFor()
    await page.getByTestId('evidence').first().waitFor()
    const evidence = await page.getByTestId('evidence').first().textContent()
    expect(evidence?.length ?? 0).toBeGreaterThan(10)
    await page.getByTestId('claims').waitFor()
    await page.getByTestId('assessment').waitFor()
    await shot(page, 'event-detail')
    await page.close()
  })

  it('draws flows on the world map', async () => {
    const page = await open('/map')
    await page.getByTestId('view-map').waitFor()
    await page.getByTestId('map-flow').first().waitFor()
    const flows = page.getByTestId('map-flow')
    expect(await flows.count()).toBeGreaterThan(5)
    const pairs = await flows.evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-supplier')}>${e.getAttribute('data-recipient')}`),
    )
    expect(pairs).toContain('KP>RU')
    await shot(page, 'map')
    await page.close()
  })

  it('brushes the timeline to set the date filter', async () => {
    const page = await open('/timeline')
    await page.getByTestId('view-timeline').waitFor()
    await page.getByTestId('timeline-bar').first().waitFor()
    await shot(page, 'timeline')
    const brush = must(await page.getByTestId('timeline-brush').boundingBox())
    const y = brush.y + brush.height / 2
    await page.mouse.move(brush.x + brush.width * 0.2, y)
    await page.mouse.down()
    await page.mouse.move(brush.x + brush.width * 0.5, y, { steps: 8 })
    await page.mouse.up()
    await page.waitForURL(/since=\d{4}-\d{2}/)
    expect(page.url()).toMatch(/until=\d{4}-\d{2}/)
    const since = must(/since=(\d{4}-\d{2})/.exec(page.url()))[1]
    const until = must(/until=(\d{4}-\d{2})/.exec(page.url()))[1]
    expect(must(since) <= must(until)).toBe(true)
    await shot(page, 'timeline-brushed')
    await page.close()
  })

  it('lists events with filters from the URL, and reads a document with highlights', async () => {
    const page = await open('/events?supplier=KP')
    await page.getByTestId('page-events').waitFor()
    await page.getByTestId('event-row').first().waitFor()
    const ids = await page
      .getByTestId('event-row')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))
    for (const id of ids) expect(id).toMatch(/^KP-/)
    await shot(page, 'events')
    const docs = (await (
      await bearerFetch(token)(`${must(server).base}/api/v1/documents?limit=100`)
    ).json()) as {
      documents: Array<{ id: string; title: string | null }>
    }
    const seedLike = must(docs.documents.find((d) => /obus|shell/i.test(d.title ?? '')))
    await page.goto(`${must(server).base}/documents/${seedLike.id}`)
    await page.getByTestId('page-document').waitFor()
    await page.locator('mark[data-kind="actor"]').first().waitFor()
    expect(await page.locator('mark[data-kind="actor"]').count()).toBeGreaterThan(1)
    expect(await page.getByTestId('evidence').count()).toBeGreaterThan(0)
    await shot(page, 'document')
    await page.close()
  })

  it('ingests a pasted French article and shows its event', async () => {
    const page = await open('/ingest')
    await page.getByTestId('page-ingest').waitFor()
    await page.getByTestId('ingest-title').fill(PASTED_FR.title)
    await page.getByTestId('ingest-text').fill(PASTED_FR.text)
    await page.getByTestId('ingest-submit').click()
    const link = page.getByTestId('ingest-event').first()
    await link.waitFor({ timeout: 30_000 })
    await shot(page, 'ingest')
    await link.click()
    await page.getByTestId('page-event').waitFor()
    await page.waitForURL(/\/events\/FR-AM-/)
    await expect.poll(() => page.getByTestId('page-event').textContent()).toMatch(/Armenia/)
    await shot(page, 'ingested-event')
    await page.close()
  })

  it('accepts an event in the review queue with the keyboard', async () => {
    const page = await open('/review')
    await page.getByTestId('page-review').waitFor()
    const card = page.getByTestId('review-card')
    await card.waitFor()
    const id = must(await card.getAttribute('data-event-id'))
    await shot(page, 'review')
    await page.keyboard.press('a')
    await expect.poll(async () => card.getAttribute('data-event-id')).not.toBe(id)
    const event = (await (
      await bearerFetch(token)(`${must(server).base}/api/v1/events/${encodeURIComponent(id)}`)
    ).json()) as { review: { status: string } | null }
    expect(event.review?.status).toBe('accepted')
    await page.close()
  })

  it('shows hostile markup in a document as text and runs none of it', async () => {
    const hostile = {
      title: 'Shells <img src=x onerror="document.title=\'pwned\'">',
      text:
        'North Korea shipped artillery shells to Russia in 2023, the White House said.\n\n' +
        'A comment quoted <script>document.title="pwned"</script> and ' +
        '<a href="javascript:document.title=\'pwned\'">this link</a> word for word.',
    }
    const r = await bearerFetch(token)(`${must(server).base}/api/v1/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(hostile),
    })
    const status = (await r.json()) as { documents: Array<{ id: string }> }
    const page = await open(`/documents/${must(status.documents[0]).id}`)
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.getByTestId('page-document').waitFor()
    await page.locator('mark[data-kind="actor"]').first().waitFor()
    const text = await page.getByTestId('page-document').textContent()
    expect(text).toContain('<script>document.title="pwned"</script>')
    expect(text).toContain('onerror=')
    expect(await page.locator('[data-testid="page-document"] script').count()).toBe(0)
    expect(await page.locator('[data-testid="page-document"] img').count()).toBe(0)
    expect(await page.locator('[data-testid="page-document"] a[href^="javascript:"]').count()).toBe(
      0,
    )
    expect(await page.title()).not.toBe('pwned')
    expect(dialogs).toEqual([])
    await shot(page, 'hostile-document')
    await page.close()
  })

  it('raised no uncaught error in any page', () => {
    expect(pageErrors).toEqual([])
  })
})
