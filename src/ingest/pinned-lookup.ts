import type { LookupAddress, LookupOptions } from 'node:dns'
import { lookup } from 'node:dns/promises'
import type { LookupFunction } from 'node:net'
import { refusedAddress, type AddressPolicy } from './address-policy.js'

/** Every address a host name resolves to. Replaceable so tests can play a rebinding server. */
export type Resolver = (host: string) => Promise<LookupAddress[]>

export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true })

/** A host name resolved to an address the policy forbids; safeFetch turns it into ERR_FETCH_BLOCKED. */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError'
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a private or local address`)
  }
}

function notFound(host: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`no usable address for ${host}`), { code: 'ENOTFOUND' })
}

function familyOf(options: LookupOptions): 0 | 4 | 6 {
  if (options.family === 4 || options.family === 'IPv4') return 4
  if (options.family === 6 || options.family === 'IPv6') return 6
  return 0
}

/** Resolves once, judges every answer, and keeps those of the family the socket asked for. */
async function checkedAnswers(
  host: string,
  options: LookupOptions,
  policy: AddressPolicy,
  resolve: Resolver,
): Promise<LookupAddress[]> {
  const answers = await resolve(host)
  const refused = refusedAddress(
    host,
    answers.map((a) => a.address),
    policy,
  )
  if (refused !== null) throw new BlockedAddressError(host, refused)
  const family = familyOf(options)
  const usable = family === 0 ? answers : answers.filter((a) => a.family === family)
  if (usable.length === 0) throw notFound(host)
  return usable
}

/**
 * A `lookup` for the sockets of a fetch: the addresses it judges are the very ones it hands to
 * the socket, so a DNS server that answers differently on a second question (DNS rebinding)
 * has no second question to answer. Node skips `lookup` for IP literals; safeFetch checks those.
 */
export function pinnedLookup(
  policy: AddressPolicy,
  resolve: Resolver = systemResolver,
): LookupFunction {
  return (host, options, callback) => {
    checkedAnswers(host, options, policy, resolve).then(
      (answers) => {
        const [first] = answers
        if (options.all === true || first === undefined) callback(null, answers)
        else callback(null, first.address, first.family)
      },
      (e: NodeJS.ErrnoException) => callback(e, ''),
    )
  }
}
