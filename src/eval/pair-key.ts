/** "KP->RU": the unit of scoring is a directed (supplier, recipient) pair per document. */
export function pairKey(supplier: string, recipient: string): string {
  return `${supplier}->${recipient}`
}

/** Groups items by pair key, keeping first-seen order so output follows the input. */
export function groupByPair<T>(
  items: readonly T[],
  ends: (item: T) => readonly [string, string],
): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const [supplier, recipient] = ends(item)
    const key = pairKey(supplier, recipient)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}
