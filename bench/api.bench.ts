// HTTP latency and load on the API (issue [4] targets: median < 30 ms for events, graph and
// timeline on a store of 200,000 events), over real loopback HTTP against the store that
// `npm run bench:store` generates (1,000,000 documents, 200,000 events).
//   npm run bench:api                         # latency per endpoint, then a bounded load test
//   npm run bench:api -- --db bench/out/store-1m.db --runs 30 --seconds 10 --connections 10
// Aggregated views (graph, timeline, map) are cached until the store changes: the first request
// for a filter pays the full scan ("cold"), later ones do not ("warm"). Both are reported.
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { loadRules } from '../src/assess/index.js'
import { loadData } from '../src/data/index.js'
import { ensureAssessed } from '../src/kb/event-assessment.js'
import { buildApp } from '../src/server/app.js'
import { openStore } from '../src/store/open-store.js'

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench/out/store-1m.db' },
    runs: { type: 'string', default: '30' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
})
const RUNS = Number(args.runs)

if (!existsSync(args.db)) {
  console.error(`${args.db} does not exist: run npm run bench:store first (it generates it)`)
  process.exit(1)
}

const store = await openStore(args.db, { poolSize: 8 })
const rules = loadRules()
await ensureAssessed(store, rules)
const events = await store.db
  .selectFrom('events')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirst()
const app = buildApp({ store, data: loadData(), rules, webDir: null })
await app.listen({ host: '127.0.0.1', port: 0 })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`

async function timed(path: string): Promise<number> {
  const t = performance.now()
  const r = await fetch(`${base}${path}`)
  await r.arrayBuffer()
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`)
  return performance.now() - t
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b)
  const at = (q: number) => +(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0).toFixed(1)
  return { median_ms: at(0.5), p95_ms: at(0.95) }
}

const PATHS = [
  '/health',
  '/events?limit=50',
  '/events?recipient=UA&limit=50',
  '/events?supplier=KP&recipient=RU&category=ammunition',
  '/events?sort=recent&limit=50',
  '/events?review=unreviewed&limit=50',
  '/graph',
  '/graph?recipient=UA',
  '/graph?category=drones&since=2024',
  '/timeline',
  '/timeline?by=certainty',
  '/timeline?actor=KP',
  '/map',
]

const latency = []
for (const path of PATHS) {
  // Every path is requested once cold (cache empty for that filter) before the warm samples.
  const cold = await timed(path)
  for (let i = 0; i < 3; i++) await timed(path)
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) samples.push(await timed(path))
  const r = { path, cold_ms: +cold.toFixed(1), ...stats(samples) }
  latency.push(r)
  console.log(
    `${path.padEnd(60)} cold ${String(r.cold_ms).padStart(7)} ms  median ${String(r.median_ms).padStart(6)} ms  p95 ${String(r.p95_ms).padStart(6)} ms`,
  )
}

// Bounded load test: a fixed duration, a fixed number of connections, loopback only.
const load = []
for (const path of ['/events?limit=50', '/graph', '/timeline', '/events?recipient=UA&limit=50']) {
  const result = await autocannon({
    url: `${base}${path}`,
    connections: Number(args.connections),
    duration: Number(args.seconds),
  })
  const r = {
    path,
    requests_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    non_2xx: result.non2xx,
    errors: result.errors,
  }
  load.push(r)
  console.log(
    `load ${path.padEnd(40)} ${String(r.requests_per_s).padStart(6)} req/s  p50 ${r.p50_ms} ms  p99 ${r.p99_ms} ms  non-2xx ${r.non_2xx}  errors ${r.errors}`,
  )
}

await app.close()
await store.close()
console.log(
  JSON.stringify({
    db: args.db,
    events: Number(events?.n ?? 0),
    runs: RUNS,
    connections: Number(args.connections),
    seconds: Number(args.seconds),
    latency,
    load,
  }),
)
