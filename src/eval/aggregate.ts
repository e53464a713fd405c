import type { Counts, DocumentScore, Tally } from './score-document.js'

export interface Rates {
  precision: number
  recall: number
  f1: number
}

export type NullableRates = { [K in keyof Rates]: number | null }

/** One report row: summed counts plus the rates computed from them, so nothing is hidden. */
export interface SummaryRow {
  /** ISO 639-1 of the gold, or "all" for the overall row. */
  language: string
  docs: number
  pairs: Counts & Rates
  reversed: number
  /** Rates are null when no pair matched: there were no categories to compare. */
  categories: Counts & NullableRates
  phase: Tally & { accuracy: number | null }
  certainty: Tally & { accuracy: number | null }
  negative: { docs: number; with_fp: number }
  headline_only: { found: number; total: number; recall: number | null }
  claims: {
    recalled: number
    total: number
    predicted: number
    name_matched: number
    recall: number | null
    precision: number | null
  }
}

export const OVERALL = 'all'

const NO_RATES: NullableRates = { precision: null, recall: null, f1: null }

/** One row per gold language (sorted), then the overall row. */
export function aggregate(scores: readonly DocumentScore[]): SummaryRow[] {
  const languages = [...new Set(scores.map((s) => s.language))].sort()
  const rows = languages.map((lang) =>
    summarise(
      lang,
      scores.filter((s) => s.language === lang),
    ),
  )
  return [...rows, summarise(OVERALL, scores)]
}

function summarise(language: string, scores: readonly DocumentScore[]): SummaryRow {
  const sum = (pick: (s: DocumentScore) => number): number =>
    scores.reduce((n, s) => n + pick(s), 0)
  const pairs = {
    tp: sum((s) => s.pairs.tp),
    fp: sum((s) => s.pairs.fp),
    fn: sum((s) => s.pairs.fn),
  }
  const cats = {
    tp: sum((s) => s.categories.tp),
    fp: sum((s) => s.categories.fp),
    fn: sum((s) => s.categories.fn),
  }
  const phase = { correct: sum((s) => s.phase.correct), total: sum((s) => s.phase.total) }
  const cert = { correct: sum((s) => s.certainty.correct), total: sum((s) => s.certainty.total) }
  const headline = {
    found: sum((s) => s.headline_only.found),
    total: sum((s) => s.headline_only.total),
  }
  const recalled = sum((s) => s.claims.recalled)
  const claimTotal = sum((s) => s.claims.total)
  const predicted = sum((s) => s.claims.predicted)
  return {
    language,
    docs: scores.length,
    pairs: { ...pairs, ...rates(pairs) },
    reversed: sum((s) => s.reversed),
    categories: { ...cats, ...(cats.tp + cats.fp + cats.fn === 0 ? NO_RATES : rates(cats)) },
    phase: { ...phase, accuracy: ratio(phase.correct, phase.total) },
    certainty: { ...cert, accuracy: ratio(cert.correct, cert.total) },
    negative: {
      docs: sum((s) => (s.negative ? 1 : 0)),
      with_fp: sum((s) => (s.negative_fp ? 1 : 0)),
    },
    headline_only: { ...headline, recall: ratio(headline.found, headline.total) },
    claims: {
      recalled,
      total: claimTotal,
      predicted,
      name_matched: sum((s) => s.claims.name_matched),
      recall: ratio(recalled, claimTotal),
      precision: ratio(recalled, predicted),
    },
  }
}

/**
 * Precision, recall and F1. Nothing predicted and nothing expected is perfect (1, 1, 1): a clean
 * run over negative documents must not read as a failure. Nothing predicted while something was
 * expected gives precision 0, so silence is never rewarded.
 */
export function rates({ tp, fp, fn }: Counts): Rates {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision: round(precision), recall: round(recall), f1: round(f1) }
}

/** A plain ratio, null when there is nothing to measure (reported as "–" in text). */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : round(n / d)
}

// Four decimals keep JSON diffs readable and stable across platforms.
function round(x: number): number {
  return Math.round(x * 10_000) / 10_000
}
