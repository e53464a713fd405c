import { countLetters, detectLanguage, mayDiffer } from './language.js'

export interface Segment {
  kind: 'title' | 'body'
  start: number
  end: number
  language: string
}

export interface SegmentedDocument {
  title: string | null
  segments: Segment[]
}

/** A line longer than this is a paragraph that happens to come first, not a headline. */
const MAX_TITLE_CHARS = 300
/** Lines with fewer letters (bylines, datelines, captions) borrow a neighbour's language. */
const MIN_DETECT_LETTERS = 40
/** Two sentences tell English from French as well as a page does, at a fraction of the cost. */
const LINE_SAMPLE_CHARS = 120
const BODY_SAMPLE_CHARS = 600

interface Line {
  start: number
  end: number
  blankAfter: boolean
}

/** Non-empty lines with offsets trimmed to the first and last non-space character. */
function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let pos = 0
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos)
    const stop = nl === -1 ? text.length : nl
    let start = pos
    let end = stop
    while (start < end && /\s/.test(text.charAt(start))) start += 1
    while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1
    if (end > start) lines.push({ start, end, blankAfter: false })
    else {
      const last = lines[lines.length - 1]
      if (last) last.blankAfter = true
    }
    if (nl === -1) break
    pos = nl + 1
  }
  return lines
}

/**
 * Language per line; undetectable lines get null and are filled in by `fillGaps`. The body is
 * detected once; a line is detected on its own only when its letters disagree with the body's
 * language (see `mayDiffer`), which keeps n-gram detection off the hot path of ordinary articles.
 */
function detectLines(text: string, lines: Line[], body: string): Array<string | null> {
  return lines.map((l) => {
    const line = text.slice(l.start, Math.min(l.end, l.start + LINE_SAMPLE_CHARS))
    if (countLetters(line) < MIN_DETECT_LETTERS) return null
    if (body !== 'und' && !mayDiffer(line, body)) return body
    const language = detectLanguage(line)
    return language === 'und' ? null : language
  })
}

/** The first lines of the body, up to the detector's sample size. */
function sampleOf(text: string, lines: Line[]): string {
  let out = ''
  for (const l of lines) {
    if (out.length >= BODY_SAMPLE_CHARS) break
    out += `${text.slice(l.start, l.end)}\n`
  }
  return out
}

/** The language covering most letters among detected lines: the body's dominant language. */
function dominantLanguage(text: string, lines: Line[], langs: Array<string | null>): string {
  const weight = new Map<string, number>()
  langs.forEach((lang, i) => {
    const line = lines[i]
    if (lang === null || line === undefined) return
    weight.set(lang, (weight.get(lang) ?? 0) + line.end - line.start)
  })
  let best: string | null = null
  for (const [lang, w] of weight) if (best === null || w > (weight.get(best) ?? 0)) best = lang
  if (best !== null) return best
  // No single line is long enough: the body as a whole may still be.
  return detectLanguage(lines.map((l) => text.slice(l.start, l.end)).join('\n'))
}

/**
 * Nearest detected neighbour, the earlier one on ties (a byline follows its headline). Two passes
 * keep this linear even when thousands of short lines have no language of their own.
 */
function fillGaps(langs: Array<string | null>, fallback: string): string[] {
  const prev: number[] = []
  let last = -1
  langs.forEach((lang, i) => {
    if (lang !== null) last = i
    prev.push(last)
  })
  const out: string[] = new Array<string>(langs.length)
  let next = -1
  for (let i = langs.length - 1; i >= 0; i -= 1) {
    if (langs[i] !== null) next = i
    const p = prev[i] ?? -1
    const usePrev = p >= 0 && (next < 0 || i - p <= next - i)
    out[i] = (usePrev ? langs[p] : next >= 0 ? langs[next] : null) ?? fallback
  }
  return out
}

/**
 * Splits text into an optional title (line 1 when a blank line follows it) and body paragraphs
 * (each non-empty line), each with a language. Offsets index into `text`.
 */
export function segmentDocument(text: string): SegmentedDocument {
  const lines = splitLines(text)
  const first = lines[0]
  const hasTitle =
    first !== undefined && first.blankAfter && first.end - first.start < MAX_TITLE_CHARS
  const body = hasTitle ? lines.slice(1) : lines
  const bodyLanguage = detectLanguage(sampleOf(text, body))
  const detected = detectLines(text, body, bodyLanguage)
  const dominant = dominantLanguage(text, body, detected)
  const languages = fillGaps(detected, dominant)
  const segments: Segment[] = body.map((line, i) => ({
    kind: 'body',
    start: line.start,
    end: line.end,
    language: languages[i] ?? dominant,
  }))
  if (!hasTitle) return { title: null, segments }
  const title = text.slice(first.start, first.end)
  const language = titleLanguage(title, dominant)
  return {
    title,
    segments: [{ kind: 'title', start: first.start, end: first.end, language }, ...segments],
  }
}

/**
 * Headlines are short but often in another language than the body (an English headline over a
 * French article), so they are detected down to the detector's own minimum.
 */
function titleLanguage(title: string, dominant: string): string {
  // A headline whose letters match the body's habits is in the body's language; only one that
  // does not ("North Korea Ramps up Arms Sales" over French) is worth a detector call.
  if (dominant !== 'und' && !mayDiffer(title, dominant)) return dominant
  const language = detectLanguage(title)
  return language === 'und' ? dominant : language
}
