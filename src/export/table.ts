import type { EventSummary } from '../kb/types.js'

export interface TableColumn {
  header: string
  /** Widest the column may get; content decides below that. */
  width?: number
  align?: 'left' | 'right'
}

const GAP = '  '
// Narrowest a column is squeezed to while others can still give: "ab…".
const MIN_WIDTH = 3
// Line breaks and other controls inside a cell would break the grid: a table never wraps.
const CONTROL = /\p{Cc}/gu
const COMBINING_MARK = /^\p{M}$/u

/**
 * Display width, counted in code points, with combining marks counting zero, so "é" is one
 * column whether it arrives composed or as e + U+0301. Known limit: CJK ideographs and most
 * emoji take two terminal columns and are counted as one, so a row holding them overflows.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) if (!COMBINING_MARK.test(ch)) width += 1
  return width
}

/** Cuts text to `width` columns, ending in '…' when anything was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  if (width <= 0) return ''
  let out = ''
  let used = 0
  for (const ch of text) {
    const w = COMBINING_MARK.test(ch) ? 0 : 1
    if (used + w > width - 1) break
    out += ch
    used += w
  }
  return `${out}…`
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

// Water-filling: the widest columns give up space first, down to a common cap, so a long
// title column shrinks before a short id column does.
function fitWidths(natural: readonly number[], available: number): number[] {
  const floor = natural.map((w) => Math.min(w, MIN_WIDTH))
  const sumAt = (cap: number) =>
    natural.reduce((sum, w, i) => sum + Math.min(w, Math.max(cap, floor[i] ?? 0)), 0)
  if (sumAt(Infinity) <= available) return [...natural]
  let low = 0
  let high = Math.max(0, ...natural)
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (sumAt(mid) <= available) low = mid
    else high = mid - 1
  }
  const widths = natural.map((w, i) => Math.min(w, Math.max(low, floor[i] ?? 0)))
  // The cap is whole columns; hand what is left, one column each, to those the cap cut.
  let spare = available - widths.reduce((a, b) => a + b, 0)
  for (let i = 0; i < widths.length && spare > 0; i += 1) {
    if ((widths[i] ?? 0) < (natural[i] ?? 0)) {
      widths[i] = (widths[i] ?? 0) + 1
      spare -= 1
    }
  }
  return widths
}

/**
 * A plain-text table for a terminal: a header, a rule, one line per row. Columns take the width
 * of their content, capped so every line fits `maxWidth`; cells that do not fit end in '…'.
 */
export function formatTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  maxWidth: number,
): string {
  const clean = (cell: string | undefined) => (cell ?? '').normalize('NFC').replace(CONTROL, ' ')
  const body = rows.map((r) => columns.map((_, i) => clean(r[i])))
  const natural = columns.map((c, i) => {
    // A loop, not Math.max(...cells): a spread of many thousand rows overflows the stack.
    let content = displayWidth(c.header)
    for (const r of body) content = Math.max(content, displayWidth(r[i] ?? ''))
    return Math.min(content, c.width ?? Infinity)
  })
  const widths = fitWidths(natural, maxWidth - GAP.length * Math.max(0, columns.length - 1))
  const line = (cells: readonly string[]) => {
    const padded = columns.map((c, i) => {
      const w = widths[i] ?? 0
      return pad(truncate(cells[i] ?? '', w), w, c.align ?? 'left')
    })
    // Even when the narrowest columns do not fit, no line may be wider than the terminal.
    return truncate(padded.join(GAP).trimEnd(), maxWidth)
  }
  const rule = widths.map((w) => '─'.repeat(w)).join(GAP)
  const lines = [line(columns.map((c) => clean(c.header))), truncate(rule, maxWidth)]
  for (const r of body) lines.push(line(r))
  return `${lines.join('\n')}\n`
}

const EVENT_COLUMNS: readonly TableColumn[] = [
  { header: 'id' },
  { header: 'supplier → recipient' },
  { header: 'categories' },
  { header: 'phase' },
  { header: 'certainty' },
  { header: 'window' },
  { header: 'docs', align: 'right' },
  { header: 'pubs', align: 'right' },
  { header: 'countries', align: 'right' },
  { header: 'embargo' },
]

/** "UN 1718" for a breach, "UN 2231 Annex B?" when only possible; instruments joined by commas. */
function embargoCell(e: EventSummary): string {
  return e.assessment
    .map((v) => `${v.instrument.replace(/^UNSCR /, 'UN ')}${v.status === 'possible' ? '?' : ''}`)
    .join(', ')
}

function eventCells(e: EventSummary): string[] {
  return [
    e.id,
    `${e.supplier.name} → ${e.recipient.name}`,
    e.categories.join(', '),
    e.phase,
    // "alleged!": one side asserts the flow while a side denies it.
    e.contested ? `${e.certainty}!` : e.certainty,
    `${e.window.start.slice(0, 7)}..${e.window.end.slice(0, 7)}`,
    String(e.counts.documents),
    String(e.counts.publishers),
    String(e.counts.source_countries),
    embargoCell(e),
  ]
}

/** `armsgraph events` on a terminal. */
export function eventsTable(events: readonly EventSummary[], maxWidth: number): string {
  return formatTable(EVENT_COLUMNS, events.map(eventCells), maxWidth)
}
