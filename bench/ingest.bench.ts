// Ingest throughput into SQLite on one core, extraction included (issue [2] target: >= 300
// documents/s). Same generated EN/FR articles as bench/extract.bench.ts (1–4 KiB each).
//   npm run bench:ingest                      # 2,000 articles per language, 3 passes
//   npm run bench:ingest -- --docs 500 --passes 1
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { genCorpus, type Article } from '../scripts/gen-corpus.js'
import { loadData } from '../src/data/index.js'
import { extract } from '../src/extract/index.js'
import { runIngest, type IngestEntry } from '../src/kb/run-ingest.js'
import { openStore } from '../src/store/open-store.js'

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    passes: { type: 'string', default: '3' },
    batch: { type: 'string', default: '200' },
  },
})
const DOCS = Number(args.docs)
const PASSES = Number(args.passes)

function articles(): Article[] {
  // genCorpus stops at a byte budget; ~2.5 KiB per article on average, so ask for enough.
  const perLang = Math.ceil(DOCS / 2)
  return [
    ...genCorpus('en', perLang * 4096).slice(0, perLang),
    ...genCorpus('fr', perLang * 4096).slice(0, perLang),
  ]
}

async function* entries(list: readonly Article[]): AsyncGenerator<IngestEntry> {
  for (const a of list) {
    yield {
      ok: true,
      item: {
        origin: a.id,
        input: { content: a.text, published: a.published },
        publisher: `Outlet ${a.id.length % 7}`,
        publisherCountry: null,
      },
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function main(): Promise<void> {
  const data = loadData()
  const list = articles()
  const bytes = list.reduce((n, a) => n + Buffer.byteLength(a.text), 0)
  for (const a of list.slice(0, 50)) extract({ content: a.text, published: a.published }, data) // JIT warm-up
  const extractOnly: number[] = []
  const ingest: number[] = []
  for (let p = 0; p < PASSES; p++) {
    let t = performance.now()
    for (const a of list) extract({ content: a.text, published: a.published }, data)
    extractOnly.push(list.length / ((performance.now() - t) / 1000))

    const dir = mkdtempSync(join(tmpdir(), 'armsgraph-bench-'))
    const store = await openStore(join(dir, 'bench.db'))
    t = performance.now()
    const summary = await runIngest(store, entries(list), { data, batchSize: Number(args.batch) })
    ingest.push(summary.added / ((performance.now() - t) / 1000))
    const events = await store.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    if (p === 0) console.log(`pass 1: ${summary.added} documents, ${Number(events?.n ?? 0)} events`)
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
  const result = {
    documents: list.length,
    avg_kib: +(bytes / list.length / 1024).toFixed(2),
    passes: PASSES,
    extract_only_docs_per_s: Math.round(median(extractOnly)),
    ingest_docs_per_s: Math.round(median(ingest)),
    ingest_min: Math.round(Math.min(...ingest)),
    ingest_max: Math.round(Math.max(...ingest)),
  }
  console.log(
    `extract only: ${result.extract_only_docs_per_s} docs/s · ingest into SQLite (extract + store + consolidate): ${result.ingest_docs_per_s} docs/s (min ${result.ingest_min}, max ${result.ingest_max})`,
  )
  console.log(JSON.stringify(result))
}

await main()
