import type { ActorPayload, AnnotatedSentence } from '../annotate/index.js'
import type {
  Category,
  Claim,
  Item,
  Quantity,
  Span,
  Transfer,
  ActorRef,
} from '../contract/extraction.js'
import { CATEGORIES } from '../contract/extraction.js'
import type { LooseClaim } from './attach-loose-claims.js'
import type { Draft } from './consolidate-statements.js'
import type { Statement } from './build-statements.js'

export interface SentenceFacts {
  quantities: (s: AnnotatedSentence) => Quantity[]
  /** Resolved partial ISO dates mentioned in the sentence. */
  dates: (s: AnnotatedSentence) => string[]
}

const QUANTITY_GAP = 6
// A long document may state one transfer hundreds of times; the first sentences are shown and
// `evidence_total` says how many there are.
const MAX_EVIDENCE = 25

export type Describe = (id: string) => { name: string; kind: ActorRef['kind'] }

function actorRef(a: ActorPayload, describe: Describe): ActorRef {
  const id = a.party ?? a.id
  return { id, ...describe(id) }
}

function sentenceSpan(text: string, s: AnnotatedSentence): Span {
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end }
}

function foldItem(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ')
}

function buildItems(text: string, stmts: Statement[], facts: SentenceFacts): Item[] {
  const seen = new Map<string, Item>()
  for (const st of stmts) {
    const qs = facts.quantities(st.sentence)
    for (const it of st.items) {
      const a = { start: it.start }
      const b = { end: it.end }
      // One item per thing named: "munitions" three times is one item, with the count if any.
      const k = `${it.category}|${it.system ?? foldItem(text.slice(a.start, b.end))}`
      const kept = seen.get(k)
      if (kept?.quantity) continue
      // "plus de 1 000 conteneurs d'équipements": the count stands just before the item.
      // Korean counts after the noun: "포탄 100만 발".
      const q =
        qs.find(
          (x) => x.end <= a.start && text.slice(x.end, a.start).trim().length <= QUANTITY_GAP,
        ) ??
        (st.sentence.lex.postpositions
          ? qs.find(
              (x) => x.start >= b.end && text.slice(b.end, x.start).trim().length <= QUANTITY_GAP,
            )
          : undefined) ??
        null
      if (kept && !q) continue
      seen.set(k, {
        text: text.slice(a.start, b.end),
        category: it.category,
        system: it.system,
        quantity: q,
        start: a.start,
        end: b.end,
      })
    }
  }
  return [...seen.values()].sort((x, y) => x.start - y.start)
}

function buildCategories(stmts: Statement[]): Category[] {
  const set = new Set<Category>()
  for (const st of stmts)
    for (const it of st.items) {
      set.add(it.category)
      for (const c of it.extra) set.add(c)
    }
  if (set.size === 0) set.add('unspecified')
  return CATEGORIES.filter((c) => set.has(c))
}

function buildClaims(text: string, stmts: Statement[], loose: readonly LooseClaim[]): Claim[] {
  const out = new Map<string, Claim>()
  for (const st of stmts) {
    const c = st.claims
    if (!c) continue
    const stance = c.stance === 'asserts' && st.modality.isNegated ? 'denies' : c.stance
    for (const sp of c.speakers) {
      const k = `${sp.speaker.id ?? sp.speaker.name}|${stance}`
      if (!out.has(k))
        out.set(k, { speaker: sp.speaker, stance, evidence: sentenceSpan(text, st.sentence) })
    }
  }
  for (const l of loose) {
    const evidence = {
      text: text.slice(l.sentence.start, l.sentence.end),
      start: l.sentence.start,
      end: l.sentence.end,
    }
    for (const sp of l.claims.speakers) {
      const k = `${sp.speaker.id ?? sp.speaker.name}|${l.claims.stance}`
      if (!out.has(k)) out.set(k, { speaker: sp.speaker, stance: l.claims.stance, evidence })
    }
  }
  return [...out.values()]
}

function buildPeriod(
  stmts: Statement[],
  facts: SentenceFacts,
): { start: string | null; end: string | null } {
  const dates = [...new Set(stmts.flatMap((st) => facts.dates(st.sentence)))].sort()
  const start = dates[0] ?? null
  const end = dates.length > 1 ? (dates[dates.length - 1] ?? null) : null
  return { start, end }
}

function ruleIds(stmts: Statement[]): string[] {
  const ids = new Set<string>()
  for (const st of stmts) {
    ids.add(st.rule)
    for (const f of [...st.suppliers, ...st.recipients])
      ids.add(`${st.sentence.language}.role.${f.rule}`)
  }
  return [...ids].sort()
}

/** A consolidated draft in the extract contract. */
export function buildTransfer(
  text: string,
  d: Draft,
  facts: SentenceFacts,
  describe: Describe,
  dropped: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
): Transfer {
  const stmts = [...d.statements, ...d.partials]
  const kept = new Set(stmts.map((st) => st.sentence.index))
  const pair = `${d.supplier.party}>${d.recipient.party}`
  const extra = [...(dropped.get(pair) ?? [])].filter((i) => !kept.has(i))
  const sentences = [...new Map(stmts.map((st) => [st.sentence.index, st.sentence])).values()].sort(
    (a, b) => a.start - b.start,
  )
  return {
    supplier: actorRef(d.supplier, describe),
    recipient: actorRef(d.recipient, describe),
    categories: buildCategories(stmts),
    items: buildItems(text, stmts, facts),
    phase: d.phase,
    certainty: d.certainty,
    in_headline_only: d.isHeadlineOnly,
    period: buildPeriod(stmts, facts),
    evidence: sentences.slice(0, MAX_EVIDENCE).map((s) => sentenceSpan(text, s)),
    evidence_total: sentences.length + extra.length,
    claims: buildClaims(text, stmts, d.looseClaims),
    rule_ids: ruleIds(stmts),
  }
}
