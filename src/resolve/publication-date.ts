import { findDates, resolveDate } from './dates.js'
import type { DatesLexicon } from './dates.js'

// A dateline part is short: "Le 19 octobre 2022", "June 9, 2023", "Published: July 28, 2017".
const MAX_PART = 60
// Words allowed beside the date in its part ("Le", "Published", "WASHINGTON"); more makes a sentence.
const MAX_OTHER_WORDS = 2
const WORD = /[\p{L}\p{N}]+/gu
// Bylines and datelines join fields with these: "June 9, 2023 | By Joseph Clark".
const FIELD_SEPARATORS = new Set(['|', '•', '·'])

/** [start, end) of each field of the line text[start, end), split on "|", "•", "·". */
function fields(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = start
  for (let i = start; i <= end; i++) {
    if (i === end || FIELD_SEPARATORS.has(text[i] ?? '')) {
      out.push([from, i])
      from = i + 1
    }
  }
  return out
}

/** A full date that is (nearly) the whole field: "Le 19 octobre 2022" yes, a sentence no. */
function fieldDate(text: string, [start, end]: [number, number], lex: DatesLexicon): string | null {
  const field = text.slice(start, end).trim()
  if (field.length === 0 || field.length > MAX_PART) return null
  for (const m of findDates(text, start, end, lex)) {
    if (m.kind !== 'absolute' || m.day === undefined || m.year === undefined) continue
    const rest = text.slice(start, m.start) + ' ' + text.slice(m.end, end)
    if ((rest.match(WORD) ?? []).length <= MAX_OTHER_WORDS) return resolveDate(m, null)
  }
  return null
}

/** Line ranges of text[0, limit), skipping the title (line 1 when a blank line follows it). */
function lines(text: string, limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let start = 0
  for (let i = 0; i <= limit; i++) {
    if (i === limit || text[i] === '\n') {
      out.push([start, i])
      start = i + 1
    }
  }
  const [first, second] = out
  const hasTitle =
    first !== undefined && second !== undefined && text.slice(...second).trim() === ''
  return hasTitle ? out.slice(1) : out
}

/**
 * The publication date from a dateline near the top of a document, as YYYY-MM-DD: "June 9,
 * 2023 | By Joseph Clark", "Le 19 octobre 2022", "7 Oct 2015 | Cpl. …". Dates inside ordinary
 * sentences are ignored. Null when there is no such line in the first `maxChars` characters.
 */
export function findPublicationDate(
  text: string,
  lex: DatesLexicon,
  maxChars = 400,
): string | null {
  const limit = Math.max(0, Math.min(maxChars, text.length))
  for (const line of lines(text, limit)) {
    for (const field of fields(text, line[0], line[1])) {
      const date = fieldDate(text, field, lex)
      if (date !== null) return date
    }
  }
  return null
}
