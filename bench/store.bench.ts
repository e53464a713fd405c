// Query latency on a large generated store (issue [2] target: `events` and `search` < 50 ms
// median on 1,000,000 documents and 200,000 events).
//   npm run bench:store                       # generates bench/out/store-1m.db once, then measures
//   npm run bench:store -- --docs 100000 --events 20000 --runs 20   # smaller, quicker look
//   npm run bench:store -- --regen            # rebuild the store first
// The generator writes rows directly with better-sqlite3 (the schema comes from the real
// migrations) because ingesting a million documents through the extractor would take an hour;
// the queries go through the same library functions the CLI and API use.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import BetterSqlite3 from 'better-sqlite3'
import { CATEGORIES } from '../src/contract/extraction.js'
import { loadData } from '../src/data/index.js'
import { loadRules } from '../src/assess/index.js'
import { actorLookup } from '../src/kb/actor-lookup.js'
import { ensureAssessed } from '../src/kb/event-assessment.js'
import { openStore, type Store } from '../src/store/open-store.js'
import {
  getEvent,
  listEvents,
  type EventFilter,
  type EventSort,
} from '../src/store/query-events.js'
import { graphView } from '../src/views/graph-view.js'
import { mapView } from '../src/views/map-view.js'
import { placeLookup } from '../src/views/places.js'
import { timelineView } from '../src/views/timeline-view.js'
import { searchDocuments } from '../src/store/search-documents.js'
import { prng, type Prng } from '../test/helpers/prng.js'

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000000' },
    events: { type: 'string', default: '200000' },
    db: { type: 'string' },
    runs: { type: 'string', default: '30' },
    regen: { type: 'boolean', default: false },
  },
})
const DOCS = Number(args.docs)
const EVENTS = Number(args.events)
const RUNS = Number(args.runs)
const DB = args.db ?? `bench/out/store-${DOCS >= 1e6 ? `${DOCS / 1e6}m` : `${DOCS / 1e3}k`}.db`

const SUPPLIERS = [
  'US',
  'RU',
  'CN',
  'FR',
  'DE',
  'GB',
  'IT',
  'KR',
  'KP',
  'IR',
  'IL',
  'TR',
  'UA',
  'IN',
  'ES',
  'SE',
  'NO',
  'PL',
  'BY',
  'PK',
]
const RECIPIENTS = [
  ...SUPPLIERS,
  'SA',
  'AE',
  'EG',
  'QA',
  'DZ',
  'MA',
  'SY',
  'IQ',
  'YE',
  'LB',
  'AZ',
  'AM',
  'RS',
  'HU',
  'VN',
  'ID',
  'PH',
  'JP',
  'AU',
  'BR',
  'NG',
  'ML',
  'SD',
  'LY',
  'VE',
  'MM',
  'TW',
  'hezbollah',
  'houthis',
  'hamas',
]
const WORDS_EN = [
  'shells',
  'drones',
  'missiles',
  'tanks',
  'howitzers',
  'rifles',
  'frigate',
  'fighter',
  'jets',
  'radar',
  'satellite',
  'components',
  'ammunition',
  'air',
  'defence',
  'systems',
  'deliveries',
  'contract',
  'officials',
  'ministry',
  'border',
  'sanctions',
  'talks',
  'exercise',
  'shipment',
  'port',
  'rail',
  'containers',
  'army',
  'navy',
]
const WORDS_FR = [
  'obus',
  'drones',
  'missiles',
  'chars',
  'canons',
  'fusils',
  'frégate',
  'chasseurs',
  'radar',
  'satellite',
  'composants',
  'munitions',
  'défense',
  'aérienne',
  'livraisons',
  'contrat',
  'responsables',
  'ministère',
  'frontière',
  'sanctions',
  'négociations',
  'exercice',
  'cargaison',
  'port',
  'conteneurs',
  'armée',
  'marine',
  'livré',
  'accord',
  'armes',
]
const NAMES = [
  'Russia',
  'Ukraine',
  'Iran',
  'North Korea',
  'China',
  'France',
  'Germany',
  'Poland',
  'Turkey',
  'Israel',
  'Syria',
  'Yemen',
  'Egypt',
  'India',
  'Pakistan',
  'Belarus',
  'Hezbollah',
  'Houthis',
  'Korea',
  'Japan',
]

const pad = (n: number) => String(n).padStart(2, '0')
const day = (r: Prng) => `${r.int(2015, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`

function sentence(r: Prng, words: string[]): string {
  const n = r.int(8, 16)
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(r.chance(0.2) ? r.pick(NAMES) : r.pick(words))
  return `${out.join(' ')}.`
}

