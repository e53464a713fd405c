import { foldKey, tokenize } from '../annotate/index.js'
import type { Token } from '../annotate/index.js'
import type { DatesFileT } from '../data/schema.js'

export type DateUnit = 'day' | 'week' | 'month' | 'year'

/** A date expression in the text, before resolution against a reference date. */
export interface DateMention {
  start: number
  end: number
  text: string
  kind: 'absolute' | 'relative' | 'weekday'
  year?: number
  month?: number
  day?: number
  unit?: DateUnit
  /** Relative: units from the reference. Weekday: -1 when "last"/"dernier" rules out today. */
  offset?: number
  /** 0 = Sunday … 6 = Saturday, as Date.getUTCDay(). */
  weekday?: number
}

interface RelativeForm {
  keys: readonly string[]
  unit: DateUnit
  offset: number
}

/** Month, weekday and relative forms of one language, compiled once by the data loader. */
export interface DatesLexicon {
  months: ReadonlyMap<string, number>
  weekdays: ReadonlyMap<string, number>
  /** Relative phrases indexed by their first token key, longest first. */
  relative: ReadonlyMap<string, readonly RelativeForm[]>
  /** The language's own period cues (dates.yaml), beside the shared English and French ones. */
  periodCues: ReadonlySet<string>
  /** Unit words after the numbers of a numeric date ("2023年3月", "9월"). */
  numeric: { year: ReadonlySet<string>; month: ReadonlySet<string>; day: ReadonlySet<string> }
}

// Closed-class words English and French share; other languages list theirs in dates.yaml
// (period_cues). Before a bare month or year, and left out of the span: "in July", "en 2022".
const PERIOD_CUES = new Set(['in', 'en', 'since', 'depuis', 'during', 'pendant', 'until', 'from'])
// Part of the span, same granularity: "mi-février", "fin 2024", "début mars", "late October".
const MODIFIERS = new Set(['mid', 'mi', 'early', 'late', 'fin', 'debut'])
// "last Tuesday", "mardi dernier": strictly before the reference day.
const PAST_BEFORE = new Set(['last'])
const PAST_AFTER = new Set(['dernier', 'derniere', 'passe', 'passee'])
const DAY = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|eme)?$/
const YEAR = /^(?:1[89]|2[01])\d\d$/
const glued = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start

/** Compiles data/lang/<code>/dates.yaml into maps keyed by folded words. */
export function compileDates(file: DatesFileT): DatesLexicon {
  const fold = (r: Record<string, number>): Map<string, number> =>
    new Map(Object.entries(r).map(([k, v]) => [foldKey(k), v]))
  const relative = new Map<string, RelativeForm[]>()
  for (const entry of file.relative) {
    for (const form of entry.forms) {
      const keys = tokenize(form).map((t) => t.key)
      const first = keys[0]
      if (first === undefined) continue
      const list = relative.get(first) ?? []
      list.push({ keys, unit: entry.unit, offset: entry.offset })
      list.sort((a, b) => b.keys.length - a.keys.length)
      relative.set(first, list)
    }
  }
  const periodCues = new Set(file.period_cues.map(foldKey))
  const units = (forms: readonly string[]) => new Set(forms.map(foldKey))
  const { year, month, day } = file.numeric_suffixes
  const numeric = { year: units(year), month: units(month), day: units(day) }
  return { months: fold(file.months), weekdays: fold(file.weekdays), relative, periodCues, numeric }
}

interface Scan {
  text: string
  toks: readonly Token[]
  lex: DatesLexicon
}

type Fields = Pick<DateMention, 'kind' | 'year' | 'month' | 'day' | 'unit' | 'offset' | 'weekday'>

/** A mention over tokens [i, next) and where scanning resumes; null across a line break. */
function mention(s: Scan, i: number, next: number, fields: Fields): [DateMention, number] | null {
  const start = s.toks[i]?.start ?? 0
  const end = s.toks[next - 1]?.end ?? start
  const text = s.text.slice(start, end)
  // "NR-279-17\nJuly 28, 2017": a date does not run over a line break.
  return text.includes('\n') ? null : [{ start, end, text, ...fields }, next]
}

