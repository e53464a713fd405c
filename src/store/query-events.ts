import type { Violation } from '../assess/types.js'
import type {
  ActorRef,
  Category,
  Certainty,
  Claim,
  Item,
  Phase,
  Span,
} from '../contract/extraction.js'
import { sideOf } from '../consolidate/aggregate-event.js'
import type {
  DocumentRef,
  EventClaim,
  EventDetail,
  EventSummary,
  EventSupport,
  ReviewStatus,
  Side,
} from '../kb/types.js'
import { daysOf } from '../consolidate/day-window.js'
import { DOCUMENT_COLUMNS, documentRef } from './document-ref.js'
import { latestReviews } from './reviews.js'
import type { Writer } from './write-documents.js'

export interface EventFilter {
  supplier?: string
  recipient?: string
  /** Either side: events where this actor supplies or receives. */
  actor?: string
  category?: Category
  /** Partial ISO date: events whose window ends on or after its first day. */
  since?: string
  /** Partial ISO date: events whose window starts on or before its last day. */
  until?: string
  certainty?: Certainty
  phase?: Phase
  /** At least this many distinct sources (publishers; unknown publishers count one each). */
  minSources?: number
  /** Rejected events are hidden unless asked for. */
  includeRejected?: boolean
  /** Only events that breach (or may breach) an embargo of this body. */
  breach?: 'UN' | 'EU' | 'any'
  /** The analyst's latest decision, or 'unreviewed' for the review queue. */
  review?: ReviewFilter
}

export const REVIEW_FILTERS = ['unreviewed', 'accepted', 'rejected', 'edited'] as const
export type ReviewFilter = (typeof REVIEW_FILTERS)[number]

/** Orders of event listings: best-corroborated first (default), by date, or by actor id. */
export const EVENT_SORTS = ['sources', 'recent', 'oldest', 'supplier', 'recipient'] as const
export type EventSort = (typeof EVENT_SORTS)[number]

export interface Page {
  limit: number
  offset: number
}

export type ActorLookup = (id: string) => ActorRef

type EventRow = Awaited<ReturnType<typeof baseQuery>>[number]

/** `events as e` narrowed by the filter, before any select: listings and aggregates share it. */
export function eventsWhere(db: Writer, f: EventFilter) {
  let q = db.selectFrom('events as e')
  if (f.supplier) q = q.where('e.supplier', '=', f.supplier)
  if (f.recipient) q = q.where('e.recipient', '=', f.recipient)
  if (f.actor) {
    const actor = f.actor
    q = q.where((eb) => eb.or([eb('e.supplier', '=', actor), eb('e.recipient', '=', actor)]))
  }
  if (f.category) {
    const category = f.category
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_categories as c')
          .select('c.event_id')
          .whereRef('c.event_id', '=', 'e.id')
          .where('c.category', '=', category),
      ),
    )
  }
  const since = f.since ? daysOf(f.since) : null
  if (since) q = q.where('e.window_end', '>=', since.start)
  const until = f.until ? daysOf(f.until) : null
  if (until) q = q.where('e.window_start', '<=', until.end)
  if (f.certainty) q = q.where('e.certainty', '=', f.certainty)
  if (f.phase) q = q.where('e.phase', '=', f.phase)
  if (f.minSources !== undefined) q = q.where('e.publishers', '>=', f.minSources)
  if (f.breach) {
    const body = f.breach
    q = q.where((eb) =>
      eb.exists(
        body === 'any'
          ? eb
              .selectFrom('event_breaches as b')
              .select('b.event_id')
              .whereRef('b.event_id', '=', 'e.id')
          : eb
              .selectFrom('event_breaches as b')
              .select('b.event_id')
              .whereRef('b.event_id', '=', 'e.id')
              .where('b.body', '=', body),
      ),
    )
  }
  if (f.review === 'unreviewed') q = q.where('e.review_status', 'is', null)
  else if (f.review) q = q.where('e.review_status', '=', f.review)
  if (!f.includeRejected && f.review !== 'rejected') {
    q = q.where((eb) =>
      eb.or([eb('e.review_status', 'is', null), eb('e.review_status', '!=', 'rejected')]),
    )
  }
  return q
}

function filtered(db: Writer, f: EventFilter) {
  return eventsWhere(db, f).selectAll('e')
}

function baseQuery(db: Writer, f: EventFilter, page: Page, sort: EventSort = 'sources') {
  let q = filtered(db, f)
  // The id breaks every tie so pages never overlap.
  switch (sort) {
    case 'sources':
      q = q
        .orderBy('e.publishers', 'desc')
        .orderBy('e.documents', 'desc')
        .orderBy('e.window_end', 'desc')
      break
    case 'recent':
      q = q.orderBy('e.window_end', 'desc')
      break
    case 'oldest':
      q = q.orderBy('e.window_start', 'asc')
      break
    case 'supplier':
      q = q.orderBy('e.supplier').orderBy('e.recipient').orderBy('e.window_end', 'desc')
      break
    case 'recipient':
      q = q.orderBy('e.recipient').orderBy('e.supplier').orderBy('e.window_end', 'desc')
      break
  }
  return q.orderBy('e.id').limit(page.limit).offset(page.offset).execute()
}

