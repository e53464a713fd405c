import { CATEGORIES, type Category, type Item, type Quantity } from '../contract/extraction.js'
import type { EventDetail, EventSupport } from '../kb/types.js'
import { csvLine } from './csv.js'
import { largestQuantity } from './largest-quantity.js'
import type { Source } from './source.js'
import { firstSupportYear, formatYears, supportYears } from './support-years.js'

/** Display name of a weapon system id of data/entities/weapons.yaml. */
export type SystemName = (id: string) => string

export const REGISTER_HEADER = [
  'supplier',
  'supplier_name',
  'recipient',
  'recipient_name',
  'designation',
  'category',
  'number',
  'number_note',
  'order_year',
  'delivery_years',
  'status',
  'certainty',
  'sources',
  'publishers',
  'event_id',
] as const

interface Designation {
  designation: string
  category: Category
  quantities: (Quantity | null)[]
  supports: Set<EventSupport>
}

// "  Artillery   Shells " → "artillery shells"
function normaliseItemText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
}

function designationOf(item: Item, systemName: SystemName): string {
  if (item.system !== null) return systemName(item.system)
  return normaliseItemText(item.text) || item.category
}

function designations(event: EventDetail, systemName: SystemName): Designation[] {
  const groups = new Map<string, Designation>()
  const add = (designation: string, category: Category, s: EventSupport, q: Quantity | null) => {
    const key = `${category}\n${designation}`
    let g = groups.get(key)
    if (g === undefined) {
      g = { designation, category, quantities: [], supports: new Set() }
      groups.set(key, g)
    }
    g.quantities.push(q)
    g.supports.add(s)
  }
  for (const s of event.supports) {
    for (const item of s.items)
      add(designationOf(item, systemName), item.category, s, item.quantity)
    // A support that names no item still says what kind of weapons moved.
    if (s.items.length === 0) for (const c of s.categories) add(c, c, s, null)
  }
  const rank = (c: Category) => CATEGORIES.indexOf(c)
  return [...groups.values()].sort(
    (a, b) =>
      rank(a.category) - rank(b.category) ||
      (a.designation < b.designation ? -1 : a.designation > b.designation ? 1 : 0),
  )
}

function yearCells(supports: readonly EventSupport[]): { order: string; delivery: string } {
  const orderYears = supports
    .filter((s) => s.phase !== 'delivered')
    .map(firstSupportYear)
    .filter((y) => y !== null)
  const delivered = supports.filter((s) => s.phase === 'delivered').flatMap(supportYears)
  const order = orderYears.length > 0 ? String(Math.min(...orderYears)) : ''
  return { order, delivery: formatYears(delivered) }
}

/**
 * Register rows of one event: one per (designation, category), the shape arms-trade registers
 * publish. Years, sources and publishers come from the supports that name that designation;
 * status and certainty are the event's.
 */
export function registerRows(event: EventDetail, systemName: SystemName): string[][] {
  return designations(event, systemName).map((d) => {
    const supports = [...d.supports]
    const number = largestQuantity(d.quantities)
    const years = yearCells(supports)
    const publishers = new Set(supports.flatMap((s) => s.document.publisher ?? []))
    return [
      event.supplier.id,
      event.supplier.name,
      event.recipient.id,
      event.recipient.name,
      d.designation,
      d.category,
      number === null ? '' : String(number.value),
      number?.note ?? '',
      years.order,
      years.delivery,
      event.phase,
      event.certainty,
      String(new Set(supports.map((s) => s.document.id)).size),
      [...publishers].sort().join(';'),
      event.id,
    ]
  })
}

/** `export --format register`: a CSV header, then the register rows of each event in turn. */
export async function* registerCsv(
  events: Source<EventDetail>,
  systemName: SystemName,
): AsyncGenerator<string> {
  yield csvLine(REGISTER_HEADER)
  for await (const event of events) {
    for (const row of registerRows(event, systemName)) yield csvLine(row)
  }
}
