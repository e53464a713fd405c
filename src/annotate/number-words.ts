import { scale } from './number-text.js'
import type { Token } from './types.js'

// Closed-class words numbers.yaml has no field for yet; keys are folded.
export const OF_WORDS = new Set(['of', 'de', "d'"])
const JOINERS = new Set(['and', 'et'])

/** The part of a NumbersLexicon that number words read. */
export interface NumberWordsLexicon {
  /** Cardinals: "three" → 3, "vingt" → 20; a word of 100 or more multiplies what precedes it. */
  words: ReadonlyMap<string, number>
  /** Scale words that always multiply: "dozen", "million", "milliards", "bn". */
  multipliers: ReadonlyMap<string, number>
  /** Number words that are approximate by themselves ("une centaine" = about a hundred). */
  approximate: ReadonlySet<string>
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

export const glued = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start
const isHyphen = (t: Token | undefined): boolean => t?.key === '-' || t?.key === '\u2011'
export const dashAt = (toks: readonly Token[], k: number): boolean =>
  isHyphen(toks[k]) && glued(toks[k - 1], toks[k]) && glued(toks[k], toks[k + 1])

function lookup(key: string, lex: NumberWordsLexicon): { value: number; isScale: boolean } | null {
  const word = lex.words.get(key)
  if (word !== undefined) return { value: word, isScale: word >= 100 }
  const mult = lex.multipliers.get(key)
  return mult === undefined ? null : { value: mult, isScale: true }
}

/** A number word at token k; compounds listed whole win ("quatre-vingt-dix", "dix-sept"). */
function readAtom(toks: readonly Token[], k: number, lex: NumberWordsLexicon): Atom | null {
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

export interface Acc {
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
export function readNumberWords(
  toks: readonly Token[],
  k: number,
  acc: Acc,
  lex: NumberWordsLexicon,
): number {
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
