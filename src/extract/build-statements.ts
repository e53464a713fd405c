import type { AnnotatedSentence, Mention, TriggerPayload } from '../annotate/index.js'
import type { LoadedData } from '../data/index.js'
import { findItems, type ItemMention } from './find-items.js'
import { findRoles, isPassive, type RoleFill } from './find-roles.js'
import {
  findSpeakers,
  speakerCandidates,
  type SentenceClaims,
  type SpeakerMention,
} from './find-speakers.js'
import { readModality, type Modality } from './modality.js'
import { applyExchange, exchangePhrase } from './apply-exchange.js'
import { noteVoice, voiceClaims } from './document-voice.js'
import { choosePos } from './choose-pos.js'
import { mergeComplementary } from './merge-complementary.js'
import { charSpan, clauseAround, hasRole, tokenText, type Clause } from './sentence-view.js'

/** What one trigger in one sentence says: the unit that consolidation merges into transfers. */
export interface Statement {
  sentence: AnnotatedSentence
  trigger: Mention<TriggerPayload>
  suppliers: RoleFill[]
  recipients: RoleFill[]
  items: ItemMention[]
  modality: Modality
  claims: SentenceClaims | null
  rule: string
  /** Character offsets of the trigger, kept after the sentence's tokens are released. */
  triggerSpan: { start: number; end: number }
}

export interface DocumentContext {
  data: LoadedData
  lastSpeakers: SpeakerMention[]
  /** The last actor that filled a subject role: what "it"/"elle" refers to. */
  lastSubject: RoleFill | null
  /** The author of an official statement, who speaks in the first person. */
  voice: SpeakerMention[]
  /** The last named system per category: what "the drones" refers to in a later sentence. */
  lastSystems: Map<string, string>
  /** The last statement with both ends: "In return, Pyongyang receives…" pays back its supplier. */
  lastPair: { supplier: RoleFill; recipient: RoleFill } | null
}

const PRONOUN_REACH = 3
const ANTECEDENT_REACH = 10

function objectRelativeBefore(s: AnnotatedSentence, from: number, to: number): number {
  for (let i = to - 1; i >= Math.max(0, from - 1); i--)
    if (hasRole(s, i, 'object_relative')) return i
  return -1
}

/**
 * "Abu Dhabi agreed to buy 80 Rafale jets": a purchase that names no seller buys from the maker
 * of the system it names, when all named systems come from one state.
 */
function sellerFromOrigin(
  trig: Mention<TriggerPayload>,
  items: ItemMention[],
  roles: RoleFill[],
  ctx: DocumentContext,
): void {
  if (!trig.payloads[0]?.sellerIsOrigin || roles.some((r) => r.role === 'supplier')) return
  // "Azerbaijan, which bought the drones last year": a generic word stands for the last system.
  const systemOf = (i: ItemMention) => i.system ?? ctx.lastSystems.get(i.category) ?? null
  const origins = new Set(
    items
      .map((i) => {
        const sys = systemOf(i)
        return sys ? ctx.data.weapons[sys]?.origin : null
      })
      .filter((o) => o),
  )
  const [origin] = [...origins]
  if (origins.size !== 1 || !origin || roles.some((r) => r.actor.party === origin)) return
  const item = items.find((i) => {
    const sys = systemOf(i)
    return sys !== null && ctx.data.weapons[sys]?.origin === origin
  })
  if (!item) return
  const name = ctx.data.states[origin]?.name ?? origin
  const actor = { id: origin, via: 'name' as const, kind: 'state' as const, party: origin, name }
  roles.push({
    mention: { ...item.mention, payloads: [actor] },
    actor,
    role: 'supplier',
    rule: 'system-origin',
  })
}

const DEMONYM_NEAR_ITEM = 3

/**
 * "des drones de fabrication iranienne", "received Iranian-made drones": with no seller named,
 * goods said to be made in a state came from it. SCHEMA: an inference from origin is alleged.
 */
