import type { Extraction } from '../../src/contract/extraction.js'

interface Located {
  where: string
  start: number
  end: number
  /** Absent for ranges that carry no text (segments, warnings). */
  text?: string
}

/** Every offset-bearing thing in an extraction, labelled by its path for failure messages. */
export function collectSpans(out: Extraction): Located[] {
  const spans: Located[] = []
  out.document.segments.forEach((s, i) => spans.push({ where: `segments[${i}]`, ...s }))
  out.warnings.forEach((w, i) => {
    if (w.span) spans.push({ where: `warnings[${i}].span`, ...w.span })
  })
  out.transfers.forEach((t, i) => {
    const at = `transfers[${i}]`
    t.evidence.forEach((e, j) => spans.push({ where: `${at}.evidence[${j}]`, ...e }))
    t.claims.forEach((c, j) => spans.push({ where: `${at}.claims[${j}].evidence`, ...c.evidence }))
    t.items.forEach((item, j) => {
      spans.push({ where: `${at}.items[${j}]`, ...item })
      if (item.quantity) spans.push({ where: `${at}.items[${j}].quantity`, ...item.quantity })
    })
  })
  return spans
}

/**
 * The normalised text the extractor worked on, when the extraction carries it. The contract
 * (src/contract/extraction.ts) has no such field yet, so callers pass the text that
 * `buildDocument()` in src/document makes from the same input, which is what extract() reads.
 */
export function documentText(out: Extraction): string | null {
  const text = (out.document as { text?: unknown }).text
  return typeof text === 'string' ? text : null
}

/** Offset-rule violations of one extraction against the text its offsets point into. */
export function spanProblems(out: Extraction, normalised: string): string[] {
  const text = documentText(out) ?? normalised
  const problems: string[] = []
  for (const s of collectSpans(out)) {
    const range = `${s.where} [${s.start}, ${s.end})`
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end)))
      problems.push(`${range} not integers`)
    if (s.start < 0 || s.start > s.end || s.end > text.length) {
      problems.push(`${range} outside [0, ${text.length}]`)
    } else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      problems.push(`${range} ${JSON.stringify(s.text)} is not the text there`)
    }
  }
  return problems
}
