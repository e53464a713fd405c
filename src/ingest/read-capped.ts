import { ArmsgraphError } from '../errors.js'

/** 64 MiB: far above any article, low enough that a mistaken pipe cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

export function tooLarge(source: string, maxBytes: number): ArmsgraphError {
  return new ArmsgraphError(
    'ERR_INPUT_TOO_LARGE',
    `${source} is larger than the ${maxBytes}-byte limit`,
    { maxBytes },
  )
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk
  return new TextEncoder().encode(String(chunk))
}

/**
 * Reads a stream or async iterable of chunks, stopping as soon as the total passes `maxBytes` so
 * an endless source (stdin from /dev/zero, a huge response) never sits in memory whole.
 */
export async function readCapped(
  chunks: AsyncIterable<unknown>,
  source: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let total = 0
  for await (const chunk of chunks) {
    const bytes = toBytes(chunk)
    total += bytes.length
    if (total > maxBytes) throw tooLarge(source, maxBytes)
    parts.push(bytes)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
