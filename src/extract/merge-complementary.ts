import type { Statement } from './build-statements.js'

function isSupplierOnly(st: Statement): boolean {
  return st.suppliers.length > 0 && st.recipients.length === 0
}
function isRecipientOnly(st: Statement): boolean {
  return st.recipients.length > 0 && st.suppliers.length === 0
}

/** The later half names its end after the earlier trigger, not as its own subject. */
function isInside(a: Statement, b: Statement): boolean {
  const [first, second] = a.trigger.start < b.trigger.start ? [a, b] : [b, a]
  const fills = [...second.suppliers, ...second.recipients]
  return fills.every((f) => f.mention.start > first.trigger.start && !f.rule.startsWith('subject'))
}

/**
 * Two halves of one transfer in one sentence: "Russia has received shipments of Iranian
 * missiles" (received: recipient Russia; shipments: supplier Iran), "seeking to buy jets from
 * Russia" (seeking: recipient; buy: supplier). The verb keeps its modality; the halves join.
 */
export function mergeComplementary(stmts: Statement[]): Statement[] {
  const used = new Set<Statement>()
  const out: Statement[] = []
  for (const a of stmts) {
    if (used.has(a) || !(isSupplierOnly(a) || isRecipientOnly(a))) continue
    const b = stmts.find(
      (x) =>
        x !== a &&
        !used.has(x) &&
        (isSupplierOnly(a) ? isRecipientOnly(x) : isSupplierOnly(x)) &&
        isInside(a, x),
    )
    if (!b) continue
    used.add(a)
    used.add(b)
    const [first, second] = a.trigger.start < b.trigger.start ? [a, b] : [b, a]
    out.push({
      ...first,
      suppliers: [...a.suppliers, ...b.suppliers],
      recipients: [...a.recipients, ...b.recipients],
      items: [
        ...first.items,
        ...second.items.filter(
          (i) => !first.items.some((j) => j.mention.start === i.mention.start),
        ),
      ],
      modality:
        first.modality.isNegated || second.modality.isNegated
          ? { ...first.modality, isNegated: true, certainty: 'denied' }
          : first.modality,
      rule: `${first.rule}+complementary`,
    })
  }
  return [...stmts.filter((s) => !used.has(s)), ...out].sort(
    (x, y) => x.trigger.start - y.trigger.start,
  )
}
