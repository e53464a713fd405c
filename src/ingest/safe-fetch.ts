import { isIP } from 'node:net'
import { Agent, fetch, type Response } from 'undici'
import { ArmsgraphError } from '../errors.js'
import { refusedAddress, type AddressPolicy } from './address-policy.js'
import { parseAllowHosts } from './allow-hosts.js'
import { isAcceptedType, mediaType } from './content-type.js'
import {
  BlockedAddressError,
  pinnedLookup,
  systemResolver,
  type Resolver,
} from './pinned-lookup.js'
import { readCapped, tooLarge } from './read-capped.js'
import { sniffBinary } from './sniff-binary.js'

export interface FetchOptions {
  maxBytes: number
  /** For the whole fetch: every redirect, the connection and the body. */
  timeoutMs: number
  /** Tests only: lets a fetch reach a server on 127.0.0.1. */
  allowPrivate: boolean
  /**
   * Intranet hosts that may resolve to private addresses: names (`intranet.example`),
   * `*.corp.example` patterns and CIDR ranges (`10.20.0.0/16`). See parseAllowHosts.
   */
  allowHosts?: readonly string[]
  /** Accept JSON and JSON Lines bodies too, for a caller that reads records. */
  acceptJson?: boolean
  /** Tests only: answers DNS questions in place of the system resolver. */
  resolve?: Resolver
}

export interface Fetched {
  bytes: Uint8Array
  url: string
  contentType: string | null
}

export const MAX_REDIRECTS = 5
const USER_AGENT = 'armsgraph/0.1 (+https://github.com/armsgraph/armsgraph)'
const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, ' +
  'application/xml;q=0.9, text/plain;q=0.8'
const ACCEPT_JSON = `${ACCEPT}, application/x-ndjson;q=0.8, application/json;q=0.7`

function blocked(url: string, why: string): ArmsgraphError {
  return new ArmsgraphError('ERR_FETCH_BLOCKED', `refusing to fetch ${url}: ${why}`)
}

function failed(url: string, why: string, cause?: unknown): ArmsgraphError {
  return new ArmsgraphError('ERR_FETCH_FAILED', `could not fetch ${url}: ${why}`, undefined, {
    cause,
  })
}

function policyOf(allowPrivate: boolean, allowHosts: readonly string[] = []): AddressPolicy {
  return { allowPrivate, allowHosts: parseAllowHosts(allowHosts) }
}

/**
 * What can be judged without DNS: the scheme, and a host written as an IP address (Node
 * connects to those without asking `lookup`, so the pinned lookup never sees them).
 */
function checkTarget(url: URL, policy: AddressPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw blocked(url.href, `scheme ${url.protocol} is not allowed`)
  }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) === 0) return
  if (refusedAddress(host, [host], policy) !== null) {
    throw blocked(url.href, `${host} is a private or local address`)
  }
}

/**
 * Refuses non-HTTP schemes and hosts that resolve to loopback, private, link-local or metadata
 * addresses (unless allow-listed). A check ahead of time only: safeFetch does not rely on it,
 * since the name may resolve differently when the connection is made.
 */
export async function checkUrl(
  url: URL,
  allowPrivate: boolean,
  allowHosts: readonly string[] = [],
  resolve: Resolver = systemResolver,
): Promise<void> {
  const policy = policyOf(allowPrivate, allowHosts)
  checkTarget(url, policy)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (allowPrivate || isIP(host) !== 0) return
  let addresses: string[]
  try {
    addresses = (await resolve(host)).map((a) => a.address)
  } catch (e) {
    throw failed(url.href, `cannot resolve ${host}`, e)
  }
  const bad = refusedAddress(host, addresses, policy)
  if (bad !== null)
    throw blocked(url.href, `${host} resolves to ${bad}, a private or local address`)
}

/** The first error in a cause chain that is an instance of `type`. */
function causeOfType<T>(e: unknown, type: new (...args: never[]) => T): T | null {
  let current: unknown = e
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof type) return current
    current = current.cause
  }
  return null
}