function generate(path: string): void {
  const r = prng(2026)
  const db = new BetterSqlite3(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  const started = performance.now()
  const insertDoc = db.prepare(
    `INSERT INTO documents (id, url, title, publisher, publisher_country, language, published, fetched_at, origin, text, extractor_version, extracted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?)`,
  )
  const docDates: string[] = []
  const insertDocs = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const fr = r.chance(0.4)
      const words = fr ? WORDS_FR : WORDS_EN
      const published = day(r)
      docDates.push(published)
      const id = `${i.toString(16).padStart(12, '0')}${'0'.repeat(52)}`
      const text = [
        sentence(r, words),
        sentence(r, words),
        sentence(r, words),
        sentence(r, words),
      ].join(' ')
      const outlet = r.int(0, 299)
      insertDoc.run(
        id,
        `https://outlet${outlet}.example/${i}`,
        sentence(r, words),
        `Outlet ${outlet}`,
        r.pick(RECIPIENTS.slice(0, 40)),
        fr ? 'fr' : 'en',
        published,
        `${published}T12:00:00Z`,
        `gen-${i}`,
        text,
        `${published}T12:00:00Z`,
      )
    }
  })
  for (let i = 0; i < DOCS; i += 20_000) {
    insertDocs(i, Math.min(DOCS, i + 20_000))
    process.stderr.write(`\rdocuments ${Math.min(DOCS, i + 20_000)}/${DOCS}`)
  }
  const insertEvent = db.prepare(
    `INSERT INTO events (id, supplier, recipient, categories, phase, certainty, contested, window_start, window_end, first_reported, last_reported, languages, documents, publishers, source_countries, claims, review_status, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  )
  const insertCategory = db.prepare(
    'INSERT INTO event_categories (category, event_id) VALUES (?, ?)',
  )
  const insertTransfer = db.prepare(
    `INSERT INTO transfers (document_id, supplier, recipient, categories, phase, certainty, in_headline_only, period_start, period_end, window_start, window_end, items, evidence, evidence_total, claims, rule_ids, event_id)
     VALUES (?, ?, ?, ?, ?, ?, 0, NULL, NULL, ?, ?, '[]', '[]', 1, '[]', '[]', ?)`,
  )
  const categories = CATEGORIES.filter((c) => c !== 'unspecified')
  let nextDoc = 0
  const insertEvents = db.transaction((from: number, to: number) => {
    for (let e = from; e < to; e++) {
      const supplier = r.pick(SUPPLIERS)
      let recipient = r.pick(RECIPIENTS)
      if (recipient === supplier) recipient = 'UA'
      const cats = [
        ...new Set([r.pick(categories), ...(r.chance(0.3) ? [r.pick(categories)] : [])]),
      ].sort()
      // Most events rest on one or two reports; a few on dozens.
      const k = Math.min(60, 1 + Math.floor(-Math.log(1 - r.next()) * 3.5))
      const docs: number[] = []
      for (let j = 0; j < k; j++) docs.push(nextDoc++ % DOCS)
      const days = docs.map((d) => docDates[d] ?? '2020-01-01').sort()
      const id = `${supplier}-${recipient}-${e.toString(16).padStart(12, '0')}`
      const phase = r.pick(['delivered', 'agreed', 'sought'])
      const certainty = r.pick(['confirmed', 'alleged', 'alleged', 'denied'])
      const publishers = Math.min(k, r.int(1, k))
      insertEvent.run(
        id,
        supplier,
        recipient,
        JSON.stringify(cats),
        phase,
        certainty,
        r.chance(0.1) ? 1 : 0,
        days[0],
        days[days.length - 1],
        days[0],
        days[days.length - 1],
        '["en"]',
        k,
        publishers,
        Math.min(publishers, r.int(1, 5)),
        r.int(0, 4),
        new Date().toISOString(),
      )
      for (const c of cats) insertCategory.run(c, id)
      for (const d of docs) {
        const docId = `${d.toString(16).padStart(12, '0')}${'0'.repeat(52)}`
        insertTransfer.run(
          docId,
          supplier,
          recipient,
          JSON.stringify(cats),
          phase,
          certainty,
          docDates[d],
          docDates[d],
          id,
        )
      }
    }
  })
  for (let e = 0; e < EVENTS; e += 10_000) {
    insertEvents(e, Math.min(EVENTS, e + 10_000))
    process.stderr.write(`\revents ${Math.min(EVENTS, e + 10_000)}/${EVENTS}        `)
  }
  db.exec('ANALYZE')
  db.close()
  process.stderr.write(
    `\rgenerated ${DOCS} documents and ${EVENTS} events in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  )
}

interface Measure {
  name: string
  run: () => Promise<unknown>
}