const dayAt = (t: Token | undefined): number | null => {
  const d = Number(DAY.exec(t?.key ?? '')?.[1] ?? 0)
  return d >= 1 && d <= 31 ? d : null
}
const yearAt = (t: Token | undefined): number | null =>
  t !== undefined && YEAR.test(t.key) ? Number(t.key) : null

/** A month name at k, with the dot of "Oct." when glued: [month, next token]. */
function monthAt(s: Scan, k: number): [number, number] | null {
  const month = s.lex.months.get(s.toks[k]?.key ?? '')
  if (month === undefined) return null
  const dot = s.toks[k + 1]?.key === '.' && glued(s.toks[k], s.toks[k + 1])
  return [month, dot ? k + 2 : k + 1]
}

type Calendar = Pick<DateMention, 'year' | 'month' | 'day'> & { next: number }

/** "12 October 2023", "le 1er août", "October 12, 2023", "Oct. 12", "July 2023", "(in) July", "(in) 2022". */
function readCalendar(s: Scan, k: number, isCued: boolean): Calendar | null {
  const day = dayAt(s.toks[k])
  // "NR-279-17", "10:41": a number glued after a joiner is a designation, not a day.
  const before = s.toks[k - 1]
  if (day !== null && glued(before, s.toks[k]) && /^(?:[-/:.]|\w+)$/.test(before?.key ?? ''))
    return null
  if (day !== null) {
    const m = monthAt(s, k + 1)
    const year = m ? yearAt(s.toks[m[1]]) : null
    if (!m) return null
    return year === null
      ? { day, month: m[0], next: m[1] }
      : { day, month: m[0], year, next: m[1] + 1 }
  }
  const m = monthAt(s, k)
  if (!m) {
    const year = yearAt(s.toks[k])
    return year !== null && isCued ? { year, next: k + 1 } : null
  }
  const [month, after] = m
  const dayAfter = dayAt(s.toks[after])
  if (dayAfter !== null) {
    const comma = s.toks[after + 1]?.key === ',' ? 1 : 0
    const year = yearAt(s.toks[after + 1 + comma])
    if (year === null) return { month, day: dayAfter, next: after + 1 }
    return { month, day: dayAfter, year, next: after + 2 + comma }
  }
  const year = yearAt(s.toks[after])
  if (year !== null) return { month, year, next: after + 1 }
  return isCued ? { month, next: after } : null
}

/** An optional weekday and modifier, then a calendar date; or the weekday alone. */
function readAbsolute(s: Scan, i: number): [DateMention, number] | null {
  let k = i
  const weekday = s.lex.weekdays.get(s.toks[i]?.key ?? '')
  if (weekday !== undefined) k = s.toks[k + 1]?.key === ',' ? k + 2 : k + 1
  const hasModifier = MODIFIERS.has(s.toks[k]?.key ?? '')
  if (hasModifier) k = s.toks[k + 1]?.key === '-' && glued(s.toks[k], s.toks[k + 1]) ? k + 2 : k + 1
  const cue = s.toks[i - 1]?.key ?? ''
  const isCued = hasModifier || PERIOD_CUES.has(cue) || s.lex.periodCues.has(cue)
  const cal = readCalendar(s, k, isCued)
  const { next, ...date } = cal ?? { next: 0 }
  const found = cal ? mention(s, i, next, { kind: 'absolute', ...date }) : null
  if (found) return found
  if (weekday === undefined) return null
  // "mardi dernier": strictly before the reference day.
  const isPast = PAST_AFTER.has(s.toks[i + 1]?.key ?? '')
  return mention(s, i, isPast ? i + 2 : i + 1, {
    kind: 'weekday',
    weekday,
    ...(isPast ? { offset: -1 } : {}),
  })
}

