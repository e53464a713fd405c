import type { ActorPayload, AnnotatedSentence, Mention, TriggerPayload } from '../annotate/index.js'
import {
  isAttribution,
  isPassive,
  isPossessorOfNext,
  party,
  subjectPronounIn,
  verbBetween,
  type Role,
  type RoleFill,
} from './role-basics.js'
import type { Clause } from './sentence-view.js'
import {
  hasConjunction,
  hasCue,
  hasRole,
  isStanceReport,
  markerBefore,
  onlyCoordination,
} from './sentence-view.js'

const AGENT_POSSESSOR_REACH = 5

// The left side of a trigger: its subject ("Iran delivered"), the receiver of a passive
// ("Russia was supplied"), a demonym before a noun ("North Korean arms transfers"), a relative
// pronoun's antecedent, and the actors listed with the subject.

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
  return s.reporting.some((r) => r.start >= from && r.end <= to && isStanceReport(s, r))
}

function subjectCandidates(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
): { cands: Array<Mention<ActorPayload>>; isParticiple: boolean } {
  const before = s.actors.filter((m) => m.end <= trig.start && m.start >= clause.start)
  const isVerb = trig.payloads[0]?.pos === 'verb'
  // "Die USA haben der Ukraine Raketen geliefert": before a final verb, the object stands
  // between the subject and the verb, so the subject is the first actor, not the nearest.
  if (isVerb && s.lex.verbFinal) return { cands: before, isParticiple: false }
  // "Iran has become Russia's main backer, sending drones": a participle after a comma takes the
  // subject of the main clause, the first actor of the sentence.
  const isParticiple = isVerb && s.tokens[trig.start - 1]?.key === ','
  return { cands: isParticiple ? before : before.reverse(), isParticiple }
}

/** The subject before the trigger, with actors coordinated to it ("Germany and France delivered"). */
export function findSubject(
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
    // "Russia remains India's largest arms supplier": the possessor of an agent noun buys.
    if (t.agentNoun && hasRole(s, m.end, 'possessive')) {
      if (trig.start - m.end <= AGENT_POSSESSOR_REACH)
        out.push({ mention: m, actor, role: 'recipient', rule: 'possessor-customer' })
      continue
    }
    const mk = markerBefore(s, m.start)
    if (mk && mk.marker !== 'genitive' && mk.marker !== 'source') continue
    // In a verb-final clause a marked actor or an attribution is in the middle field, and after
    // a subject pronoun every actor is ("dass sie Russland Drohnen geliefert hätten").
    if (s.lex.verbFinal && t.pos === 'verb') {
      if (subjectPronounIn(s, clause.start, m.start)) break
      if (mk || isAttribution(s, m)) continue
    }
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
  // A verb-final clause takes its first actor as the subject: the ones listed with it follow
  // ("美国和英国向乌克兰提供", "Deutschland und Frankreich haben der Ukraine …").
  if (!s.lex.verbFinal) return
  let tail = subject
  for (const m of s.actors.filter((a) => a.start >= subject.end && a.end <= trig.start)) {
    const actor = party(m)
    if (!actor || actor.via === 'demonym' || !isListedAfter(s, tail, m)) break
    out.push({ mention: m, actor, role, rule: 'coordination' })
    tail = m
  }
}

/** `m` continues a list that `prev` ends: only commas and a conjunction between them. */
export function isListedAfter(
  s: AnnotatedSentence,
  prev: Mention<ActorPayload>,
  m: Mention<ActorPayload>,
): boolean {
  if (!onlyCoordination(s, prev.end, m.start) || !hasConjunction(s, prev.end, m.start + 1))
    return false
  // Chinese 与 is "and" and "with": beside a deal ("波兰与韩国签署协议") it names the other party.
  const isWith = () => {
    for (let i = prev.end; i < m.start; i++) if (hasRole(s, i, 'with')) return true
    return false
  }
  return !(isWith() && hasCue(s, 'agreed'))
}
