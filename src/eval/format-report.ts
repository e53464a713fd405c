import type { SummaryRow } from './aggregate.js'
import type { EvalReport } from './evaluate.js'
import type { DocumentScore } from './score-document.js'

export type ReportFormat = 'text' | 'json'

export interface FormatOptions {
  format: ReportFormat
  /** Text only: add one line per document with its false-positive and missed pairs. */
  isVerbose?: boolean
}

const HEADER = [
  'lang',
  'docs',
  'pairs tp/fp/fn',
  'P',
  'R',
  'F1',
  'reversed',
  'cat F1',
  'phase',
  'certainty',
  'neg FP',
  'headline',
  'claims',
]

/** Renders the report; JSON keys keep the order in which aggregate() builds them. */
export function formatReport(report: EvalReport, opts: FormatOptions): string {
  if (opts.format === 'json') return `${JSON.stringify(report, null, 2)}\n`
  const lines = renderTable([HEADER, ...report.rows.map(rowCells)])
  if (opts.isVerbose === true && report.documents.length > 0) {
    lines.push('', 'documents:', ...report.documents.map(documentLine))
  }
  return `${lines.join('\n')}\n`
}

function rowCells(r: SummaryRow): string[] {
  const p = r.pairs
  return [
    r.language,
    String(r.docs),
    `${p.tp}/${p.fp}/${p.fn}`,
    num(p.precision),
    num(p.recall),
    num(p.f1),
    String(r.reversed),
    r.categories.f1 === null ? '–' : num(r.categories.f1),
    fraction(r.phase.correct, r.phase.total, r.phase.accuracy),
    fraction(r.certainty.correct, r.certainty.total, r.certainty.accuracy),
    `${r.negative.with_fp}/${r.negative.docs}`,
    fraction(r.headline_only.found, r.headline_only.total, r.headline_only.recall),
    fraction(r.claims.recalled, r.claims.total, r.claims.recall),
  ]
}

// "e12-voa… [en] pairs 1/1/0  FP: RU->IR (reversed: -)  FN: -  missed claims: 1"
function documentLine(d: DocumentScore): string {
  const fp = d.fp_pairs.map((k) => (d.reversed_pairs.includes(k) ? `${k} (reversed)` : k))
  const negative = d.negative ? (d.negative_fp ? '  NEGATIVE DOC WITH FP' : '  negative ok') : ''
  return [
    `  ${d.id} [${d.language}]`,
    `pairs ${d.pairs.tp}/${d.pairs.fp}/${d.pairs.fn}`,
    `FP: ${list(fp)}`,
    `FN: ${list(d.fn_pairs)}`,
    `claims ${d.claims.recalled}/${d.claims.total}${negative}`,
  ].join('  ')
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '-' : items.join(', ')
}

function num(x: number): string {
  return x.toFixed(2)
}

function fraction(n: number, d: number, rate: number | null): string {
  return `${n}/${d} ${rate === null ? '–' : rate.toFixed(2)}`
}

/** Left-aligned columns two spaces apart; the first row is the header, underlined. */
function renderTable(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  const render = (r: string[]): string =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  const [header, ...body] = rows
  if (!header) return []
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...body.map(render)]
}
