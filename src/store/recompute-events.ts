import { sql, type Selectable } from 'kysely'
import type { Category, Certainty, Claim, Phase } from '../contract/extraction.js'
import {
  aggregateEvent,
  eventId,
  type Aggregate,
  type Member,
} from '../consolidate/aggregate-event.js'
import { CLOSE_DAYS, clusterTransfers } from '../consolidate/cluster-transfers.js'
import { addDays } from '../consolidate/day-window.js'
import type { DayWindow } from '../kb/types.js'
import type { DialectName } from './dialect.js'
import { distinctPairs, pairKey, type Pair } from './pairs.js'
import type { EventsTable } from './schema.js'
import { latestReviews, rehomeReviews, type StoredReview } from './reviews.js'
import type { Writer } from './write-documents.js'
import { reportedDay } from './write-documents.js'

interface Grouped {
  id: string
  pair: Pair
  members: Member[]
  /** Transfers not yet pointing at this event. */
  stale: number[]
  aggregate: Aggregate
}

/** Event rows per INSERT: 18 columns each. */
const EVENTS_PER_INSERT = 400

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

const MEMBER_COLUMNS = [
  't.seq',
  't.supplier',
  't.recipient',
  't.document_id',
  't.categories',
  't.phase',
  't.certainty',
  't.window_start',
  't.window_end',
  't.claims',
  't.event_id',
  'd.publisher',
  'd.publisher_country',
  'd.language',
  'd.published',
  'd.fetched_at',
] as const

function memberQuery(db: Writer) {
  return db
    .selectFrom('transfers as t')
    .innerJoin('documents as d', 'd.id', 't.document_id')
    .select(MEMBER_COLUMNS)
}

/** Transfers stored but not yet in an event: this transaction's new ones. */
async function pendingMembers(db: Writer) {
  return memberQuery(db).where('t.event_id', 'is', null).orderBy('t.seq').execute()
}

async function membersOfEvents(db: Writer, ids: readonly string[]) {
  const out: MemberRow[] = []
  for (const part of chunks(ids, CHUNK)) {
    out.push(...(await memberQuery(db).where('t.event_id', 'in', part).execute()))
  }
  return out
}

async function eventsById(db: Writer, ids: readonly string[]): Promise<EventRow[]> {
  const out: EventRow[] = []
  for (const part of chunks(ids, CHUNK)) {
    out.push(...(await db.selectFrom('events').selectAll().where('id', 'in', part).execute()))
  }
  return out
}

/**
 * Events a new report can join: those of its pair whose window comes within CLOSE_DAYS of the
 * new reports' span. Every other event of the pair is untouched by them.
 */
async function eventsNear(db: Writer, pair: Pair, span: DayWindow): Promise<string[]> {
  const rows = await db
    .selectFrom('events')
    .select('id')
    .where('supplier', '=', pair.supplier)
    .where('recipient', '=', pair.recipient)
    .where('window_end', '>=', addDays(span.start, -CLOSE_DAYS))
    .where('window_start', '<=', addDays(span.end, CLOSE_DAYS))
    .execute()
  return rows.map((r) => r.id)
}

async function eventsOfPair(db: Writer, pair: Pair): Promise<string[]> {
  const rows = await db
    .selectFrom('events')
    .select('id')
    .where('supplier', '=', pair.supplier)
    .where('recipient', '=', pair.recipient)
    .execute()
  return rows.map((r) => r.id)
}

/** Applies the analyst's overrides: reviewed facts win over machine output. */
function reviewed(agg: Aggregate, review: StoredReview | undefined): Aggregate {
  if (!review) return agg
  const e = review.edits
  return {
    ...agg,
    ...(e.phase ? { phase: e.phase } : {}),
    ...(e.certainty ? { certainty: e.certainty } : {}),
    ...(e.categories ? { categories: e.categories } : {}),
  }
}

const CHUNK = 2000

/** Rows per UPDATE … CASE: two parameters each. */
const ASSIGN_CHUNK = 500

/** Points transfers at their events: one UPDATE … FROM (VALUES …) per few hundred transfers. */
async function assignEvents(
  db: Writer,
  assignments: ReadonlyArray<[number, string]>,
): Promise<void> {
  for (const part of chunks(assignments, ASSIGN_CHUNK)) {
    // VALUES columns are called column1, column2 in both SQLite and PostgreSQL.
    const values = sql.join(
      part.map(([seq, id]) => sql`(CAST(${seq} AS integer), CAST(${id} AS text))`),
    )
    await sql`UPDATE transfers SET event_id = v.column2 FROM (VALUES ${values}) AS v
      WHERE transfers.seq = v.column1`.execute(db)
  }
}

