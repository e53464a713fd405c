import type { Statement } from './build-statements.js'

/** One line per decision: which rule fired on which words (printed by `extract --explain`). */
export function explainStatements(text: string, statements: readonly Statement[]): string[] {
  const lines: string[] = []
  for (const st of statements) {
    const t = st.trigger.payloads[0]
    const trig = text.slice(st.triggerSpan.start, st.triggerSpan.end)
    lines.push(`[${st.triggerSpan.start}] ${st.rule}: trigger "${trig}" (${t?.frame}, ${t?.pos})`)
    for (const f of [...st.suppliers, ...st.recipients]) {
      const rule = `${st.sentence.language}.role.${f.rule}`
      lines.push(`    ${f.role} = ${f.actor.party} via ${rule} on "${f.text ?? f.actor.name}"`)
    }
    for (const it of st.items) {
      const extra = it.extra.length ? ` + ${it.extra.join(', ')}` : ''
      lines.push(`    item = ${it.category}${extra} on "${text.slice(it.start, it.end)}"`)
    }
    const m = st.modality
    const cues = m.reasons.length ? ` (cues: ${m.reasons.join('; ')})` : ''
    lines.push(`    phase = ${m.phase}, certainty = ${m.certainty}${cues}`)
    if (st.claims) {
      const who = st.claims.speakers
        .map((s) => `${s.speaker.name} [${s.speaker.country ?? '?'}]`)
        .join(', ')
      lines.push(`    claim = ${who} ${st.claims.stance} via ${st.claims.rule}`)
    }
    if (st.suppliers.length === 0 || st.recipients.length === 0)
      lines.push('    (one end missing: attached to a transfer only if unambiguous)')
  }
  return lines
}
