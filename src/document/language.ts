import eld from 'eld/small'

/** Below this many letters no detector is better than a guess, so we say 'und'. */
const MIN_LETTERS = 12
/** Detection on the first thousand characters is as good as on the whole text, and bounded. */
const SAMPLE_CHARS = 1000
/** Below U+0370 (Latin, IPA) a letter belongs to none of the scripts counted below. */
const FIRST_NON_LATIN = 0x370

/** Per-script letter counts: scripts used by one language settle the question without n-grams. */
interface ScriptCounts {
  letters: number
  hangul: number
  kana: number
  han: number
  cyrillic: number
  arabic: number
}

// The common CJK blocks by code range: a regex per character would dominate on Chinese text.
const isHangulSyllable = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3
const isHanIdeograph = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff

function isLatinLetter(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // Hangul syllables and CJK ideographs are letters: no regex for the commonest non-Latin text.
  if (isHangulSyllable(code) || isHanIdeograph(code)) return true
  return /\p{L}/u.test(ch)
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { letters: 0, hangul: 0, kana: 0, han: 0, cyrillic: 0, arabic: 0 }
  for (const ch of text) {
    // Most news text is Latin: settle it without a regex per character.
    const code = ch.charCodeAt(0)
    if (code < FIRST_NON_LATIN) {
      if (isLatinLetter(code, ch)) counts.letters += 1
      continue
    }
    // The Cyrillic block is letters apart from U+0482–U+0489 (a sign and combining marks).
    if (code >= 0x0400 && code <= 0x04ff && (code < 0x0482 || code > 0x0489)) {
      counts.letters += 1
      counts.cyrillic += 1
      continue
    }
    // Arabic letters (U+0621–U+064A, U+066E–U+06D3): Arabic, Persian and Urdu share the block.
    if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3)) {
      counts.letters += 1
      counts.arabic += 1
      continue
    }
    if (isHangulSyllable(code)) {
      counts.letters += 1
      counts.hangul += 1
      continue
    }
    if (isHanIdeograph(code)) {
      counts.letters += 1
      counts.han += 1
      continue
    }
    if (!/\p{L}/u.test(ch)) continue
    counts.letters += 1
    if (/\p{Script=Hangul}/u.test(ch)) counts.hangul += 1
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) counts.kana += 1
    else if (/\p{Script=Han}/u.test(ch)) counts.han += 1
    else if (/\p{Script=Cyrillic}/u.test(ch)) counts.cyrillic += 1
  }
  return counts
}

/** Cyrillic languages eld can tell apart; anything else Cyrillic is most likely Russian. */
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr'])

function cyrillicLanguage(text: string): string {
  // і, ї, є and ґ are not Russian letters; ў marks Belarusian, which also uses і.
  if (/ў/iu.test(text)) return 'be'
  if (/[ієїґ]/iu.test(text)) return 'uk'
  const guess = eld.detect(text).language
  return CYRILLIC_LANGUAGES.has(guess) ? guess : 'ru'
}

// Persian writes پ چ ژ گ and its own ک ی; Urdu adds ٹ ڈ ڑ ں ے. Arabic writes none of them.
const URDU_LETTERS = /[ٹڈڑںے]/u
const PERSIAN_LETTERS = /[پچژگکی]/u

function arabicScriptLanguage(text: string): string {
  if (URDU_LETTERS.test(text)) return 'ur'
  return PERSIAN_LETTERS.test(text) ? 'fa' : 'ar'
}

function scriptShortcut(text: string, c: ScriptCounts): string | null {
  const half = c.letters / 2
  if (c.arabic > half) return arabicScriptLanguage(text)
  if (c.hangul > half) return 'ko'
  if (c.kana > 0 && c.kana + c.han > half) return 'ja'
  if (c.han > half) return 'zh'
  if (c.cyrillic > half) return cyrillicLanguage(text)
  return null
}

