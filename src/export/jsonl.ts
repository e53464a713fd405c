import type { Source } from './source.js'

/**
 * JSON Lines: one compact JSON object per line. JSON.stringify escapes every LF and CR inside
 * strings, so a record never spans two lines.
 */
export async function* jsonl<T extends object>(items: Source<T>): AsyncGenerator<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`
}
