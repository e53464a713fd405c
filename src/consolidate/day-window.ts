import type { DayWindow } from '../kb/types.js'

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function lastDay(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** First and last day a partial date covers: '2023' → 2023-01-01..2023-12-31. */
export function daysOf(partial: string): DayWindow | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(partial)
  if (!m) return null
  const year = Number(m[1])
  if (m[3] !== undefined) return { start: m[0], end: m[0] }
  if (m[2] !== undefined) {
    const month = Number(m[2])
    return { start: `${m[0]}-01`, end: `${m[0]}-${pad(lastDay(year, month))}` }
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` }
}

/**
 * The days a transfer is about: its stated period, else the day it was reported (publication,
 * else fetch day). Open periods ("since March 2023") end where they start: the report says no more.
 */
export function transferWindow(
  period: { start: string | null; end: string | null },
  reported: string,
): DayWindow {
  const start = period.start ? daysOf(period.start) : null
  const end = period.end ? daysOf(period.end) : null
  if (start && end) return { start: start.start, end: end.end < start.start ? start.end : end.end }
  if (start) return start
  if (end) return end
  return daysOf(reported) ?? { start: reported.slice(0, 10), end: reported.slice(0, 10) }
}

/** Whole days from a to b (ISO days); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** The ISO day n days after (or before, when negative) an ISO day. */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`)
  if (Number.isNaN(t)) return day
  return new Date(t + n * 86_400_000).toISOString().slice(0, 10)
}
