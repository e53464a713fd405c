import type { TimelineView } from '../api/types'
import { orderSeriesKeys } from './palette'

export interface StackSegment {
  key: string
  count: number
  /** Cumulative counts below and at the top of the segment. */
  y0: number
  y1: number
}

export interface StackedMonth {
  month: string
  total: number
  segments: StackSegment[]
}

/**
 * Per month, the series stacked bottom-up in palette order (so a category keeps its place in
 * every bar). `total` is the stack's height: an event with two categories counts in both.
 */
export function stackTimeline(view: TimelineView): StackedMonth[] {
  const keys = orderSeriesKeys(view.series.map((s) => s.key))
  const byKey = new Map(view.series.map((s) => [s.key, s.counts]))
  return view.months.map((month, i) => {
    let y = 0
    const segments: StackSegment[] = []
    for (const key of keys) {
      const count = byKey.get(key)?.[i] ?? 0
      if (count <= 0) continue
      segments.push({ key, count, y0: y, y1: y + count })
      y += count
    }
    return { month, total: y, segments }
  })
}

/** Series keys present in the view with their totals, in palette order. */
export function seriesTotals(view: TimelineView): Array<{ key: string; total: number }> {
  const totals = new Map(view.series.map((s) => [s.key, s.counts.reduce((a, b) => a + b, 0)]))
  return orderSeriesKeys([...totals.keys()]).map((key) => ({ key, total: totals.get(key) ?? 0 }))
}

/** Stacked counts (events × keys) in months `start`..`end`; 0 for no band. */
export function countInBand(
  view: TimelineView,
  band: { start: number; end: number } | null,
): number {
  if (!band) return 0
  let sum = 0
  for (const s of view.series) {
    for (let i = band.start; i <= band.end; i++) sum += s.counts[i] ?? 0
  }
  return sum
}