/**
 * ISO 639-1 code of the text's language, or 'und' when the text is too short or unclear.
 * eld/small recognises English and French on one short sentence, which headlines need.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  const counts = countScripts(sample)
  if (counts.letters < MIN_LETTERS) return 'und'
  const shortcut = scriptShortcut(sample, counts)
  if (shortcut !== null) return shortcut
  const language = eld.detect(sample).language
  return /^[a-z]{2}$/.test(language) ? language : 'und'
}

/** Number of letters in any script; segmenting uses it to decide whether a line is detectable. */
export function countLetters(text: string): number {
  let n = 0
  for (const ch of text) if (isLatinLetter(ch.charCodeAt(0), ch)) n += 1
  return n
}

// French writes é, è, à, ç, ê, ô, ù in almost every sentence, German ä, ö, ü, ß, Spanish ñ and
// accented vowels; English writes none of the French ones. A line that breaks its body's habit (or uses
// another script) is worth a detector call of its own.
const MARKS: Record<string, RegExp> = {
  fr: /[éèàçêôùâîûœ]/giu,
  de: /[äöüß]/giu,
  es: /[ñáéíóú¿¡]/giu,
}
const MIN_MARKS_PER_LETTERS = 1 / 60

// The most frequent words of a language that the other Latin-script languages read here do not
// use as words (source: frequency lists of the Leipzig Corpora Collection, news 2020).
const USUAL_WORDS: Record<string, ReadonlySet<string>> = {
  de: new Set([
    'der',
    'die',
    'das',
    'und',
    'nicht',
    'mit',
    'von',
    'den',
    'dem',
    'ist',
    'hat',
    'wurde',
    'nach',
    'auch',
    'sich',
    'eine',
    'einen',
    'für',
    'auf',
    'aus',
  ]),
  es: new Set([
    'el',
    'los',
    'las',
    'del',
    'que',
    'por',
    'para',
    'una',
    'con',
    'según',
    'ha',
    'han',
    'fue',
    'sus',
    'al',
    'y',
    'lo',
    'como',
    'pero',
    'más',
  ]),
}
// English and French words that would mark a German or Spanish line as another language.
// ("le", "des", "a" are left out: Spanish or German words too.)
const FOREIGN_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'was',
  'with',
  'said',
  'has',
  'les',
  'est',
  'et',
  'une',
  'dans',
  'qui',
  'au',
])
const WORD = /\p{L}+/gu

/** Whether a line's frequent words are at least as much its body's as English or French. */
function leansTo(line: string, usual: ReadonlySet<string>): boolean {
  let own = 0
  let foreign = 0
  for (const m of line.matchAll(WORD)) {
    const w = m[0].toLowerCase()
    if (usual.has(w)) own += 1
    else if (FOREIGN_WORDS.has(w)) foreign += 1
  }
  return own >= foreign
}
const NOT_RUSSIAN_LETTERS = /[ієїґў]/iu

/** Whether a line's letters suggest another language than the body's (a cheap pre-check). */
export function mayDiffer(line: string, body: string): boolean {
  const counts = countScripts(line)
  // A Russian line in a Russian body: Cyrillic letters, none of the Ukrainian or Belarusian ones.
  if (body === 'ru') {
    return counts.cyrillic * 2 <= counts.letters || NOT_RUSSIAN_LETTERS.test(line)
  }
  // A body in a script of its own keeps its lines in that script; only another script is checked.
  if (body === 'uk') return counts.cyrillic * 2 <= counts.letters
  if (body === 'ko') return counts.hangul * 2 <= counts.letters
  if (body === 'zh') return counts.han * 2 <= counts.letters || counts.kana > 0
  if (body === 'ar' || body === 'fa') {
    return counts.arabic * 2 <= counts.letters || arabicScriptLanguage(line) !== body
  }
  if (counts.hangul + counts.kana + counts.han + counts.cyrillic > 0) return true
  // English lines are checked for French marks only, as they always were: a German or Spanish
  // line in an English body is rare, and a detector call per accented name would be costly.
  if (body === 'en') return (line.match(/[éèàçêôùâîûœ]/giu)?.length ?? 0) > 0
  // German and Spanish lines often go without their marks ("Die Ukraine erhielt Panzer"): their
  // most frequent words tell them from an English or French line without a detector call.
  const usual = USUAL_WORDS[body]
  if (usual) return !leansTo(line, usual)
  const own = MARKS[body]
  if (!own) return true
  const marks = line.match(own)?.length ?? 0
  return marks < Math.max(1, counts.letters * MIN_MARKS_PER_LETTERS)
}
