/**
 * Small numeric scales. Corroboration counts are heavy-tailed (one pair with 200 sources, most
 * with 1–3), so widths grow with the logarithm: the strong pairs stand out without drowning the rest.
 */

/** Maps `value` in 0..`max` onto `lo`..`hi` by log(1 + value); `max` ≤ 0 gives `lo`. */
export function logScale(value: number, max: number, lo: number, hi: number): number {
  if (!(max > 0) || !(value > 0)) return lo
  const t = Math.log1p(Math.min(value, max)) / Math.log1p(max)
  return lo + t * (hi - lo)
}

/** Maps `value` in 0..`max` onto `lo`..`hi` by its square root, so areas grow with the value. */
export function sqrtScale(value: number, max: number, lo: number, hi: number): number {
  if (!(max > 0) || !(value > 0)) return lo
  const t = Math.sqrt(Math.min(value, max) / max)
  return lo + t * (hi - lo)
}

/** A round axis maximum ≥ `max` (1, 2, 5 × 10ⁿ steps) and its tick values from 0. */
export function niceTicks(max: number, count = 4): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] }
  const raw = max / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  // Counts are integers: a step below 1 would label fractions of an event.
  const whole = Math.max(1, step)
  const top = Math.ceil(max / whole) * whole
  const ticks: number[] = []
  for (let v = 0; v <= top; v += whole) ticks.push(v)
  return { max: top, ticks }
}
