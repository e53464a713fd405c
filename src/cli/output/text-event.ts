import type { EventClaim, EventDetail, Side } from '../../kb/types.js'

function quote(s: string, max = 200): string {
  const one = s.replace(/\s+/g, ' ').trim()
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`
}

const SIDE_TITLES: Record<Side, string> = {
  supplier: 'supplier side',
  recipient: 'recipient side',
  third_party: 'third parties',
}

function claimLine(c: EventClaim): string {
  const who = `${c.speaker.name}${c.speaker.country ? ` (${c.speaker.country})` : ''}`
  return `    ${who} ${c.stance}: ${quote(c.evidence.text, 140)} [doc ${c.document_id.slice(0, 12)}]`
}

/** `armsgraph event ID`: what an analyst reads before citing an event. */
export function formatEventText(e: EventDetail): string {
  const lines = [
    `${e.id}: ${e.supplier.name} (${e.supplier.id}) → ${e.recipient.name} (${e.recipient.id})`,
    `  ${e.phase} · ${e.certainty}${e.contested ? ' · CONTESTED (asserted and denied)' : ''}` +
      `${e.review ? ` · reviewed: ${e.review.status}${e.review.reviewer ? ` by ${e.review.reviewer}` : ''}` : ''}`,
    `  categories: ${e.categories.join(', ')}`,
    `  window: ${e.window.start} – ${e.window.end}; reported ${e.first_reported ?? '?'} – ${e.last_reported ?? '?'}`,
    `  corroboration: ${e.counts.documents} documents, ${e.counts.publishers} publishers, ` +
      `${e.counts.source_countries} source countries; languages ${e.languages.join(', ')}`,
  ]
  if (e.review?.note) lines.push(`  review note: ${e.review.note}`)
  lines.push('', 'Arms embargoes')
  if (e.assessment.length === 0) lines.push('  no binding UN or EU arms embargo is breached')
  for (const v of e.assessment) {
    lines.push(
      `  ${v.body} ${v.instrument}: ${v.status}${v.disputed ? ' (disputed)' : ''} — ${v.provision}`,
      `    ${v.reason}`,
      `    ${v.source}`,
    )
  }
  lines.push('', 'Claims')
  let anyClaim = false
  for (const side of ['supplier', 'recipient', 'third_party'] as const) {
    const claims = e.claims[side]
    if (claims.length === 0) continue
    anyClaim = true
    lines.push(`  ${SIDE_TITLES[side]}:`, ...claims.map(claimLine))
  }
  if (!anyClaim) lines.push('  (no attributed claims)')
  lines.push('', 'Supporting documents')
  for (const s of e.supports) {
    const d = s.document
    lines.push(
      `  - ${d.published ?? 'undated'} ${d.publisher ?? 'unknown publisher'}${d.publisher_country ? ` (${d.publisher_country})` : ''} [${d.language}] ${d.title ? quote(d.title, 100) : ''}`,
      `    id ${d.id.slice(0, 12)} · ${s.phase} · ${s.certainty}${s.in_headline_only ? ' · headline only' : ''}${d.url ? ` · ${d.url}` : ''}`,
    )
    const items = s.items.map(
      (i) => `${i.quantity ? `${i.quantity.text} ` : ''}${i.text} [${i.category}]`,
    )
    if (items.length) lines.push(`    items: ${items.join('; ')}`)
    for (const ev of s.evidence.slice(0, 2)) lines.push(`    ${quote(ev.text)}`)
  }
  return `${lines.join('\n')}\n`
}