function sellerFromDemonym(s: AnnotatedSentence, st: Statement): void {
  const t = st.trigger.payloads[0]
  // A request ("asked the UN to look into Iranian drones") is no purchase: received and bought only.
  if (t?.frame !== 'get' || t.phase === 'sought' || st.suppliers.length > 0) return
  const trig = st.trigger
  const clause = clauseAround(s, trig.start, trig.end)
  const items = st.items
  const named = new Set(st.recipients.map((r) => r.actor.party))
  for (const m of s.actors) {
    const actor = m.payloads[0]
    // A verb-final clause names the goods, and their origin, before the verb ("이란산 미사일을
    // 들여왔다", "hat russische Panzer gekauft").
    const from = s.lex.verbFinal ? clause.start : trig.end
    if (!actor?.party || actor.via !== 'demonym' || m.start < from || m.end > clause.end) continue
    if (named.has(actor.party)) continue
    const nearItem = items.some(
      (i) =>
        Math.abs(m.start - i.mention.end) <= DEMONYM_NEAR_ITEM ||
        Math.abs(i.mention.start - m.end) <= DEMONYM_NEAR_ITEM,
    )
    if (!nearItem) continue
    st.suppliers.push({ mention: m, actor, role: 'supplier', rule: 'demonym-origin' })
    if (st.modality.certainty === 'confirmed')
      st.modality = { ...st.modality, certainty: 'alleged' }
    return
  }
}

/** "It imported 36 per cent of those arms from Russia": the pronoun takes the last subject. */
function resolveSubjectPronoun(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
  roles: RoleFill[],
  ctx: DocumentContext,
): void {
  const subjectRule = (r: RoleFill) => r.rule === 'subject' || r.rule === 'passive-subject'
  const own = roles.find(subjectRule)
  if (own) {
    ctx.lastSubject = own
    return
  }
  const t = trig.payloads[0]
  if (t?.pos !== 'verb') return
  const role = t.frame === 'give' ? 'supplier' : 'recipient'
  if (roles.some((r) => r.role === role)) return
  for (let i = trig.start - 1; i >= Math.max(clause.start, trig.start - PRONOUN_REACH); i--) {
    if (hasRole(s, i, 'subject_pronoun')) {
      // "Le Danemark a annoncé qu'il cédait…": "il" is the subject of the main clause when one
      // stands before it in the sentence; otherwise the last subject of the text.
      const main = s.actors.find(
        (a) => a.end <= i && a.payloads[0]?.party && a.payloads[0].via !== 'demonym',
      )
      const actor = main?.payloads[0]
      if (main && actor) roles.push({ mention: main, actor, role, rule: 'subject-pronoun' })
      else if (ctx.lastSubject) roles.push({ ...ctx.lastSubject, role, rule: 'subject-pronoun' })
      return
    }
    // "l'aide que nous apportons à l'Ukraine": the author of the statement speaks for its state.
    const voice = ctx.voice.find((v) => v.speaker.country)
    const country = voice?.speaker.country
    if (hasRole(s, i, 'first_person') && country) {
      const name = ctx.data.states[country]?.name ?? country
      const actor = {
        id: country,
        via: 'name' as const,
        kind: 'state' as const,
        party: country,
        name,
      }
      const mention = { start: i, end: i + 1, payloads: [actor] }
      roles.push({ mention, actor, role, rule: 'first-person-voice' })
      return
    }
  }
}

/** "son pays", "his country": the country of the speaker named before it. */
function injectOwnCountry(s: AnnotatedSentence, ctx: DocumentContext): void {
  const own = s.grammar.filter((g) => g.payloads.includes('own_country'))
  if (own.length === 0) return
  const cands = speakerCandidates(s, ctx.data)
  for (const g of own) {
    const before =
      cands.filter((c) => c.end <= g.start && c.speaker.country).pop() ?? ctx.lastSpeakers[0]
    const country = before?.speaker.country
    if (!country) continue
    const name = ctx.data.states[country]?.name ?? country
    s.actors.push({
      start: g.start,
      end: g.end,
      payloads: [{ id: country, via: 'name', kind: 'state', party: country, name }],
    })
  }
  s.actors.sort((a, b) => a.start - b.start)
}

