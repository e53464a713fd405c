import type { Writer } from '../store/write-documents.js'

export interface ViewCacheOptions {
  maxEntries?: number
  /** Upper bound on staleness for changes the version cannot see (see storeVersion). */
  ttlMs?: number
  clock?: () => number
}

interface Entry {
  version: string
  at: number
  value: Promise<unknown>
}

/**
 * What the events look like now, in two index lookups: any consolidation or review rewrites some
 * event's `updated_at`, and every review adds a row. A deletion that leaves every other event
 * untouched is not seen; the cache's TTL bounds that case.
 */
export async function storeVersion(db: Writer): Promise<string> {
  const [events, reviews] = await Promise.all([
    db
      .selectFrom('events')
      .select((eb) => eb.fn.max('updated_at').as('v'))
      .executeTakeFirst(),
    db
      .selectFrom('reviews')
      .select((eb) => eb.fn.max('seq').as('v'))
      .executeTakeFirst(),
  ])
  return `${String(events?.v ?? '')}|${String(reviews?.v ?? '')}`
}

/**
 * Aggregated views (network, map, timeline) cached per query until the store changes: they scan
 * every matching event, which takes 100–300 ms on 200,000 events, while the dashboard asks for
 * the same few again and again. Concurrent identical requests share one computation.
 */
export class ViewCache {
  private readonly entries = new Map<string, Entry>()
  private readonly maxEntries: number
  private readonly ttlMs: number
  private readonly clock: () => number
  /** Bumped by this process's own writes, which can land within the same millisecond. */
  private local = 0

  constructor(
    private readonly db: Writer,
    opts: ViewCacheOptions = {},
  ) {
    this.maxEntries = opts.maxEntries ?? 200
    this.ttlMs = opts.ttlMs ?? 5 * 60_000
    this.clock = opts.clock ?? Date.now
  }

  invalidate(): void {
    this.local += 1
    this.entries.clear()
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = `${await storeVersion(this.db)}|${this.local}`
    const now = this.clock()
    const hit = this.entries.get(key)
    if (hit && hit.version === version && now - hit.at < this.ttlMs) {
      // Re-insert: Map order is the eviction order, least recently used first.
      this.entries.delete(key)
      this.entries.set(key, hit)
      return hit.value as Promise<T>
    }
    const value = compute()
    this.entries.set(key, { version, at: now, value })
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key)
    })
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next()
      if (oldest.done) break
      this.entries.delete(oldest.value)
    }
    return value
  }
}
