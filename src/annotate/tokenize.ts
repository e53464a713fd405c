import type { Token } from './types.js'
import { foldKey } from './fold.js'

// One pass, linear: dotted abbreviations ("U.S.", "É.-U." in two parts), words with inner
// apostrophes ("aujourd’hui", "Ya'alon"), digit runs ("2.1" is three tokens: the quantity reader
// joins them, knowing the language's decimal mark), or any
// other single non-space character. A lone "'s" (a lexicon form) is one token, as in "Russia's".
//
// Han and Hangul are read one character (one syllable) per token: Chinese has no spaces and a
// Korean word carries its particles ("러시아로부터" = "Russia" + "from"), so lexicon forms match
// as character sequences inside words, and the lexicon tokenizes its forms the same way.
// Persian writes the zero-width non-joiner inside words ("موشک‌ها"): it stays in the word.
const TOKEN =
  /\p{L}\.(?:\p{L}\.)+|[\p{L}\p{M}\p{N}\u200C\u200D]+(?:['’][\p{L}\p{M}\p{N}\u200C\u200D]+)*['’]?|['’][st](?![\p{L}\p{M}\p{N}])|\S/giu
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

// Below U+1100 no script is read by syllable: one comparison clears Latin, Cyrillic and Arabic.
const FIRST_SYLLABLE_CODE = 0x1100

/** Han or Hangul: read one character per token. */
export function isSyllable(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // extension A
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0x1100 && code <= 0x11ff) || // Hangul jamo
    (code >= 0x3130 && code <= 0x318f) // Hangul compatibility jamo
  )
}

/** Splits a word holding Han or Hangul into one token per such character, the rest kept whole. */
function splitSyllables(text: string, start: number, out: Token[]): boolean {
  let i = 0
  while (i < text.length && text.charCodeAt(i) < FIRST_SYLLABLE_CODE) i++
  if (i === text.length) return false
  let runStart = 0
  for (i = 0; i < text.length; i++) {
    if (!isSyllable(text.charCodeAt(i))) continue
    if (i > runStart) out.push(makeToken(text.slice(runStart, i), start + runStart))
    // A syllable is a caseless word whose key is itself: no classification needed.
    const ch = text[i] as string
    out.push({
      text: ch,
      key: ch,
      start: start + i,
      end: start + i + 1,
      kind: 'word',
      isUpper: false,
    })
    runStart = i + 1
  }
  if (runStart === 0) return false
  if (runStart < text.length) out.push(makeToken(text.slice(runStart), start + runStart))
  return true
}

function tokenizeWord(text: string, start: number, out: Token[]): void {
  if (splitSyllables(text, start, out)) return
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
