import { createHash } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { sql, type RawBuilder, type Transaction } from 'kysely'
import { ArmsgraphError } from '../errors.js'
import { VERSION } from '../version.js'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupRow,
  type BackupValue,
  type TableCounts,
} from './backup-format.js'
import { BACKUP_TABLES, type TableSpec } from './backup-tables.js'
import type { Store } from './open-store.js'
import type { Database } from './schema.js'
import type { Writer } from './write-documents.js'

export interface BackupOptions {
  /** Replace FILE when it exists. */
  force?: boolean
  clock?: () => Date
  /** Rows per query (tests use small pages to interleave with concurrent writers). */
  pageSize?: number
}

export interface BackupSummary {
  file: string
  bytes: number
  rows: TableCounts
  seconds: number
}

// Rows per query: documents can be large, and a page is held in memory while it is written out.
const PAGE = 500
// Lines are handed to gzip in blocks of about this size: one write per row would cost more
// than compressing it.
const BLOCK = 1 << 16

/** Rows of one table in key order, a page at a time (keyset pages, so no OFFSET rescans). */
export async function* tableRows(
  db: Writer,
  spec: TableSpec,
  pageSize = PAGE,
): AsyncGenerator<BackupRow> {
  const columns = sql.join(spec.columns.map((c) => sql.ref(c)))
  const key = sql.join(spec.key.map((c) => sql.ref(c)))
  let after: BackupValue[] | null = null
  for (;;) {
    const where: RawBuilder<unknown> = after ? sql`WHERE (${key}) > (${sql.join(after)})` : sql``
    const { rows }: { rows: BackupRow[] } = await sql<BackupRow>`
      SELECT ${columns} FROM ${sql.table(spec.name)} ${where}
      ORDER BY ${key} LIMIT ${pageSize}`.execute(db)
    yield* rows
    const last = rows.at(-1)
    if (!last || rows.length < pageSize) return
    after = spec.key.map((c) => last[c] ?? null)
  }
}

export async function countRows(db: Writer): Promise<TableCounts> {
  const out: TableCounts = {}
  for (const spec of BACKUP_TABLES) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n FROM ${sql.table(spec.name)}`.execute(db)
    out[spec.name] = Number(rows[0]?.n ?? 0)
  }
  return out
}

/** The migrations the store has applied, from kysely's own bookkeeping table. */
export async function appliedMigrations(db: Writer): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM kysely_migration ORDER BY name`.execute(db)
  return rows.map((r) => r.name)
}

/** The archive's text: header, row lines, trailer; handed out in blocks for gzip. */
async function* archiveText(
  trx: Transaction<Database>,
  header: BackupHeader,
  rows: TableCounts,
  pageSize: number | undefined,
) {
  const hash = createHash('sha256')
  let block = `${JSON.stringify(header)}\n`
  for (const spec of BACKUP_TABLES) {
    rows[spec.name] = 0
    for await (const r of tableRows(trx, spec, pageSize)) {
      const line = `${JSON.stringify({ t: spec.name, r })}\n`
      hash.update(line)
      rows[spec.name] = (rows[spec.name] ?? 0) + 1
      block += line
      if (block.length >= BLOCK) {
        yield block
        block = ''
      }
    }
  }
  yield `${block}${JSON.stringify({ trailer: true, counts: rows, sha256: hash.digest('hex') })}\n`
}

/** A file-system failure (no such folder, disk full) is the output's; anything else passes. */
function writeError(file: string, e: unknown): unknown {
  if (typeof (e as NodeJS.ErrnoException).syscall !== 'string') return e
  return new ArmsgraphError(
    'ERR_OUTPUT_FAILED',
    `cannot write the backup ${file}: ${(e as Error).message}`,
    { file },
    { cause: e },
  )
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes a portable backup of the whole store to FILE: gzip'd JSON Lines that either dialect can
 * restore. The rows come from one snapshot (a read transaction on SQLite, REPEATABLE READ on
 * PostgreSQL), so ingest can go on meanwhile and the copy is still consistent. The archive is
 * written to FILE.tmp, synced, then renamed: a crash never leaves half a backup under FILE.
 */
export async function writeBackup(
  store: Store,
  file: string,
  opts: BackupOptions = {},
): Promise<BackupSummary> {
  const started = performance.now()
  if (!opts.force && existsSync(file))
    throw new ArmsgraphError('ERR_CONFLICT', `${file} exists: add --force to replace it`, { file })
  const tmp = `${file}.tmp`
  const rows: TableCounts = {}
  try {
    // SQLite ignores the isolation settings: its deferred BEGIN takes a WAL snapshot at the
    // first read, which is what REPEATABLE READ gives on PostgreSQL.
    await store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          armsgraph: VERSION,
          migrations: await appliedMigrations(trx),
          created_at: (opts.clock ?? (() => new Date()))().toISOString(),
          counts: await countRows(trx),
        }
        await pipeline(
          Readable.from(archiveText(trx, header, rows, opts.pageSize)),
          createGzip(),
          createWriteStream(tmp),
        )
      })
    await syncFile(tmp)
    await rename(tmp, file)
  } catch (e) {
    await rm(tmp, { force: true })
    throw writeError(file, e)
  }
  const { size } = await stat(file)
  return { file, bytes: size, rows, seconds: (performance.now() - started) / 1000 }
}