type MemberRow = Awaited<ReturnType<typeof pendingMembers>>[number]
type EventRow = Selectable<EventsTable>

function memberOf(r: MemberRow): Member {
  return {
    documentId: r.document_id,
    categories: JSON.parse(r.categories) as Category[],
    phase: r.phase as Phase,
    certainty: r.certainty as Certainty,
    window: { start: r.window_start, end: r.window_end },
    claims: JSON.parse(r.claims) as Claim[],
    publisher: r.publisher,
    publisherCountry: r.publisher_country,
    language: r.language,
    reported: reportedDay(r.published, r.fetched_at),
  }
}

/** One pair's transfers clustered into events (machine view, before reviews). */
function groupPair(pair: Pair, rows: readonly MemberRow[]): Grouped[] {
  const members = rows.map(memberOf)
  return clusterTransfers(members).map((idx) => {
    const picked = idx.flatMap((i) => {
      const member = members[i]
      const row = rows[i]
      return member && row ? [{ member, row }] : []
    })
    const ms = picked.map((p) => p.member)
    const id = eventId(pair.supplier, pair.recipient, ms)
    return {
      id,
      pair,
      members: ms,
      stale: picked.filter((p) => p.row.event_id !== id).map((p) => p.row.seq),
      aggregate: aggregateEvent(ms),
    }
  })
}

/** What an assessor sees of an event (issue [3]). */
export interface AssessedEvent {
  supplier: string
  recipient: string
  window: DayWindow
  categories: readonly string[]
}

/** Embargo findings of an event; only body and status are indexed, the rest is kept as JSON. */
export type Assessor = (e: AssessedEvent) => ReadonlyArray<{ body: string; status: string }>

function eventRow(
  g: Grouped,
  review: StoredReview | undefined,
  now: string,
  assessor: Assessor | undefined,
): EventRow {
  const a = reviewed(g.aggregate, review)
  const assessment = assessor
    ? assessor({
        supplier: g.pair.supplier,
        recipient: g.pair.recipient,
        window: a.window,
        categories: a.categories,
      })
    : []
  return {
    assessment: JSON.stringify(assessment),
    worst_breach: worstBreach(assessment),
    id: g.id,
    supplier: g.pair.supplier,
    recipient: g.pair.recipient,
    categories: JSON.stringify(a.categories),
    phase: a.phase,
    certainty: a.certainty,
    contested: a.contested ? 1 : 0,
    window_start: a.window.start,
    window_end: a.window.end,
    first_reported: a.firstReported || null,
    last_reported: a.lastReported || null,
    languages: JSON.stringify(a.languages),
    documents: a.documents,
    publishers: a.publishers,
    source_countries: a.sourceCountries,
    claims: a.claims,
    review_status: review?.status ?? null,
    updated_at: now,
  }
}

/** Same content (the timestamp aside): such events are left untouched. */
function sameEvent(a: EventRow, b: EventRow): boolean {
  return (Object.keys(a) as Array<keyof EventRow>).every((k) => k === 'updated_at' || a[k] === b[k])
}

/** What changed since events were last consolidated. */
export interface Dirty {
  /** Events that lost members or whose review changed. */
  events?: readonly string[]
  /** Pairs whose events are all re-clustered (full rebuild). */
  pairs?: readonly Pair[]
}

function spanOf(rows: readonly MemberRow[]): DayWindow {
  let start = '9999-12-31'
  let end = '0000-01-01'
  for (const r of rows) {
    if (r.window_start < start) start = r.window_start
    if (r.window_end > end) end = r.window_end
  }
  return { start, end }
}

function byPairKey<T extends Pair>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const key = pairKey(r)
    let list = out.get(key)
    if (!list) out.set(key, (list = []))
    list.push(r)
  }
  return out
}

/** 2 when some body's embargo is breached, 1 when only possibly, else 0: aggregates read it. */
export function worstBreach(assessment: ReadonlyArray<{ status: string }>): number {
  let worst = 0
  for (const v of assessment) worst = Math.max(worst, v.status === 'breach' ? 2 : 1)
  return worst
}

