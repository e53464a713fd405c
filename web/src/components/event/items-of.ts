import type { EventSupport, Item } from '../../api/types'

export interface ItemRow {
  text: string
  category: Item['category']
  system: string | null
  /** Distinct quantity phrases stated for this item ("up to several hundred"). */
  quantities: string[]
  /** How many documents name it. */
  documents: number
}

/**
 * The weapons an event's documents name, one row per system (or per wording when no system is
 * known), most cited first: the same drones named in ten articles are one row.
 */
export function itemsOf(supports: readonly EventSupport[]): ItemRow[] {
  const rows = new Map<string, ItemRow & { docs: Set<string> }>()
  for (const s of supports) {
    for (const item of s.items) {
      const key = item.system ?? `${item.category}:${item.text.toLowerCase()}`
      let row = rows.get(key)
      if (!row) {
        row = {
          text: item.text,
          category: item.category,
          system: item.system,
          quantities: [],
          documents: 0,
          docs: new Set(),
        }
        rows.set(key, row)
      }
      row.docs.add(s.document.id)
      const q = item.quantity?.text
      if (q && !row.quantities.includes(q)) row.quantities.push(q)
    }
  }
  return [...rows.values()]
    .map(({ docs, ...row }) => ({ ...row, documents: docs.size }))
    .sort((a, b) => b.documents - a.documents || a.text.localeCompare(b.text))
}
