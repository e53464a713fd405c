import { monthShort } from './months'

export interface TimeTick {
  /** Index into the months. */
  index: number
  label: string
}

export interface TimeAxis {
  /** Month names under their bars (empty when months are too thin to name). */
  months: TimeTick[]
  /** Years at their January (or at the first month), on their own row below the months. */
  years: TimeTick[]
}

/** Labels need about this many pixels apart to stay readable at 11px. */
const MONTH_GAP = 30
const YEAR_GAP = 44
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100]
const MONTH_STEPS = [1, 2, 3, 6]

/**
 * Ticks for a month axis where each month is `step` pixels wide. With room, every month (or every
 * 2nd, 3rd, 6th) is named; years are named at their January, every 1, 2, 5, 10… years as room
 * allows, so 300 months on a narrow screen still read cleanly.
 */
export function timeTicks(months: readonly string[], step: number): TimeAxis {
  if (months.length === 0 || !(step > 0)) return { months: [], years: [] }
  const monthEvery = MONTH_STEPS.find((k) => k * step >= MONTH_GAP)
  const monthTicks: TimeTick[] = []
  if (monthEvery !== undefined) {
    months.forEach((m, index) => {
      if ((Number(m.slice(5, 7)) - 1) % monthEvery === 0)
        monthTicks.push({ index, label: monthShort(m) })
    })
  }
  const yearEvery = YEAR_STEPS.find((k) => k * 12 * step >= YEAR_GAP) ?? 100
  const years: TimeTick[] = []
  months.forEach((m, index) => {
    const year = Number(m.slice(0, 4))
    if (m.endsWith('-01') && year % yearEvery === 0) years.push({ index, label: String(year) })
  })
  // Name the first month's year too, unless a January label follows too closely to fit beside it.
  const first = years[0]
  const head = months[0]
  if (head && !head.endsWith('-01') && (first === undefined || first.index * step >= YEAR_GAP)) {
    years.unshift({ index: 0, label: head.slice(0, 4) })
  }
  return { months: monthTicks, years }
}
