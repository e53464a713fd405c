// The evaluation module: gold loading, per-document scoring, aggregation and report rendering.
export {
  aggregate,
  rates,
  ratio,
  OVERALL,
  type NullableRates,
  type Rates,
  type SummaryRow,
} from './aggregate.js'
export { evaluate, type EvalReport } from './evaluate.js'
export { formatReport, type FormatOptions, type ReportFormat } from './format-report.js'
export {
  GoldSchema,
  loadGoldDir,
  parseGoldFile,
  type Gold,
  type GoldCase,
  type GoldClaim,
  type GoldTransfer,
} from './gold.js'
export { scoreDocument, type Counts, type DocumentScore, type Tally } from './score-document.js'
