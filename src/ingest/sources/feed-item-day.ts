import { publishedDay } from './published-day.js'

/** The parts of a feed item this reads: its raw date elements and the parser's dates. */
export interface DatedItem {
  rawDate(name: string): string | null
  published: Date | null
  updated: Date | null
}

/** Date elements by local name, most to least specific: RSS, Dublin Core, then Atom. */
const DATE_ELEMENTS = ['pubdate', 'published', 'issued', 'date', 'updated', 'modified']

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
}

/** RFC 822 as RSS writes it: 'Tue, 10 Oct 2023 04:00:00 +0900' (the weekday is optional). */
const RFC_822 = /^\s*(?:[a-z]{2,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i

function rfc822Day(raw: string): string | null {
  const m = RFC_822.exec(raw)
  const month = m?.[2] === undefined ? undefined : MONTHS[m[2].toLowerCase()]
  if (!m?.[1] || !m[3] || month === undefined) return null
  return publishedDay(`${m[3]}-${month}-${m[1].padStart(2, '0')}`)
}

function utcDay(date: Date | null): string | null {
  return date !== null && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null
}

/**
 * The day a feed item was published, as the feed wrote it: '… +0900' keeps the Korean day
 * instead of the UTC one the parser's Date would give. The parser's Date is the fallback for
 * formats neither ISO 8601 nor RFC 822.
 */
export function feedItemDay(item: DatedItem): string | null {
  for (const name of DATE_ELEMENTS) {
    const raw = item.rawDate(name)
    if (!raw) continue
    const day = publishedDay(raw) ?? rfc822Day(raw)
    if (day !== null) return day
  }
  return utcDay(item.published) ?? utcDay(item.updated)
}
