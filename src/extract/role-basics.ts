import type {
  ActorPayload,
  AnnotatedSentence,
  GrammarRole,
  Mention,
  TriggerPayload,
} from '../annotate/index.js'
import { clauseAround, hasRole } from './sentence-view.js'

// What the role finders share: the role types and the small tests both sides ask.

export type Role = 'supplier' | 'recipient'

export interface RoleFill {
  mention: Mention<ActorPayload>
  actor: ActorPayload
  role: Role
  /** Rule id, printed by --explain. */
  rule: string
  /** The actor's words as written, filled once roles are final (for --explain). */
  text?: string
}

export function party(m: Mention<ActorPayload>): ActorPayload | undefined {
  return m.payloads.find((p) => p.party !== null)
}

export function verbBetween(
  s: AnnotatedSentence,
  from: number,
  to: number,
  self: Mention<TriggerPayload>,
): boolean {
  return s.triggers.some(
    (t) => t !== self && t.start >= from && t.end <= to && t.payloads[0]?.pos === 'verb',
  )
}

/** "Russia's Wagner Group": the possessor only qualifies the actor after it. */
export function isPossessorOfNext(s: AnnotatedSentence, m: Mention<ActorPayload>): boolean {
  if (!hasRole(s, m.end, 'possessive')) return false
  const poss = s.rolesAt.get(m.end)
  return s.actors.some((n) => n.start === poss?.end)
}

/**
 * A verb-final language puts the passive auxiliary anywhere in the clause ("wurden von Nordkorea
 * an Russland geliefert", "dass Drohnen geliefert worden sind"), and its objects always stand
 * before the participle, so only the auxiliary tells a passive, not a weapon word before the verb.
 */
function hasPassiveAuxiliary(s: AnnotatedSentence, trig: Mention<TriggerPayload>): boolean {
  const clause = clauseAround(s, trig.start, trig.end)
  for (let i = clause.start; i < clause.end; i++) {
    if (i >= trig.start && i < trig.end) continue
    if (!hasRole(s, i, 'passive')) continue
    // The auxiliary of another verb ("…, die getestet wurden, liefern") is not this one's.
    const [from, to] = i < trig.start ? [i + 1, trig.start] : [trig.end, i]
    if (!verbBetween(s, from, to, trig)) return true
  }
  return false
}

/** A give verb whose object stands right before it reads as passive: "des drones fournis par l'Iran". */
export function isPassive(s: AnnotatedSentence, trig: Mention<TriggerPayload>): boolean {
  const t = trig.payloads[0]
  if (t?.pos !== 'verb') return false
  // Korean writes the passive ending onto the verb: "공급된", "이전됐다".
  if (s.lex.postpositions) return hasRole(s, trig.end, 'passive')
  if (s.lex.verbFinal) return hasPassiveAuxiliary(s, trig)
  if (trig.start === 0) return false
  const verb = s.tokens[trig.start]?.key ?? ''
  if (s.lex.progressiveSuffixes.some((x) => verb.endsWith(x))) return false // "is seeking"
  return hasRole(s, trig.start - 1, 'passive') || s.weapons.some((w) => w.end === trig.start)
}

// "nach Angaben von Präsident Lukaschenko": a title or article may stand between the phrase and
// the actor it attributes to.
const ATTRIBUTION_REACH = 3

/**
 * An actor that an "according to" phrase names ("nach Angaben der israelischen Armee"): in a
 * verb-second language it sits in the middle field, between the verb and its roles, and is the
 * source of the report, not a party.
 */
export function isAttribution(s: AnnotatedSentence, m: Mention<ActorPayload>): boolean {
  return s.reporting.some(
    (r) =>
      r.end <= m.start &&
      m.start - r.end <= ATTRIBUTION_REACH &&
      r.payloads.some((p) => p.kind === 'according_to') &&
      !s.actors.some((a) => a !== m && a.start >= r.end && a.start < m.start),
  )
}

// Pronouns that stand for a subject, so that the actors after them are objects.
const SUBJECT_WORDS: readonly GrammarRole[] = ['subject_pronoun', 'speaker_pronoun', 'first_person']

/** A subject pronoun among tokens [from, to): "dass sie Russland Drohnen geliefert hätten". */
export function subjectPronounIn(s: AnnotatedSentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SUBJECT_WORDS.some((r) => hasRole(s, i, r))) return true
  return false
}
