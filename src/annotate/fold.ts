// Match keys: lowercase, accents folded, typographic apostrophes and dashes made ASCII, so that
// "Corée", "coree" and "CORÉE" meet, and "d’" meets "d'". Words of three letters or fewer keep
// their accents: French function words differ only by them ("à"/"a", "où"/"ou", "dès"/"des").
const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4]/g
const DASHES = /[\u2010-\u2015\u2212]/g
const COMBINING = /[\u0300-\u036f]/g
const SHORT_WORD = 3

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false
  return true
}

// Arabic script: short vowels, tatweel and the zero-width (non-)joiner are optional in print;
// alef with hamza or madda is often written bare; Persian writes ی and ک where Arabic writes
// ي/ى and ك. Keys take one spelling, so "إيران" meets "ايران" and Persian "ایران".
const ARABIC_OPTIONAL = /[\u064B-\u065F\u0670\u0640\u200C\u200D]/g
const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
}
const ARABIC_VARIANTS = /[أإآٱىیک]/g
const ARABIC_BLOCK = /[\u0600-\u06FF\u200C\u200D]/

// From the CJK symbols block on, a single character has no case and no accent to fold.
const CJK_START = 0x3000
// CJK full-width punctuation plays the part of the ASCII marks: "，" is a comma.
const FULL_WIDTH: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' }

function foldArabic(s: string): string {
  return s.replace(ARABIC_OPTIONAL, '').replace(ARABIC_VARIANTS, (c) => ARABIC_LETTERS[c] ?? c)
}

export function foldKey(s: string): string {
  // The hot path: ASCII needs only lowercasing (apostrophes and dashes to fold are not ASCII).
  if (isPlainAscii(s)) return s.toLowerCase()
  if (s.length === 1) {
    const full = FULL_WIDTH[s]
    if (full !== undefined) return full
    // A Han or Hangul token is one character with no case and nothing to fold.
    if (s.charCodeAt(0) >= CJK_START) return s
  }
  if (ARABIC_BLOCK.test(s)) return foldArabic(s)
  const lower = s.toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, '-')
  if (isPlainAscii(lower) || lower.length <= SHORT_WORD) return lower
  return lower.normalize('NFD').replace(COMBINING, '').normalize('NFC')
}
