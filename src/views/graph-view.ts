import { sql } from 'kysely'
import type { Category, Certainty } from '../contract/extraction.js'
import type { DialectName } from '../store/dialect.js'
import { eventsWhere, type ActorLookup, type EventFilter } from '../store/query-events.js'
import type { Writer } from '../store/write-documents.js'
import type { GraphEdge, GraphNode, GraphView } from './types.js'

const CERTAINTY_RANK: Record<Certainty, number> = { confirmed: 3, alleged: 2, denied: 1 }

/** Grouped by pair in the database (rows returned ≈ pairs), from the covering index alone. */
async function pairTotals(db: Writer, dialect: DialectName, filter: EventFilter) {
  const categoriesAgg =
    dialect === 'postgres'
      ? sql<string>`string_agg(DISTINCT e.categories, ',')`
      : sql<string>`group_concat(DISTINCT e.categories)`
  return eventsWhere(db, filter)
    .select((eb) => [
      'e.supplier',
      'e.recipient',
      eb.fn.countAll<number>().as('events'),
      eb.fn.sum<number>('e.publishers').as('sources'),
      eb.fn.sum<number>('e.documents').as('documents'),
      sql<number>`sum(CASE WHEN e.certainty = 'confirmed' THEN 1 ELSE 0 END)`.as('confirmed'),
      sql<number>`sum(CASE WHEN e.certainty = 'alleged' THEN 1 ELSE 0 END)`.as('alleged'),
      sql<number>`sum(CASE WHEN e.certainty = 'denied' THEN 1 ELSE 0 END)`.as('denied'),
      eb.fn.sum<number>('e.contested').as('contested'),
      sql<number>`sum(CASE WHEN e.worst_breach = 2 THEN 1 ELSE 0 END)`.as('breaches'),
      sql<number>`sum(CASE WHEN e.worst_breach = 1 THEN 1 ELSE 0 END)`.as('possible'),
      eb.fn.min<string>('e.window_start').as('first'),
      eb.fn.max<string>('e.window_end').as('last'),
      categoriesAgg.as('categories'),
    ])
    .groupBy(['e.supplier', 'e.recipient'])
    .execute()
}

function categoriesOf(aggregated: string | null): Category[] {
  if (!aggregated) return []
  // Comma-joined JSON arrays make one JSON array of arrays.
  const lists = JSON.parse(`[${aggregated}]`) as Category[][]
  return [...new Set(lists.flat())].sort()
}

function strongest(c: Record<Certainty, number>): Certainty {
  let best: Certainty = 'denied'
  for (const k of Object.keys(c) as Certainty[]) {
    if (c[k] > 0 && CERTAINTY_RANK[k] > CERTAINTY_RANK[best]) best = k
  }
  return best
}

/** Heaviest first: more events, then more sources, then by ids so the order is stable. */
function heavier(a: GraphEdge, b: GraphEdge): number {
  return (
    b.events - a.events ||
    b.sources - a.sources ||
    (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0) ||
    (a.recipient < b.recipient ? -1 : a.recipient > b.recipient ? 1 : 0)
  )
}

/** Every supplier → recipient pair among the events matching the filter, heaviest first. */
export async function graphEdges(
  db: Writer,
  dialect: DialectName,
  filter: EventFilter,
): Promise<GraphEdge[]> {
  const totals = await pairTotals(db, dialect, filter)
  const edges = totals.map((t): GraphEdge => {
    const certainties = {
      confirmed: Number(t.confirmed),
      alleged: Number(t.alleged),
      denied: Number(t.denied),
    }
    return {
      supplier: t.supplier,
      recipient: t.recipient,
      events: Number(t.events),
      sources: Number(t.sources),
      documents: Number(t.documents),
      certainty: strongest(certainties),
      certainties,
      breaches: Number(t.breaches),
      possible_breaches: Number(t.possible),
      contested: Number(t.contested),
      categories: categoriesOf(t.categories),
      first: t.first,
      last: t.last,
    }
  })
  return edges.sort(heavier)
}

/** The network: the `limit` heaviest pairs and the actors they connect. */
export async function graphView(
  db: Writer,
  dialect: DialectName,
  filter: EventFilter,
  limit: number,
  actor: ActorLookup,
): Promise<GraphView> {
  const all = await graphEdges(db, dialect, filter)
  const edges = all.slice(0, limit)
  const nodes = new Map<string, GraphNode>()
  const node = (id: string) => {
    let n = nodes.get(id)
    if (!n) {
      n = { ...actor(id), supplies: 0, receives: 0 }
      nodes.set(id, n)
    }
    return n
  }
  for (const e of edges) {
    node(e.supplier).supplies += e.events
    node(e.recipient).receives += e.events
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    edges,
    truncated: all.length - edges.length,
  }
}