function statementFor(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  claims: SentenceClaims | null,
  ctx: DocumentContext,
): Statement | null {
  const t = trig.payloads[0]
  if (!t) return null
  const clause = clauseAround(s, trig.start, trig.end)
  // An active verb's goods are its object, after it ("a promis un lancement" does not promise the
  // satellite named before it); a noun or a passive may have them on either side, and so may a
  // verb in a verb-final language ("hat Russland Granaten geliefert").
  const isActiveVerb = t.pos === 'verb' && !s.lex.verbFinal && !isPassive(s, trig)
  // "the FK-3 air defence system that Serbia bought": the relative pronoun's antecedent is the object.
  const rel = objectRelativeBefore(s, clause.start, trig.start)
  const scope = rel >= 0 ? { ...clause, start: Math.max(0, rel - ANTECEDENT_REACH) } : clause
  const items = findItems(s, scope).filter(
    (i) =>
      (i.mention.start >= clause.start && (!isActiveVerb || i.mention.start >= trig.start)) ||
      (rel >= 0 && i.mention.end <= rel && rel - i.mention.end <= 1),
  )
  if (t.needsItem && items.length === 0) return null
  const modality = readModality(s, trig, clause, s.segment === 'title')
  if (modality.isHypothetical) return null
  const roles = findRoles(s, trig, clause)
  resolveSubjectPronoun(s, trig, clause, roles, ctx)
  sellerFromOrigin(trig, items, roles, ctx)
  return {
    sentence: s,
    trigger: trig,
    items,
    modality,
    claims,
    suppliers: roles.filter((r) => r.role === 'supplier'),
    recipients: roles.filter((r) => r.role === 'recipient'),
    rule: `${s.language}.transfer.${t.pos}-${t.frame}`,
    triggerSpan: charSpan(s, trig.start, trig.end),
  }
}

/** Statements of one sentence, in order; updates the document's last speakers. */
export function buildStatements(s: AnnotatedSentence, ctx: DocumentContext): Statement[] {
  if (s.triggers.length === 0) return []
  injectOwnCountry(s, ctx)
  const named = findSpeakers(s, ctx.data, ctx.lastSpeakers)
  if (named) ctx.lastSpeakers = named.speakers
  else rememberPeople(s, ctx)
  const claims = named ?? voiceClaims(s, ctx.voice)
  let stmts = s.triggers
    .map((t) => statementFor(s, choosePos(s, t), claims, ctx))
    .filter((x): x is Statement => x !== null)
  const phrase = exchangePhrase(s)
  if (phrase) stmts = applyExchange(s, phrase, stmts, ctx.lastPair)
  stmts = mergeComplementary(stmts)
  for (const st of stmts) sellerFromDemonym(s, st)
  for (const st of stmts)
    for (const f of [...st.suppliers, ...st.recipients])
      f.text ??= tokenText(s, f.mention.start, f.mention.end)
  const paired = stmts.findLast((st) => st.suppliers[0] && st.recipients[0])
  if (paired?.suppliers[0] && paired.recipients[0])
    ctx.lastPair = { supplier: paired.suppliers[0], recipient: paired.recipients[0] }
  return stmts
}

/** Sentences without triggers still move the last speaker ("« … », a-t-il déclaré"). */
/** "The Defence Secretary, Ben Wallace, made a statement. He told the House…": who "he" is. */
function rememberPeople(s: AnnotatedSentence, ctx: DocumentContext): void {
  const people = speakerCandidates(s, ctx.data).filter((c) => c.speaker.kind === 'person')
  if (people.length > 0) ctx.lastSpeakers = people.slice(0, 1)
}

export function trackSpeakers(s: AnnotatedSentence, ctx: DocumentContext): void {
  noteVoice(s, ctx.data, ctx.voice)
  for (const w of s.weapons) {
    const p = w.payloads.find((x) => x.system)
    if (p?.system) ctx.lastSystems.set(p.category, p.system)
  }
  if (s.triggers.length === 0) rememberPeople(s, ctx)
}