/** One row per body an event breaches (or may breach): a breach wins over a possible one. */
export function breachRows(row: Pick<EventRow, 'id' | 'assessment'>) {
  const best = new Map<string, string>()
  for (const v of JSON.parse(row.assessment) as Array<{ body: string; status: string }>) {
    if (best.get(v.body) !== 'breach') best.set(v.body, v.status)
  }
  return [...best].map(([body, status]) => ({ body, status, event_id: row.id }))
}

async function writeEvents(
  db: Writer,
  groups: readonly Grouped[],
  old: readonly EventRow[],
  now: string,
  assessor: Assessor | undefined,
) {
  await rehomeReviews(
    db,
    old.map((e) => e.id),
    groups.map((g) => ({ id: g.id, documents: g.members.map((m) => m.documentId) })),
  )
  const reviews = await latestReviews(
    db,
    groups.map((g) => g.id),
  )
  const oldById = new Map(old.map((e) => [e.id, e]))
  const fresh = groups.map((g) => eventRow(g, reviews.get(g.id), now, assessor))
  const changed = fresh.filter((row) => {
    const before = oldById.get(row.id)
    return !before || !sameEvent(before, row)
  })
  const kept = new Set(fresh.map((row) => row.id))
  const replaced = [
    ...old.filter((e) => !kept.has(e.id)).map((e) => e.id),
    ...changed.filter((row) => oldById.has(row.id)).map((row) => row.id),
  ]
  for (const part of chunks(replaced, CHUNK)) {
    await db.deleteFrom('event_categories').where('event_id', 'in', part).execute()
    await db.deleteFrom('event_breaches').where('event_id', 'in', part).execute()
    await db.deleteFrom('events').where('id', 'in', part).execute()
  }
  for (const part of chunks(changed, EVENTS_PER_INSERT)) {
    await db.insertInto('events').values(part).execute()
    await db
      .insertInto('event_categories')
      .values(
        part.flatMap((row) =>
          (JSON.parse(row.categories) as string[]).map((category) => ({
            category,
            event_id: row.id,
          })),
        ),
      )
      .execute()
    const breaches = part.flatMap(breachRows)
    if (breaches.length > 0) await db.insertInto('event_breaches').values(breaches).execute()
  }
  await assignEvents(
    db,
    groups.flatMap((g) => g.stale.map((seq): [number, string] => [seq, g.id])),
  )
}

/**
 * Brings events up to date with the transfers: new transfers (not yet in an event) join, merge
 * or found events; dirty events are re-clustered from their remaining members. Only events a
 * change can reach are read and rewritten: a new report can only join events of its own pair
 * within CLOSE_DAYS of it, and components elsewhere cannot change. So the cost follows the
 * events touched, not the size of the store, and the result equals a full rebuild (tested).
 * Unchanged events are not rewritten. On PostgreSQL an advisory lock per pair, taken in a fixed
 * order, serialises workers that touch the same pair; SQLite has one writer anyway.
 */
export async function consolidate(
  db: Writer,
  dialect: DialectName,
  dirty: Dirty,
  now: string,
  assessor?: Assessor,
): Promise<void> {
  const pending = await pendingMembers(db)
  const dirtyEvents = dirty.events?.length
    ? await db
        .selectFrom('events')
        .select(['id', 'supplier', 'recipient'])
        .where('id', 'in', [...dirty.events])
        .execute()
    : []
  const rebuilt = new Set((dirty.pairs ?? []).map(pairKey))
  const pendingByPair = byPairKey(pending)
  const scope = distinctPairs([...pending, ...(dirty.pairs ?? []), ...dirtyEvents])
  if (scope.length === 0) return
  if (dialect === 'postgres') {
    for (const pair of scope) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${pairKey(pair)}))`.execute(db)
    }
  }
  const candidates = new Set(dirtyEvents.map((e) => e.id))
  for (const pair of scope) {
    const key = pairKey(pair)
    const fresh = pendingByPair.get(key)
    const ids = rebuilt.has(key)
      ? await eventsOfPair(db, pair)
      : fresh
        ? await eventsNear(db, pair, spanOf(fresh))
        : []
    for (const id of ids) candidates.add(id)
  }
  const old = await eventsById(db, [...candidates])
  const rowsByPair = byPairKey([...pending, ...(await membersOfEvents(db, [...candidates]))])
  const groups = scope.flatMap((p) => groupPair(p, rowsByPair.get(pairKey(p)) ?? []))
  await writeEvents(db, groups, old, now, assessor)
}
