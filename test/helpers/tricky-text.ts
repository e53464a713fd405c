import fc from 'fast-check'

/**
 * Tokens that have broken text pipelines before: names with accents and hyphens, French
 * elisions with both apostrophes, guillemets, grouped numbers with (narrow) no-break spaces,
 * abbreviations with dots, emoji sequences, bidi controls, BOM, combining marks, lone
 * surrogates, markup, and sentence punctuation.
 */
export const TRICKY_TOKENS: readonly string[] = [
  ...['North Korea', 'Corée du Nord', 'la Russie', 'Russia', 'États-Unis', 'Iran', 'Pyongyang'],
  ...['le Kremlin', 'the White House', 'la Maison Blanche', 'Hezbollah', 'les Houthis'],
  ...['delivered', 'a livré', 'livraisons', 'supplied', 'sold', 'denied', 'a démenti', 'selon'],
  ...['shells', 'obus', 'munitions', 'missiles', 'drones', 'KN-23', 'Shahed-136', 'Hwasong-11'],
  ...['à la', 'de la', "l'", 'l’', "d'", 'd’', 'aujourd’hui', 'du', 'au', 'aux'],
  ...['«', '»', '« ', ' »', '“', '”', '"', '(', ')', '[', ']', '—', '–', '-', '…'],
  ...['1 000', '1\u00a0000', '1\u202f000', '1,000', '1.000', '10 000 000', '155mm', '3,5', 'n°'],
  ...['U.S.', 'U.N.', 'M.', 'Mme', 'Gen.', 'e.g.', 'etc.', '.', '?', '!', ';', ':', ','],
  ...['🚀', '👩‍👩‍👧', '🇰🇵', '\u200f', '\u200e', '\u202e', '\u2066', '\u200d', '\ufeff'],
  ...['e\u0301', 'A\u030a', '\u0645\u0635\u0631', '\u05d9\u05e9\u05e8\u05d0\u05dc', '한국은'],
  ...['\ud800', '\udc00', '\udbff', 'x\udfff', '\u0000', '\u0007', '\r', '\r\n', '\u2028'],
  ...['<p>', '</p>', '<br/>', '&amp;', '&nbsp;', '&#x27;', '<script>alert(1)</script>'],
  ...['2023-10-26', 'le 26 octobre 2023', 'October 26, 2023', 'last year', 'l’an dernier'],
  'x'.repeat(3000),
  'Hwasong'.repeat(200),
]

const SEPARATORS = ['', ' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '. ', ', ']

export const trickyToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
)

/** A text of tricky tokens joined by mixed separators. */
export const trickyText: fc.Arbitrary<string> = fc
  .array(fc.tuple(trickyToken, fc.constantFrom(...SEPARATORS)), { maxLength: 80 })
  .map((parts) => parts.map(([token, sep]) => token + sep).join(''))

/** `text` with each token inserted at its (wrapped) position: may split words and pairs. */
export function insertAt(text: string, inserts: ReadonlyArray<readonly [number, string]>): string {
  let out = text
  for (const [at, token] of inserts) {
    const i = at % (out.length + 1)
    out = out.slice(0, i) + token + out.slice(i)
  }
  return out
}
