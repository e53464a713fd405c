import type {
  ActorPayload,
  AnnotatedSentence,
  GrammarRole,
  Mention,
  TriggerPayload,
} from '../annotate/index.js'
import { party, verbBetween, type Role, type RoleFill } from './role-basics.js'
import { hasCue, hasRole, isStanceReport } from './sentence-view.js'

// Roles in a postpositional, verb-final language (Korean): every argument stands before its verb
// or noun and carries its marker after it. "북한은 러시아에 포탄을 제공했다": the topic supplies,
// "-에" names the recipient; "러시아는 북한으로부터 … 받았다": the topic receives, "-로부터" names
// the supplier.

const PARTICLE_ROLES: readonly GrammarRole[] = [
  'topic',
  'subject',
  'object',
  'recipient',
  'source',
  'get_source',
  'agent',
  'genitive',
  'coordinator',
]

// "북한의 대러 무기 공급": words that may stand between a genitive and the noun it qualifies.
const GENITIVE_REACH = 8

interface Marked {
  mention: Mention<ActorPayload>
  actor: ActorPayload
  particle: GrammarRole | 'comma' | null
  /** Token index right after the particle (or after the actor when it has none). */
  after: number
}

/**
 * The particle after an actor, skipping what may stand between a name and its particle: a body
 * or title ("북한 정부는", "미국 국무부는") and the words listed as determiners ("러시아 측에").
 */
export function particleAfter(
  s: AnnotatedSentence,
  m: Mention<ActorPayload>,
): Omit<Marked, 'actor'> {
  let i = m.end
  for (;;) {
    const inst = s.reporting.find(
      (r) =>
        r.start === i && r.payloads.some((p) => p.kind === 'institution' || p.kind === 'title'),
    )
    if (inst) {
      i = inst.end
      continue
    }
    const g = s.rolesAt.get(i)
    if (g && g.start === i && g.payloads.includes('determiner') && g.payloads.length === 1) {
      i = g.end
      continue
    }
    break
  }
  if (s.tokens[i]?.key === ',') return { mention: m, particle: 'comma', after: i + 1 }
  const g = s.rolesAt.get(i)
  const role = g && g.start === i ? PARTICLE_ROLES.find((r) => g.payloads.includes(r)) : undefined
  return { mention: m, particle: role ?? null, after: role && g ? g.end : i }
}

/** "국정원에 따르면": the actor an according-to phrase names reports; it is no party. */
function isAttributed(s: AnnotatedSentence, at: number): boolean {
  return s.reporting.some(
    (r) => r.start <= at && r.end > at && r.payloads.some((p) => p.kind === 'according_to'),
  )
}

/**
 * Another predicate between an argument and the trigger takes the argument: "우크라이나에 직접
 * 사용된 미사일을 제공했다" (used in Ukraine; provided to someone else). Another transfer verb does,
 * and so does a passive ending that is not the trigger's own.
 */
function predicateBetween(
  s: AnnotatedSentence,
  from: number,
  trig: Mention<TriggerPayload>,
): boolean {
  if (verbBetween(s, from, trig.start, trig)) return true
  for (let i = from; i < trig.start; i++) {
    if (!hasRole(s, i, 'passive')) continue
    if (!s.triggers.some((t) => t.end === i)) return true
  }
  return false
}

function roleOf(
  particle: Marked['particle'],
  t: TriggerPayload,
  isPassive: boolean,
  isFirst: boolean,
): { role: Role; rule: string } | null {
  const give = t.frame === 'give'
  switch (particle) {
    case 'topic':
    case 'subject':
      // The subject of a passive ("포탄이 러시아에 공급됐다") is the goods, never a party.
      if (isPassive) return null
      return { role: give ? 'supplier' : 'recipient', rule: `particle-${particle}` }
    case 'comma':
      // Headlines drop the topic particle: "북, 러에 포탄 제공".
      return isFirst && !isPassive
        ? { role: give ? 'supplier' : 'recipient', rule: 'headline-topic' }
        : null
    case 'recipient':
      // "미국에 요청했다": asked of the US, who would supply.
      return { role: give ? 'recipient' : 'supplier', rule: 'particle-recipient' }
    case 'source':
      return { role: 'supplier', rule: 'particle-source' }
    case 'get_source':
      // "-에서" is where after a give verb ("모스크바에서 제공"), whence after a get verb.
      return give ? null : { role: 'supplier', rule: 'particle-get-source' }
    case 'agent':
      return isPassive && give ? { role: 'supplier', rule: 'particle-agent' } : null
    case 'object':
      // "러시아를 지원했다": the state a give verb supports receives.
      return give && t.pos === 'verb' ? { role: 'recipient', rule: 'particle-object' } : null
    default:
      return null
  }
}

