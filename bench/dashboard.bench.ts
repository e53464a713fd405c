// Dashboard first render on localhost with the demo corpus (issue [4] target: < 1.5 s), in the
// headless Chromium the e2e tests use. Each run is a fresh browser context (empty cache): from
// navigation start to the network view's edge list drawn, plus First Contentful Paint, for each
// view. Needs `npm run build` (bench:dashboard runs it) and chromium on PATH.
//   npm run bench:dashboard
//   npm run bench:dashboard -- --runs 10
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { findChromium, launchChromium, startServer } from '../test/helpers/browser.js'
import { runCli } from '../test/helpers/cli-binary.js'

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' } } })
const RUNS = Number(args.runs)

const chromiumPath = findChromium()
if (!chromiumPath) {
  console.error('no chromium on PATH: apt-get install -y chromium (or set CHROMIUM_PATH)')
  process.exit(1)
}

const dir = mkdtempSync(join(tmpdir(), 'armsgraph-bench-ui-'))
const db = join(dir, 'kb.db')
const ingest = runCli(['ingest', 'examples/demo-corpus', '--db', db, '--format', 'json'])
if (ingest.status !== 0) {
  console.error(`ingest failed: ${ingest.stderr}`)
  process.exit(1)
}
const created = runCli(['token', 'create', '--role', 'viewer', '--name', 'bench', '--db', db])
const token = created.stdout.trim().split('\n').at(-1) ?? ''
const server = await startServer(db)
const browser = await launchChromium(chromiumPath)

/** Path, and the element whose appearance means the view is usable. */
const VIEWS: Array<[string, string]> = [
  ['/network', '[data-testid="edge-row"]'],
  ['/map', '[data-testid="map-flow"]'],
  ['/timeline', '[data-testid="timeline-bar"]'],
  ['/events', '[data-testid="event-row"]'],
  ['/review', '[data-testid="review-card"]'],
]

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return +(s[Math.floor(s.length / 2)] ?? 0).toFixed(0)
}

const results = []
try {
  for (const [path, ready] of VIEWS) {
    const usable: number[] = []
    const fcp: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
      // Signed in already (the session cookie the sign-in page would set): render time only.
      await context.addCookies([{ name: 'armsgraph_session', value: token, url: server.base }])
      const page = await context.newPage()
      await page.goto(`${server.base}${path}`)
      await page.waitForSelector(ready)
      // Measured inside the page, from its own navigation start: no test-harness overhead.
      const t = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]
        return { now: performance.now(), fcp: paint ? paint.startTime : -1 }
      })
      usable.push(t.now)
      fcp.push(t.fcp)
      await context.close()
    }
    const r = {
      path,
      first_usable_ms_median: median(usable),
      first_usable_ms_max: +Math.max(...usable).toFixed(0),
      fcp_ms_median: median(fcp),
    }
    results.push(r)
    console.log(
      `${path.padEnd(10)} usable median ${String(r.first_usable_ms_median).padStart(5)} ms (max ${r.first_usable_ms_max})  FCP median ${r.fcp_ms_median} ms`,
    )
  }
} finally {
  await browser.close()
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
}
console.log(JSON.stringify({ runs: RUNS, corpus: 'examples/demo-corpus', results }))
