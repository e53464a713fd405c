import { readableSegments } from '../extract/readable-segments.js'
import { numbersFor } from '../extract/sentence-facts.js'
import {
  annotateSentences,
  type ActorPayload,
  type AnnotatedSentence,
  type Mention,
  type Token,
  type TriggerPayload,
  type WeaponPayload,
} from '../annotate/index.js'
import { findQuantities } from '../annotate/quantities.js'
import type { Quantity } from '../contract/extraction.js'
import type { LoadedData } from '../data/index.js'
import { buildDocument, type Doc } from '../document/index.js'
import { extractDocument } from '../extract/index.js'
import type { DocumentReading, ReadingMention, ReadingTransfer } from '../views/types.js'

/** The columns of the `documents` table the reader shows (src/store/schema.ts). */
export type StoredDocumentRow = Pick<
  DocumentReading,
  | 'id'
  | 'title'
  | 'url'
  | 'publisher'
  | 'publisher_country'
  | 'language'
  | 'published'
  | 'fetched_at'
  | 'text'
>

/** What identifies a stored transfer row of the document: its direction and first evidence. */
export interface TransferKey {
  supplier: string
  recipient: string
  evidenceStart: number | null
}

export type EventOf = (t: TransferKey) => string | null

type Kind = ReadingMention['kind']

// On a tie in length, the kind that tells the analyst most wins.
const KIND_RANK: Record<Kind, number> = { actor: 0, weapon: 1, quantity: 2, trigger: 3 }

const QUALIFIER_SIGN: Record<Quantity['qualifier'], string> = {
  exact: '',
  about: '~',
  order_of: '~',
  more_than: '>',
  less_than: '<',
  up_to: '≤',
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

function entityName(data: LoadedData, id: string): string | null {
  return (
    data.states[id]?.name ??
    data.groups[id]?.name ??
    data.bodies[id]?.name ??
    data.officials.find((o) => o.id === id)?.names[0] ??
    null
  )
}

/** "Kim" may be several officials: the id only when every reading agrees. */
function actorMention(
  data: LoadedData,
  payloads: ActorPayload[],
): Pick<ReadingMention, 'label' | 'id'> {
  const ids = [...new Set(payloads.map((p) => p.id))]
  // "the Russian Defence Ministry" carries its own words as name; "Russia" says what it stands for.
  const names = ids.map(
    (id) => entityName(data, id) ?? payloads.find((p) => p.id === id)?.name ?? id,
  )
  return { label: names.join(' / '), id: ids.length === 1 ? (ids[0] ?? null) : null }
}

function weaponMention(
  data: LoadedData,
  payloads: WeaponPayload[],
): Pick<ReadingMention, 'label' | 'id'> {
  for (const p of payloads) {
    const known = p.system === null ? undefined : data.weapons[p.system]
    if (p.system !== null && known) return { label: known.name, id: p.system }
  }
  // A generic word ("obus", "drones") or a qualifier ("ballistic"): its category is all we know.
  return { label: [...new Set(payloads.map((p) => p.category))].join(' / '), id: null }
}

function triggerLabel(payloads: TriggerPayload[]): string {
  return [...new Set(payloads.map((p) => `${p.phase} · ${p.lemma}`))].join(' / ')
}

function quantityLabel(q: Quantity): string {
  const value = q.value === null ? '?' : numberFormat.format(q.value)
  return `${QUALIFIER_SIGN[q.qualifier]}${value}${q.unit ? ` ${q.unit}` : ''}`
}

/** Token range [start, end) of a sentence as characters of the document text. */
function charSpan(tokens: Token[], m: Mention<unknown>): { start: number; end: number } | null {
  const first = tokens[m.start]
  const last = tokens[m.end - 1]
  return first && last ? { start: first.start, end: last.end } : null
}

function sentenceMentions(text: string, s: AnnotatedSentence, data: LoadedData): ReadingMention[] {
  const out: ReadingMention[] = []
  const add = (kind: Kind, m: Mention<unknown>, about: Pick<ReadingMention, 'label' | 'id'>) => {
    const span = charSpan(s.tokens, m)
    if (span) out.push({ kind, ...span, ...about })
  }
  for (const m of s.actors) add('actor', m, actorMention(data, m.payloads))
  // The annotator reads weapon words only where a trigger is; the reader shows them everywhere.
  const weapons = s.triggers.length > 0 ? s.weapons : s.lex.weapons.scan(s.tokens)
  for (const m of weapons) add('weapon', m, weaponMention(data, m.payloads))
  for (const m of s.triggers) add('trigger', m, { label: triggerLabel(m.payloads), id: null })
  const ld = data.languages[s.language]
  if (ld) {
    for (const q of findQuantities(text, s.start, s.end, numbersFor(ld), s.tokens))
      out.push({ kind: 'quantity', start: q.start, end: q.end, label: quantityLabel(q), id: null })
  }
  return out
}

function byPriority(a: ReadingMention, b: ReadingMention): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.start - b.start
  )
}

