import { DEFAULT_MAX_BYTES } from '../read-capped.js'
import { CallerError } from './failures.js'
import { readText, type TextSource } from './read-text.js'
import type { ExpandOptions } from './types.js'

/** What every reader needs: the options, with the callbacks wrapped once. */
export interface ExpandContext {
  opts: ExpandOptions
  maxBytes: number
  /** isKnownUrl, or never known; its errors are marked as the caller's. */
  isKnown: (url: string) => Promise<boolean>
  /** Reads a file or fetches a URL with the options' limits. */
  read: (source: string) => Promise<TextSource>
}

const DEFAULT_TIMEOUT_MS = 15_000

export function expandContext(opts: ExpandOptions): ExpandContext {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const readOpts = {
    maxBytes,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    allowPrivate: opts.allowPrivate ?? false,
    allowHosts: opts.allowHosts ?? [],
  }
  return {
    opts,
    maxBytes,
    isKnown: async (url) => {
      if (opts.isKnownUrl === undefined) return false
      try {
        return await opts.isKnownUrl(url)
      } catch (e) {
        throw new CallerError(e)
      }
    },
    read: (source) => readText(source, readOpts),
  }
}