function summaryOf(r: EventRow, actor: ActorLookup): Omit<EventSummary, 'review'> {
  return {
    assessment: JSON.parse(r.assessment) as Violation[],
    id: r.id,
    supplier: actor(r.supplier),
    recipient: actor(r.recipient),
    categories: JSON.parse(r.categories) as Category[],
    phase: r.phase as Phase,
    certainty: r.certainty as Certainty,
    contested: r.contested === 1,
    window: { start: r.window_start, end: r.window_end },
    first_reported: r.first_reported,
    last_reported: r.last_reported,
    languages: JSON.parse(r.languages) as string[],
    counts: {
      documents: r.documents,
      publishers: r.publishers,
      source_countries: r.source_countries,
      claims: r.claims,
    },
  }
}

async function withReviews(
  db: Writer,
  rows: EventRow[],
  actor: ActorLookup,
): Promise<EventSummary[]> {
  const reviewed = rows.filter((r) => r.review_status !== null).map((r) => r.id)
  const reviews = await latestReviews(db, reviewed)
  return rows.map((r) => {
    const review = reviews.get(r.id)
    return {
      ...summaryOf(r, actor),
      review: review
        ? {
            status: review.status,
            note: review.note,
            reviewer: review.reviewer,
            at: review.at,
            edits: review.edits,
          }
        : null,
    }
  })
}

/** Events matching the filter, best-corroborated first unless another order is asked for. */
export async function listEvents(
  db: Writer,
  filter: EventFilter,
  page: Page,
  actor: ActorLookup,
  sort: EventSort = 'sources',
): Promise<EventSummary[]> {
  return withReviews(db, await baseQuery(db, filter, page, sort), actor)
}

/**
 * Every matching event in id order, fetched in keyset pages: exports of 200,000 events neither
 * hold them all nor pay for deep OFFSETs.
 */
export async function* streamEvents(
  db: Writer,
  filter: EventFilter,
  actor: ActorLookup,
  pageSize = 1000,
): AsyncGenerator<EventSummary> {
  let after = ''
  for (;;) {
    const rows = await filtered(db, filter)
      .where('e.id', '>', after)
      .orderBy('e.id')
      .limit(pageSize)
      .execute()
    const last = rows.at(-1)
    if (!last) return
    yield* await withReviews(db, rows, actor)
    after = last.id
  }
}

/** Supporting documents of each event, oldest report first (for `events --format json`). */
export async function documentsOfEvents(
  db: Writer,
  eventIds: readonly string[],
): Promise<Map<string, DocumentRef[]>> {
  const out = new Map<string, DocumentRef[]>()
  if (eventIds.length === 0) return out
  const rows = await db
    .selectFrom('transfers as t')
    .innerJoin('documents as d', 'd.id', 't.document_id')
    .select([...DOCUMENT_COLUMNS, 't.event_id'])
    .where('t.event_id', 'in', [...eventIds])
    .orderBy('d.published')
    .orderBy('d.id')
    .execute()
  for (const r of rows) {
    if (!r.event_id) continue
    let list = out.get(r.event_id)
    if (!list) out.set(r.event_id, (list = []))
    list.push(documentRef(r))
  }
  return out
}

/** One event with every support and every claim grouped by side; null when there is none. */
export async function getEvent(
  db: Writer,
  id: string,
  actor: ActorLookup,
): Promise<EventDetail | null> {
  const row = await db
    .selectFrom('events as e')
    .selectAll('e')
    .where('e.id', '=', id)
    .executeTakeFirst()
  if (!row) return null
  const [summary] = await withReviews(db, [row], actor)
  if (!summary) return null
  const rows = await db
    .selectFrom('transfers as t')
    .innerJoin('documents as d', 'd.id', 't.document_id')
    .select([
      ...DOCUMENT_COLUMNS,
      't.categories',
      't.phase',
      't.certainty',
      't.items',
      't.in_headline_only',
      't.period_start',
      't.period_end',
      't.evidence',
      't.claims',
      't.rule_ids',
    ])
    .where('t.event_id', '=', id)
    .orderBy('d.published')
    .orderBy('d.id')
    .execute()
  const claims: Record<Side, EventClaim[]> = { supplier: [], recipient: [], third_party: [] }
  const supports: EventSupport[] = rows.map((r) => {
    for (const c of JSON.parse(r.claims) as Claim[]) {
      const side = sideOf(c, row.supplier, row.recipient)
      claims[side].push({
        side,
        speaker: c.speaker,
        stance: c.stance,
        evidence: c.evidence,
        document_id: r.id,
      })
    }
    return {
      document: documentRef(r),
      phase: r.phase as Phase,
      certainty: r.certainty as Certainty,
      categories: JSON.parse(r.categories) as Category[],
      items: JSON.parse(r.items) as Item[],
      in_headline_only: r.in_headline_only === 1,
      period: { start: r.period_start, end: r.period_end },
      evidence: JSON.parse(r.evidence) as Span[],
      rule_ids: JSON.parse(r.rule_ids) as string[],
    }
  })
  return { ...summary, supports, claims }
}

export type { ReviewStatus }
