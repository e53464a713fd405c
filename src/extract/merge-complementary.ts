import type { Statement } from './build-statements.js'
import { hasRole } from './sentence-view.js'

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
  const aboutItem = describesItem(first, second)
  return fills.every(
    (f) => f.mention.start > first.trigger.start && (aboutItem || !f.rule.startsWith('subject')),
  )
}

/**
 * "Kyiv received 31 Abrams tanks, which Washington had pledged": the later trigger sits in a
 * relative clause on the earlier one's goods, so its subject is the other end of one transfer.
 */
const ITEM_TO_RELATIVE = 2

function describesItem(first: Statement, second: Statement): boolean {
  const s = first.sentence
  for (let i = first.trigger.end; i < second.trigger.start; i++) {
    if (!hasRole(s, i, 'object_relative')) continue
    // "the tanks, which", "les canons Caesar supplémentaires que": a comma or an adjective or two.
    if (first.items.some((it) => it.mention.end <= i && i - it.mention.end <= ITEM_TO_RELATIVE))
      return true
  }
  return false
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
