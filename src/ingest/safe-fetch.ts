import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { ArmsgraphError } from '../errors.js'
import { isBlockedAddress } from './address-guard.js'
import { readCapped, tooLarge } from './read-capped.js'

export interface FetchOptions {
  maxBytes: number
  timeoutMs: number
  /** Tests only: lets a fetch reach a server on 127.0.0.1. */
  allowPrivate: boolean
}

export interface Fetched {
  bytes: Uint8Array
  url: string
  contentType: string | null
}

const MAX_REDIRECTS = 5
const USER_AGENT = 'armsgraph/0.1 (+https://github.com/armsgraph/armsgraph)'

function blocked(url: string, why: string): ArmsgraphError {
  return new ArmsgraphError('ERR_FETCH_BLOCKED', `refusing to fetch ${url}: ${why}`)
}

function failed(url: string, why: string, cause?: unknown): ArmsgraphError {
  return new ArmsgraphError('ERR_FETCH_FAILED', `could not fetch ${url}: ${why}`, undefined, {
    cause,
  })
}

/**
 * Refuses non-HTTP schemes and hosts that resolve to loopback, private, link-local or metadata
 * addresses. Every address a name resolves to is checked, since the connection may use any.
 */
export async function checkUrl(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw blocked(url.href, `scheme ${url.protocol} is not allowed`)
  }
  if (allowPrivate) return
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address)
  } catch (e) {
    throw failed(url.href, `cannot resolve ${host}`, e)
  }
  const bad = addresses.find(isBlockedAddress)
  if (bad !== undefined) throw blocked(url.href, `${host} is a private or local address (${bad})`)
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    await response.body?.cancel()
    throw tooLarge(url, maxBytes)
  }
  if (response.body === null) return new Uint8Array(0)
  return readCapped(response.body as AsyncIterable<Uint8Array>, url, maxBytes)
}

function describe(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
    return `timed out after ${timeoutMs} ms`
  }
  const cause = e instanceof Error ? (e.cause as { code?: string } | undefined) : undefined
  return cause?.code ?? (e instanceof Error ? e.message : String(e))
}

/**
 * GET with redirects followed by hand so that each hop is checked like the first. The name is
 * resolved here and again by fetch, so a DNS server that changes its answer in between could
 * still steer the connection (see the report: pinning needs undici's Agent).
 */
export async function safeFetch(start: string, opts: FetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(opts.timeoutMs)
  let url = new URL(start)
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    await checkUrl(url, opts.allowPrivate)
    let response: Response
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html, text/plain;q=0.9, */*;q=0.5' },
      })
    } catch (e) {
      throw failed(url.href, describe(e, opts.timeoutMs), e)
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel()
      url = new URL(location, url)
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw failed(url.href, `HTTP ${response.status}`)
    }
    const bytes = await readBodyOrFail(response, url.href, opts)
    return { bytes, url: url.href, contentType: response.headers.get('content-type') }
  }
  throw failed(start, `more than ${MAX_REDIRECTS} redirects`)
}

async function readBodyOrFail(r: Response, url: string, opts: FetchOptions): Promise<Uint8Array> {
  try {
    return await readBody(r, url, opts.maxBytes)
  } catch (e) {
    if (e instanceof ArmsgraphError) throw e
    throw failed(url, describe(e, opts.timeoutMs), e)
  }
}
