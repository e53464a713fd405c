import { sql } from 'kysely'
import { CATEGORIES, CERTAINTIES } from '../contract/extraction.js'
import { eventsWhere, type EventFilter } from '../store/query-events.js'
import type { Writer } from '../store/write-documents.js'
import type { TimelineKey, TimelineView } from './types.js'

const month = sql<string>`substr(e.window_start, 1, 7)`

/**
 * Counts per month and key. Categories are grouped by the event's category list (a JSON array,
 * kept in the covering index) and split here: no join with event_categories, few rows back.
 */
async function countsBy(
  db: Writer,
  filter: EventFilter,
  by: TimelineKey,
): Promise<Array<{ month: string; key: string; n: number }>> {
  if (by === 'certainty') {
    return eventsWhere(db, filter)
      .select((eb) => [month.as('month'), 'e.certainty as key', eb.fn.countAll<number>().as('n')])
      .groupBy([month, 'e.certainty'])
      .execute()
  }
  const rows = await eventsWhere(db, filter)
    .select((eb) => [month.as('month'), 'e.categories', eb.fn.countAll<number>().as('n')])
    .groupBy([month, 'e.categories'])
    .execute()
  return rows.flatMap((r) =>
    (JSON.parse(r.categories) as string[]).map((key) => ({ month: r.month, key, n: r.n })),
  )
}

/** Every YYYY-MM from `first` to `last`, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = []
  let y = Number(first.slice(0, 4))
  let m = Number(first.slice(5, 7))
  const endY = Number(last.slice(0, 4))
  const endM = Number(last.slice(5, 7))
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}

/** Keys in a fixed order (the contract's), so colours and stacking never shuffle. */
function keyOrder(by: TimelineKey): readonly string[] {
  return by === 'category' ? CATEGORIES : CERTAINTIES
}

/**
 * Events per month by the month their window starts, one series per category or certainty.
 * Months with no event between the first and the last are present with zero counts.
 */
export async function timelineView(
  db: Writer,
  filter: EventFilter,
  by: TimelineKey,
): Promise<TimelineView> {
  const [rows, total] = await Promise.all([
    countsBy(db, filter, by),
    eventsWhere(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ])
  const present = rows.map((r) => r.month).sort()
  const first = present[0]
  const last = present.at(-1)
  if (first === undefined || last === undefined) return { by, months: [], series: [], total: 0 }
  const months = monthsBetween(first, last)
  const index = new Map(months.map((m, i) => [m, i]))
  const byKey = new Map<string, number[]>()
  for (const r of rows) {
    let counts = byKey.get(r.key)
    if (!counts) {
      counts = new Array<number>(months.length).fill(0)
      byKey.set(r.key, counts)
    }
    const i = index.get(r.month)
    if (i !== undefined) counts[i] = (counts[i] ?? 0) + Number(r.n)
  }
  const order = keyOrder(by)
  const series = [...byKey.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([key, counts]) => ({ key, counts }))
  return { by, months, series, total: Number(total?.n ?? 0) }
}
