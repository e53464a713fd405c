import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadRules } from '../../src/assess/index.js'
import { loadData, type LoadedData } from '../../src/data/index.js'
import { isArmsgraphError } from '../../src/errors.js'
import { recordFailure } from '../../src/kb/commit-batch.js'
import { ensureAssessed } from '../../src/kb/event-assessment.js'
import { actorLookup } from '../../src/kb/actor-lookup.js'
import { rebuildEvents } from '../../src/kb/reextract.js'
import { reviewEvent } from '../../src/kb/review-event.js'
import { runIngest, type IngestEntry } from '../../src/kb/run-ingest.js'
import type { EventSummary } from '../../src/kb/types.js'
import { countRows, tableRows, writeBackup } from '../../src/store/backup.js'
import type { BackupRow } from '../../src/store/backup-format.js'
import { BACKUP_TABLES } from '../../src/store/backup-tables.js'
import { dedupeKey, enqueue } from '../../src/store/jobs.js'
import { openStore, type Store } from '../../src/store/open-store.js'
import { listEvents, streamEvents } from '../../src/store/query-events.js'
import { restoreBackup } from '../../src/store/restore.js'
import { searchDocuments } from '../../src/store/search-documents.js'
import { createToken } from '../../src/store/tokens.js'
import { genArticle } from '../../scripts/gen-corpus.js'
import { hasDist, runCli } from '../helpers/cli-binary.js'
import { KB_ARTICLES, incoming, type KbArticle } from '../helpers/kb-articles.js'
import { must } from '../helpers/must.js'
import { newsEn } from '../helpers/news-en.js'
import { newsFr } from '../helpers/news-fr.js'
import { prng } from '../helpers/prng.js'
import { freshStore, STORE_TARGETS, type StoreTarget } from '../helpers/stores.js'

