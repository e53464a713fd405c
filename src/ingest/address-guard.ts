import { isIP } from 'node:net'

type V4Range = readonly [string, number]

/** IPv4 ranges a fetched URL must never reach: [base address, prefix length]. */
const BLOCKED_V4: readonly V4Range[] = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches local services on Linux
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT, also Alibaba Cloud's metadata 100.100.100.200
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including the cloud metadata address 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments, also Oracle Cloud's metadata 192.0.0.192
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // former 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
]

/**
 * The part of BLOCKED_V4 that a host-name entry of the allow-list does not open: an intranet
 * name has no business resolving to link-local (metadata), "this network", multicast or
 * broadcast addresses, and a DNS answer saying so is more likely an attack than a server.
 */
const NAME_PROOF_V4: readonly V4Range[] = [
  ['0.0.0.0', 8],
  ['169.254.0.0', 16],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
]

function v4ToNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0)
}

function inV4Ranges(ip: string, ranges: readonly V4Range[]): boolean {
  const n = v4ToNumber(ip)
  return ranges.some(([base, bits]) => {
    const size = 2 ** (32 - bits)
    return Math.floor(n / size) === Math.floor(v4ToNumber(base) / size)
  })
}

/** Eight 16-bit groups of an IPv6 address, with a dotted IPv4 tail turned into two groups. */
export function ipv6Groups(ip: string): number[] {
  let text = ip
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    const tail = `${(a * 256 + b).toString(16)}:${(c * 256 + d).toString(16)}`
    text = text.slice(0, dotted.index) + tail
  }
  const [head = '', rest] = text.split('::')
  const left = head === '' ? [] : head.split(':')
  const right = rest === undefined || rest === '' ? [] : rest.split(':')
  const fill = rest === undefined ? 0 : 8 - left.length - right.length
  return [...left, ...new Array<string>(fill).fill('0'), ...right].map((g) => parseInt(g, 16))
}

/**
 * The IPv4 address an IPv6 address carries (mapped ::ffff:0:0/96, translated ::ffff:0:0:0/96,
 * compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16), if any: the kernel or a gateway turns
 * these into IPv4 traffic, so they are judged by the IPv4 address.
 */
export function embeddedV4(g: number[]): string | null {
  const quad = (hi = 0, lo = 0): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0)
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return quad(g[6], g[7])
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return quad(g[6], g[7])
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return quad(g[6], g[7])
  if (g[0] === 0x2002) return quad(g[1], g[2])
  return null
}

/**
 * Only global unicast (2000::/3) is public; inside it, Teredo and the other IETF assignments
 * (2001::/23) and the documentation prefixes are not. Everything outside 2000::/3 (ULA fc00::/7
 * with AWS's metadata fd00:ec2::254, link-local, site-local, multicast, discard-only 100::/64,
 * local-use NAT64 64:ff9b:1::/48, unassigned space) is refused.
 */
function blockedV6Groups(g: number[]): boolean {
  const v4 = embeddedV4(g)
  if (v4 !== null) return inV4Ranges(v4, BLOCKED_V4)
  const [first = 0, second = 0] = g
  if ((first & 0xe000) !== 0x2000) return true
  return (
    (first === 0x2001 && second < 0x200) || // 2001::/23, Teredo 2001::/32 included
    (first === 0x2001 && second === 0x0db8) || // documentation 2001:db8::/32
    (first & 0xfff0) === 0x3ff0 // documentation 3fff::/20
  )
}

/** Link-local fe80::/10, multicast, the unspecified address and AWS's fd00:ec2::/32. */
function nameProofV6Groups(g: number[]): boolean {
  // ::1 is loopback like 127.0.0.1, not the "this network" address its IPv4 reading suggests.
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return false
  const v4 = embeddedV4(g)
  if (v4 !== null) return inV4Ranges(v4, NAME_PROOF_V4)
  const [first = 0, second = 0] = g
  return (
    (first & 0xffc0) === 0xfe80 ||
    (first & 0xff00) === 0xff00 ||
    (first === 0xfd00 && second === 0xec2)
  )
}

/** 4 or 6 and the bare address (brackets and zone id removed), or null for a non-address. */
function parseAddress(address: string): { family: 4 | 6; ip: string } | null {
  const bracketless =
    address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address
  const ip = bracketless.split('%')[0] ?? ''
  const family = isIP(ip)
  return family === 4 || family === 6 ? { family, ip } : null
}

/** True for loopback, private, link-local, metadata and other non-public addresses. */
export function isBlockedAddress(address: string): boolean {
  const parsed = parseAddress(address)
  // Not an IP address at all: refuse rather than guess.
  if (parsed === null) return true
  if (parsed.family === 4) return inV4Ranges(parsed.ip, BLOCKED_V4)
  return blockedV6Groups(ipv6Groups(parsed.ip))
}

/**
 * True for addresses that only an explicit CIDR entry of the allow-list may open, never a host
 * name: link-local and cloud metadata, "this network", multicast and broadcast.
 */
export function needsExplicitRange(address: string): boolean {
  const parsed = parseAddress(address)
  if (parsed === null) return true
  if (parsed.family === 4) return inV4Ranges(parsed.ip, NAME_PROOF_V4)
  return nameProofV6Groups(ipv6Groups(parsed.ip))
}
