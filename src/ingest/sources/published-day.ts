import { isPartialDate } from '../../contract/partial-date.js'

/** 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', then optionally a time ('T10:00:00+09:00') that is dropped. */
const SHAPE =
  /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A publication date as the publisher wrote it, at its own precision: '2023', '2023-10',
 * '2023-10-26'. A timestamp keeps the publisher's day ('2023-10-26T01:00:00+09:00' →
 * '2023-10-26'): turning it into UTC first would move it to the day before. Null when the value
 * is not such a date or names an impossible day.
 */
export function publishedDay(value: string): string | null {
  const m = SHAPE.exec(value.trim())
  const date = m?.[1]
  if (m === null || date === undefined) return null
  // A time needs a whole day in front of it: '2023-10T10:00' is no ISO timestamp.
  if (m[2] !== undefined && date.length !== 10) return null
  return isPartialDate(date) ? date : null
}
