import { openStore, type OpenOptions, type Store } from '../store/open-store.js'

/** Opens the store named by --db (or ARMSGRAPH_DB, or the default file), runs, always closes. */
export async function withStore<T>(
  db: string | undefined,
  run: (store: Store) => Promise<T>,
  opts: OpenOptions = {},
): Promise<T> {
  const store = await openStore(db, opts)
  try {
    return await run(store)
  } finally {
    await store.close()
  }
}

export const DB_OPTION = [
  '--db <path|url>',
  'SQLite file or postgres:// URL (default: ARMSGRAPH_DB, else ~/.local/share/armsgraph/armsgraph.db)',
] as const
