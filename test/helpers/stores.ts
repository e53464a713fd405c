import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openStore, type Store } from '../../src/store/open-store.js'

/** The PostgreSQL server CI and developers run (trust auth, database `test`). */
export const PG_URL = process.env.ARMSGRAPH_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test'

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return null
  } catch (e) {
    return (e as Error).message
  } finally {
    await client.end().catch(() => undefined)
  }
}

const pgProblem = await probePostgres()
if (pgProblem && process.env.CI) {
  // On CI the PostgreSQL half of the suite must run, never silently skip.
  throw new Error(`PostgreSQL is required on CI but ${PG_URL} is unusable: ${pgProblem}`)
}
if (pgProblem) {
  process.stderr.write(`[store tests] PostgreSQL tests skipped: ${PG_URL}: ${pgProblem}\n`)
}

export interface StoreTarget {
  name: 'sqlite' | 'postgres'
  available: boolean
  /** A new, empty store location (a temp file, or a fresh PostgreSQL schema). */
  fresh(): { spec: string; cleanup: () => Promise<void> }
}

let counter = 0

export const STORE_TARGETS: StoreTarget[] = [
  {
    name: 'sqlite',
    available: true,
    fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'armsgraph-store-'))
      return {
        spec: join(dir, 'kb.db'),
        cleanup: () => {
          rmSync(dir, { recursive: true, force: true })
          return Promise.resolve()
        },
      }
    },
  },
  {
    name: 'postgres',
    available: pgProblem === null,
    fresh() {
      const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`
      const url = new URL(PG_URL)
      url.searchParams.set('schema', schema)
      return {
        spec: url.toString(),
        cleanup: async () => {
          const client = new pg.Client({ connectionString: PG_URL })
          await client.connect()
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
          await client.end()
        },
      }
    },
  },
]

/** Opens a fresh store of the target; call the returned close() in afterEach. */
export async function freshStore(
  target: StoreTarget,
): Promise<{ store: Store; spec: string; close: () => Promise<void> }> {
  const { spec, cleanup } = target.fresh()
  const store = await openStore(spec)
  return {
    store,
    spec,
    close: async () => {
      await store.close()
      await cleanup()
    },
  }
}
