import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'

// Parsing the YAML data takes over a second at every start (the yaml package reads about 1 MB/s);
// `npm run build` stores each file's parsed value beside dist/ (scripts/compile-data.ts), keyed by
// the file's path under data/ and the SHA-256 of its text. A file edited since is parsed again,
// so the cache can only save time, never serve stale data. Values are still validated.

export interface ParsedYamlCache {
  /** The parsed value of `raw` read from `file`, if the cache holds that exact text. */
  get(file: string, raw: string): unknown
}

interface CacheFile {
  files: Record<string, { sha256: string; value: unknown }>
}

export const CACHE_FILE = 'data-cache.json'

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The cache written by the build for `dataDir`, or one that holds nothing. */
export function openParsedYamlCache(dataDir: string, cachePath: string): ParsedYamlCache {
  let cache: CacheFile = { files: {} }
  try {
    if (existsSync(cachePath)) cache = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile
  } catch {
    // A damaged cache is no cache: every file is parsed from its YAML.
  }
  const files = cache.files ?? {}
  return {
    get(file, raw) {
      const hit = files[relative(dataDir, file).split('\\').join('/')]
      return hit && hit.sha256 === sha256(raw) ? hit.value : undefined
    },
  }
}
