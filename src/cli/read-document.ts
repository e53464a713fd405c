import type { DocumentInput } from '../extract/types.js'
import { decodeBytes } from '../ingest/decode.js'
import { readSource } from '../ingest/read-source.js'

export interface ReadOptions {
  maxBytes?: number
  isHtml?: boolean
  published?: string | null
  /** Intranet hosts and ranges a URL may reach although private (see parseAllowHosts). */
  allowHosts?: readonly string[]
}

/** A file, URL or `-` as an extract() input; throws ArmsgraphError with a one-line reason. */
export async function readDocument(source: string, opts: ReadOptions = {}): Promise<DocumentInput> {
  const raw = await readSource(source, {
    ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }),
    allowHosts: opts.allowHosts ?? [],
  })
  const { text, isHtml } = decodeBytes(raw.bytes, source)
  const html = opts.isHtml ?? (isHtml || (raw.contentType?.includes('html') ?? false))
  return { content: text, isHtml: html, url: raw.url, published: opts.published ?? null }
}
