import type { ActorPayload, AnnotatedSentence, Mention, TriggerPayload } from '../annotate/index.js'
import type { Clause } from './sentence-view.js'
import {
  hasConjunction,
  hasRole,
  markerBefore,
  onlyCoordination,
  onlyDeterminers,
} from './sentence-view.js'

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

// How far a list may run before its closing "and"/"et": "to Russia, Iran, Syria, and others".
const LIST_REACH = 12
// How far after its trigger a role may stand; the reporting verb that closes the reported
// clause also ends the search ("… to Kyiv, Blinken said during a visit to London").
const RIGHT_REACH = 30

function party(m: Mention<ActorPayload>): ActorPayload | undefined {
  return m.payloads.find((p) => p.party !== null)
}

/** Marker → role, by frame: "to" is the recipient of a sale, "from" the supplier of a purchase. */
function roleOfMarker(
  s: AnnotatedSentence,
  at: number,
  marker: string,
  t: TriggerPayload,
  isAdjacent: boolean,
): Role | null {
  if (marker === 'recipient') {
    // "acheter des S-400 à la Russie": after a get verb, French "à" names the seller; otherwise
    // "to X" after "buy" is a place ("during a visit to Ankara"), not the buyer.
    if (t.frame === 'get') return hasRole(s, at, 'get_source') ? 'supplier' : null
    return 'recipient'
  }
  if (marker === 'source') return 'supplier'
  if (marker === 'with') return t.withIsRecipient ? 'recipient' : null
  if (marker === 'agent') return t.frame === 'give' ? 'supplier' : 'recipient'
  if (marker === 'genitive') {
    if (isAdjacent && t.pos === 'noun') return t.frame === 'give' ? 'supplier' : 'recipient'
    if (t.frame === 'get') return 'supplier'
  }
  return null
}

