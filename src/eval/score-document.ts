import type { Extraction, Transfer } from '../contract/extraction.js'
import type { Gold, GoldTransfer } from './gold.js'
import { matchClaims, type ClaimCounts } from './match-claims.js'
import { groupByPair, pairKey } from './pair-key.js'

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Tally {
  correct: number
  total: number
}

/** Counts for one document; field names are snake_case because they leave the process as JSON. */
export interface DocumentScore {
  id: string
  language: string
  /** The gold has no transfers: any prediction is a false-positive document. */
  negative: boolean
  negative_fp: boolean
  pairs: Counts
  /** Predicted A->B pairs that are not gold while B->A is: the worst error (DESIGN.md). */
  reversed: number
  categories: Counts
  phase: Tally
  certainty: Tally
  headline_only: { found: number; total: number }
  claims: ClaimCounts
  fp_pairs: string[]
  fn_pairs: string[]
  reversed_pairs: string[]
}

/** Scores one extraction against its gold annotation. Pure: no I/O. */
export function scoreDocument(pred: Extraction, gold: Gold): DocumentScore {
  const predicted = groupByPair(pred.transfers, (t) => [t.supplier.id, t.recipient.id])
  const expected = groupByPair(gold.transfers, (t) => [t.supplier, t.recipient])
  const matched = [...predicted.keys()].filter((k) => expected.has(k))
  const fpPairs = [...predicted.keys()].filter((k) => !expected.has(k)).sort()
  const fnPairs = [...expected.keys()].filter((k) => !predicted.has(k)).sort()
  const reversedPairs = fpPairs.filter((k) => isReversedGold(predicted.get(k), expected))
  const negative = gold.transfers.length === 0
  const both = matched.map((k) => ({ pred: predicted.get(k) ?? [], gold: expected.get(k) ?? [] }))
  return {
    id: gold.id,
    language: gold.language,
    negative,
    negative_fp: negative && pred.transfers.length > 0,
    pairs: { tp: matched.length, fp: fpPairs.length, fn: fnPairs.length },
    reversed: reversedPairs.length,
    categories: sumCounts(both.map((b) => compareCategories(b.pred, b.gold))),
    phase: tallyField(both, 'phase'),
    certainty: tallyField(both, 'certainty'),
    headline_only: scoreHeadlineOnly(predicted, expected),
    claims: matchClaims(pred.transfers, gold.claims ?? []),
    fp_pairs: fpPairs,
    fn_pairs: fnPairs,
    reversed_pairs: reversedPairs,
  }
}

function isReversedGold(group: Transfer[] | undefined, expected: Map<string, GoldTransfer[]>) {
  const first = group?.[0]
  return first !== undefined && expected.has(pairKey(first.recipient.id, first.supplier.id))
}

/** Predicted categories of a pair (union over its transfers) against the union of gold ones. */
function compareCategories(pred: Transfer[], gold: GoldTransfer[]): Counts {
  const p = new Set(pred.flatMap((t) => t.categories))
  const g = new Set<string>(gold.flatMap((t) => t.categories))
  const tp = [...p].filter((c) => g.has(c)).length
  return { tp, fp: p.size - tp, fn: g.size - tp }
}

function sumCounts(all: Counts[]): Counts {
  return all.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  })
}

/**
 * One judgement per matched pair. Gold may hold two entries for a pair (a deal agreed, a delivery
 * alleged), so a value is right when it equals any gold entry's; when the extractor emits several
 * transfers for the pair, all of them must be right, so emitting every phase earns nothing.
 */
function tallyField<K extends 'phase' | 'certainty'>(
  both: { pred: Transfer[]; gold: GoldTransfer[] }[],
  field: K,
): Tally {
  const correct = both.filter((b) => {
    const allowed = new Set<string>(b.gold.map((t) => t[field]))
    return b.pred.every((t) => allowed.has(t[field]))
  }).length
  return { correct, total: both.length }
}

/**
 * A gold pair is headline-only when every gold entry of it is; it is found when the pair is
 * predicted and the extractor flagged it as headline-only too.
 */
function scoreHeadlineOnly(
  predicted: Map<string, Transfer[]>,
  expected: Map<string, GoldTransfer[]>,
): { found: number; total: number } {
  const keys = [...expected].filter(([, g]) => g.every((t) => t.in_headline_only)).map(([k]) => k)
  const found = keys.filter((k) => predicted.get(k)?.some((t) => t.in_headline_only) === true)
  return { found: found.length, total: keys.length }
}
