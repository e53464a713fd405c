import type { EventSummary } from '../kb/types.js'
import type { Source } from './source.js'

// Spreadsheets run a cell that starts with one of these as a formula ("=HYPERLINK(…)"), even
// from a CSV file; an apostrophe in front makes them show it as text (OWASP "CSV injection").
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r'])
// RFC 4180 §2.6: a field holding a quote, a comma or a line break must be quoted.
const NEEDS_QUOTES = /["\n\r,]/

/** One CSV field: formula starts defused with a leading apostrophe, then quoted if needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.has(value.charAt(0)) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** One CSV record ending in LF (not RFC 4180's CRLF: every current reader accepts both). */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`
}

/** A header line, then one line per row, as the rows arrive. */
export async function* csvRows(
  header: readonly string[],
  rows: Source<readonly string[]>,
): AsyncGenerator<string> {
  yield csvLine(header)
  for await (const row of rows) yield csvLine(row)
}

export const EVENTS_CSV_HEADER = [
  'id',
  'supplier',
  'supplier_name',
  'recipient',
  'recipient_name',
  'categories',
  'phase',
  'certainty',
  'contested',
  'window_start',
  'window_end',
  'first_reported',
  'last_reported',
  'documents',
  'publishers',
  'source_countries',
  'claims',
  'languages',
  'review',
] as const

/** The cells of one event, in the order of EVENTS_CSV_HEADER. */
export function eventCells(e: EventSummary): string[] {
  return [
    e.id,
    e.supplier.id,
    e.supplier.name,
    e.recipient.id,
    e.recipient.name,
    e.categories.join(';'),
    e.phase,
    e.certainty,
    String(e.contested),
    e.window.start,
    e.window.end,
    e.first_reported ?? '',
    e.last_reported ?? '',
    String(e.counts.documents),
    String(e.counts.publishers),
    String(e.counts.source_countries),
    String(e.counts.claims),
    e.languages.join(';'),
    e.review?.status ?? '',
  ]
}

/** `events --format csv` and `export --format csv`: a header and one row per event. */
export async function* eventsCsv(events: Source<EventSummary>): AsyncGenerator<string> {
  yield csvLine(EVENTS_CSV_HEADER)
  for await (const e of events) yield csvLine(eventCells(e))
}