function verbBetween(
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
function isPossessorOfNext(s: AnnotatedSentence, m: Mention<ActorPayload>): boolean {
  if (!hasRole(s, m.end, 'possessive')) return false
  const poss = s.rolesAt.get(m.end)
  return s.actors.some((n) => n.start === poss?.end)
}

/** Tokens between two actors are only list glue ("," "et" "à la") and a conjunction closes it. */
function continuesList(s: AnnotatedSentence, from: number, to: number, end: number): boolean {
  for (let i = from; i < to; i++) {
    const roles = s.rolesAt.get(i)?.payloads ?? []
    if (
      !roles.some(
        (r) =>
          r === 'coordinator' ||
          r === 'determiner' ||
          r === 'recipient' ||
          r === 'source' ||
          r === 'genitive' ||
          r === 'agent',
      )
    )
      return false
  }
  return hasConjunction(s, from, Math.min(end, to + LIST_REACH))
}

function exchangeStart(s: AnnotatedSentence, from: number, to: number): number {
  for (let i = from; i < to; i++) if (hasRole(s, i, 'exchange')) return i
  return to
}

function markedFill(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  m: Mention<ActorPayload>,
  actor: ActorPayload,
): RoleFill | null {
  const t = trig.payloads[0]
  let at = m.start
  // "to Russia's Wagner Group": the marker stands before the possessor.
  const possessor = s.actors.find(
    (p) => p.end < m.start && isPossessorOfNext(s, p) && s.rolesAt.get(p.end)?.end === m.start,
  )
  if (possessor) at = possessor.start
  const mk = markerBefore(s, at)
  if (!t || !mk) return null
  const isAdjacent = mk.at === trig.end || onlyDeterminers(s, trig.end, mk.at)
  const isAfterItem = s.weapons.some((w) => w.end === mk.at)
  // A genitive binds only to the trigger itself or to the item of a get verb.
  if (mk.marker === 'genitive' && !isAdjacent && !(t.frame === 'get' && isAfterItem)) return null
  // "by X" names the agent of a noun or a passive; after an active verb it is a circumstance
  // ("signing the contract during a visit by the French minister").
  if (mk.marker === 'agent' && t.pos === 'verb' && !isPassive(s, trig)) return null
  const role = roleOfMarker(s, mk.at, mk.marker, t, isAdjacent)
  return role ? { mention: m, actor, role, rule: `marker-${mk.marker}` } : null
}

/** Actors after the trigger: marked ones ("to Russia", "par la Corée du Nord") and their lists. */
function rightRoles(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
  out: RoleFill[],
): void {
  const t = trig.payloads[0]
  if (!t) return
  const reportAt = s.reporting.find(
    (r) => r.start >= trig.end && r.payloads.some((p) => p.kind === 'stance'),
  )?.start
  const end = Math.min(
    exchangeStart(s, trig.end, clause.end),
    trig.end + RIGHT_REACH,
    reportAt ?? clause.end,
  )
  let last: RoleFill | null = null
  for (const m of s.actors) {
    const isListed = last !== null && m.start < last.mention.end + LIST_REACH
    if (m.start < trig.end || m.start >= (isListed ? clause.end : end)) continue
    if (verbBetween(s, trig.end, m.start, trig)) break
    const actor = party(m)
    // "to Hezbollah's Al-Manar TV", "Russia's Wagner Group": a possessor only qualifies a noun.
    if (!actor || hasRole(s, m.end, 'possessive')) continue
    if (actor.via === 'demonym') {
      // "livraisons d'armes nord-coréennes": a demonym just after a nominal trigger is its agent.
      if (t.pos === 'noun' && m.start - trig.end <= 3 && !markerBefore(s, m.start)) {
        out.push({
          mention: m,
          actor,
          role: t.frame === 'give' ? 'supplier' : 'recipient',
          rule: 'demonym-after-noun',
        })
      }
      continue
    }
    let fill = markedFill(s, trig, m, actor)
    if (
      !fill &&
      last &&
      onlyCoordination(s, last.mention.end, m.start) &&
      hasConjunction(s, last.mention.end, Math.min(end, m.end + LIST_REACH))
    ) {
      fill = { mention: m, actor, role: last.role, rule: 'coordination' }
    } else if (!fill && t.pos === 'verb' && !last && onlyDeterminers(s, trig.end, m.start)) {
      // "provided Russia with shells": the first object receives; "asked the US for ATACMS": it gives.
      fill = {
        mention: m,
        actor,
        role: t.frame === 'give' ? 'recipient' : 'supplier',
        rule: 'first-object',
      }
    }
    // Once a role is filled, a later uncoordinated one is a place: "vers les Houthis au Yémen";
    // "à l'Ukraine, à la Pologne et au Maroc" repeats the marker inside a list.
    const role = fill?.role
    if (fill && out.some((o) => o.role === role) && fill.rule !== 'coordination') {
      if (!last || !continuesList(s, last.mention.end, m.start, end)) fill = null
    }
    if (fill) out.push(fill)
    last = fill ?? last
  }
}

/** A give verb whose object stands right before it reads as passive: "des drones fournis par l'Iran". */
export function isPassive(s: AnnotatedSentence, trig: Mention<TriggerPayload>): boolean {
  const t = trig.payloads[0]
  if (t?.pos !== 'verb' || trig.start === 0) return false
  const verb = s.tokens[trig.start]?.key ?? ''
  if (s.lex.progressiveSuffixes.some((x) => verb.endsWith(x))) return false // "is seeking"
  return hasRole(s, trig.start - 1, 'passive') || s.weapons.some((w) => w.end === trig.start)
}

function blocksSubject(
  s: AnnotatedSentence,
  from: number,
  to: number,
  trig: Mention<TriggerPayload>,
): boolean {
  if (verbBetween(s, from, to, trig)) return true
  // "French forces seized a shipment bound for the Houthis": who intercepts is no party.
  if (s.cues.some((c) => c.start >= from && c.end <= to && c.payloads.includes('interdiction')))
    return true
  if (trig.payloads[0]?.pos !== 'noun') return false
  // "The US condemned arms sales to Russia": the speaker is not the seller; but "the Pentagon
  // announced a package for Ukraine" makes the announcer the supplier.
  return s.reporting.some(
    (r) =>
      r.start >= from &&
      r.end <= to &&
      r.payloads.some((p) => p.kind === 'stance') &&
      !s.cues.some((c) => c.start < r.end && c.end > r.start && c.payloads.includes('agreed')),
  )
}

function subjectCandidates(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
): { cands: Array<Mention<ActorPayload>>; isParticiple: boolean } {
  const before = s.actors.filter((m) => m.end <= trig.start && m.start >= clause.start)
  // "Iran has become Russia's main backer, sending drones": a participle after a comma takes the
  // subject of the main clause, the first actor of the sentence.
  const isParticiple = trig.payloads[0]?.pos === 'verb' && s.tokens[trig.start - 1]?.text === ','
  return { cands: isParticiple ? before : before.reverse(), isParticiple }
}

/** The subject before the trigger, with actors coordinated to it ("Germany and France delivered"). */
function leftRoles(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
  out: RoleFill[],
): void {
  const t = trig.payloads[0]
  if (!t) return
  const passive = isPassive(s, trig)
  if (t.frame === 'get' && passive) return
  const subjectRole: Role =
    t.frame === 'give' && passive ? 'recipient' : t.frame === 'give' ? 'supplier' : 'recipient'
  const { cands, isParticiple } = subjectCandidates(s, trig, clause)
  let subject: Mention<ActorPayload> | null = null
  for (const m of cands) {
    if (!isParticiple && blocksSubject(s, m.end, trig.start, trig)) break
    const actor = party(m)
    if (!actor) continue
    if (actor.via === 'demonym') {
      // "North Korean arms transfers", "Russian purchases": a demonym right before a noun.
      if (t.pos === 'noun' && trig.start - m.end <= 2) {
        out.push({ mention: m, actor, role: subjectRole, rule: 'demonym-before-noun' })
        return
      }
      continue
    }
    if (t.pos === 'verb' && isPossessorOfNext(s, m)) continue
    const mk = markerBefore(s, m.start)
    if (mk && mk.marker !== 'genitive' && mk.marker !== 'source') continue
    subject = m
    out.push({
      mention: m,
      actor,
      role: subjectRole,
      rule: passive ? 'passive-subject' : 'subject',
    })
    break
  }
  // The antecedent of "which" is one actor: "in Syria and Iraq, and Azerbaijan, which bought".
  if (!subject) relativeAntecedent(s, clause, subjectRole, out)
  else coordinatedSubjects(s, trig, subject, subjectRole, out)
}

/** "la Corée du Nord, qui a livré des obus": the antecedent of the relative pronoun. */
function relativeAntecedent(
  s: AnnotatedSentence,
  clause: Clause,
  role: Role,
  out: RoleFill[],
): Mention<ActorPayload> | null {
  if (clause.relativeAt <= 0) return null
  const ante = s.actors.filter((m) => m.end <= clause.relativeAt).pop()
  const actor = ante && party(ante)
  if (!ante || !actor || actor.via === 'demonym' || clause.relativeAt - ante.end > 1) return null
  out.push({ mention: ante, actor, role, rule: 'relative-antecedent' })
  return ante
}

function coordinatedSubjects(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  subject: Mention<ActorPayload>,
  role: Role,
  out: RoleFill[],
): void {
  let head = subject
  for (const m of s.actors.filter((a) => a.end <= subject.start).reverse()) {
    const actor = party(m)
    if (!actor || actor.via === 'demonym' || !onlyCoordination(s, m.end, head.start)) break
    // "De retour à Moscou, Lavrov": a comma alone does not make a list; "A, B and C" does.
    if (!hasConjunction(s, m.end, trig.start)) break
    out.push({ mention: m, actor, role, rule: 'coordination' })
    head = m
  }
}

/** Supplier and recipient candidates of one trigger. Right-side markers win over the subject. */
export function findRoles(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
): RoleFill[] {
  const right: RoleFill[] = []
  rightRoles(s, trig, clause, right)
  const left: RoleFill[] = []
  leftRoles(s, trig, clause, left)
  const filled = new Set(right.map((r) => r.role))
  return [...right, ...left.filter((l) => !filled.has(l.role))]
}
