import type { ActorPayload, AnnotatedSentence, Mention, TriggerPayload } from '../annotate/index.js'
import { hasRole } from './sentence-view.js'

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

/** A give verb whose object stands right before it reads as passive: "des drones fournis par l'Iran". */
export function isPassive(s: AnnotatedSentence, trig: Mention<TriggerPayload>): boolean {
  const t = trig.payloads[0]
  if (t?.pos !== 'verb' || trig.start === 0) return false
  const verb = s.tokens[trig.start]?.key ?? ''
  if (s.lex.progressiveSuffixes.some((x) => verb.endsWith(x))) return false // "is seeking"
  return hasRole(s, trig.start - 1, 'passive') || s.weapons.some((w) => w.end === trig.start)
}