function describe(e: unknown, url: URL, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
    return `timed out after ${timeoutMs} ms`
  }
  const cause = e instanceof Error ? (e.cause as { code?: string } | undefined) : undefined
  const code = cause?.code ?? (e as { code?: string } | null)?.code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot resolve ${url.hostname}`
  return code ?? (e instanceof Error ? e.message : String(e))
}

/** A network error as ours: a refused address stays a refusal, anything else is a failure. */
function fetchError(e: unknown, url: URL, timeoutMs: number): ArmsgraphError {
  if (e instanceof ArmsgraphError) return e
  const refusal = causeOfType(e, BlockedAddressError)
  if (refusal !== null) return blocked(url.href, refusal.message)
  return failed(url.href, describe(e, url, timeoutMs), e)
}

function unsupportedType(url: string, type: string): ArmsgraphError {
  return new ArmsgraphError(
    'ERR_INPUT_BINARY',
    `refusing ${url}: it is served as ${type}, not as HTML, text or an RSS/Atom feed`,
    { url, contentType: type },
  )
}

/** No content type to judge by: refuse what looks binary (UTF-16 text is full of NULs, so kept). */
function sniffUntyped(bytes: Uint8Array, url: string): void {
  const [a, b] = bytes
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return
  const why = sniffBinary(bytes)
  if (why !== null) {
    throw new ArmsgraphError(
      'ERR_INPUT_BINARY',
      `${url} has no content type and looks binary (${why}), not text`,
      { url },
    )
  }
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    await response.body?.cancel()
    throw tooLarge(url, maxBytes)
  }
  if (response.body === null) return new Uint8Array(0)
  return readCapped(response.body, url, maxBytes)
}

/** A 2xx response: its type judged before the body is downloaded, then the body, capped. */
async function acceptBody(response: Response, url: URL, opts: FetchOptions): Promise<Fetched> {
  const contentType = response.headers.get('content-type')
  const type = mediaType(contentType)
  if (type !== null && !isAcceptedType(type, opts.acceptJson ?? false)) {
    await response.body?.cancel()
    throw unsupportedType(url.href, type)
  }
  let bytes: Uint8Array
  try {
    bytes = await readBody(response, url.href, opts.maxBytes)
  } catch (e) {
    throw fetchError(e, url, opts.timeoutMs)
  }
  if (type === null) sniffUntyped(bytes, url.href)
  return { bytes, url: url.href, contentType }
}

function nextUrl(location: string, current: URL): URL {
  try {
    return new URL(location, current)
  } catch (e) {
    throw failed(current.href, `the redirect to "${location}" is not a valid URL`, e)
  }
}

async function fetchHops(
  start: string,
  opts: FetchOptions,
  policy: AddressPolicy,
  agent: Agent,
): Promise<Fetched> {
  const signal = AbortSignal.timeout(opts.timeoutMs)
  let url = new URL(start)
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    checkTarget(url, policy)
    let response: Response
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        dispatcher: agent,
        headers: { 'user-agent': USER_AGENT, accept: opts.acceptJson ? ACCEPT_JSON : ACCEPT },
      })
    } catch (e) {
      throw fetchError(e, url, opts.timeoutMs)
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel()
      url = nextUrl(location, url)
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw failed(url.href, `HTTP ${response.status}`)
    }
    return acceptBody(response, url, opts)
  }
  throw failed(start, `more than ${MAX_REDIRECTS} redirects`)
}

/**
 * GET with redirects followed by hand so that each hop is checked like the first. Names are
 * resolved only inside the connection (pinnedLookup), so the address judged is the address
 * connected to. One Agent per fetch: its sockets were opened under this fetch's policy and are
 * closed with it, so no connection outlives the options that allowed it.
 */
export async function safeFetch(start: string, opts: FetchOptions): Promise<Fetched> {
  const policy = policyOf(opts.allowPrivate, opts.allowHosts)
  const agent = new Agent({ connect: { lookup: pinnedLookup(policy, opts.resolve) } })
  try {
    return await fetchHops(start, opts, policy, agent)
  } finally {
    await agent.destroy()
  }
}
