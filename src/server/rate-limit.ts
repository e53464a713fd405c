/**
 * Token buckets per client (a token id, or an address without one): `rate` requests per second
 * on average, bursts of `burst`. Memory stays bounded: past `maxKeys` clients, the least
 * recently seen bucket is dropped (it refills anyway).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one request's worth; when empty, how many seconds until there is one again. */
  take(key: string, nowMs: number): { ok: true } | { ok: false; retryAfterS: number } {
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: nowMs }
    this.buckets.delete(key)
    b.tokens = Math.min(this.burst, b.tokens + ((nowMs - b.at) / 1000) * this.rate)
    b.at = nowMs
    this.buckets.set(key, b)
    if (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next()
      if (!oldest.done) this.buckets.delete(oldest.value)
    }
    if (b.tokens >= 1) {
      b.tokens -= 1
      return { ok: true }
    }
    return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - b.tokens) / this.rate)) }
  }
}