/** "last Tuesday". */
function readLastWeekday(s: Scan, i: number): [DateMention, number] | null {
  const weekday = s.lex.weekdays.get(s.toks[i + 1]?.key ?? '')
  if (!PAST_BEFORE.has(s.toks[i]?.key ?? '') || weekday === undefined) return null
  return mention(s, i, i + 2, { kind: 'weekday', weekday, offset: -1 })
}

/** "yesterday", "la semaine dernière", "earlier this month": the longest form from dates.yaml. */
function readRelative(s: Scan, i: number): [DateMention, number] | null {
  for (const form of s.lex.relative.get(s.toks[i]?.key ?? '') ?? []) {
    if (form.keys.every((key, n) => s.toks[i + n]?.key === key)) {
      return mention(s, i, i + form.keys.length, {
        kind: 'relative',
        unit: form.unit,
        offset: form.offset,
      })
    }
  }
  return null
}

/** The number at k when the unit word in `units` follows it glued: "9월", "2023年". */
function numberWith(s: Scan, k: number, units: ReadonlySet<string>): number | null {
  const n = s.toks[k]
  const unit = s.toks[k + 1]
  if (n?.kind !== 'number' || !unit || !units.has(unit.key) || !glued(n, unit)) return null
  return Number(n.key)
}

/** "2023년 9월 15일", "2023年3月", "9월", "15日": a numeric date with its unit words. */
function readNumeric(s: Scan, i: number): [DateMention, number] | null {
  const { year: ys, month: ms, day: ds } = s.lex.numeric
  if (ms.size === 0 || s.toks[i]?.kind !== 'number') return null
  let k = i
  const y = numberWith(s, k, ys)
  const year = y !== null && YEAR.test(String(y)) ? y : null
  if (y !== null) k += 2
  const month = numberWith(s, k, ms)
  if (month === null || month < 1 || month > 12) {
    return year !== null ? mention(s, i, k, { kind: 'absolute', year }) : null
  }
  k += 2
  const d = numberWith(s, k, ds)
  const day = d !== null && d >= 1 && d <= 31 ? d : null
  if (day !== null) k += 2
  return mention(s, i, k, {
    kind: 'absolute',
    ...(year !== null ? { year } : {}),
    month,
    ...(day !== null ? { day } : {}),
  })
}

/** "2023-10-12". */
function readIso(s: Scan, i: number): [DateMention, number] | null {
  // Called at every token: most are no number, and need no slice.
  if (s.toks[i]?.kind !== 'number') return null
  const [y, d1, m, d2, d] = s.toks.slice(i, i + 5)
  const ok =
    [d1, m, d2, d].every((t, n) => glued(s.toks[i + n], t)) && d1?.key === '-' && d2?.key === '-'
  const year = yearAt(y)
  const month = Number(/^\d\d$/.test(m?.key ?? '') ? m?.key : 0)
  const day = Number(/^\d\d$/.test(d?.key ?? '') ? d?.key : 0)
  if (!ok || year === null || month < 1 || month > 12 || day < 1 || day > 31) return null
  return mention(s, i, i + 5, { kind: 'absolute', year, month, day })
}

/**
 * Date expressions in text[from, to), offsets into `text`: "October 12, 2023", "le 1er août
 * 2022", "en juillet", "mi-février", "yesterday", "la semaine dernière", "jeudi". Never throws.
 */
export function findDates(
  text: string,
  from: number,
  to: number,
  lex: DatesLexicon,
  /** The tokens of text[from, to) when the caller has them already. */
  tokens?: Token[],
): DateMention[] {
  const lo = Math.max(0, Math.min(from, text.length))
  const hi = Math.max(lo, Math.min(to, text.length))
  const s: Scan = { text, toks: tokens ?? tokenize(text, lo, hi), lex }
  const out: DateMention[] = []
  for (let i = 0; i < s.toks.length;) {
    const found =
      readRelative(s, i) ??
      readIso(s, i) ??
      readNumeric(s, i) ??
      readAbsolute(s, i) ??
      readLastWeekday(s, i)
    if (found) out.push(found[0])
    i = found ? Math.max(i + 1, found[1]) : i + 1
  }
  return out
}

