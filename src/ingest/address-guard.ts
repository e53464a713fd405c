import { isIP } from 'node:net'

/** IPv4 ranges a fetched URL must never reach: [first octets as a number, prefix length]. */
const BLOCKED_V4: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches local services on Linux
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including the cloud metadata address 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
]

function v4ToNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0)
}

function blockedV4(ip: string): boolean {
  const n = v4ToNumber(ip)
  return BLOCKED_V4.some(([base, bits]) => {
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

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
function embeddedV4(g: number[]): string | null {
  const quad = (hi = 0, lo = 0): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0)
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return quad(g[6], g[7])
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return quad(g[6], g[7])
  if (g[0] === 0x2002) return quad(g[1], g[2])
  return null
}

function blockedV6(ip: string): boolean {
  const g = ipv6Groups(ip.split('%')[0] ?? '')
  const first = g[0] ?? 0
  if (g.every((x) => x === 0)) return true // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true // ::1
  const v4 = embeddedV4(g)
  if (v4 !== null) return blockedV4(v4)
  return (
    (first & 0xfe00) === 0xfc00 || // unique local, includes AWS fd00:ec2::254
    (first & 0xffc0) === 0xfe80 || // link-local
    (first & 0xffc0) === 0xfec0 || // old site-local
    (first & 0xff00) === 0xff00 || // multicast
    (first === 0x2001 && g[1] === 0x0db8) // documentation
  )
}

/** True for loopback, private, link-local, metadata and other non-public addresses. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address
  const family = isIP(bare.split('%')[0] ?? '')
  if (family === 4) return blockedV4(bare)
  if (family === 6) return blockedV6(bare)
  // Not an IP address at all: refuse rather than guess.
  return true
}
