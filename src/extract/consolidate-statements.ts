import type { ActorPayload } from '../annotate/index.js'
import type { Certainty, Phase } from '../contract/extraction.js'
import type { RoleFill } from './find-roles.js'
import type { LooseClaim } from './attach-loose-claims.js'
import type { Statement } from './build-statements.js'

/** One supplier→recipient direction of a document, with everything said about it. */
export interface Draft {
  supplier: ActorPayload
  recipient: ActorPayload
  statements: Statement[]
  /** Statements that name only one end (or none) and were attached to this direction. */
  partials: Statement[]
  isHeadlineOnly: boolean
  phase: Phase
  certainty: Certainty
  /** Reactions in sentences that name no transfer ("Peskov condemned the decision"). */
  looseClaims: LooseClaim[]
}

const PHASE_RANK: Record<Phase, number> = { sought: 0, agreed: 1, delivered: 2 }

function key(s: ActorPayload, r: ActorPayload): string {
  return `${s.party}>${r.party}`
}

function pairs(st: Statement): Array<[RoleFill, RoleFill]> {
  const out: Array<[RoleFill, RoleFill]> = []
  for (const s of st.suppliers)
    for (const r of st.recipients) if (s.actor.party !== r.actor.party) out.push([s, r])
  return out
}

function addPairs(drafts: Map<string, Draft>, st: Statement, isHeadline: boolean): void {
  for (const [s, r] of pairs(st)) {
    const k = key(s.actor, r.actor)
    let d = drafts.get(k)
    if (!d) {
      d = {
        supplier: s.actor,
        recipient: r.actor,
        statements: [],
        partials: [],
        isHeadlineOnly: isHeadline,
        looseClaims: [],
        phase: 'delivered',
        certainty: 'confirmed',
      }
      drafts.set(k, d)
    }
    d.statements.push(st)
  }
}

/** Parties named in a sentence and the one before it: the context a partial statement lives in. */
export type PartiesNear = (sentenceIndex: number) => ReadonlySet<string>

/**
 * A statement naming one end joins the only direction that has that end in that role, provided
 * the other end is named nearby ("le transfert de technologie vers la Corée du Nord" after a
 * sentence about Russia). Two named ends never reach here; none at all are left alone.
 */
function attachPartial(drafts: Draft[], st: Statement, near: PartiesNear): boolean {
  const sup = new Set(st.suppliers.map((f) => f.actor.party))
  const rec = new Set(st.recipients.map((f) => f.actor.party))
  if (sup.size === 0 && rec.size === 0) return false
  const parties = near(st.sentence.index)
  const fits = drafts.filter(
    (d) =>
      (sup.size === 0 ? parties.has(d.supplier.party ?? '') : sup.has(d.supplier.party)) &&
      (rec.size === 0 ? parties.has(d.recipient.party ?? '') : rec.has(d.recipient.party)),
  )
  if (fits.length === 1 && fits[0]) fits[0].partials.push(st)
  return fits.length === 1
}

/**
 * A headline transfer the body restates with one end left implicit ("Storm Shadow missiles have
 * been used … the UK confirms it supplied them") is supported by the body: such a statement
 * names the headline's supplier as supplier, or its recipient as recipient, and nothing else.
 */
function supportsHeadline(st: Statement, d: Draft): boolean {
  if (st.suppliers.length > 0 && st.recipients.length === 0)
    return st.suppliers.some((f) => f.actor.party === d.supplier.party)
  if (st.recipients.length > 0 && st.suppliers.length === 0)
    return st.recipients.some((f) => f.actor.party === d.recipient.party)
  return false
}

// Phase and certainty come from statements that name both ends; partials only add items,
// evidence and claims ("la fourniture par la Russie … aiderait Kim" is no delivery).
function decide(d: Draft): void {
  // The headline repeats the body in few words: the body decides when it speaks.
  const body = d.statements.filter((s) => s.sentence.segment === 'body')
  const said = body.length > 0 ? body : d.statements
  // "its preferred provider" names a relationship, not an event: events decide when there are any.
  const events = said.filter((s) => !s.trigger.payloads[0]?.agentNoun)
  const all = events.length > 0 ? events : said
  const asserted = all.filter((s) => !s.modality.isNegated)
  const pool = asserted.length > 0 ? asserted : all
  let phase: Phase = 'sought'
  for (const s of pool)
    if (PHASE_RANK[s.modality.phase] > PHASE_RANK[phase]) phase = s.modality.phase
  const ofPhase = pool.filter((s) => s.modality.phase === phase)
  let certainty: Certainty = 'denied'
  if (asserted.length > 0)
    certainty = ofPhase.some((s) => s.modality.certainty === 'confirmed') ? 'confirmed' : 'alleged'
  if (d.isHeadlineOnly && certainty === 'confirmed') certainty = 'alleged'
  d.phase = phase
  d.certainty = certainty
}

/** Statements of a document → one draft per direction; the title is checked against the body. */
export function consolidateStatements(statements: Statement[], near: PartiesNear): Draft[] {
  const body = new Map<string, Draft>()
  const title = new Map<string, Draft>()
  const isTitle = (s: Statement) => s.sentence.segment === 'title'
  for (const st of statements) addPairs(isTitle(st) ? title : body, st, isTitle(st))
  const bodyDrafts = [...body.values()]
  const loose: Statement[] = []
  for (const st of statements) {
    if (!isTitle(st) && pairs(st).length === 0 && !attachPartial(bodyDrafts, st, near))
      loose.push(st)
  }
  for (const [k, d] of title) {
    const b = body.get(k)
    if (b) {
      b.statements.push(...d.statements)
      continue
    }
    const support = loose.filter((st) => supportsHeadline(st, d))
    if (support.length > 0) {
      d.isHeadlineOnly = false
      d.statements.push(...support)
    }
    body.set(k, d)
  }
  const drafts = [...body.values()]
  for (const d of drafts) decide(d)
  return drafts
}