/** Index of the first kept mention whose end is past `start` (kept is sorted and disjoint). */
function firstEndingAfter(kept: ReadingMention[], start: number): number {
  let lo = 0
  let hi = kept.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((kept[mid]?.end ?? 0) <= start) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Longest first, then by kind: each mention is kept only if it overlaps none kept before it. */
export function resolveOverlaps(mentions: readonly ReadingMention[]): ReadingMention[] {
  const kept: ReadingMention[] = []
  for (const m of [...mentions].sort(byPriority)) {
    if (m.end <= m.start) continue
    const at = firstEndingAfter(kept, m.start)
    const next = kept[at]
    if (next && next.start < m.end) continue
    kept.splice(at, 0, m)
  }
  return kept
}

function readingTransfers(
  doc: Doc,
  data: LoadedData,
  published: string | null,
  eventOf: EventOf,
): Pick<DocumentReading, 'segments' | 'transfers'> {
  const extraction = extractDocument(doc, data, { published })
  const transfers = extraction.transfers.map((t): ReadingTransfer => ({
    supplier: t.supplier,
    recipient: t.recipient,
    categories: t.categories,
    phase: t.phase,
    certainty: t.certainty,
    in_headline_only: t.in_headline_only,
    evidence: t.evidence,
    event_id: eventOf({
      supplier: t.supplier.id,
      recipient: t.recipient.id,
      evidenceStart: t.evidence[0]?.start ?? null,
    }),
  }))
  return { segments: extraction.document.segments, transfers }
}

/**
 * One stored document for the dashboard's reader: its text, the transfers the current extractor
 * finds in it (each with the event it was stored into) and every actor, weapon, quantity and
 * trigger the annotator sees, as character spans of the text. Pure: the caller reads the store.
 */
export function readDocument(
  row: StoredDocumentRow,
  data: LoadedData,
  eventOf: EventOf,
): DocumentReading {
  // Rebuilt as reextract() rebuilds it; the text is already normalised, so it comes back equal.
  const doc: Doc = {
    ...buildDocument({ content: row.text, url: row.url, published: row.published }),
    id: row.id,
  }
  const { segments, transfers } = readingTransfers(doc, data, row.published, eventOf)
  const found: ReadingMention[] = []
  for (const s of annotateSentences(doc.text, readableSegments(doc, data), data))
    found.push(...sentenceMentions(doc.text, s, data))
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    publisher_country: row.publisher_country,
    language: row.language,
    published: row.published,
    fetched_at: row.fetched_at,
    // The text the offsets index; equal to the stored text, which was normalised on ingest.
    text: doc.text,
    segments,
    mentions: resolveOverlaps(found),
    transfers,
    headline_unsupported: transfers.some((t) => t.in_headline_only),
  }
}

/** A stored transfer row, as the server reads it for one document. */
export interface StoredTransferRow {
  supplier: string
  recipient: string
  /** JSON array of spans. */
  evidence: string
  event_id: string | null
}

function firstEvidenceStart(evidence: string): number | null {
  try {
    const spans: unknown = JSON.parse(evidence)
    const first: unknown = Array.isArray(spans) ? spans[0] : undefined
    const start =
      typeof first === 'object' && first !== null ? (first as { start?: unknown }).start : undefined
    return typeof start === 'number' ? start : null
  } catch {
    return null
  }
}

/**
 * The event lookup readDocument() needs, from the document's stored transfer rows. Re-extraction
 * keeps the order of transfers only while the extractor version is unchanged, so rows are matched
 * by direction, and by first evidence start only when one direction has several rows.
 */
export function eventLookup(rows: readonly StoredTransferRow[]): EventOf {
  const byPair = new Map<string, StoredTransferRow[]>()
  for (const r of rows) {
    const key = `${r.supplier}>${r.recipient}`
    byPair.set(key, [...(byPair.get(key) ?? []), r])
  }
  return (t) => {
    const candidates = byPair.get(`${t.supplier}>${t.recipient}`) ?? []
    if (candidates.length <= 1) return candidates[0]?.event_id ?? null
    // Guessing among several would file the transfer under another flow's event.
    const same = candidates.find((r) => firstEvidenceStart(r.evidence) === t.evidenceStart)
    return same?.event_id ?? null
  }
}
