import type {
  AnnotatedSentence,
  CueKind,
  GrammarRole,
  Mention,
  ReportPayload,
} from '../annotate/index.js'

// Small look-ups over one annotated sentence that the role, modality and claim passes share.

export type Marker = 'recipient' | 'source' | 'genitive' | 'agent' | 'with'
const MARKERS: readonly Marker[] = ['recipient', 'source', 'genitive', 'agent', 'with']

export function hasRole(s: AnnotatedSentence, i: number, role: GrammarRole): boolean {
  return s.rolesAt.get(i)?.payloads.includes(role) ?? false
}

/** Token index before `i`, skipping determiners and opening brackets ("à la", "to the", "vers (la"). */
export function skipDeterminersBack(s: AnnotatedSentence, i: number): number {
  let j = i - 1
  while (j >= 0) {
    const m = s.rolesAt.get(j)
    if (!m || !m.payloads.includes('determiner') || MARKERS.some((r) => m.payloads.includes(r)))
      break
    j = m.start - 1
  }
  return j
}

/** The role marker right before token `i` ("to", "par", "auprès de"), with its position. */
export function markerBefore(
  s: AnnotatedSentence,
  i: number,
): { marker: Marker; at: number } | null {
  const j = skipDeterminersBack(s, i)
  const m = j >= 0 ? s.rolesAt.get(j) : undefined
  if (!m) return null
  const marker = MARKERS.find((r) => m.payloads.includes(r))
  return marker ? { marker, at: m.start } : null
}

/** Whether any cue of this kind stands in the sentence ("contract", "agreed" for a deal). */
export function hasCue(s: AnnotatedSentence, kind: CueKind): boolean {
  return s.cues.some((c) => c.payloads.includes(kind))
}

/**
 * A reporting verb that takes a stance on what it reports ("condemned", "비난했다"), unless it
 * announces it ("announced a package", "발표했다"): its subject reports and is no party.
 */
export function isStanceReport(s: AnnotatedSentence, r: Mention<ReportPayload>): boolean {
  return (
    r.payloads.some((p) => p.kind === 'stance') &&
    !s.cues.some((c) => c.start < r.end && c.end > r.start && c.payloads.includes('agreed'))
  )
}

/** "über Syrien", "via Oman": the actor at `i` is a place a shipment passes through. */
export function isTransit(s: AnnotatedSentence, i: number): boolean {
  const j = skipDeterminersBack(s, i)
  return j >= 0 && hasRole(s, j, 'transit')
}

/** True when tokens [from, to) are only coordinators and determiners ("Russia, Iran, and Syria"). */
export function onlyCoordination(s: AnnotatedSentence, from: number, to: number): boolean {
  if (to <= from) return false
  for (let i = from; i < to; i++) {
    if (!hasRole(s, i, 'coordinator') && !hasRole(s, i, 'determiner')) return false
  }
  return true
}

/** True when tokens [from, to) hold a conjunction, not only commas ("and", "et", "ainsi que"). */
export function hasConjunction(s: AnnotatedSentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (hasRole(s, i, 'coordinator') && s.tokens[i]?.kind === 'word') return true
  }
  return false
}

/** True when tokens [from, to) are only determiners (or nothing). */
export function onlyDeterminers(s: AnnotatedSentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!hasRole(s, i, 'determiner')) return false
  return true
}

export interface Clause {
  start: number
  end: number
  /** Token index of a relative pronoun opening the clause ("qui", "which"), or -1. */
  relativeAt: number
}

/** Clause around tokens [from, to): bounded by clause breaks or the sentence. */
export function clauseAround(s: AnnotatedSentence, from: number, to: number): Clause {
  let start = 0
  let relativeAt = -1
  for (let i = from - 1; i >= 0; i--) {
    if (hasRole(s, i, 'clause_break') || hasRole(s, i, 'relative')) {
      start = i + 1
      if (hasRole(s, i, 'relative')) relativeAt = i
      break
    }
  }
  let end = s.tokens.length
  for (let i = to; i < s.tokens.length; i++) {
    if (hasRole(s, i, 'clause_break') && !hasRole(s, i, 'relative')) {
      end = i
      break
    }
  }
  return { start, end, relativeAt }
}

export function mentionsIn<P>(
  list: ReadonlyArray<Mention<P>>,
  from: number,
  to: number,
): Array<Mention<P>> {
  return list.filter((m) => m.start >= from && m.end <= to)
}

/** The text of tokens [from, to) with the spacing it had ("porte-parole", not "porte - parole"). */
export function tokenText(s: AnnotatedSentence, from: number, to: number): string {
  let out = ''
  for (let i = from; i < to; i++) {
    const t = s.tokens[i]
    const prev = s.tokens[i - 1]
    if (!t) break
    out += i > from && prev && t.start > prev.end ? ` ${t.text}` : t.text
  }
  return out
}

/** Character offsets of tokens [from, to) of a sentence. */
export function charSpan(
  s: AnnotatedSentence,
  from: number,
  to: number,
): { start: number; end: number } {
  const a = s.tokens[from]
  const b = s.tokens[Math.max(from, to - 1)]
  return a && b ? { start: a.start, end: b.end } : { start: s.start, end: s.start }
}

/**
 * Drops the token-level layers of a sentence once its statements are built: statements keep
 * character offsets, so a long document does not hold every token in memory.
 */
export function releaseTokens(s: AnnotatedSentence): void {
  s.tokens = []
  s.actors = []
  s.weapons = []
  s.triggers = []
  s.cues = []
  s.reporting = []
  s.grammar = []
  s.rolesAt = new Map()
}
