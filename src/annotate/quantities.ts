import type { Quantity } from '../contract/extraction.js'
import type { DatesFileT, NumbersFileT } from '../data/schema.js'
import { foldKey } from './fold.js'
import { tokenize } from './tokenize.js'
import type { Token } from './types.js'

type Qualifier = Quantity['qualifier']

/** Number words and qualifiers of one language, compiled once by the data loader. */
export interface NumbersLexicon {
  /** Cardinals: "three" → 3, "vingt" → 20; a word of 100 or more multiplies what precedes it. */
  words: ReadonlyMap<string, number>
  /** Scale words that always multiply: "dozen", "million", "milliards", "bn". */
  multipliers: ReadonlyMap<string, number>
  /** Number words that are approximate by themselves ("une centaine" = about a hundred). */
  approximate: ReadonlySet<string>
  /** Qualifier phrases as folded token keys, longest first. */
  qualifiers: ReadonlyArray<{ keys: readonly string[]; qualifier: Qualifier }>
  /** Month names: a number beside one is part of a date ("12 octobre", "Oct. 12"). */
  dateWords: ReadonlySet<string>
  /** French style: "2,1" is a decimal and "1.000" a thousand; otherwise "2.1" and "1,000". */
  decimalComma: boolean
}

export interface CompileNumbersOptions {
  decimalComma?: boolean
  /** The same language's dates file: its month names are never units. */
  dates?: DatesFileT
}

// Closed-class words numbers.yaml has no field for yet. English and French share one set: a
// French word never follows a number in English text, nor the reverse. Keys are folded.
// A unit must be a content word: "1,000 containers" has one, "three of the" has none.
const FUNCTION_WORDS = new Set(
  `the a an and or but to in on at of for by with from as than that this these those is are was
  were be been has have had it its their his her which who le la les l' de des du d' un une et ou
  mais au aux en dans sur par pour avec que qui est sont ont ete ce cet cette ces son sa ses leur
  leurs y ne pas se`.split(/\s+/),
)
const OF_WORDS = new Set(['of', 'de', "d'"])
const JOINERS = new Set(['and', 'et'])
const SYMBOLS = new Map(Object.entries({ $: 'USD', '€': 'EUR', '£': 'GBP' }))
const CURRENCIES = new Map(Object.entries({ dollar: 'USD', dollars: 'USD', usd: 'USD' }))
for (const k of ['euro', 'euros', 'eur']) CURRENCIES.set(k, 'EUR')
// "10 percent", "10 pour cent" are shares; "155 mm" names a calibre, as "S-400" names a system.
const SHARE_OR_CALIBRE = new Set(['percent', 'pourcent', '%', 'mm'])
const PERCENT_LEADS = new Set(['per', 'pour'])
// A bare 19xx/20xx after these is a date: "in 2022", "en 2022", "since 2014", "fin 2024".
const YEAR_CUES = new Set(
  `in en since depuis during pendant until by from of de du d' mid mi fin debut early late ,
  year annee`.split(/\s+/),
)
const SPACE_GROUP = new Set([' ', '\u00a0', '\u202f', '\u2009'])
const JOINS = new Set(['-', '\u2010', '\u2011', '\u2013', '/', ':', '.', ','])
const ALNUM = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isAlnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c)
// 2.1 × 1e9 is 2100000000.0000002 in floating point; 15 significant digits is plenty.
const scale = (a: number, b: number): number => Number((a * b).toPrecision(15))

/** One scan: the text, its tokens in [from, to), the lexicon. */
interface Scan {
  text: string
  toks: readonly Token[]
  lex: NumbersLexicon
  to: number
  /** End of the last digit run read: its inner tokens never start a number ("1,1,1…", "1 000%"). */
  scanned: number
}

