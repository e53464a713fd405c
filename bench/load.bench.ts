// Load test (issue [5] target: zero errors and p99 < 100 ms at 200 concurrent connections on the
// demo store) while an ingest runs: `armsgraph serve` in its own process on a store of the demo
// corpus, autocannon's readers cycling through the dashboard's requests with a viewer token, and
// meanwhile `armsgraph ingest` of generated articles writing to the same SQLite file from
// another process. Loopback only, bounded by --seconds.
//   npm run bench:load                        # builds first
//   npm run bench:load -- --connections 200 --seconds 20 --ingest 1000
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { genCorpus } from '../scripts/gen-corpus.js'
import { startServer } from '../test/helpers/browser.js'
import { runCli, startCli } from '../test/helpers/cli-binary.js'

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
    ingest: { type: 'string', default: '1000' },
  },
})

const dir = mkdtempSync(join(tmpdir(), 'armsgraph-load-'))
const db = join(dir, 'kb.db')
const fail = (what: string, out: { stderr: string }) => {
  console.error(`${what} failed: ${out.stderr.trim()}`)
  process.exit(1)
}
const demo = runCli(['ingest', 'examples/demo-corpus', '--db', db, '--format', 'json'])
if (demo.status !== 0) fail('demo ingest', demo)
const viewer = runCli(['token', 'create', '--role', 'viewer', '--name', 'load', '--db', db])
if (viewer.status !== 0) fail('token create', viewer)
const token = viewer.stdout.trim().split('\n').at(-1) ?? ''

// Articles for the concurrent ingest, as JSON Lines.
const perLang = Math.ceil(Number(args.ingest) / 2)
const articles = [
  ...genCorpus('en', perLang * 4096).slice(0, perLang),
  ...genCorpus('fr', perLang * 4096).slice(0, perLang),
]
const corpus = join(dir, 'incoming.jsonl')
writeFileSync(
  corpus,
  articles.map((a) => JSON.stringify({ text: a.text, published: a.published })).join('\n'),
)

// Readers are not rate limited here: the test measures the server, not the limiter.
const server = await startServer(db, ['--rate-limit', '0'])
const paths = [
  '/api/v1/events?limit=50',
  '/api/v1/graph?limit=100',
  '/api/v1/timeline',
  '/api/v1/map?limit=100',
  '/api/v1/events?supplier=KP&limit=50',
  '/api/v1/actors',
]
try {
  const started = performance.now()
  const ingest = startCli(['ingest', corpus, '--db', db, '--format', 'json'])
  const result = await autocannon({
    url: server.base,
    connections: Number(args.connections),
    duration: Number(args.seconds),
    headers: { authorization: `Bearer ${token}` },
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
  const ingested = await ingest.done
  const summary = ingested.stdout.trim().split('\n').at(-1) ?? '{}'
  const r = {
    connections: Number(args.connections),
    seconds: Number(args.seconds),
    requests: result.requests.total,
    requests_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non_2xx: result.non2xx,
    ingest: JSON.parse(summary) as unknown,
    ingest_exit: ingested.status,
    wall_s: +((performance.now() - started) / 1000).toFixed(1),
  }
  console.log(
    `${r.connections} connections, ${r.seconds} s: ${r.requests_per_s} req/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms, max ${r.max_ms} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non_2xx}; ingest ${summary}`,
  )
  console.log(JSON.stringify(r))
} finally {
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
}
