import { createHash } from 'node:crypto'
import { sql, type Transaction } from 'kysely'
import { ArmsgraphError } from '../errors.js'
import { recordAudit } from './audit.js'
import { countRows } from './backup.js'
import { archiveLines, firstLine } from './backup-lines.js'
import {
  damaged,
  parseEntry,
  parseHeader,
  type BackupHeader,
  type BackupTrailer,
  type TableCounts,
} from './backup-format.js'
import { BACKUP_TABLES } from './backup-tables.js'
import type { DialectName } from './dialect.js'
import { knownMigrations } from './migrate.js'
import type { Store } from './open-store.js'
import type { Database } from './schema.js'
import { RowBatch } from './row-batch.js'

export interface RestoreOptions {
  /** Replace what the store holds (inside the restore's transaction). */
  force?: boolean
  /** Who restores (`cli:<user>`): the restore is appended to the restored audit log. */
  actor?: string
  clock?: () => Date
}

export interface RestoreSummary {
  file: string
  rows: TableCounts
  /** Who wrote the backup, and when. */
  armsgraph: string
  created_at: string
  seconds: number
}

const NEWLINE = Buffer.from('\n')

/**
 * Reads and checks only the header: the CLI calls it before opening the store, so a file that is
 * not a backup, or one from a newer armsgraph, is refused before anything is created.
 */
export async function readBackupHeader(file: string, dialect: DialectName): Promise<BackupHeader> {
  return parseHeader(await firstLine(file), file, knownMigrations(dialect))
}

/** Empties the store, refusing (without --force) when it holds anything but bookkeeping. */
async function clearStore(trx: Transaction<Database>, force: boolean): Promise<void> {
  const held = Object.entries(await countRows(trx)).filter(([t, n]) => t !== 'meta' && n > 0)
  if (held.length > 0 && !force)
    throw new ArmsgraphError(
      'ERR_CONFLICT',
      `the store is not empty (${held.map(([t, n]) => `${n} ${t}`).join(', ')}): restore into an empty store, or add --force to replace its contents`,
    )
  // Children first; on SQLite the FTS5 triggers drop each document's index entries with it.
  for (const spec of [...BACKUP_TABLES].reverse())
    await sql`DELETE FROM ${sql.table(spec.name)}`.execute(trx)
}

/**
 * PostgreSQL serials do not move when rows arrive with their own `seq`: set each to follow the
 * restored maximum. SQLite's AUTOINCREMENT already remembers the largest rowid inserted.
 */
const continueSequences: Record<DialectName, (trx: Transaction<Database>) => Promise<void>> = {
  sqlite: () => Promise.resolve(),
  postgres: async (trx) => {
    for (const spec of BACKUP_TABLES.filter((t) => t.serial)) {
      await sql`SELECT setval(pg_get_serial_sequence(${spec.name}, 'seq'),
        coalesce((SELECT max(seq) FROM ${sql.table(spec.name)}), 0) + 1, false)`.execute(trx)
    }
  },
}

function checkCounts(
  file: string,
  rows: TableCounts,
  header: BackupHeader,
  trailer: BackupTrailer,
) {
  for (const spec of BACKUP_TABLES) {
    const read = rows[spec.name] ?? 0
    for (const [where, said] of [
      ['header', header.counts[spec.name] ?? 0],
      ['trailer', trailer.counts[spec.name] ?? 0],
    ] as const) {
      if (read !== said)
        throw damaged(file, `${read} ${spec.name} rows where the ${where} promises ${said}`)
    }
  }
}

/** Streams the archive into the (emptied) store; throws, rolling everything back, on any flaw. */
async function loadArchive(
  trx: Transaction<Database>,
  file: string,
  known: readonly string[],
): Promise<{ header: BackupHeader; rows: TableCounts }> {
  const hash = createHash('sha256')
  const rows: TableCounts = Object.fromEntries(BACKUP_TABLES.map((t) => [t.name, 0]))
  const batch = new RowBatch(trx, file)
  let header: BackupHeader | null = null
  let trailer: BackupTrailer | null = null
  let order = 0
  for await (const line of archiveLines(file)) {
    if (!line.complete) throw damaged(file, `it is cut short in line ${line.number}`)
    if (trailer) throw damaged(file, `line ${line.number} follows the trailer`)
    if (!header) {
      header = parseHeader(line.bytes, file, known)
      continue
    }
    const entry = parseEntry(line.bytes, file, line.number)
    if ('trailer' in entry) {
      trailer = entry
      continue
    }
    hash.update(line.bytes).update(NEWLINE)
    const at = BACKUP_TABLES.findIndex((t) => t.name === entry.table)
    if (at < order) throw damaged(file, `line ${line.number}: ${entry.table} rows out of order`)
    order = at
    rows[entry.table] = (rows[entry.table] ?? 0) + 1
    await batch.add(entry.table, entry.row, line.bytes.length, line.number)
  }
  await batch.flush()
  if (!header) throw damaged(file, 'it is empty')
  if (!trailer) throw damaged(file, 'it has no trailer, so it was cut short')
  if (hash.digest('hex') !== trailer.sha256)
    throw damaged(file, 'the checksum of the rows does not match: the file was altered')
  checkCounts(file, rows, header, trailer)
  return { header, rows }
}

/**
 * Restores a backup written by `writeBackup` from either dialect into an empty store (migrated
 * to the latest schema by openStore). All of it happens in one transaction: a damaged file, a
 * refused row or a crash leaves the store as it was. Derived data is rebuilt by the store
 * itself as rows arrive: the FTS5 index by its triggers, PostgreSQL's generated tsvector.
 */
export async function restoreBackup(
  store: Store,
  file: string,
  opts: RestoreOptions = {},
): Promise<RestoreSummary> {
  const started = performance.now()
  const known = knownMigrations(store.dialect)
  // Refuse a foreign or newer file before taking the write lock.
  await readBackupHeader(file, store.dialect)
  const { header, rows } = await store.db.transaction().execute(async (trx) => {
    await clearStore(trx, opts.force === true)
    const loaded = await loadArchive(trx, file, known)
    await continueSequences[store.dialect](trx)
    if (opts.actor)
      await recordAudit(trx, {
        at: (opts.clock ?? (() => new Date()))().toISOString(),
        actor: opts.actor,
        action: 'restore',
        target: file,
        detail: { rows: loaded.rows, armsgraph: loaded.header.armsgraph },
      })
    return loaded
  })
  return {
    file,
    rows,
    armsgraph: header.armsgraph,
    created_at: header.created_at,
    seconds: (performance.now() - started) / 1000,
  }
}
