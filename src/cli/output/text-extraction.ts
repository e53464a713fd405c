import type { Extraction, Transfer } from '../../contract/extraction.js'

function quote(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ').trim()
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`
}

function transferLines(t: Transfer, n: number): string[] {
  const head = `${n}. ${t.supplier.name} (${t.supplier.id}) → ${t.recipient.name} (${t.recipient.id})`
  const flags = `${t.phase} · ${t.certainty}${t.in_headline_only ? ' · HEADLINE ONLY' : ''}`
  const lines = [`${head}   ${flags}`, `   categories: ${t.categories.join(', ')}`]
  if (t.items.length) {
    const items = t.items.map(
      (i) => `${i.quantity ? `${i.quantity.text} → ` : ''}${i.text} [${i.category}]`,
    )
    lines.push(`   items: ${items.join('; ')}`)
  }
  if (t.period.start)
    lines.push(`   period: ${t.period.start}${t.period.end ? ` – ${t.period.end}` : ''}`)
  for (const c of t.claims) {
    lines.push(
      `   claim: ${c.speaker.name}${c.speaker.country ? ` (${c.speaker.country})` : ''} ${c.stance}`,
    )
  }
  for (const e of t.evidence.slice(0, 3))
    lines.push(`   evidence [${e.start}–${e.end}]: ${quote(e.text)}`)
  if (t.evidence.length > 3) lines.push(`   … ${t.evidence.length - 3} more evidence sentences`)
  return lines
}

/** `extract --format text`: the same content as JSON, for a person. */
export function formatExtractionText(
  out: Extraction & { explain?: string[] },
  path?: string,
): string {
  const d = out.document
  const langs = d.segments.map((s) => `${s.kind}: ${s.language}`).join(', ')
  const lines = [
    `${path ? `${path} — ` : ''}${d.title ? `“${d.title}”` : '(no title)'}`,
    `language ${d.language} (${langs || 'no text'}); published ${d.published ?? 'unknown'}`,
    out.transfers.length === 0 ? 'no arms transfer found' : `${out.transfers.length} transfer(s):`,
  ]
  out.transfers.forEach((t, i) => lines.push(...transferLines(t, i + 1)))
  for (const w of out.warnings) lines.push(`warning: ${w.message} [${w.code}]`)
  if (out.explain) lines.push('', 'explain:', ...out.explain)
  return `${lines.join('\n')}\n`
}
