import type { Extraction } from '../contract/extraction.js'
import { aggregate, type SummaryRow } from './aggregate.js'
import type { GoldCase } from './gold.js'
import { scoreDocument, type DocumentScore } from './score-document.js'

/** What `armsgraph eval` reports: summary rows (per language, then "all") and every document. */
export interface EvalReport {
  rows: SummaryRow[]
  documents: DocumentScore[]
}

/**
 * Scores every case with the given predictor. The predictor is a parameter so this stays free of
 * file and data loading: the CLI passes the real extractor, tests pass plain functions.
 */
export function evaluate(
  cases: readonly GoldCase[],
  predict: (c: GoldCase) => Extraction,
): EvalReport {
  const documents = cases.map((c) => scoreDocument(predict(c), c.gold))
  return { rows: aggregate(documents), documents }
}
