import type { ActorPayload, AnnotatedSentence, Mention, TriggerPayload } from '../annotate/index.js'
import { findPostpositionalRoles } from './find-roles-postpositional.js'
import { findSubject, isListedAfter } from './find-subject.js'
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
  isTransit,
  markerBefore,
  onlyCoordination,
  onlyDeterminers,
} from './sentence-view.js'

export { isPassive, type Role, type RoleFill } from './role-basics.js'

// How far a list may run before its closing "and"/"et": "to Russia, Iran, Syria, and others".
const LIST_REACH = 12
// How far after its trigger a role may stand; the reporting verb that closes the reported
// clause also ends the search ("… to Kyiv, Blinken said during a visit to London").
const RIGHT_REACH = 30

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
  if (marker === 'with') {
    if (t.withIsRecipient) return 'recipient'
    // "agreed with Russia on the purchase", "a contract with India to supply": the other party.
    if (!hasCue(s, 'agreed')) return null
    return t.frame === 'give' ? 'recipient' : 'supplier'
  }
  if (marker === 'agent') return t.frame === 'give' ? 'supplier' : 'recipient'
  if (marker === 'genitive' && t.agentNoun) return null // "le fournisseur de l'Inde" sells to India
  if (marker === 'genitive') {
    if (isAdjacent && t.pos === 'noun') return t.frame === 'give' ? 'supplier' : 'recipient'
    if (t.frame === 'get') return 'supplier'
  }
  return null
}

