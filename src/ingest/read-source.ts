import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { ArmsgraphError } from '../errors.js'
import { DEFAULT_MAX_BYTES, readCapped, tooLarge } from './read-capped.js'
import { safeFetch } from './safe-fetch.js'

/** Bytes as they came in, before any decoding; `url` is the final URL after redirects. */
export interface RawSource {
  source: string
  bytes: Uint8Array
  url: string | null
  contentType: string | null
}

export interface ReadSourceOptions {
  maxBytes?: number
  stdin?: NodeJS.ReadableStream
  timeoutMs?: number
  /** Tests only: allow fetching from loopback and private addresses. */
  allowPrivate?: boolean
  /** Intranet hosts and ranges that may be private: `intranet.example`, `*.corp.example`, `10.20.0.0/16`. */
  allowHosts?: readonly string[]
  /** Accept JSON and JSON Lines responses (refused by default: an article is HTML, text or a feed). */
  acceptJson?: boolean
}

const DEFAULT_TIMEOUT_MS = 15_000

/** Files carry no content type; the extension is the only hint, and only HTML needs one. */
function contentTypeOf(path: string): string | null {
  const ext = extname(path).toLowerCase()
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'text/html'
  if (ext === '.txt' || ext === '.text') return 'text/plain'
  return null
}

async function statOrFail(path: string): Promise<Awaited<ReturnType<typeof stat>>> {
  try {
    return await stat(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ArmsgraphError('ERR_INPUT_NOT_FOUND', `no such file: ${path}`)
    }
    // Permission and other I/O problems: no dedicated code, but the reason is in the message.
    throw new ArmsgraphError('ERR_INPUT_NOT_FOUND', `cannot read ${path} (${code ?? 'I/O error'})`)
  }
}

async function readFile(path: string, maxBytes: number): Promise<RawSource> {
  const info = await statOrFail(path)
  if (info.isDirectory()) {
    throw new ArmsgraphError('ERR_INPUT_IS_DIRECTORY', `${path} is a directory, not a file`)
  }
  if (info.size > maxBytes) throw tooLarge(path, maxBytes)
  // Streamed with the cap as well: FIFOs and device files report size 0 and may never end.
  const bytes = await readCapped(createReadStream(path), path, maxBytes)
  return { source: path, bytes, url: null, contentType: contentTypeOf(path) }
}

/**
 * The one place that touches files, stdin and the network: '-' is stdin, http(s):// is fetched
 * safely, anything else is a file path.
 */
export async function readSource(source: string, opts: ReadSourceOptions = {}): Promise<RawSource> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (source === '-') {
    const stdin = opts.stdin ?? process.stdin
    const bytes = await readCapped(stdin as AsyncIterable<unknown>, 'stdin', maxBytes)
    return { source, bytes, url: null, contentType: null }
  }
  if (/^https?:\/\//i.test(source)) {
    const fetched = await safeFetch(source, {
      maxBytes,
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      allowPrivate: opts.allowPrivate ?? false,
      allowHosts: opts.allowHosts ?? [],
      acceptJson: opts.acceptJson ?? false,
    })
    return { source, ...fetched }
  }
  return readFile(source, maxBytes)
}
