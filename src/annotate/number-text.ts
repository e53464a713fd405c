import { foldKey } from './fold.js'
import { isSyllable } from './tokenize.js'
import type { Token } from './types.js'

const SPACE_GROUP = new Set([' ', '\u00a0', '\u202f', '\u2009'])
const JOINS = new Set(['-', '\u2010', '\u2011', '\u2013', '/', ':', '.', ','])
const ALNUM = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u

// Arabic-Indic (٠–٩) and Persian (۰–۹) digits count like ASCII ones; "٫" and "٬" are their
// decimal and thousands marks.
const ARABIC_ZERO = 0x0660
const PERSIAN_ZERO = 0x06f0
const ARABIC_MARKS: Record<string, string> = { '٫': '.', '٬': ',' }

export const isDigit = (c: string | undefined): boolean => {
  if (c === undefined) return false
  if (c >= '0' && c <= '9') return true
  const code = c.charCodeAt(0)
  return (
    (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) ||
    (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9)
  )
}

/** "١٬٠٠٠" → "1,000": the same number in ASCII digits and marks, one character for one. */
function asciiDigits(s: string): string {
  let out = ''
  for (const c of s) {
    const code = c.charCodeAt(0)
    if (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) out += String(code - ARABIC_ZERO)
    else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) out += String(code - PERSIAN_ZERO)
    else out += ARABIC_MARKS[c] ?? c
  }
  return out
}
// Han and Hangul are words of their own next to digits: "约100万发", "포탄 100만 발".
const isAlnum = (c: string | undefined): boolean =>
  c !== undefined && !isSyllable(c.charCodeAt(0)) && ALNUM.test(c)
const isWordLetter = (c: string | undefined): boolean =>
  c !== undefined && !isSyllable(c.charCodeAt(0)) && LETTER.test(c)
// 2.1 × 1e9 is 2100000000.0000002 in floating point; 15 significant digits is plenty.
export const scale = (a: number, b: number): number => Number((a * b).toPrecision(15))

/** What reading digits needs of a scan: the text, its tokens, and the lexicon's number style. */
export interface DigitScan {
  text: string
  toks: readonly Token[]
  lex: { readonly decimalComma: boolean; readonly multipliers: ReadonlyMap<string, number> }
  to: number
  /** End of the last digit run read: its inner tokens never start a number ("1,1,1…", "1 000%"). */
  scanned: number
}

/** End of the digits at `start`: "1,000", "2,1", "39.7", and "1 000" with exactly 3-digit groups. */
function scanDigits(text: string, start: number, to: number): number {
  let j = start
  const sep = (p: number): boolean =>
    (text[p] === ',' || text[p] === '.' || ARABIC_MARKS[text[p] ?? ''] !== undefined) &&
    isDigit(text[p + 1])
  const more = (): void => {
    while (j < to && (isDigit(text[j]) || (j + 1 < to && sep(j)))) j++
  }
  more()
  // A first run of four digits cannot lead a group, so "2023 1 000" stays two numbers.
  if (j - start > 3 || !/^\d+$/.test(asciiDigits(text.slice(start, j)))) return j
  const group = (p: number): boolean =>
    p + 3 < to && SPACE_GROUP.has(text[p] ?? '') && /^\d{3}$/.test(text.slice(p + 1, p + 4))
  const grouped = j
  while (group(j) && !(j + 4 < to && isAlnum(text[j + 4]))) j += 4
  if (j > grouped) more()
  return j
}

/** Parses "1,000.5" (or "1.000,5" with a decimal comma); null when the groups are malformed. */
export function parseNumberText(s: string, decimalComma: boolean): number | null {
  const parts = s.split(/[.,]/)
  const seps = s.replace(/\d/g, '')
  const head = parts[0] ?? ''
  if (head === '' || (head.length > 1 && head.startsWith('0'))) return null
  // One separator not followed by three digits is a decimal in either convention ("2,1", "2.1").
  if (seps.length === 1 && parts[1]?.length !== 3) return Number(`${head}.${parts[1] ?? ''}`)
  const thousands = decimalComma ? '.' : ','
  let int = head
  let frac = '0'
  for (let n = 0; n < seps.length; n++) {
    const part = parts[n + 1] ?? ''
    if (seps[n] === thousands && part.length === 3 && head.length <= 3) int += part
    else if (seps[n] !== thousands && n === seps.length - 1) frac = part
    else return null
  }
  return Number(`${int}.${frac}`)
}

/** A number glued into a designation or a measure: "S-400", "10:41", "2022-2023", "15%". */
function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ''
  if (isAlnum(before) || (JOINS.has(before) && isAlnum(text[start - 2]))) return true
  const after = text[end] ?? ''
  if (after === '%' || after === '°') return true
  return JOINS.has(after) && after !== ',' && after !== '.' && isAlnum(text[end + 1])
}

/** Index of the first token at or after `pos`; -1 when a token straddles `pos`. */
function tokenAfter(toks: readonly Token[], k: number, pos: number): number {
  while ((toks[k]?.end ?? Infinity) <= pos) k++
  return (toks[k]?.start ?? pos) < pos ? -1 : k
}

/** Digits at token i with an optional glued scale ("2.1bn"); null for "27th", "155mm", "S-400". */
export function readDigits(
  s: DigitScan,
  i: number,
): { value: number; next: number; plain: boolean } | null {
  const start = s.toks[i]?.start ?? 0
  const end = scanDigits(s.text, start, s.to)
  s.scanned = end
  const raw = s.text.slice(start, end)
  let value = parseNumberText(asciiDigits(raw.replace(/\s/g, '')), s.lex.decimalComma)
  if (value === null || !Number.isFinite(value)) return null
  let stop = end
  while (stop < s.to && isWordLetter(s.text[stop])) stop++
  if (stop > end) {
    const mult = s.lex.multipliers.get(foldKey(s.text.slice(end, stop)))
    if (mult === undefined) return null
    value = scale(value, mult)
  }
  const next = tokenAfter(s.toks, i, stop)
  if (next < 0 || isGlued(s.text, start, stop)) return null
  // Only bare digits can be a year or a day of the month.
  return { value, next, plain: stop === end && /^\d+$/.test(asciiDigits(raw)) }
}
