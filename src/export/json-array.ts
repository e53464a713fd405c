import type { Source } from './source.js'

/**
 * One JSON array written element by element, one compact element per line, so `--format json`
 * can stream as many events as `jsonl` does and still parse as a single document.
 */
export async function* jsonArray<T extends object>(items: Source<T>): AsyncGenerator<string> {
  let isFirst = true
  for await (const item of items) {
    yield `${isFirst ? '[\n' : ',\n'}  ${JSON.stringify(item)}`
    isFirst = false
  }
  yield isFirst ? '[]\n' : '\n]\n'
}
