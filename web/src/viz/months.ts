/** Month strings (YYYY-MM) and the partial dates filters may hold (YYYY, YYYY-MM, YYYY-MM-DD). */

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** "2023-03" → "Mar 2023". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-')
  const name = MONTH_NAMES[Number(m) - 1]
  return name ? `${name} ${year ?? ''}` : month
}

/** "2023-03" → "Mar". */
export function monthShort(month: string): string {
  return MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month
}

/** The first month a `since` date covers: "2023" → "2023-01", "2023-03-15" → "2023-03". */
export function sinceMonth(since: string): string {
  return since.length >= 7 ? since.slice(0, 7) : `${since.slice(0, 4)}-01`
}

/** The last month an `until` date covers: "2023" → "2023-12". */
export function untilMonth(until: string): string {
  return until.length >= 7 ? until.slice(0, 7) : `${until.slice(0, 4)}-12`
}
