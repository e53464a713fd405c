/** A supplier→recipient pair: the unit that consolidation recomputes. */
export interface Pair {
  supplier: string
  recipient: string
}

export function pairKey(p: Pair): string {
  return `${p.supplier}>${p.recipient}`
}

/** Distinct pairs in a fixed order: locks taken in this order cannot deadlock. */
export function distinctPairs(pairs: Iterable<Pair>): Pair[] {
  const byKey = new Map<string, Pair>()
  for (const p of pairs) byKey.set(pairKey(p), { supplier: p.supplier, recipient: p.recipient })
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p)
}
