import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, PostgresDialect, sql, type KyselyConfig } from 'kysely'
import { ImmediateSqliteDialect } from './sqlite-dialect.js'
import pg from 'pg'
import { ArmsgraphError } from '../errors.js'
import type { DialectName } from './dialect.js'
import { locateStore, type StoreLocation } from './locate-store.js'
import { migrateToLatest } from './migrate.js'
import type { Assessor } from './recompute-events.js'
import type { Database } from './schema.js'

/** How long a SQLite write waits for another process's write lock before ERR_STORE. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000

export interface Store {
  db: Kysely<Database>
  dialect: DialectName
  location: StoreLocation
  /** Embargo assessment applied to every event consolidation writes (none: events get []). */
  assessor?: Assessor
  close(): Promise<void>
}

export interface OpenOptions {
  /** PostgreSQL pool size; a worker needs 1–2, the API server more. */
  poolSize?: number
  env?: NodeJS.ProcessEnv
  /** Called after every query (benchmarks and debugging). */
  log?: (sql: string, ms: number) => void
}

// PostgreSQL returns bigint counts and sums as strings; the store's numbers all fit a double.
pg.types.setTypeParser(20, (v) => Number(v))
pg.types.setTypeParser(1700, (v) => Number(v))

function openSqlite(location: StoreLocation, log: KyselyConfig['log']): Kysely<Database> {
  const path = location.target
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    const database = new BetterSqlite3(path, { timeout: SQLITE_BUSY_TIMEOUT_MS })
    database.pragma('journal_mode = WAL')
    // NORMAL in WAL mode survives a killed process; only a power cut can drop the last commits.
    database.pragma('synchronous = NORMAL')
    database.pragma('foreign_keys = ON')
    return new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database }),
      ...(log ? { log } : {}),
    })
  } catch (e) {
    throw new ArmsgraphError(
      'ERR_STORE',
      `cannot open the SQLite store ${path}: ${(e as Error).message}`,
      undefined,
      { cause: e },
    )
  }
}

function openPostgres(
  location: StoreLocation,
  poolSize: number,
  log: KyselyConfig['log'],
): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: location.target,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
  })
  // An idle client losing its server must not crash the process: the next query reports it.
  pool.on('error', () => undefined)
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) })
}

async function prepareSchema(db: Kysely<Database>, location: StoreLocation): Promise<void> {
  if (location.dialect === 'postgres' && location.schema) {
    try {
      await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(location.schema)}`.execute(db)
    } catch (e) {
      // Two workers starting together can both try to create it: the loser finds it made.
      if (!['42P06', '23505'].includes((e as { code?: string }).code ?? '')) throw e
    }
  }
}

function storeError(e: unknown, location: StoreLocation): ArmsgraphError {
  if (e instanceof ArmsgraphError) return e
  const err = e as NodeJS.ErrnoException
  const what = location.dialect === 'postgres' ? 'PostgreSQL store' : 'SQLite store'
  const reason = err.code === 'ECONNREFUSED' ? 'connection refused' : err.message
  return new ArmsgraphError(
    'ERR_STORE',
    `cannot use the ${what} ${location.display}: ${reason}`,
    undefined,
    {
      cause: e,
    },
  )
}

/**
 * Opens (creating on first use) and migrates the store named by `spec`, ARMSGRAPH_DB or the
 * default path. Concurrent openers are safe: migrations take kysely's migration lock.
 */
export async function openStore(spec?: string | null, opts: OpenOptions = {}): Promise<Store> {
  const location = locateStore(spec, opts.env)
  const onQuery = opts.log
  const log: KyselyConfig['log'] = onQuery
    ? (event) => onQuery(event.query.sql, event.queryDurationMillis)
    : undefined
  const db =
    location.dialect === 'sqlite'
      ? openSqlite(location, log)
      : openPostgres(location, opts.poolSize ?? 4, log)
  try {
    // A cheap round trip first: an unreachable server is reported as such, not as a migration.
    await sql`SELECT 1`.execute(db)
    await prepareSchema(db, location)
    await migrateToLatest(db, location.dialect, location.schema)
  } catch (e) {
    await db.destroy().catch(() => undefined)
    throw storeError(e, location)
  }
  return {
    db,
    dialect: location.dialect,
    location,
    close: () => db.destroy(),
  }
}

export { storeError }
