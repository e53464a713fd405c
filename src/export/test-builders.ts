import { DOMParser } from 'linkedom'
import type { ActorKind, ActorRef, Category, Item, Quantity } from '../contract/extraction.js'
import type { DocumentRef, EventDetail, EventSummary, EventSupport } from '../kb/types.js'

// Small builders for hand-made events, shared by the export unit tests only.

export function actor(id: string, name = id, kind: ActorKind = 'state'): ActorRef {
  return { id, name, kind }
}

export function documentRef(id: string, over: Partial<DocumentRef> = {}): DocumentRef {
  return {
    id,
    title: `Title of ${id}`,
    url: null,
    publisher: null,
    publisher_country: null,
    language: 'en',
    published: '2023-10-26',
    ...over,
  }
}

export function quantity(
  value: number | null,
  qualifier: Quantity['qualifier'] = 'exact',
  unit: string | null = null,
): Quantity {
  return { value, qualifier, unit, text: String(value), start: 0, end: 0 }
}

export function item(
  text: string,
  category: Category,
  q: Quantity | null = null,
  system: string | null = null,
): Item {
  return { text, category, system, quantity: q, start: 0, end: 0 }
}

export function support(document: DocumentRef, over: Partial<EventSupport> = {}): EventSupport {
  return {
    document,
    phase: 'delivered',
    certainty: 'confirmed',
    categories: ['unspecified'],
    items: [],
    in_headline_only: false,
    period: { start: null, end: null },
    evidence: [],
    rule_ids: [],
    ...over,
  }
}

export function eventSummary(
  id: string,
  supplier: ActorRef,
  recipient: ActorRef,
  over: Partial<EventSummary> = {},
): EventSummary {
  return {
    assessment: [],
    id,
    supplier,
    recipient,
    categories: ['ammunition'],
    phase: 'delivered',
    certainty: 'confirmed',
    contested: false,
    window: { start: '2023-08-01', end: '2023-10-31' },
    first_reported: '2023-10-26',
    last_reported: '2023-10-27',
    languages: ['en', 'fr'],
    counts: { documents: 2, publishers: 2, source_countries: 1, claims: 3 },
    review: null,
    ...over,
  }
}

export function eventDetail(
  summary: EventSummary,
  supports: EventSupport[],
  over: Partial<EventDetail> = {},
): EventDetail {
  return {
    ...summary,
    supports,
    claims: { supplier: [], recipient: [], third_party: [] },
    ...over,
  }
}

/** Collects an export's chunks into one string. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = ''
  for await (const chunk of chunks) out += chunk
  return out
}

/** Hostile text for escaping tests: markup, quotes, entities, control chars, a lone surrogate. */
export const HOSTILE = 'a</node>&amp;"\'<b>\u0001\u0008\u000B\u001F\uD800tail\uFFFE\tx\ny\rz'
/** What HOSTILE becomes after the characters XML 1.0 cannot hold are dropped. */
export const HOSTILE_IN_XML = 'a</node>&amp;"\'<b>tail\tx\ny\rz'

/** The few DOM members the XML tests read (the project has no DOM lib). */
export interface XmlElement {
  getAttributeNode(name: string): { value: string } | null
  getElementsByTagName(name: string): ArrayLike<XmlElement>
  textContent: string | null
}

export function parseXml(xml: string): XmlElement {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlElement
}

// linkedom's getAttribute re-escapes values in XML documents; the attribute node has the value.
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.getAttributeNode(name)?.value
}

/** Code points of `text` that XML 1.0 does not allow, as hex, so a failure names them. */
export function forbiddenXmlChars(text: string): string[] {
  const bad: string[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    const isControl = c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd
    const isSurrogate = c >= 0xd800 && c <= 0xdfff
    if (isControl || isSurrogate || c === 0xfffe || c === 0xffff) bad.push(c.toString(16))
  }
  return bad
}