let data: LoadedData
let dir = ''
beforeAll(() => {
  data = loadData()
  dir = mkdtempSync(join(tmpdir(), 'armsgraph-backup-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let fileCounter = 0
const newFile = () => join(dir, `kb-${fileCounter++}.agbak`)

async function* entriesOf(articles: readonly KbArticle[]): AsyncGenerator<IngestEntry> {
  for (const a of articles) yield { ok: true, item: incoming(a) }
}

/** Text that trips naive line handling: separators JSON leaves raw, quotes, astral characters. */
const AWKWARD: KbArticle = {
  key: 'awkward',
  title: 'Line\u2028separators and "quotes" 🚀',
  text: 'Iran supplied Russia with more Shahed drones, officials said\u2029 on Monday — « déjà » 🚀.',
  url: 'https://odd-press.example/2023/01/05/odd',
  publisher: 'Odd Press',
  publisherCountry: 'NL',
  published: '2023-01-05',
}

/** A store with something in every table: documents, events, reviews, failures, jobs, tokens. */
async function fill(store: Store): Promise<void> {
  await ensureAssessed(store, loadRules())
  await runIngest(store, entriesOf([...KB_ARTICLES, AWKWARD]), { data })
  const lookup = actorLookup(data)
  const page = { limit: 10, offset: 0 }
  const [shells] = await listEvents(
    store.db,
    { supplier: 'KP', category: 'ammunition' },
    page,
    lookup,
  )
  await reviewEvent(store, must(shells).id, {
    status: 'accepted',
    reviewer: 'ana',
    note: 'matches the briefing',
    actor: 'test:backup',
  })
  const [drones] = await listEvents(store.db, { supplier: 'IR' }, page, lookup)
  await reviewEvent(store, must(drones).id, {
    status: 'edited',
    edits: { certainty: 'confirmed' },
    actor: 'test:backup',
  })
  const now = '2024-06-01T10:00:00.000Z'
  await recordFailure(store.db, 'missing.txt', 'ERR_INPUT_NOT_FOUND', 'no such file', now)
  await enqueue(store.db, 'document', { origin: 'queued' }, dedupeKey('document', null, 'x'), now)
  await createToken(store.db, { name: 'dashboard', role: 'viewer', now })
}

/** Every backed-up table's rows, sorted so that two dialects compare equal. */
async function tables(store: Store): Promise<Record<string, BackupRow[]>> {
  const out: Record<string, BackupRow[]> = {}
  for (const spec of BACKUP_TABLES) {
    const rows: BackupRow[] = []
    for await (const r of tableRows(store.db, spec)) rows.push(r)
    out[spec.name] = rows
      .map((r) => JSON.stringify(r))
      .sort()
      .map((s) => JSON.parse(s) as BackupRow)
  }
  return out
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function allEvents(store: Store): Promise<EventSummary[]> {
  const out: EventSummary[] = []
  for await (const e of streamEvents(store.db, { includeRejected: true }, actorLookup(data)))
    out.push(e)
  return out
}

/** The full-text index agrees with the restored documents (FTS5 checks itself on SQLite). */
async function expectSearchable(store: Store): Promise<void> {
  const hits = await searchDocuments(store.db, store.dialect, 'Lavrov', 10)
  expect(hits.map((h) => h.document.url)).toEqual([KB_ARTICLES[1]?.url])
  if (store.dialect === 'sqlite')
    await sql`INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`.execute(store.db)
}

async function restoreError(store: Store, file: string, force = true): Promise<string> {
  try {
    await restoreBackup(store, file, { force })
  } catch (e) {
    if (!isArmsgraphError(e)) throw e
    expect(e.message).not.toMatch(/[\r\n]/)
    return `${e.code}: ${e.message}`
  }
  throw new Error('the restore was expected to fail')
}

function lines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(0, -1)
}

function writeLines(file: string, content: readonly string[]): void {
  writeFileSync(file, gzipSync(`${content.join('\n')}\n`))
}

const available = STORE_TARGETS.filter((t) => t.available)
const pairs = STORE_TARGETS.flatMap((from) =>
  STORE_TARGETS.map((to) => ({ from, to, label: `${from.name} → ${to.name}` })),
)

/** Fresh stores opened by a test, closed (and dropped) after it. */
function storeHandles() {
  const open: Array<() => Promise<void>> = []
  afterEach(async () => {
    for (const close of open.splice(0)) await close()
  })
  return async (target: StoreTarget) => {
    const fresh = await freshStore(target)
    open.push(fresh.close)
    return fresh
  }
}

describe.each(pairs)('backup and restore $label', ({ from, to }) => {
  const fresh = storeHandles()

  it.skipIf(!from.available || !to.available)(
    'restores every row, and the store works on afterwards',
    async () => {
      const source = (await fresh(from)).store
      await fill(source)
      const file = newFile()
      const written = await writeBackup(source, file)
      expect(written.rows).toEqual(await countRows(source.db))
      expect(written.rows.documents).toBe(KB_ARTICLES.length + 1)
      expect(existsSync(`${file}.tmp`)).toBe(false)

      const target = (await fresh(to)).store
      const restored = await restoreBackup(target, file)
      expect(restored.rows).toEqual(written.rows)
      expect(await tables(target)).toEqual(await tables(source))
      await expectSearchable(target)

      // Derived data: the full-text index answers on the restored documents.
      const hits = await searchDocuments(target.db, target.dialect, 'Shahed', 10)
      expect(hits.map((h) => h.document.url).sort()).toEqual(
        [AWKWARD.url, KB_ARTICLES[3]?.url].sort(),
      )
      // Reviews still apply: the edited event reads as confirmed.
      const lookup = actorLookup(data)
      const page = { limit: 10, offset: 0 }
      const [drones] = await listEvents(target.db, { supplier: 'IR' }, page, lookup)
      expect(drones?.review).toMatchObject({ status: 'edited' })
      expect(drones?.certainty).toBe('confirmed')
      // Counters continue after the restored rows: new documents, reviews and audit rows fit.
      const before = await countRows(target.db)
      const late = {
        ...AWKWARD,
        key: 'late',
        url: 'https://odd-press.example/late',
        text: 'Russia delivered Su-35 fighter jets to Iran in 2025, the ministry said.',
      }
      await ensureAssessed(target, loadRules())
      expect(await runIngest(target, entriesOf([late]), { data })).toMatchObject({ added: 1 })
      await reviewEvent(target, must(drones).id, { status: 'rejected', actor: 'test:after' })
      const after = await countRows(target.db)
      expect(after.documents).toBe((before.documents ?? 0) + 1)
      expect(after.reviews).toBe((before.reviews ?? 0) + 1)
      expect(after.audit).toBe((before.audit ?? 0) + 1)
    },
  )
})

describe.each(STORE_TARGETS)('backup and restore safety on $name', (target) => {
  const fresh = storeHandles()
  let file = ''
  let source: Store

  /** A second store holding other content, which a refused restore must leave as it was. */
  async function occupied(): Promise<Store> {
    const store = (await fresh(target)).store
    await runIngest(store, entriesOf([AWKWARD]), { data })
    return store
  }

  const open = async () => {
    source = (await fresh(target)).store
    await fill(source)
    file = newFile()
    await writeBackup(source, file)
  }

  it.skipIf(!target.available)('refuses a non-empty store without --force', async () => {
    await open()
    const store = await occupied()
    const before = await tables(store)
    expect(await restoreError(store, file, false)).toMatch(
      /^ERR_CONFLICT: the store is not empty \(1 documents, .*add --force/,
    )
    expect(await tables(store)).toEqual(before)
    await restoreBackup(store, file, { force: true })
    expect(await tables(store)).toEqual(await tables(source))
    await expectSearchable(store)
  })

  it.skipIf(!target.available)(
    'refuses damaged or foreign files and leaves the store untouched',
    async () => {
      await open()
      const store = await occupied()
      const before = await tables(store)
      const original = readFileSync(file)
      const text = lines(file)
      const header = JSON.parse(must(text[0])) as Record<string, unknown>
      const cases: Array<[string, () => void, RegExp]> = [
        [
          'cut short',
          () => writeFileSync(file, original.subarray(0, Math.floor(original.length * 0.6))),
          /compressed data is damaged or cut short/,
        ],
        [
          'a flipped byte',
          () => {
            const copy = Buffer.from(original)
            const at = Math.floor(copy.length / 2)
            copy[at] = (copy[at] ?? 0) ^ 0xff
            writeFileSync(file, copy)
          },
          // Deflate may decode garbage rather than fail: the row checks catch it either way.
          /damaged|line \d+|checksum|refused|rows where/,
        ],
        [
          'not a backup',
          () => writeLines(file, [JSON.stringify({ format: 'something-else' })]),
          /first line is not an armsgraph backup header/,
        ],
        ['not gzip', () => writeFileSync(file, text.join('\n')), /compressed data is damaged/],
        ['no trailer', () => writeLines(file, text.slice(0, -1)), /no trailer/],
        [
          'an altered row',
          () =>
            writeLines(
              file,
              text.map((l) => l.replace('matches the briefing', 'altered')),
            ),
          /checksum of the rows does not match/,
        ],
        [
          'a missing row',
          () =>
            writeLines(
              file,
              text.filter((_, i) => i !== 3),
            ),
          // The rows of that document then break a foreign key, or the checksum does.
          /checksum|rows where|refused/,
        ],
        [
          'a newer armsgraph',
          () =>
            writeLines(file, [
              JSON.stringify({
                ...header,
                migrations: [...(header.migrations as string[]), '9999-future'],
              }),
              ...text.slice(1),
            ]),
          /newer armsgraph .*9999-future.*upgrade/,
        ],
        [
          'a newer archive format',
          () => writeLines(file, [JSON.stringify({ ...header, version: 2 }), ...text.slice(1)]),
          /newer armsgraph .*archive format 2; upgrade/,
        ],
      ]
      for (const [what, damage, reason] of cases) {
        damage()
        const message = await restoreError(store, file)
        expect(message, what).toMatch(/^ERR_BACKUP_INVALID: /)
        expect(message, what).toMatch(reason)
        expect(await tables(store), what).toEqual(before)
      }
      const missing = await restoreError(store, join(dir, 'nowhere.agbak'))
      expect(missing).toMatch(/^ERR_INPUT_NOT_FOUND: cannot read the backup/)
    },
  )

  it.skipIf(!target.available)(
    'writes through FILE.tmp and replaces a backup only with --force',
    async () => {
      await open()
      const first = readFileSync(file)
      await expect(writeBackup(source, file)).rejects.toMatchObject({ code: 'ERR_CONFLICT' })
      expect(readFileSync(file)).toEqual(first)
      await writeBackup(source, file, { force: true })
      expect(existsSync(`${file}.tmp`)).toBe(false)
      await expect(
        writeBackup(source, join(dir, 'no-such-folder', 'x.agbak')),
      ).rejects.toMatchObject({ code: 'ERR_OUTPUT_FAILED' })
    },
  )

  it.skipIf(!target.available)(
    'copies one consistent snapshot while another connection ingests',
    async () => {
      const { store, spec } = await fresh(target)
      await ensureAssessed(store, loadRules())
      const writer = await openStore(spec)
      await ensureAssessed(writer, loadRules())
      const r = prng(3)
      async function* generated(): AsyncGenerator<IngestEntry> {
        for (let i = 0; i < 80; i++) {
          const a = genArticle(i % 2 ? newsFr : newsEn, r, i)
          const content = `${a.text}\n\nRef ${i}.`
          const input = { content, published: a.published }
          const item = {
            origin: `gen-${i}`,
            input,
            publisher: `Outlet ${i % 5}`,
            publisherCountry: null,
          }
          yield { ok: true, item }
        }
      }
      try {
        const ingesting = runIngest(writer, generated(), { data, batchSize: 4 })
        while ((await countRows(store.db)).documents === 0) await sleep(10)
        // Pages of 3 rows: the writer commits many batches between the backup's queries.
        const file = newFile()
        const written = await writeBackup(store, file, { pageSize: 3 })
        await ingesting
        const copy = (await fresh(target)).store
        // The restore checks every table's rows against the header's counts, taken in the
        // same snapshot, and the foreign keys of every transfer.
        await restoreBackup(copy, file)
        expect(await countRows(copy.db)).toEqual(written.rows)
        // Events match their transfers exactly: none is from a later commit than the rest.
        expect(await ensureAssessed(copy, loadRules())).toBe(0)
        const events = await allEvents(copy)
        await rebuildEvents(copy)
        expect(await allEvents(copy)).toEqual(events)
      } finally {
        await writer.close()
      }
    },
  )

  it.skipIf(!target.available)('records the restore in the restored audit log', async () => {
    await open()
    const store = (await fresh(target)).store
    await restoreBackup(store, file, { actor: 'cli:tester' })
    const last = await store.db
      .selectFrom('audit')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirst()
    expect(last).toMatchObject({ actor: 'cli:tester', action: 'restore', target: file })
    expect(JSON.parse(must(last).detail)).toMatchObject({ rows: { documents: 7 } })
  })

  it.skipIf(!target.available)('carries every column the store has', async () => {
    const store = (await fresh(target)).store
    const live = await store.db.introspection.getTables()
    for (const spec of BACKUP_TABLES) {
      const table = must(
        live.find((t) => t.name === spec.name && (t.schema ?? null) === store.location.schema),
        spec.name,
      )
      // PostgreSQL's tsvector is generated from the text on every insert: not carried.
      const columns = table.columns.map((c) => c.name).filter((c) => c !== 'tsv')
      expect([...spec.columns].sort(), spec.name).toEqual(columns.sort())
    }
  })
})

describe.skipIf(!hasDist || available.length === 0)('armsgraph backup and restore', () => {
  const fresh = storeHandles()

  it('round-trips through the CLI on every store, across dialects', async () => {
    const [first, second] = [must(available[0]), available.at(-1) ?? must(available[0])]
    const source = await fresh(first)
    await fill(source.store)
    const file = newFile()
    const backup = runCli(['backup', file, '--db', source.spec])
    expect(backup.status, backup.stderr).toBe(0)
    const written = JSON.parse(backup.stdout) as { rows: Record<string, number>; bytes: number }
    expect(written.rows).toEqual(await countRows(source.store.db))
    expect(written.bytes).toBeGreaterThan(0)

    const again = runCli(['backup', file, '--db', source.spec])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(
      /^armsgraph: .* exists: add --force to replace it \[ERR_CONFLICT\]\n$/,
    )

    const target = await fresh(second)
    const restore = runCli(['restore', file, '--db', target.spec, '--format', 'text'])
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(/^restored 7 documents, \d+ transfers, .* from /)
    const restored = await tables(target.store)
    const original = await tables(source.store)
    // The restore itself is one more audit row; everything else is identical.
    expect(restored.audit?.at(-1)).toMatchObject({ action: 'restore' })
    expect({ ...restored, audit: restored.audit?.slice(0, -1) }).toEqual(original)

    const search = runCli(['search', 'Shahed', '--db', target.spec, '--format', 'json'])
    expect(search.status, search.stderr).toBe(0)
    expect(search.stdout).toContain(AWKWARD.url)

    const refused = runCli(['restore', file, '--db', target.spec])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/^armsgraph: the store is not empty .* \[ERR_CONFLICT\]\n$/)
    const forced = runCli(['restore', file, '--db', target.spec, '--force'])
    expect(forced.status, forced.stderr).toBe(0)
  })

  it('refuses a damaged file with one line and exit 1, creating no store', () => {
    const file = newFile()
    writeFileSync(file, gzipSync('{"format":"armsgraph-backup","version":1}\n'))
    const db = join(dir, 'never-created.db')
    const r = runCli(['restore', file, '--db', db])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /^armsgraph: .* is not a usable armsgraph backup: .* \[ERR_BACKUP_INVALID\]\n$/,
    )
    expect(existsSync(db)).toBe(false)
  })
})
