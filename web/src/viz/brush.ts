import { sinceMonth, untilMonth } from './months'

/** The month under `x` (pixels from the plot's left edge), clamped to the plot. */
export function monthIndexAt(x: number, step: number, count: number): number {
  if (count <= 0 || !(step > 0)) return 0
  return Math.min(count - 1, Math.max(0, Math.floor(x / step)))
}

/** The filters a brush from month index `a` to `b` (either order) sets. */
export function brushRange(
  months: readonly string[],
  a: number,
  b: number,
): { since: string; until: string } | null {
  const since = months[Math.min(a, b)]
  const until = months[Math.max(a, b)]
  return since && until ? { since, until } : null
}

/**
 * The month indices the since/until filters cover, clamped to the months shown; null when no
 * date filter is set or the range misses the shown months entirely.
 */
export function dateBand(
  months: readonly string[],
  since: string | undefined,
  until: string | undefined,
): { start: number; end: number } | null {
  if ((!since && !until) || months.length === 0) return null
  const from = since ? sinceMonth(since) : null
  const to = until ? untilMonth(until) : null
  let start = months.findIndex((m) => from === null || m >= from)
  let end = -1
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i]
    if (m !== undefined && (to === null || m <= to)) {
      end = i
      break
    }
  }
  if (start < 0 || end < 0 || start > end) return null
  start = Math.max(0, start)
  end = Math.min(months.length - 1, end)
  return { start, end }
}
