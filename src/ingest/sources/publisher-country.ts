import type { LoadedData, PublishersFileT } from '../../data/index.js'

/** What is known about where a document comes from; every field may be missing. */
export interface PublisherClues {
  /** A country given with the document (JSON Lines `publisher_country`): it wins. */
  explicit?: string | null
  /** The document's URL (after redirects): its host, then its country-code TLD. */
  url?: string | null
  /** Publisher names in order of trust (given, then the page's own). */
  names?: ReadonlyArray<string | null | undefined>
}

interface PublisherIndex {
  byDomain: Map<string, string>
  byName: Map<string, string>
  otherCodes: Record<string, string>
  generic: Set<string>
}

/** Separators between a site name and a section in feed titles ("Yonhap News Agency - World"). */
const SEPARATORS = [' - ', ' | ', ' – ', ' — ', ': ', ' :: ', ' · ']

const indexes = new WeakMap<PublishersFileT, PublisherIndex>()

function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean).join(' ')
}

function indexOf(publishers: PublishersFileT): PublisherIndex {
  const cached = indexes.get(publishers)
  if (cached) return cached
  const index: PublisherIndex = {
    byDomain: new Map(),
    byName: new Map(),
    otherCodes: publishers.country_code_tlds.other_codes,
    generic: new Set(publishers.country_code_tlds.generic),
  }
  for (const p of publishers.publishers) {
    for (const domain of p.domains) index.byDomain.set(domain, p.country)
    for (const name of [p.name, ...p.aliases]) index.byName.set(nameKey(name), p.country)
  }
  indexes.set(publishers, index)
  return index
}

/** Lower-case host name without a trailing dot, or null for a missing or unparsable URL. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null
  } catch {
    return null
  }
}

/** The host, then each parent domain: 'en.yna.co.kr', 'yna.co.kr', 'co.kr'. */
function byDomain(index: PublisherIndex, host: string): string | null {
  const labels = host.split('.')
  for (let i = 0; i < labels.length - 1; i += 1) {
    const country = index.byDomain.get(labels.slice(i).join('.'))
    if (country !== undefined) return country
  }
  return null
}

/** The whole name, then each piece between separators ("World | Reuters" → "Reuters"). */
function byName(index: PublisherIndex, name: string): string | null {
  let pieces = [name]
  for (const sep of SEPARATORS) pieces = pieces.flatMap((piece) => piece.split(sep))
  for (const candidate of [name, ...pieces]) {
    const country = index.byName.get(nameKey(candidate))
    if (country !== undefined) return country
  }
  return null
}

/** '.fr' → FR, '.co.kr' → KR, '.uk' → GB; generic ones (.io, .tv) and unknown codes → null. */
function byCountryCodeTld(index: PublisherIndex, host: string, data: LoadedData): string | null {
  const tld = host.slice(host.lastIndexOf('.') + 1)
  if (!/^[a-z]{2}$/.test(tld) || index.generic.has(tld)) return null
  const code = index.otherCodes[tld] ?? tld.toUpperCase()
  return data.states[code] ? code : null
}

/**
 * The ISO alpha-2 country a document was published from: the explicit value, else
 * data/publishers.yaml by URL host (or a parent domain), else by publisher name, else the URL's
 * country-code TLD, else null.
 * @example
 * publisherCountry(data, { url: 'https://en.yna.co.kr/view/x' })   // 'KR'
 * publisherCountry(data, { names: ['AFP'] })                       // 'FR'
 * publisherCountry(data, { url: 'https://news.example.co.uk/a' }) // 'GB'
 */
export function publisherCountry(data: LoadedData, clues: PublisherClues): string | null {
  if (clues.explicit) return clues.explicit.toUpperCase()
  const index = indexOf(data.publishers)
  const host = hostOf(clues.url)
  const fromHost = host === null ? null : byDomain(index, host)
  if (fromHost !== null) return fromHost
  for (const name of clues.names ?? []) {
    const fromName = name ? byName(index, name) : null
    if (fromName !== null) return fromName
  }
  return host === null ? null : byCountryCodeTld(index, host, data)
}
