import { describe, expect, it } from 'vitest'
import { readLines } from './read-lines.js'

async function* chunksOf(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part)
}

async function lines(maxBytes: number, ...parts: string[]) {
  const out: Array<[number, string | null]> = []
  for await (const line of readLines(chunksOf(...parts), maxBytes)) {
    out.push([line.number, line.bytes === null ? null : new TextDecoder().decode(line.bytes)])
  }
  return out
}

describe('readLines', () => {
  it('splits lines across chunk boundaries and numbers them from 1', async () => {
    expect(await lines(100, 'ab', 'c\nde', '\n\nf')).toEqual([
      [1, 'abc'],
      [2, 'de'],
      [3, ''],
      [4, 'f'],
    ])
  })

  it('does not invent a line after a final newline', async () => {
    expect(await lines(100, 'one\ntwo\n')).toEqual([
      [1, 'one'],
      [2, 'two'],
    ])
  })

  it('drops a line over the cap and carries on with the next', async () => {
    expect(await lines(4, 'ok\n', '0123', '456', '789\nfine\n12345')).toEqual([
      [1, 'ok'],
      [2, null],
      [3, 'fine'],
      [4, null],
    ])
  })

  it('keeps a multi-byte character split between chunks', async () => {
    const bytes = new TextEncoder().encode('été\n')
    async function* split() {
      yield bytes.subarray(0, 1)
      yield bytes.subarray(1)
    }
    const out = []
    for await (const line of readLines(split(), 100))
      out.push(new TextDecoder().decode(line.bytes ?? new Uint8Array()))
    expect(out).toEqual(['été'])
  })
})
