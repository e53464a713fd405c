import { loadRules } from '../assess/index.js'
import { ensureAssessed } from '../kb/event-assessment.js'
import { openStore, type OpenOptions, type Store } from '../store/open-store.js'

/**
 * Opens the store named by --db (or ARMSGRAPH_DB, or the default file), brings event embargo
 * assessments up to date with the current rules, runs, and always closes.
 */
export async function withStore<T>(
  db: string | undefined,
  run: (store: Store) => Promise<T>,
  opts: OpenOptions = {},
): Promise<T> {
  const store = await openStore(db, opts)
  try {
    await ensureAssessed(store, loadRules())
    return await run(store)
  } finally {
    await store.close()
  }
}

export const DB_OPTION = [
  '--db <path|url>',
  'SQLite file or postgres:// URL (default: ARMSGRAPH_DB, else ~/.local/share/armsgraph/armsgraph.db)',
] as const
