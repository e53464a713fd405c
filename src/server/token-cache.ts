import type { Writer } from '../store/write-documents.js'
import { findToken, type TokenInfo } from '../store/tokens.js'

/**
 * Token lookups remembered for a second: under load every request would otherwise query the
 * store for the same few tokens. A revocation through this server clears it at once; one made by
 * the CLI in another process takes effect within `ttlMs`.
 */
export class TokenCache {
  private readonly entries = new Map<string, { info: TokenInfo | null; at: number }>()

  constructor(
    private readonly db: Writer,
    private readonly ttlMs = 1000,
    private readonly maxEntries = 1000,
    private readonly clock: () => number = Date.now,
  ) {}

  async find(token: string): Promise<TokenInfo | null> {
    const now = this.clock()
    const hit = this.entries.get(token)
    if (hit && now - hit.at < this.ttlMs) return hit.info
    const info = await findToken(this.db, token)
    // Unknown tokens are not remembered: guessing must not fill the memory.
    if (info) {
      this.entries.set(token, { info, at: now })
      if (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next()
        if (!oldest.done) this.entries.delete(oldest.value)
      }
    } else this.entries.delete(token)
    return info
  }

  clear(): void {
    this.entries.clear()
  }
}
