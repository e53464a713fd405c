import type { DocumentInput } from '../extract/types.js'
import { decodeBytes } from '../ingest/decode.js'
import { readSource } from '../ingest/read-source.js'

export interface ReadOptions {
  maxBytes?: number
  isHtml?: boolean
  published?: string | null
}

/** A file, URL or `-` as an extract() input; throws ArmsgraphError with a one-line reason. */
export async function readDocument(source: string, opts: ReadOptions = {}): Promise<DocumentInput> {
  const raw = await readSource(
    source,
    opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes },
  )
  const { text, isHtml } = decodeBytes(raw.bytes, source)
  const html = opts.isHtml ?? (isHtml || (raw.contentType?.includes('html') ?? false))
  return { content: text, isHtml: html, url: raw.url, published: opts.published ?? null }
}
