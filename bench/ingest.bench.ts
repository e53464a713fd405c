// Ingest throughput into SQLite on one core, extraction included (issue [2] target: >= 300
// documents/s), on two corpora:
// - generated: the EN/FR template articles of bench/extract.bench.ts (1–4 KiB, about four
//   transfers each between random countries: many small events, the store's worst case);
// - demo: the 51 articles of examples/demo-corpus/ repeated with a distinct last line (1.4 KiB,
//   news-like density; every copy joins the same events, so events grow to hundreds of members).
//   npm run bench:ingest                      # 2,000 documents per corpus, 3 passes
//   npm run bench:ingest -- --docs 500 --passes 1
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { genCorpus, type Article } from '../scripts/gen-corpus.js'
import { loadData, type LoadedData } from '../src/data/index.js'
import { extract } from '../src/extract/index.js'
import type { IncomingDocument } from '../src/kb/prepare-record.js'
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

function generated(): IncomingDocument[] {
  // genCorpus stops at a byte budget; ~2.5 KiB per article on average, so ask for enough.
  const perLang = Math.ceil(DOCS / 2)
  const list: Article[] = [
    ...genCorpus('en', perLang * 4096).slice(0, perLang),
    ...genCorpus('fr', perLang * 4096).slice(0, perLang),
  ]
  return list.map((a, i) => ({
    origin: a.id,
    input: { content: a.text, published: a.published },
    publisher: `Outlet ${i % 7}`,
    publisherCountry: null,
  }))
}

interface DemoRecord {
  title: string
  text: string
  publisher: string
  publisher_country: string
  published: string
}

function demo(): IncomingDocument[] {
  const dir = 'examples/demo-corpus'
  const records = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(`${dir}/${f}`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as DemoRecord),
    )
  return Array.from({ length: DOCS }, (_, i) => {
    const r = records[i % records.length] as DemoRecord
    return {
      origin: `demo-${i}`,
      input: { content: `${r.text}\n\nRef ${i}.`, title: r.title, published: r.published },
      publisher: r.publisher,
      publisherCountry: r.publisher_country,
    }
  })
}

async function* entries(list: readonly IncomingDocument[]): AsyncGenerator<IngestEntry> {
  for (const item of list) yield { ok: true, item }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function measure(name: string, list: IncomingDocument[], data: LoadedData) {
  const bytes = list.reduce((n, d) => n + Buffer.byteLength(d.input.content), 0)
  for (const d of list.slice(0, 50)) extract(d.input, data) // JIT warm-up
  const extractOnly: number[] = []
  const ingest: number[] = []
  let events = 0
  for (let p = 0; p < PASSES; p++) {
    let t = performance.now()
    for (const d of list) extract(d.input, data)
    extractOnly.push(list.length / ((performance.now() - t) / 1000))

    const dir = mkdtempSync(join(tmpdir(), 'armsgraph-bench-'))
    const store = await openStore(join(dir, 'bench.db'))
    t = performance.now()
    const summary = await runIngest(store, entries(list), { data, batchSize: Number(args.batch) })
    ingest.push(summary.added / ((performance.now() - t) / 1000))
    const row = await store.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    events = Number(row?.n ?? 0)
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
  const result = {
    corpus: name,
    documents: list.length,
    avg_kib: +(bytes / list.length / 1024).toFixed(2),
    events,
    passes: PASSES,
    extract_only_docs_per_s: Math.round(median(extractOnly)),
    ingest_docs_per_s: Math.round(median(ingest)),
    ingest_min: Math.round(Math.min(...ingest)),
    ingest_max: Math.round(Math.max(...ingest)),
  }
  console.log(
    `${name.padEnd(9)} ${result.documents} docs of ${result.avg_kib} KiB → ${events} events · ` +
      `extract only ${result.extract_only_docs_per_s} docs/s · ingest into SQLite ` +
      `${result.ingest_docs_per_s} docs/s (min ${result.ingest_min}, max ${result.ingest_max})`,
  )
  return result
}

async function main(): Promise<void> {
  const data = loadData()
  const results = [
    await measure('generated', generated(), data),
    await measure('demo', demo(), data),
  ]
  console.log(JSON.stringify(results))
}

await main()
