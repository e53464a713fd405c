import { decodeEntities } from './decode-entities.js'

/**
 * Cheap probe before paying for a full entity decode: plain text rarely contains entities, and
 * decoding text that has none could still turn a literal "&amp" written on purpose into "&".
 */
const ENTITY = /&(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/i

/**
 * Spaces that French typography puts inside numbers ("1 000") and guillemets ("« x »") and that
 * web pages use for layout: all become an ordinary space so later stages see one kind of space.
 * U+2028/U+2029 are line and paragraph separators and become newlines instead.
 */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g
const LINE_SEPARATORS = /[\u2028\u2029]/g

/**
 * Invisible characters that break tokens apart or glue them together: zero-width space, word
 * joiner, BOM, soft hyphen. ZWNJ (U+200C) and ZWJ (U+200D) are deliberately kept: Persian
 * spelling and emoji sequences depend on them, so removing them would change words.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g

/** C0 and C1 control characters other than tab and newline; tabs are handled separately. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * Makes text from any source comparable: one Unicode form, one newline, one space, no invisible
 * characters, at most one blank line between paragraphs. Typographic quotes and apostrophes are
 * kept as they are: the tokenizer folds them, and keeping them preserves offsets for citations.
 */
export function normaliseText(s: string): string {
  let text = ENTITY.test(s) ? decodeEntities(s) : s
  // NFC last: a control or invisible character removed from between a letter and its combining
  // accent ("e\u0000\u0301") would otherwise leave the pair decomposed. No character
  // is left that NFC could turn into one of those, so the result stays clean.
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(LINE_SEPARATORS, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .normalize('NFC')
  return collapseLines(text)
}

/**
 * Trims trailing spaces and keeps at most one blank line between paragraphs. Done line by line
 * rather than with `/ +$/gm`, which rescans long runs of spaces and so is not linear.
 */
function collapseLines(text: string): string {
  const out: string[] = []
  let blank = 0
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd()
    if (line === '') {
      blank += 1
      continue
    }
    if (out.length > 0) out.push(blank > 0 ? '\n\n' : '\n')
    out.push(line)
    blank = 0
  }
  return out.join('')
}
