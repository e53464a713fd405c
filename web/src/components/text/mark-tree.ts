/**
 * Nested highlights over a text, built from sorted span boundaries. Layers nest in order: a span
 * of layer 0 (evidence sentences) may contain spans of layer 1 (mentions), never the reverse. A
 * mention that straddles an evidence boundary is cut in two, so the marks always nest.
 */

export interface Highlight {
  start: number
  end: number
  /** What the span stands for: a mention index, or the transfers an evidence span belongs to. */
  refs: number[]
  kind: string
  title?: string
}

export type MarkNode =
  | { type: 'text'; start: number; end: number }
  | {
      type: 'mark'
      start: number
      end: number
      layer: number
      highlight: Highlight
      children: MarkNode[]
    }

/**
 * Sorted, non-overlapping spans: overlapping ones merge (two transfers citing one sentence), so
 * one mark carries both transfers' refs.
 */
export function mergeSpans(spans: readonly Highlight[]): Highlight[] {
  const sorted = [...spans]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Highlight[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start < last.end) {
      out[out.length - 1] = {
        ...last,
        end: Math.max(last.end, s.end),
        refs: [...new Set([...last.refs, ...s.refs])],
      }
    } else out.push({ ...s, refs: [...s.refs] })
  }
  return out
}

/** Spans clipped to [from, to), dropping the empty ones. */
function clip(spans: readonly Highlight[], from: number, to: number): Highlight[] {
  const out: Highlight[] = []
  for (const s of spans) {
    const start = Math.max(s.start, from)
    const end = Math.min(s.end, to)
    if (end > start) out.push({ ...s, start, end })
  }
  return out
}

/** The tree of text runs and marks for [from, to); each layer must already be merged. */
export function buildMarkTree(
  layers: readonly (readonly Highlight[])[],
  from: number,
  to: number,
  depth = 0,
): MarkNode[] {
  const layer = layers[depth]
  if (!layer) return to > from ? [{ type: 'text', start: from, end: to }] : []
  const out: MarkNode[] = []
  let at = from
  for (const h of clip(layer, from, to)) {
    if (h.start < at) continue // defensive: a layer that overlaps itself keeps the earlier span
    out.push(...buildMarkTree(layers, at, h.start, depth + 1))
    out.push({
      type: 'mark',
      start: h.start,
      end: h.end,
      layer: depth,
      highlight: h,
      children: buildMarkTree(layers, h.start, h.end, depth + 1),
    })
    at = h.end
  }
  out.push(...buildMarkTree(layers, at, to, depth + 1))
  return out
}

/** Non-blank lines of text[from, to) as [start, end) ranges, trimmed: the reader's paragraphs. */
export function paragraphsOf(
  text: string,
  from = 0,
  to = text.length,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  let lineStart = from
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== '\n') continue
    let s = lineStart
    let e = i
    while (s < e && /\s/.test(text[s] ?? '')) s++
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--
    if (e > s) out.push({ start: s, end: e })
    lineStart = i + 1
  }
  return out
}
