import type { Writer } from '../store/write-documents.js'

export interface ViewCacheOptions {
  maxEntries?: number
  /** Total size of the cached answers (UTF-16 code units, about bytes for JSON). */
  maxBytes?: number
  /** Upper bound on staleness for changes the version cannot see (see storeVersion). */
  ttlMs?: number
  /**
   * How long a version read is trusted: under load, one read serves every request of that
   * instant. Changes made by other processes show within this; this server's own at once.
   */
  versionTtlMs?: number
  clock?: () => number
}

interface Entry {
  version: string
  at: number
  /** The answer already serialised: a hit costs no JSON work at all. */
  json: Promise<string>
  bytes: number
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
 * Read answers cached per query until the store changes. The aggregated views scan every matching
 * event (100–300 ms on 200,000 events) and an event page serialises hundreds of kilobytes, while
 * the dashboard asks for the same few again and again; a hit is two index lookups and a string.
 * Concurrent identical requests share one computation. Memory is bounded by entries and bytes.
 */
export class ViewCache {
  private readonly entries = new Map<string, Entry>()
  private readonly maxEntries: number
  private readonly maxBytes: number
  private bytes = 0
  private readonly ttlMs: number
  private readonly clock: () => number
  /** Bumped by this process's own writes, which can land within the same millisecond. */
  private local = 0
  private readonly versionTtlMs: number
  private version: { value: Promise<string>; at: number } | null = null

  constructor(
    private readonly db: Writer,
    opts: ViewCacheOptions = {},
  ) {
    this.maxEntries = opts.maxEntries ?? 500
    this.maxBytes = opts.maxBytes ?? 64 * 1024 * 1024
    this.ttlMs = opts.ttlMs ?? 5 * 60_000
    this.clock = opts.clock ?? Date.now
    this.versionTtlMs = opts.versionTtlMs ?? 200
  }

  invalidate(): void {
    this.local += 1
    this.version = null
    this.entries.clear()
    this.bytes = 0
  }

  /** The JSON of `compute()`'s answer, from the cache when the store has not changed since. */
  async json(key: string, compute: () => Promise<unknown>): Promise<string> {
    const now = this.clock()
    const version = `${await this.currentVersion(now)}|${this.local}`
    const hit = this.entries.get(key)
    if (hit && hit.version === version && now - hit.at < this.ttlMs) {
      // Re-insert: Map order is the eviction order, least recently used first.
      this.entries.delete(key)
      this.entries.set(key, hit)
      return hit.json
    }
    if (hit) this.drop(key)
    const json = compute().then((value) => JSON.stringify(value))
    const entry: Entry = { version, at: now, json, bytes: 0 }
    this.entries.set(key, entry)
    json.then(
      (text) => {
        if (this.entries.get(key) !== entry) return
        entry.bytes = text.length
        this.bytes += text.length
        this.evict()
      },
      // A failed computation is not kept: the next request tries again.
      () => {
        if (this.entries.get(key) === entry) this.drop(key)
      },
    )
    this.evict()
    return json
  }

  private currentVersion(now: number): Promise<string> {
    if (this.version && now - this.version.at < this.versionTtlMs) return this.version.value
    const value = storeVersion(this.db)
    this.version = { value, at: now }
    value.catch(() => {
      if (this.version?.value === value) this.version = null
    })
    return value
  }

  private drop(key: string): void {
    const e = this.entries.get(key)
    if (!e) return
    this.bytes -= e.bytes
    this.entries.delete(key)
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next()
      if (oldest.done) break
      this.drop(oldest.value)
    }
  }
}
