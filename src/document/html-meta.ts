import { squeezeSpaces } from './html-tags.js'

/** The few linkedom document methods the metadata readers use (no DOM lib in this project). */
export interface MetaElement {
  getAttribute(name: string): string | null
  textContent: string | null
}
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null
  querySelectorAll(selector: string): Iterable<MetaElement>
  documentElement: MetaElement | null
}

export interface HtmlMeta {
  title: string | null
  published: string | null
  language: string | null
  publisher: string | null
  /** ISO alpha-2 from JSON-LD `publisher.address.addressCountry`, when the page states it. */
  publisherCountry: string | null
}

/** JSON-LD blocks larger than this are data dumps, not article metadata. */
const MAX_JSON_LD = 1_000_000

function attr(doc: MetaDocument, selector: string, name: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute(name)
  return value ? squeezeSpaces(value) || null : null
}

/** 'YYYY-MM-DD' from the start of an ISO 8601 date or timestamp, keeping the publisher's day. */
export function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  if (!m) return null
  const [, y, mo, d] = m
  const month = Number(mo)
  const day = Number(d)
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${y}-${mo}-${d}` : null
}

/** Every object in the page's JSON-LD, flattening arrays and `@graph`; broken JSON is skipped. */
function jsonLdObjects(doc: MetaDocument): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = []
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? ''
    if (raw.length > MAX_JSON_LD) continue
    let pending: unknown[]
    try {
      pending = [JSON.parse(raw)]
    } catch {
      continue
    }
    // Flatten one level of arrays and @graph, as publishers nest them; deeper nesting is ignored.
    for (const item of pending.flat()) {
      if (typeof item !== 'object' || item === null) continue
      const obj = item as Record<string, unknown>
      out.push(obj)
      // A loop, not push(...graph): spreading 300 000 entries overflows the stack.
      const graph: unknown = obj['@graph']
      if (Array.isArray(graph)) for (const node of graph) out.push(node as Record<string, unknown>)
    }
  }
  return out.filter((o) => typeof o === 'object' && o !== null)
}

function publisherName(value: unknown): string | null {
  const first = Array.isArray(value) ? (value[0] as unknown) : value
  if (typeof first === 'string') return squeezeSpaces(first) || null
  if (typeof first === 'object' && first !== null) {
    const name = (first as Record<string, unknown>).name
    return typeof name === 'string' ? squeezeSpaces(name) || null : null
  }
  return null
}

/** schema.org lets addressCountry be a code or a Country object; only two-letter codes count. */
function publisherCountryOf(value: unknown): string | null {
  const first = Array.isArray(value) ? (value[0] as unknown) : value
  if (typeof first !== 'object' || first === null) return null
  const address = (first as Record<string, unknown>).address
  if (typeof address !== 'object' || address === null) return null
  const country = (address as Record<string, unknown>).addressCountry
  const code =
    typeof country === 'string'
      ? country
      : typeof country === 'object' && country !== null
        ? (country as Record<string, unknown>).name
        : null
  return typeof code === 'string' && /^[a-z]{2}$/i.test(code.trim())
    ? code.trim().toUpperCase()
    : null
}

/** Primary subtag of `<html lang>`: 'fr-FR' → 'fr'. */
function pageLanguage(doc: MetaDocument): string | null {
  const lang = doc.documentElement?.getAttribute('lang') ?? ''
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return /^[a-z]{2,3}$/.test(primary) ? primary : null
}

/** Separators sites put between a headline and their own name in `<title>`. */
const SITE_SEPARATORS = [' - ', ' | ', ' – ', ' — ', ' :: ', ' · ']

/** 'Headline - Site' → 'Headline' when 'Site' is the publisher: the site name is not the title. */
export function trimSiteName(title: string | null, publisher: string | null): string | null {
  if (title === null || publisher === null) return title
  for (const sep of SITE_SEPARATORS) {
    const suffix = sep + publisher
    if (title.length > suffix.length && title.endsWith(suffix))
      return title.slice(0, -suffix.length)
  }
  return title
}

/** Title, date, language and publisher from meta tags, JSON-LD and `<time>`, in that order. */
export function readHtmlMeta(doc: MetaDocument): HtmlMeta {
  const ld = jsonLdObjects(doc)
  const ldDate = ld.map((o) => o.datePublished).find((v) => typeof v === 'string') as
    string | undefined
  const titleText = squeezeSpaces(doc.querySelector('title')?.textContent ?? '')
  const publisher =
    attr(doc, 'meta[property="og:site_name"]', 'content') ??
    ld.map((o) => publisherName(o.publisher)).find((p) => p !== null) ??
    null
  const title = attr(doc, 'meta[property="og:title"]', 'content') ?? (titleText || null)
  return {
    title: trimSiteName(title, publisher),
    published:
      isoDay(attr(doc, 'meta[property="article:published_time"]', 'content')) ??
      isoDay(ldDate) ??
      isoDay(attr(doc, 'time[datetime]', 'datetime')),
    language: pageLanguage(doc),
    publisher,
    publisherCountry:
      ld.map((o) => publisherCountryOf(o.publisher)).find((c) => c !== null) ?? null,
  }
}
