import type { EventSupport } from '../kb/types.js'

/**
 * The calendar years a support's period covers; the publication year when the text states no
 * period (the same fallback as the event window); none when the document has no date either.
 */
export function supportYears(s: EventSupport): number[] {
  const from = s.period.start ?? s.period.end ?? s.document.published
  const to = s.period.end ?? s.period.start ?? s.document.published
  if (from === null || to === null) return []
  const a = Number(from.slice(0, 4))
  const b = Number(to.slice(0, 4))
  const years: number[] = []
  for (let y = Math.min(a, b); y <= Math.max(a, b); y += 1) years.push(y)
  return years
}

/** The first year a support's period names, or null. */
export function firstSupportYear(s: EventSupport): number | null {
  return supportYears(s)[0] ?? null
}

// [2015, 2023, 2024] → "2015; 2023-2024": a hull "2015-2024" would invent eight years.
export function formatYears(years: Iterable<number>): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b)
  const runs: string[] = []
  let start = sorted[0]
  for (let i = 0; start !== undefined && i < sorted.length; i += 1) {
    const y = sorted[i] as number
    const next = sorted[i + 1]
    if (next === y + 1) continue
    runs.push(y === start ? String(y) : `${start}-${y}`)
    start = next
  }
  return runs.join('; ')
}
