// Golden-file serialisation: 2-space indent, keys sorted, transfers in a fixed order, and nothing
// that changes between runs or machines (explain traces are kept out of goldens).

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

function sortKeys(v: unknown): Json {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v && typeof v === 'object') {
    const out: { [k: string]: Json } = {}
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k]
      if (x !== undefined) out[k] = sortKeys(x)
    }
    return out
  }
  return v as Json
}

interface TransferLike {
  supplier: { id: string }
  recipient: { id: string }
  phase: string
}

export function stableJson(out: { transfers: TransferLike[]; explain?: unknown }): string {
  const rest = { ...out }
  delete rest.explain
  const transfers = [...rest.transfers].sort(
    (a, b) =>
      a.supplier.id.localeCompare(b.supplier.id) ||
      a.recipient.id.localeCompare(b.recipient.id) ||
      a.phase.localeCompare(b.phase),
  )
  return `${JSON.stringify(sortKeys({ ...rest, transfers }), null, 2)}\n`
}
