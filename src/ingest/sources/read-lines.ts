/** One line of a byte stream, without its '\n'; `bytes` is null when it passed the cap. */
export interface Line {
  /** 1-based. */
  number: number
  bytes: Uint8Array | null
}

const NEWLINE = 0x0a

function joined(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0]
  const out = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/**
 * Splits a byte stream into lines, holding at most `maxBytes` of one line in memory: a longer
 * line is dropped as it streams by and reported with `bytes: null`. (readline would buffer a
 * 1 GB line whole before handing it over.) Splitting bytes at '\n' is safe for UTF-8, which
 * never uses that byte inside a character.
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Uint8Array[] = []
  let size = 0
  let tooLong = false
  let number = 1
  const take = (piece: Uint8Array) => {
    if (tooLong || size + piece.length > maxBytes) {
      tooLong = true
      parts = []
      return
    }
    if (piece.length > 0) parts.push(piece)
    size += piece.length
  }
  const finish = (): Line => {
    const line = { number, bytes: tooLong ? null : joined(parts, size) }
    parts = []
    size = 0
    tooLong = false
    number += 1
    return line
  }
  for await (const chunk of chunks) {
    let start = 0
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, nl))
      yield finish()
      start = nl + 1
    }
    // Copied: the stream may reuse the chunk's memory for the next read.
    take(chunk.slice(start))
  }
  if (size > 0 || tooLong) yield finish()
}
