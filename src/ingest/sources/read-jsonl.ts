import { createReadStream } from 'node:fs'
import { ArmsgraphError } from '../../errors.js'
import { sniffBinary } from '../sniff-binary.js'
import { parseJsonlRecord } from './jsonl-record.js'
import { makeItem } from './make-item.js'
import { readLines } from './read-lines.js'
import type { ExpandEntry, ExpandOptions } from './types.js'

/** Checks the first chunk: a zip or PDF named .jsonl is one failure, not a million bad lines. */
async function* refusingBinary(
  chunks: AsyncIterable<Uint8Array>,
  path: string,
): AsyncGenerator<Uint8Array> {
  let first = true
  for await (const chunk of chunks) {
    if (first) {
      const why = sniffBinary(chunk)
      if (why !== null) {
        throw new ArmsgraphError(
          'ERR_INPUT_BINARY',
          `${path} looks binary (${why}), not JSON Lines`,
        )
      }
      first = false
    }
    yield chunk
  }
}

function invalid(origin: string, problem: string): ExpandEntry {
  return { ok: false, origin, error: new ArmsgraphError('ERR_VALIDATION', `${origin}: ${problem}`) }
}

/** One line to an entry: an item, a known URL to skip, or a failure naming the line. */
async function entryOf(
  origin: string,
  line: string,
  opts: ExpandOptions,
  isKnown: (url: string) => Promise<boolean>,
): Promise<ExpandEntry> {
  const parsed = parseJsonlRecord(line)
  if ('problem' in parsed) return invalid(origin, parsed.problem)
  const r = parsed.record
  if (r.publisher_country && !opts.data.states[r.publisher_country]) {
    return invalid(origin, `"publisher_country" ${r.publisher_country} is not a known country`)
  }
  const url = r.url ?? null
  if (url !== null && (await isKnown(url))) return { skipped: true, origin, reason: 'known_url' }
  const body = { content: r.html ?? r.text ?? '', isHtml: r.html != null, url }
  const declared = {
    title: r.title ?? null,
    published: r.published ?? null,
    publisher: r.publisher ?? null,
    publisherCountry: r.publisher_country ?? null,
    language: r.language ?? null,
  }
  return { ok: true, item: makeItem(origin, body, declared, opts.data) }
}

/**
 * The records of a JSON Lines file, streamed: one entry per non-blank line, origin 'path:LINE'.
 * A bad line is a failure entry and the rest goes on; a line over `maxBytes` is refused without
 * being held in memory.
 */
export async function* readJsonl(
  path: string,
  maxBytes: number,
  opts: ExpandOptions,
  isKnown: (url: string) => Promise<boolean>,
): AsyncGenerator<ExpandEntry> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const chunks = refusingBinary(createReadStream(path) as AsyncIterable<Uint8Array>, path)
  for await (const { number, bytes } of readLines(chunks, maxBytes)) {
    const origin = `${path}:${number}`
    if (bytes === null) {
      const message = `${origin} is longer than the ${maxBytes}-byte limit for one line`
      yield { ok: false, origin, error: new ArmsgraphError('ERR_INPUT_TOO_LARGE', message) }
      continue
    }
    let line: string
    try {
      line = decoder.decode(bytes)
    } catch {
      const message = `${origin} is not valid UTF-8; convert the file to UTF-8`
      yield { ok: false, origin, error: new ArmsgraphError('ERR_INPUT_ENCODING', message) }
      continue
    }
    if (line.trim() === '') continue
    yield await entryOf(origin, line, opts, isKnown)
  }
}