/** Supplier and recipient candidates of a trigger in a postpositional language. */
export function findPostpositionalRoles(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
): RoleFill[] {
  const t = trig.payloads[0]
  if (!t) return []
  // "포탄 지원을 요청했다": a transfer noun that is the object of a transfer verb is that verb's.
  if (t.pos === 'noun' && isObjectOfVerb(s, trig)) return []
  const isPassive = hasRole(s, trig.end, 'passive')
  const before: Marked[] = []
  for (const m of s.actors) {
    if (m.end > trig.start) break
    const actor = party(m)
    if (!actor || actor.via === 'demonym') continue
    before.push({ ...particleAfter(s, m), actor })
  }
  const out: RoleFill[] = []
  let hasSubject = false
  let comitative: Marked | undefined
  let origin: Marked | undefined
  // Nearest first: the argument next to the verb is read before the topic far to its left.
  for (let k = before.length - 1; k >= 0; k--) {
    const a = before[k]
    if (!a || a.after > trig.start || isAttributed(s, a.after - 1)) continue
    if (a.particle === 'coordinator') {
      // "북한과 이란은": the first of a list takes the role of the one it is joined to.
      const next = out.find((o) => o.mention === before[k + 1]?.mention)
      if (next && before[k + 1]?.mention.start === a.after)
        out.push({ mention: a.mention, actor: a.actor, role: next.role, rule: 'coordination' })
      else if (!next && hasCue(s, 'agreed')) comitative ??= a
      continue
    }
    if (a.particle === null) {
      // "러시아 S-400", "이란 드론": a name right before the goods is their origin.
      if (s.weapons.some((w) => w.start === a.mention.end)) origin ??= a
      continue
    }
    if (a.particle === 'genitive') {
      const fill = genitiveFill(s, a, trig, t)
      if (fill) out.push(fill)
      continue
    }
    const isTopic = a.particle === 'topic' || a.particle === 'comma'
    if (isSubjectParticle(a.particle) && reportsOnNoun(s, trig, t)) continue
    // A topic governs every verb of its sentence; other arguments only the next predicate.
    if (!isTopic && predicateBetween(s, a.after, trig)) continue
    const r = roleOf(a.particle, t, isPassive, k === 0)
    if (!r) continue
    const isSubject = isSubjectParticle(a.particle)
    if (isSubject && hasSubject) continue
    if (out.some((o) => o.role === r.role && o.rule !== 'coordination')) continue
    if (isSubject) hasSubject = true
    out.push({ mention: a.mention, actor: a.actor, role: r.role, rule: r.rule })
  }
  const has = (role: Role) => out.some((o) => o.role === role)
  // "폴란드와 … 공급하는 계약을 체결했다": the other party to a contract.
  const counterpart: Role = t.frame === 'give' ? 'recipient' : 'supplier'
  if (comitative && !has(counterpart))
    out.push({ ...fillOf(comitative), role: counterpart, rule: 'particle-comitative' })
  if (origin && !has('supplier') && !out.some((o) => o.mention === origin?.mention))
    out.push({ ...fillOf(origin), role: 'supplier', rule: 'origin-before-item' })
  return out
}

function isObjectOfVerb(s: AnnotatedSentence, trig: Mention<TriggerPayload>): boolean {
  const g = s.rolesAt.get(trig.end)
  const next = g?.payloads.includes('object') && g.start === trig.end ? g.end : trig.end
  return s.triggers.some((x) => x.start === next && x.payloads[0]?.pos === 'verb')
}

function fillOf(a: Marked): Omit<RoleFill, 'role' | 'rule'> {
  return { mention: a.mention, actor: a.actor }
}

function isSubjectParticle(p: Marked['particle']): boolean {
  return p === 'topic' || p === 'subject' || p === 'comma'
}

/**
 * "크렘린궁은 미국의 … 무기 지원을 비난했다": a transfer noun that is the object of a reporting
 * verb after it; the subject of the sentence reports it, unless it announces it ("발표했다").
 */
function reportsOnNoun(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  t: TriggerPayload,
): boolean {
  if (t.pos !== 'noun') return false
  return s.reporting.some(
    (r) =>
      r.start >= trig.end &&
      isStanceReport(s, r) &&
      !s.triggers.some((x) => x !== trig && x.start >= trig.end && x.end <= r.start),
  )
}

/** "북한의 무기 공급": a genitive names who acts in a transfer noun close after it. */
function genitiveFill(
  s: AnnotatedSentence,
  a: Marked,
  trig: Mention<TriggerPayload>,
  t: TriggerPayload,
): RoleFill | null {
  if (t.pos !== 'noun' || trig.start - a.after > GENITIVE_REACH) return null
  // "미국의 우크라이나에 대한 무기 지원": an actor with its own particle may stand between.
  const bare = s.actors.some(
    (m) =>
      m.start >= a.after &&
      m.end <= trig.start &&
      party(m)?.via !== 'demonym' &&
      particleAfter(s, m).particle === null,
  )
  if (bare) return null
  const role: Role = t.frame === 'give' ? 'supplier' : 'recipient'
  return { mention: a.mention, actor: a.actor, role, rule: 'particle-genitive' }
}
