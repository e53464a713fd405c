import type { AnnotatedSentence } from '../annotate/index.js'
import type { Statement } from './build-statements.js'
import type { RoleFill } from './role-basics.js'
import { hasRole } from './sentence-view.js'

// "X cherche à recevoir de la Russie des technologies, en échange de ses approvisionnements en
// munitions": the exchange phrase names what goes back, and who the other party is.

/** Token range of the exchange phrase: from its marker to the next comma or clause break. */
export function exchangePhrase(s: AnnotatedSentence): [number, number] | null {
  const marker = s.grammar.find((g) => g.payloads.includes('exchange'))
  if (!marker) return null
  // "In return, …", "Im Gegenzug erhalte …": a marker that opens the sentence with no object.
  const bare = s.tokens[marker.end]?.key === ',' || s.triggers.some((t) => t.start === marker.end)
  if (marker.start === 0 && bare) return [0, marker.end]
  let end = marker.end
  while (end < s.tokens.length && s.tokens[end]?.key !== ',' && !hasRole(s, end, 'clause_break'))
    end++
  return [marker.start, end]
}

function counterparty(s: AnnotatedSentence, phrase: [number, number], exclude: Set<string | null>) {
  const m = s.actors.find(
    (a) =>
      a.start >= phrase[0] &&
      a.end <= phrase[1] &&
      !exclude.has(a.payloads[0]?.party ?? null) &&
      a.payloads[0]?.party,
  )
  const actor = m?.payloads[0]
  return m && actor ? { mention: m, actor } : null
}

type Pair = { supplier: RoleFill; recipient: RoleFill } | null

/**
 * "Im Gegenzug erhalte Pjöngjang Technologie", "In return, Russia supplies…": an exchange marker
 * that opens the sentence and names no one pays back the last transfer, so the other party is
 * the one of that transfer the statement does not name.
 */
function previousCounterparty(
  phrase: [number, number],
  named: Set<string | null>,
  last: Pair,
): { mention: RoleFill['mention']; actor: RoleFill['actor'] } | null {
  if (phrase[0] !== 0 || !last) return null
  if (named.has(last.supplier.actor.party)) return last.recipient
  if (named.has(last.recipient.actor.party)) return last.supplier
  return null
}

/** Fills a missing end from the exchange phrase and adds the opposite flow it pays with. */
export function applyExchange(
  s: AnnotatedSentence,
  phrase: [number, number],
  stmts: Statement[],
  last: Pair = null,
): Statement[] {
  const out: Statement[] = []
  for (const st of stmts) {
    const inPhrase = st.trigger.start >= phrase[0] && st.trigger.end <= phrase[1]
    if (inPhrase) continue // the payment itself, read as the reverse flow below
    const named = new Set([...st.suppliers, ...st.recipients].map((r) => r.actor.party))
    const other = counterparty(s, phrase, named) ?? previousCounterparty(phrase, named, last)
    if (other && st.suppliers.length === 0 && st.recipients.length > 0) {
      st.suppliers.push({ ...other, role: 'supplier', rule: 'exchange-counterparty' })
    } else if (other && st.recipients.length === 0 && st.suppliers.length > 0) {
      st.recipients.push({ ...other, role: 'recipient', rule: 'exchange-counterparty' })
    }
    const paid = st.items.filter((i) => i.mention.start >= phrase[0] && i.mention.end <= phrase[1])
    if (paid.length > 0 && st.suppliers.length > 0 && st.recipients.length > 0) {
      out.push({
        ...st,
        items: paid,
        rule: `${s.language}.transfer.exchange-reverse`,
        suppliers: st.recipients.map((r) => ({ ...r, role: 'supplier' })),
        recipients: st.suppliers.map((r) => ({ ...r, role: 'recipient' })),
        modality: { ...st.modality, phase: 'delivered' },
      })
      st.items = st.items.filter((i) => !paid.includes(i))
    }
    out.push(st)
  }
  return out
}