interface Reference {
  y: number
  m?: number
  d?: number
}

const DAY_MS = 86_400_000
const pad = (n: number): string => String(n).padStart(2, '0')
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10)
const isoMonth = (t: number): string => new Date(t).toISOString().slice(0, 7)

/** "2023-10-12", "2023-10", "2023", or a longer ISO timestamp; null when not a date. */
function parseReference(reference: string | null): Reference | null {
  const r = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(reference ?? '')
  if (!r) return null
  const [y, m, d] = [Number(r[1]), r[2] ? Number(r[2]) : undefined, r[3] ? Number(r[3]) : undefined]
  if (m !== undefined && (m < 1 || m > 12)) return null
  if (m !== undefined && d !== undefined && (d < 1 || d > daysIn(y, m))) return null
  return { y, m, d }
}

function resolveAbsolute(mention: DateMention, ref: Reference | null): string | null {
  const { month, day } = mention
  let year = mention.year
  if (year === undefined) {
    if (!ref || month === undefined) return null
    year = ref.y
    // "in December" read on 10 January means last December: past bias beyond one month ahead.
    const limit = new Date(Date.UTC(ref.y, (ref.m ?? 12) - 1, ref.d ?? 1))
    limit.setUTCMonth(limit.getUTCMonth() + 1)
    if (ref.m !== undefined && Date.UTC(year, month - 1, day ?? 1) > limit.getTime()) year -= 1
  }
  if (month === undefined) return String(year)
  if (day === undefined) return `${year}-${pad(month)}`
  return day > daysIn(year, month) ? null : `${year}-${pad(month)}-${pad(day)}`
}

function resolveRelative(mention: DateMention, ref: Reference | null): string | null {
  const offset = mention.offset ?? 0
  if (!ref) return null
  if (mention.unit === 'year') return String(ref.y + offset)
  if (ref.m === undefined) return null
  if (mention.unit === 'month') return isoMonth(Date.UTC(ref.y, ref.m - 1 + offset, 1))
  if (ref.d === undefined) return null
  const t = Date.UTC(ref.y, ref.m - 1, ref.d)
  if (mention.unit === 'day') return isoDay(t + offset * DAY_MS)
  // A week has no partial ISO form: give the month holding its Thursday (as ISO 8601 weeks do).
  const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS
  return isoMonth(monday + (3 + 7 * offset) * DAY_MS)
}

function resolveWeekday(mention: DateMention, ref: Reference | null): string | null {
  if (ref?.m === undefined || ref.d === undefined || mention.weekday === undefined) return null
  const t = Date.UTC(ref.y, ref.m - 1, ref.d)
  // News reports the past: the latest such day on or before the reference ("jeudi" read on a
  // Thursday is that day), strictly before it for "last Tuesday" / "mardi dernier".
  let back = (new Date(t).getUTCDay() - mention.weekday + 7) % 7
  if (back === 0 && mention.offset === -1) back = 7
  return isoDay(t - back * DAY_MS)
}

/**
 * A partial ISO date at the precision the text gives ("2023-10-12", "2023-10", "2023"), using
 * `reference` (the publication date) for relative dates, weekdays and missing years.
 * @example resolveDate({ kind: 'relative', unit: 'day', offset: -1, ... }, '2023-10-12') // '2023-10-11'
 */
export function resolveDate(m: DateMention, reference: string | null): string | null {
  const ref = parseReference(reference)
  if (m.kind === 'relative') return resolveRelative(m, ref)
  if (m.kind === 'weekday') return resolveWeekday(m, ref)
  return resolveAbsolute(m, ref)
}