/** End of the digits at `start`: "1,000", "2,1", "39.7", and "1 000" with exactly 3-digit groups. */
function scanDigits(text: string, start: number, to: number): number {
  let j = start
  const sep = (p: number): boolean => (text[p] === ',' || text[p] === '.') && isDigit(text[p + 1])
  const more = (): void => {
    while (j < to && (isDigit(text[j]) || (j + 1 < to && sep(j)))) j++
  }
  more()
  // A first run of four digits cannot lead a group, so "2023 1 000" stays two numbers.
  if (j - start > 3 || !/^\d+$/.test(text.slice(start, j))) return j
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
function readDigits(s: Scan, i: number): { value: number; next: number; plain: boolean } | null {
  const start = s.toks[i]?.start ?? 0
  const end = scanDigits(s.text, start, s.to)
  s.scanned = end
  const raw = s.text.slice(start, end)
  let value = parseNumberText(raw.replace(/\s/g, ''), s.lex.decimalComma)
  if (value === null || !Number.isFinite(value)) return null
  let stop = end
  while (stop < s.to && LETTER.test(s.text[stop] ?? '')) stop++
  if (stop > end) {
    const mult = s.lex.multipliers.get(foldKey(s.text.slice(end, stop)))
    if (mult === undefined) return null
    value = scale(value, mult)
  }
  const next = tokenAfter(s.toks, i, stop)
  if (next < 0 || isGlued(s.text, start, stop)) return null
  // Only bare digits can be a year or a day of the month.
  return { value, next, plain: stop === end && /^\d+$/.test(raw) }
}

interface Atom {
  value: number
  key: string
  next: number
  /** Multiplies what precedes it: "hundred", "mille", "million", "dozen". */
  isScale: boolean
  /** "hundreds", "milliers": with no number before it, "on the order of". */
  isPlural: boolean
}

const glued = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start
const isHyphen = (t: Token | undefined): boolean => t?.key === '-' || t?.key === '\u2011'
const dashAt = (toks: readonly Token[], k: number): boolean =>
  isHyphen(toks[k]) && glued(toks[k - 1], toks[k]) && glued(toks[k], toks[k + 1])

function lookup(key: string, lex: NumbersLexicon): { value: number; isScale: boolean } | null {
  const word = lex.words.get(key)
  if (word !== undefined) return { value: word, isScale: word >= 100 }
  const mult = lex.multipliers.get(key)
  return mult === undefined ? null : { value: mult, isScale: true }
}

/** A number word at token k; compounds listed whole win ("quatre-vingt-dix", "dix-sept"). */
function readAtom(toks: readonly Token[], k: number, lex: NumbersLexicon): Atom | null {
  let best: Atom | null = null
  let key = toks[k]?.kind === 'word' ? (toks[k]?.key ?? '') : ''
  for (let j = k; key !== '' && j - k <= 4; j += 2) {
    const found = lookup(key, lex)
    if (found) {
      const isPlural = key.endsWith('s') && lookup(key.slice(0, -1), lex)?.value === found.value
      best = { ...found, key, next: j + 1, isPlural }
    }
    const word = toks[j + 2]
    key = dashAt(toks, j + 1) && word?.kind === 'word' ? `${key}-${word.key}` : ''
  }
  return best
}

interface Acc {
  total: number
  current: number
  atoms: number
  afterDigits: boolean
  orderOf: boolean
  approx: boolean
}

/** Adds one atom the way cardinals compose: "two hundred and fifty", "deux mille", "vingt et un". */
function addAtom(acc: Acc, atom: Atom): boolean {
  if (acc.orderOf) return false
  if (atom.isScale) {
    acc.current = scale(acc.current || 1, atom.value)
    if (atom.value >= 1000) [acc.total, acc.current] = [acc.total + acc.current, 0]
  } else {
    const tail = acc.current % 100
    // "twenty five" and "soixante et onze" compose; "three four" and "3 two" do not.
    const fits = tail === 0 || (tail >= 20 && tail % 10 === 0 && atom.value < 20)
    if (acc.afterDigits || !fits || tail + atom.value >= 100) return false
    acc.current += atom.value
  }
  if (acc.atoms === 0 && atom.isPlural) acc.orderOf = true
  acc.atoms += 1
  return true
}

/** "hundreds of thousands", "des centaines de milliers": order-of words multiply through "of". */
function chainOrderOf(acc: Acc, atom: Atom): boolean {
  if (!atom.isScale || !atom.isPlural) return false
  ;[acc.total, acc.current] = [0, scale(acc.total + acc.current, atom.value)]
  acc.atoms += 1
  return true
}

/** Reads number words from token k into acc: the end token, or -1 for "dix-septième". */
function readWords(toks: readonly Token[], k: number, acc: Acc, lex: NumbersLexicon): number {
  for (;;) {
    const key = toks[k]?.key ?? ''
    const isDash = acc.atoms > 0 && dashAt(toks, k)
    const isOf = acc.orderOf && OF_WORDS.has(key)
    const isJoin = acc.atoms > 0 && (isDash || isOf || JOINERS.has(key))
    const atom = readAtom(toks, isJoin ? k + 1 : k, lex)
    const added = atom !== null && (isOf ? chainOrderOf(acc, atom) : addAtom(acc, atom))
    // A hyphen after a number word that does not continue it: an ordinal or a fraction.
    if (!added) return isDash ? -1 : k
    if (lex.approximate.has(atom.key)) acc.approx = true
    k = atom.next
  }
}

interface Core {
  value: number
  next: number
  plain: boolean
  orderOf: boolean
  approx: boolean
}

/** The number at token i: digits, words, or digits then scale words ("2,1 milliards"). */
function readCore(s: Scan, i: number): Core | null {
  const acc: Acc = {
    total: 0,
    current: 0,
    atoms: 0,
    afterDigits: false,
    orderOf: false,
    approx: false,
  }
  const t = s.toks[i]
  let k = i
  let plain = false
  if (isDigit(t?.text[0])) {
    const digits = readDigits(s, i)
    if (!digits) return null
    Object.assign(acc, { current: digits.value, atoms: 1, afterDigits: true })
    ;[k, plain] = [digits.next, digits.plain]
  } else if (dashAt(s.toks, i - 1)) {
    return null // "Jong-un", "Hwasong-Fifteen"
  } else if (t?.key === 'cent' && PERCENT_LEADS.has(s.toks[i - 1]?.key ?? '')) {
    return null // "pour cent"
  }
  const end = readWords(s.toks, k, acc, s.lex)
  if (end < 0 || acc.atoms === 0) return null
  const value = acc.total + acc.current
  // "one", "un", "a" alone are pronouns and articles; they count only before a scale.
  if (!acc.afterDigits && acc.atoms === 1 && value === 1) return null
  return { value, next: end, plain: plain && end === k, orderOf: acc.orderOf, approx: acc.approx }
}

/** The longest qualifier phrase that ends just before token i: [qualifier, its first token]. */
function qualifierBefore(s: Scan, i: number): [Qualifier, number] | null {
  for (const q of s.lex.qualifiers) {
    const first = i - q.keys.length
    if (first >= 0 && q.keys.every((key, n) => s.toks[first + n]?.key === key))
      return [q.qualifier, first]
  }
  return null
}

/** "US$", "$", "€", "USD" before a number: [first token, number token, currency code]. */
function currencyBefore(toks: readonly Token[], i: number): [number, number, string] | null {
  const t = toks[i]
  const num = toks[i + 1]
  if (t === undefined || num === undefined || !isDigit(num.text[0]) || num.start - t.end > 1)
    return null
  const code = SYMBOLS.get(t.text) ?? (t.kind === 'word' ? CURRENCIES.get(t.key) : undefined)
  if (code === undefined) return null
  return [toks[i - 1]?.key === 'us' && glued(toks[i - 1], t) ? i - 1 : i, i + 1, code]
}

/** The noun a quantity counts, after an optional "of"/"de"/"d'": "containers", "obus", "USD". */
function unitAfter(s: Scan, k: number): [string | null, number] {
  const symbol = SYMBOLS.get(s.toks[k]?.text ?? '')
  if (symbol !== undefined) return [symbol, k + 1] // "550 millions €"
  const j = OF_WORDS.has(s.toks[k]?.key ?? '') ? k + 1 : k
  const w = s.toks[j]
  if (w?.kind !== 'word' || FUNCTION_WORDS.has(w.key) || s.lex.dateWords.has(w.key))
    return [null, k]
  const code = CURRENCIES.get(w.key)
  if (code !== undefined) return [code, j + 1]
  let end = j + 1
  // "air-defence systems" keeps its hyphen; "Su-35" and "M777" are designations, not units.
  while (dashAt(s.toks, end) && s.toks[end + 1]?.kind === 'word') end += 2
  const unit = s.text.slice(w.start, s.toks[end - 1]?.end ?? w.end)
  return /^[\p{L}\p{M}-]+$/u.test(unit) ? [unit.toLowerCase(), end] : [null, k]
}

/** "12 octobre", "Oct. 12", "in 2022", "October 12, 2023": the number belongs to a date. */
function isDatePart(s: Scan, first: number, core: Core): boolean {
  if (!core.plain) return false
  const month = (t: Token | undefined): boolean => t !== undefined && s.lex.dateWords.has(t.key)
  const [prev, next] = [s.toks[first - 1], s.toks[core.next]]
  if (month(next) || month(prev) || (prev?.key === '.' && month(s.toks[first - 2]))) return true
  if (core.value < 1900 || core.value > 2099) return false
  // A year-like number counts something only before a lowercase noun: "2000 drones".
  if (next?.kind !== 'word' || next.isUpper || FUNCTION_WORDS.has(next.key)) return true
  return YEAR_CUES.has(prev?.key ?? '')
}

function pickQualifier(phrase: Qualifier | undefined, plus: boolean, core: Core): Qualifier {
  if (phrase) return phrase
  if (plus) return 'more_than' // "1,000+ containers"
  return core.orderOf ? 'order_of' : core.approx ? 'about' : 'exact'
}

/** One quantity starting at token i, or null; `next` is where scanning resumes. */
function readQuantity(s: Scan, i: number): { q: Quantity | null; next: number } {
  const money = currencyBefore(s.toks, i)
  const [first, numAt] = money ?? [i, i]
  const core = readCore(s, numAt)
  if (!core) return { q: null, next: i + 1 }
  const phrase = qualifierBefore(s, first)
  const skip =
    SHARE_OR_CALIBRE.has(s.toks[core.next]?.key ?? '') ||
    (PERCENT_LEADS.has(s.toks[core.next]?.key ?? '') && s.toks[core.next + 1]?.key === 'cent') ||
    (!money && !phrase && isDatePart(s, numAt, core))
  if (skip) return { q: null, next: core.next }
  let k = core.next
  const plus = s.toks[k]?.text === '+' && glued(s.toks[k - 1], s.toks[k])
  if (plus) k += 1
  let unit = money?.[2] ?? null
  if (!money) [unit, k] = unitAfter(s, k)
  // A bare number counting nothing is a label ("résolution 2231") or not a number at all
  // ("un avion neuf"); "more than 1,000" and "2 million" still count.
  const isWord = !isDigit(s.toks[numAt]?.text[0])
  if (unit === null && !phrase && !plus && (isWord || core.plain)) return { q: null, next: k }
  const start = s.toks[phrase?.[1] ?? first]?.start ?? 0
  const end = s.toks[k - 1]?.end ?? start
  const qualifier = pickQualifier(phrase?.[0], plus, core)
  return {
    q: { value: core.value, qualifier, unit, text: s.text.slice(start, end), start, end },
    next: k,
  }
}

/**
 * Quantities in text[from, to), offsets into `text`: "more than 1,000 containers", "$2.1
 * billion", "2,1 milliards de dollars", "des centaines d'obus". Linear and never throws.
 */
export function findQuantities(
  text: string,
  from: number,
  to: number,
  lex: NumbersLexicon,
  /** The tokens of text[from, to) when the caller has them already. */
  tokens?: Token[],
): Quantity[] {
  const lo = Math.max(0, Math.min(from, text.length))
  const hi = Math.max(lo, Math.min(to, text.length))
  const scan: Scan = { text, toks: tokens ?? tokenize(text, lo, hi), lex, to: hi, scanned: lo }
  const out: Quantity[] = []
  for (let i = 0; i < scan.toks.length;) {
    const t = scan.toks[i]
    const isInRun = t !== undefined && t.start < scan.scanned
    const starts = t !== undefined && !isInRun && (t.kind !== 'punct' || SYMBOLS.has(t.text))
    const { q, next } = starts ? readQuantity(scan, i) : { q: null, next: i + 1 }
    if (q) out.push(q)
    i = Math.max(i + 1, next)
  }
  return out
}

/** Token keys of a phrase; a final elision "plus d'" becomes one key, as in running text. */
function phraseKeys(form: string): string[] {
  const keys = tokenize(form).map((t) => t.key)
  if (keys.length < 2 || keys[keys.length - 1] !== "'") return keys
  keys.pop()
  return [...keys.slice(0, -1), `${keys[keys.length - 1] ?? ''}'`]
}

const foldMap = (record: Record<string, number>): Map<string, number> =>
  new Map(Object.entries(record).map(([k, v]) => [foldKey(k), v]))

/**
 * Compiles data/lang/<code>/numbers.yaml. An `about` form that is itself a number word
 * ("centaine") marks that word approximate instead of being a phrase before a number.
 */
export function compileNumbers(
  file: NumbersFileT,
  options: CompileNumbersOptions = {},
): NumbersLexicon {
  const words = foldMap(file.words)
  const multipliers = foldMap(file.multipliers)
  const approximate = new Set<string>()
  const qualifiers: Array<{ keys: string[]; qualifier: Qualifier }> = []
  const { more_than, less_than, about, up_to } = file
  const lists = { more_than, less_than, about, up_to } satisfies Partial<
    Record<Qualifier, string[]>
  >
  for (const [qualifier, forms] of Object.entries(lists) as Array<[Qualifier, string[]]>) {
    for (const form of forms) {
      const keys = phraseKeys(form)
      const only = keys.length === 1 ? (keys[0] ?? '') : ''
      if (qualifier === 'about' && (words.has(only) || multipliers.has(only))) approximate.add(only)
      else if (keys.length > 0) qualifiers.push({ keys, qualifier })
    }
  }
  qualifiers.sort((a, b) => b.keys.length - a.keys.length)
  const dateWords = new Set(Object.keys(options.dates?.months ?? {}).map(foldKey))
  const decimalComma = options.decimalComma ?? false
  return { words, multipliers, approximate, qualifiers, dateWords, decimalComma }
}
