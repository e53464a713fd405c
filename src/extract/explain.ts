import type { Statement } from './build-statements.js'
import { tokenText } from './sentence-view.js'

function tokensText(st: Statement, from: number, to: number): string {
  return tokenText(st.sentence, from, to)
}

/** One line per decision: which rule fired on which tokens (printed by `extract --explain`). */
export function explainStatements(text: string, statements: readonly Statement[]): string[] {
  const lines: string[] = []
  for (const st of statements) {
    const trig = st.trigger
    const t = trig.payloads[0]
    const at = st.sentence.tokens[trig.start]?.start ?? 0
    lines.push(
      `[${at}] ${st.rule}: trigger "${tokensText(st, trig.start, trig.end)}" (${t?.frame}, ${t?.pos})`,
    )
    for (const f of [...st.suppliers, ...st.recipients]) {
      lines.push(
        `    ${f.role} = ${f.actor.party} via ${st.sentence.language}.role.${f.rule} on "${tokensText(st, f.mention.start, f.mention.end)}"`,
      )
    }
    for (const it of st.items) {
      const extra = it.extra.length ? ` + ${it.extra.join(', ')}` : ''
      lines.push(
        `    item = ${it.category}${extra} on "${tokensText(st, it.mention.start, it.mention.end)}"`,
      )
    }
    const m = st.modality
    lines.push(
      `    phase = ${m.phase}, certainty = ${m.certainty}${m.reasons.length ? ` (cues: ${m.reasons.join('; ')})` : ''}`,
    )
    if (st.claims) {
      const who = st.claims.speakers
        .map((s) => `${s.speaker.name} [${s.speaker.country ?? '?'}]`)
        .join(', ')
      lines.push(`    claim = ${who} ${st.claims.stance} via ${st.claims.rule}`)
    }
    if (st.suppliers.length === 0 || st.recipients.length === 0)
      lines.push('    (one end missing: attached to a transfer only if unambiguous)')
  }
  void text
  return lines
}
