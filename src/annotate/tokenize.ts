import type { Token } from './types.js'
import { foldKey } from './fold.js'

// One pass, linear: dotted abbreviations ("U.S.", "É.-U." in two parts), words with inner
// apostrophes ("aujourd’hui", "Ya'alon"), digit runs ("2.1" is three tokens: the quantity reader
// joins them, knowing the language's decimal mark), or any
// other single non-space character. A lone "'s" (a lexicon form) is one token, as in "Russia's".
const TOKEN =
  /\p{L}\.(?:\p{L}\.)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*['’]?|['’][st](?![\p{L}\p{M}\p{N}])|\S/giu
const DIGITS = /^\p{N}+$/u
const UPPER = /^\p{Lu}/u

// French elisions become their own token, "d’" in "d’armes", so "de" and "d’" play one role.
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
])

function kindOf(text: string): Token['kind'] {
  const c = text.charCodeAt(0)
  // ASCII first: most tokens are; the Unicode classes only for the rest.
  if (c < 128) {
    if (c >= 48 && c <= 57) return DIGITS.test(text) ? 'number' : 'word'
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word' : 'punct'
  }
  if (DIGITS.test(text)) return 'number'
  return /^[\p{L}\p{M}\p{N}]/u.test(text) ? 'word' : 'punct'
}

function isUpperStart(text: string): boolean {
  const c = text.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER.test(text)
}

function makeToken(text: string, start: number): Token {
  return {
    text,
    key: foldKey(text),
    start,
    end: start + text.length,
    kind: kindOf(text),
    isUpper: isUpperStart(text),
  }
}

/** Splits an apostrophe word into elision + word ("d’armes") or word + "'s" ("Russia's"). */
function splitApostrophe(text: string, start: number, out: Token[]): void {
  const cut = text.search(/['’]/)
  const head = text.slice(0, cut)
  const tail = text.slice(cut + 1)
  if (head === '') {
    out.push(makeToken(text, start)) // a lone "'s"
    return
  }
  if (ELISIONS.has(head.toLowerCase())) {
    out.push(makeToken(text.slice(0, cut + 1), start))
    if (tail) tokenizeWord(tail, start + cut + 1, out)
  } else if (tail === '') {
    // "the Houthis’ drones": a plural possessive, word then apostrophe.
    out.push(makeToken(head, start))
    out.push(makeToken(text.slice(cut), start + cut))
  } else if (tail.toLowerCase() === 's' || tail.toLowerCase() === 't') {
    out.push(makeToken(head, start))
    out.push(makeToken(text.slice(cut), start + cut))
  } else {
    out.push(makeToken(text, start))
  }
}

function tokenizeWord(text: string, start: number, out: Token[]): void {
  if (text.includes("'") || text.includes('’')) splitApostrophe(text, start, out)
  else out.push(makeToken(text, start))
}

/** Tokens of `text[from, to)` with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = []
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0)
    const word = m[0]
    tokenizeWord(word, start, out)
  }
  return out
}