async function time(
  m: Measure,
): Promise<{ name: string; median_ms: number; p95_ms: number; min_ms: number; rows: number }> {
  let rows = 0
  for (let i = 0; i < 3; i++) await m.run() // warm caches and the JIT
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    const out = await m.run()
    samples.push(performance.now() - t)
    rows = Array.isArray(out) ? out.length : out ? 1 : 0
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) =>
    +(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(2)
  return { name: m.name, median_ms: at(0.5), p95_ms: at(0.95), min_ms: at(0), rows }
}

async function main(): Promise<void> {
  mkdirSync('bench/out', { recursive: true })
  if (args.regen || !existsSync(DB)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${DB}${suffix}`, { force: true })
    const fresh = await openStore(DB) // creates the schema with the real migrations
    await fresh.close()
    generate(DB)
  }
  const store: Store = await openStore(DB)
  // Embargo verdicts for every event (once per rules version; the first run pays for it).
  const assessing = performance.now()
  const rules = loadRules()
  const reassessed = await ensureAssessed(store, rules)
  if (reassessed > 0) {
    const seconds = ((performance.now() - assessing) / 1000).toFixed(1)
    process.stderr.write(
      `assessed ${reassessed} events against the embargo rules in ${seconds} s\n`,
    )
  }
  const actor = actorLookup(loadData())
  const page = { limit: 20, offset: 0 }
  const events = (name: string, f: EventFilter): Measure => ({
    name: `events ${name}`,
    run: () => listEvents(store.db, f, page, actor),
  })
  const search = (q: string, order: 'recent' | 'relevance' = 'recent'): Measure => ({
    name: `search ${q}${order === 'relevance' ? ' --sort relevance' : ''}`,
    run: () => searchDocuments(store.db, store.dialect, q, 20, order),
  })
  const sorted = (order: EventSort): Measure => ({
    name: `events --sort ${order}`,
    run: () => listEvents(store.db, {}, page, actor, order),
  })
  const view = (name: string, run: () => Promise<unknown>): Measure => ({
    name: `view ${name}`,
    run,
  })
  const placeOf = placeLookup(rules.groupBase)
  const [top] = await listEvents(store.db, {}, page, actor)
  if (!top) throw new Error(`${DB} holds no events: run with --regen`)
  const measures: Measure[] = [
    events('(top 20)', {}),
    events('--supplier KP --recipient RU', { supplier: 'KP', recipient: 'RU' }),
    events('--supplier KP --recipient RU --category ammunition --since 2023-01', {
      supplier: 'KP',
      recipient: 'RU',
      category: 'ammunition',
      since: '2023-01',
    }),
    events('--recipient UA', { recipient: 'UA' }),
    events('--category drones --since 2024', { category: 'drones', since: '2024' }),
    events('--min-sources 5', { minSources: 5 }),
    events('--certainty confirmed --until 2016', { certainty: 'confirmed', until: '2016' }),
    events('--actor IR', { actor: 'IR' }),
    events('--breach UN', { breach: 'UN' }),
    events('--breach EU --recipient RU', { breach: 'EU', recipient: 'RU' }),
    events('--breach any --since 2024', { breach: 'any', since: '2024' }),
    { name: 'event ID (detail)', run: () => getEvent(store.db, top.id, actor) },
    sorted('recent'),
    sorted('oldest'),
    sorted('supplier'),
    { ...events('--review unreviewed', { review: 'unreviewed' }) },
    view('graph', () => graphView(store.db, store.dialect, {}, 500, actor)),
    view('graph --recipient UA', () =>
      graphView(store.db, store.dialect, { recipient: 'UA' }, 500, actor),
    ),
    view('graph --category drones --since 2024', () =>
      graphView(store.db, store.dialect, { category: 'drones', since: '2024' }, 500, actor),
    ),
    view('timeline --by category', () => timelineView(store.db, {}, 'category')),
    view('timeline --by certainty', () => timelineView(store.db, {}, 'certainty')),
    view('timeline --by category --actor KP', () =>
      timelineView(store.db, { actor: 'KP' }, 'category'),
    ),
    view('map', () => mapView(store.db, store.dialect, {}, 500, actor, placeOf)),
    search('satellite'),
    search('Russia drones'),
    search('"North Korea" missiles'),
    search('munitions OR obus'),
    search('fregate'),
    search('zzzunknownword'),
    search('satellite', 'relevance'),
    search('"North Korea" missiles', 'relevance'),
    search('zzzunknownword OR fregate', 'relevance'),
  ]
  const results = []
  for (const m of measures) {
    const r = await time(m)
    results.push(r)
    console.log(
      `${r.name.padEnd(78)} median ${String(r.median_ms).padStart(7)} ms  p95 ${String(r.p95_ms).padStart(7)} ms  rows ${r.rows}`,
    )
  }
  await store.close()
  console.log(JSON.stringify({ db: DB, docs: DOCS, events: EVENTS, runs: RUNS, results }))
}

await main()