/** "в Йемене" (in Yemen), not "в Йемен" (to Yemen): the noun's case makes the marker a place. */
function isLocative(s: AnnotatedSentence, markerAt: number, m: Mention<ActorPayload>): boolean {
  const endings = s.lex.locativeEndings.get(s.tokens[markerAt]?.key ?? '')
  return endings !== undefined && endsWithCase(s, m, endings)
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
  if (mk.marker === 'recipient' && isLocative(s, mk.at, m)) return null
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
  const isInverted = s.lex.verbSecond && t.pos === 'verb' && !hasSubjectBefore(s, trig, clause)
  for (const m of s.actors) {
    const isListed = last !== null && m.start < last.mention.end + LIST_REACH
    if (m.start < trig.end || m.start >= (isListed ? clause.end : end)) continue
    if (verbBetween(s, trig.end, m.start, trig)) break
    const actor = party(m)
    // "to Hezbollah's Al-Manar TV", "Russia's Wagner Group": a possessor only qualifies a noun.
    if (!actor || hasRole(s, m.end, 'possessive')) continue
    if (s.lex.verbSecond && isAttribution(s, m)) continue
    if (isTransit(s, m.start)) continue
    if (actor.via === 'demonym') {
      // "were delivered North Korean missiles" ("Росії були передані північнокорейські ракети"):
      // after a passive, a demonym on the goods names their supplier.
      const onGoods = s.weapons.some((w) => w.start >= m.end && w.start - m.end <= 2)
      if (t.frame === 'give' && isPassive(s, trig) && onGoods && !markerBefore(s, m.start)) {
        out.push({ mention: m, actor, role: 'supplier', rule: 'demonym-on-passive-goods' })
        continue
      }
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
      // "Außerdem erhielt die Armee …": with no subject before a verb-second verb, it follows it.
      fill = isInverted
        ? invertedSubject(s, trig, t, m, actor)
        : { mention: m, actor, role: objectRoleOf(t), rule: 'first-object' }
    } else if (
      !fill &&
      last?.rule === 'inverted-subject' &&
      onlyDeterminers(s, last.mention.end, m.start)
    ) {
      // "Im Mai lieferte Russland Belarus Raketen": the object follows the inverted subject.
      fill = { mention: m, actor, role: objectRoleOf(t), rule: 'first-object' }
    } else if (!fill) {
      fill = caseMarkedFill(s, trig, t, m, actor, last === null)
    }
    // An actor with no marker that is neither listed nor an object starts another clause
    // ("…India's largest supplier, even as New Delhi turned to France"): stop there.
    if (!fill && !markerBefore(s, m.start)) break
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

/**
 * "تم تزويد روسيا بمسيرات": after a passive verb the inverted subject receives what is given;
 * a passive get verb has no subject that is a party.
 */
function invertedSubject(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  t: TriggerPayload,
  m: Mention<ActorPayload>,
  actor: ActorPayload,
): RoleFill | null {
  if (!isPassive(s, trig))
    return { mention: m, actor, role: subjectRoleOf(t), rule: 'inverted-subject' }
  return t.frame === 'give'
    ? { mention: m, actor, role: 'recipient', rule: 'passive-subject' }
    : null
}

/** True when tokens [from, to) are only goods: weapon words, their demonyms, numbers, list glue. */
function onlyItems(s: AnnotatedSentence, from: number, to: number): boolean {
  if (to <= from) return false
  for (let i = from; i < to; i++) {
    // "продажу американских ракет Тайваню": a demonym on the goods is part of them.
    const inItem =
      s.weapons.some((w) => w.start <= i && i < w.end) ||
      s.actors.some((a) => a.start <= i && i < a.end && a.payloads[0]?.via === 'demonym')
    const tok = s.tokens[i]
    if (
      !inItem &&
      tok?.kind !== 'number' &&
      !hasRole(s, i, 'coordinator') &&
      !hasRole(s, i, 'determiner')
    )
      return false
  }
  return true
}

// A case ending is read only on a word long enough to carry one.
const MIN_CASE_STEM = 3

/** The name's last word ends in one of `endings`; an abbreviation ("США", "КНДР") has no case. */
function endsWithCase(
  s: AnnotatedSentence,
  m: Mention<ActorPayload>,
  endings: readonly string[],
): boolean {
  const last = s.tokens[m.end - 1]
  if (!last || last.kind !== 'word' || last.text === last.text.toUpperCase()) return false
  return endings.some((e) => last.key.endsWith(e) && last.key.length >= e.length + MIN_CASE_STEM)
}

/**
 * Roles a case language gives a bare name after the verb: the dative after the goods ("поставляет
 * оружие России") and the instrumental agent of a passive ("поставлены Северной Кореей").
 */
function caseMarkedFill(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  t: TriggerPayload,
  m: Mention<ActorPayload>,
  actor: ActorPayload,
  isFirst: boolean,
): RoleFill | null {
  const passive = isPassive(s, trig)
  if (passive && t.pos === 'verb' && t.frame === 'give' && endsWithCase(s, m, s.lex.agentEndings))
    return { mention: m, actor, role: 'supplier', rule: 'instrumental-agent' }
  if (
    isFirst &&
    t.pos === 'noun' &&
    s.lex.genitiveAfterNoun &&
    onlyDeterminers(s, trig.end, m.start)
  )
    return { mention: m, actor, role: subjectRoleOf(t), rule: 'genitive-after-noun' }
  const isDative =
    isFirst &&
    !passive &&
    t.frame === 'give' &&
    s.lex.dativeAfterItem &&
    onlyItems(s, trig.end, m.start)
  return isDative ? { mention: m, actor, role: 'recipient', rule: 'dative-after-item' } : null
}

function subjectRoleOf(t: TriggerPayload): Role {
  return t.frame === 'give' ? 'supplier' : 'recipient'
}

function objectRoleOf(t: TriggerPayload): Role {
  return t.frame === 'give' ? 'recipient' : 'supplier'
}

/** A subject stands before the verb: a bare actor, a subject pronoun, or a relative's antecedent. */
function hasSubjectBefore(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
): boolean {
  if (clause.relativeAt >= 0) return true
  if (subjectPronounIn(s, clause.start, trig.start)) return true
  return s.actors.some(
    (m) =>
      m.start >= clause.start &&
      m.end <= trig.start &&
      party(m) !== undefined &&
      !markerBefore(s, m.start) &&
      !isAttribution(s, m),
  )
}

/**
 * The middle field of a verb-final clause: "hat … an Russland geliefert", "dass Iran Russland
 * Drohnen geliefert hat". Marked actors before the verb take their marker's role; the first bare
 * actor is the subject (findSubject reads it) and the next bare one the object.
 */
function middleFieldRoles(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
  out: RoleFill[],
): void {
  const t = trig.payloads[0]
  if (!t || t.pos !== 'verb' || !s.lex.verbFinal) return
  const passive = isPassive(s, trig)
  let hasSubject = subjectPronounIn(s, clause.start, trig.start)
  // The last actor read and the role it took ('subject' for the bare first one): an actor listed
  // after it takes the same ("an Russland und Belarus", "美国和英国").
  let prev: { mention: Mention<ActorPayload>; role: RoleFill['role'] | 'subject' } | null = null
  for (const m of s.actors) {
    if (m.start < clause.start || m.end > trig.start) continue
    // An actor before another verb belongs to that verb ("Iran, das Russland unterstützt, …").
    if (verbBetween(s, m.end, trig.start, trig)) continue
    const actor = party(m)
    if (!actor || actor.via === 'demonym' || hasRole(s, m.end, 'possessive')) continue
    if (isPossessorOfNext(s, m) || isAttribution(s, m) || isTransit(s, m.start)) continue
    if (prev && isListedAfter(s, prev.mention, m)) {
      const role: RoleFill['role'] | 'subject' = prev.role
      if (role !== 'subject') out.push({ mention: m, actor, role, rule: 'coordination' })
      prev = { mention: m, role }
      continue
    }
    const mk = markerBefore(s, m.start)
    // "سلاح‌های ایران را منتقل می‌کند" (moves Iran's weapons): a name right after the goods owns
    // them; it is neither the subject nor the object.
    if (!mk && hasSubject && s.weapons.some((w) => w.end === m.start)) continue
    if (!mk) {
      // The first bare actor is the subject, or a passive's receiver ("Der Ukraine wurden …").
      if (!hasSubject || passive) {
        hasSubject = true
        prev = { mention: m, role: 'subject' }
        continue
      }
      out.push({ mention: m, actor, role: objectRoleOf(t), rule: 'middle-field-object' })
      prev = { mention: m, role: objectRoleOf(t) }
      continue
    }
    // "nach Erkenntnissen des Geheimdienstes": a genitive before the verb qualifies a noun.
    if (mk.marker === 'genitive') continue
    const fill = markedFill(s, trig, m, actor)
    if (fill && !out.some((o) => o.role === fill.role)) out.push(fill)
    prev = fill ? { mention: m, role: fill.role } : null
  }
}

/** Supplier and recipient candidates of one trigger. Right-side markers win over the subject. */
export function findRoles(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
): RoleFill[] {
  if (s.lex.postpositions) return findPostpositionalRoles(s, trig)
  const right: RoleFill[] = []
  rightRoles(s, trig, clause, right)
  middleFieldRoles(s, trig, clause, right)
  const left: RoleFill[] = []
  findSubject(s, trig, clause, left)
  const filled = new Set(right.map((r) => r.role))
  return [...right, ...left.filter((l) => !filled.has(l.role))]
}
