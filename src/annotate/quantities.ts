import type { Quantity } from '../contract/extraction.js'
import type { DatesFileT, NumbersFileT } from '../data/schema.js'
import { foldKey } from './fold.js'
import { type DigitScan, isDigit, readDigits } from './number-text.js'
import {
  type Acc,
  dashAt,
  glued,
  type NumberWordsLexicon,
  OF_WORDS,
  readNumberWords,
} from './number-words.js'
import { tokenize } from './tokenize.js'
import type { Token } from './types.js'

export { parseNumberText } from './number-text.js'

type Qualifier = Quantity['qualifier']

/** Number words and qualifiers of one language, compiled once by the data loader. */
export interface NumbersLexicon extends NumberWordsLexicon {
  /** Qualifier phrases as folded token keys, longest first. */
  qualifiers: ReadonlyArray<{ keys: readonly string[]; qualifier: Qualifier }>
  /** Qualifiers after the count and its unit ("100만 발 이상"), longest first. */
  postfixQualifiers: ReadonlyArray<{ keys: readonly string[]; qualifier: Qualifier }>
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

/** One scan: the text, its tokens in [from, to), the lexicon. */
interface Scan extends DigitScan {
  lex: NumbersLexicon
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
  const end = readNumberWords(s.toks, k, acc, s.lex)
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

/** The qualifier phrase that starts at token i, after a count: [qualifier, the token after it]. */
function qualifierAfter(s: Scan, i: number): [Qualifier, number] | null {
  for (const q of s.lex.postfixQualifiers) {
    if (q.keys.every((key, n) => s.toks[i + n]?.key === key))
      return [q.qualifier, i + q.keys.length]
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
  // "1만여 명": a qualifier written onto the number, before the unit.
  const onNumber = phrase ? null : qualifierAfter(s, k)
  if (onNumber) k = onNumber[1]
  let unit = money?.[2] ?? null
  if (!money) [unit, k] = unitAfter(s, k)
  // A bare number counting nothing is a label ("résolution 2231") or not a number at all
  // ("un avion neuf"); "more than 1,000" and "2 million" still count.
  const isWord = !isDigit(s.toks[numAt]?.text[0])
  if (unit === null && !phrase && !plus && (isWord || core.plain)) return { q: null, next: k }
  const after = phrase ? null : (onNumber ?? qualifierAfter(s, k))
  if (after && after !== onNumber) k = after[1]
  const start = s.toks[phrase?.[1] ?? first]?.start ?? 0
  const end = s.toks[k - 1]?.end ?? start
  const qualifier = pickQualifier(phrase?.[0] ?? after?.[0], plus, core)
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
  const postfixQualifiers = Object.entries(file.postfix_qualifiers)
    .map(([form, qualifier]) => ({ keys: phraseKeys(form), qualifier: qualifier as Qualifier }))
    .filter((q) => q.keys.length > 0)
    .sort((a, b) => b.keys.length - a.keys.length)
  const dateWords = new Set(Object.keys(options.dates?.months ?? {}).map(foldKey))
  const decimalComma = options.decimalComma ?? false
  return {
    words,
    multipliers,
    approximate,
    qualifiers,
    postfixQualifiers,
    dateWords,
    decimalComma,
  }
}
