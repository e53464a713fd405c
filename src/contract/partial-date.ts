const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/**
 * Whether a string is a real date at year, month or day precision: "2023", "2023-10",
 * "2023-10-26"; not "2023-13" or "2023-02-30".
 * @example
 * isPartialDate('2024-02-29') // true
 * isPartialDate('2023-02-29') // false
 */
export function isPartialDate(s: string): boolean {
  const m = SHAPE.exec(s)
  if (!m) return false
  const month = m[2] === undefined ? 1 : Number(m[2])
  const day = m[3] === undefined ? 1 : Number(m[3])
  if (month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate()
  return day <= daysInMonth
}
