import { BlockList, isIP } from 'node:net'
import { domainToASCII } from 'node:url'
import { ArmsgraphError } from '../errors.js'

/**
 * Hosts a fetch may reach although they resolve to private addresses: the intranet a team runs
 * armsgraph in. Parsed once from `--allow-host` values or the `allowHosts` option.
 */
export interface AllowHosts {
  /** True when the URL's host name is listed, exactly or under a `*.suffix` entry. */
  coversName(host: string): boolean
  /** True when the address lies in a listed range (a bare address counts as its own range). */
  coversAddress(address: string): boolean
}

const HOST_NAME = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/
const PREFIX = /^\d{1,3}$/
const NOT_IN_NAMES = /[\s:/?#@\\[\]%]/

function unbracket(text: string): string {
  return text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text
}

/** Lower case, punycode, no trailing dot: the form the URL parser gives `url.hostname`. */
function canonicalName(host: string): string {
  const ascii = domainToASCII(host.trim().toLowerCase())
  return ascii.endsWith('.') ? ascii.slice(0, -1) : ascii
}

function badEntry(entry: string): ArmsgraphError {
  return new ArmsgraphError(
    'ERR_USAGE',
    `allow-host entry "${entry}" is not a host name, a *.domain pattern or an address range such as 10.20.0.0/16`,
  )
}

/** Adds a CIDR range or a bare address; false when the text is neither. */
function addRange(ranges: BlockList, text: string): boolean {
  const [base = '', prefix, extra] = text.split('/')
  const ip = unbracket(base)
  const family = isIP(ip)
  if (family === 0 || extra !== undefined) return false
  const type = family === 4 ? 'ipv4' : 'ipv6'
  if (prefix === undefined) {
    ranges.addAddress(ip, type)
    return true
  }
  const bits = Number(prefix)
  if (!PREFIX.test(prefix) || bits > (family === 4 ? 32 : 128)) return false
  ranges.addSubnet(ip, bits, type)
  return true
}

/**
 * Reads allow-list entries: `intranet.example` (that name only), `*.corp.example` (every name
 * under corp.example, not corp.example itself), `10.20.0.0/16` or `fd12:3456::/48` (addresses in
 * the range, whatever name led there), `10.20.1.5` (one address).
 * @throws ArmsgraphError ERR_USAGE for an entry that is none of these.
 */
export function parseAllowHosts(entries: readonly string[]): AllowHosts {
  const ranges = new BlockList()
  const names = new Set<string>()
  const suffixes: string[] = []
  for (const entry of entries) {
    const text = entry.trim()
    if (text.includes('/') || isIP(unbracket(text)) !== 0) {
      if (!addRange(ranges, text)) throw badEntry(entry)
      continue
    }
    // URL syntax would be cut off by domainToASCII ("host:8080" → "host"), so refuse it here.
    if (NOT_IN_NAMES.test(text)) throw badEntry(entry)
    const wildcard = text.startsWith('*.')
    const name = canonicalName(wildcard ? text.slice(2) : text)
    if (!HOST_NAME.test(name)) throw badEntry(entry)
    if (wildcard) suffixes.push(`.${name}`)
    else names.add(name)
  }
  return {
    coversName: (host) => {
      const name = canonicalName(unbracket(host))
      return names.has(name) || suffixes.some((suffix) => name.endsWith(suffix))
    },
    coversAddress: (address) => {
      const ip = unbracket(address).split('%')[0] ?? ''
      const family = isIP(ip)
      if (family === 0) return false
      return ranges.check(ip, family === 4 ? 'ipv4' : 'ipv6')
    },
  }
}

/** The empty allow-list: every private address refused. */
export const NO_ALLOWED_HOSTS: AllowHosts = parseAllowHosts([])
