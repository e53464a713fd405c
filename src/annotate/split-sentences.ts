// Sentence boundaries inside one paragraph, from Intl.Segmenter plus two repairs ICU needs for
// news text: no break after an abbreviation or a single initial ("M. Lavrov", "N. Korea",
// "Capt. Jeff Davis"), and a closing quote that ICU puts at the start of the next sentence goes
// back to the one it closes ("… débute. » Mme Martin").

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang)
  if (!s) {
    s = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'sentence' })
    segmenters.set(lang, s)
  }
  return s
}

/**
 * ICU's sentence iterator slows quadratically with the length of its input (16,000 short
 * sentences in one string: 6 s on Node 20; 100,000: minutes). Paragraphs longer than this are
 * segmented a window at a time; each window's last sentence, which the cut may have split, is
 * segmented again at the start of the next window.
 */
const WINDOW = 4096

function* windowedSegments(
  segmenter: Intl.Segmenter,
  slice: string,
): Generator<{ segment: string; index: number }> {
  if (slice.length <= WINDOW) {
    yield* segmenter.segment(slice)
    return
  }
  let pos = 0
  while (pos < slice.length) {
    const end = Math.min(slice.length, pos + WINDOW)
    const pieces = [...segmenter.segment(slice.slice(pos, end))]
    const last = pieces.at(-1)
    // The window reaches the end, or holds a single sentence longer than itself: take it all.
    if (end === slice.length || !last || pieces.length === 1) {
      for (const p of pieces) yield { segment: p.segment, index: pos + p.index }
      pos = end
      continue
    }
    for (const p of pieces.slice(0, -1)) yield { segment: p.segment, index: pos + p.index }
    pos += last.index
  }
}

// Latin, CJK full-width and Arabic sentence ends.
const INNER_END = /[.!?…。！？؟]/u
const LAST_WORD = /(?<!\p{L})(\p{L}+)\.\s*$/u
const LEADING_CLOSER = /^\s*[»”"’)\]]+/u
const STARTS_WITH_ACRONYM = /^\s*\p{Lu}{2}/u

function endsWithAbbreviation(piece: string, abbreviations: ReadonlySet<string>): boolean {
  // Only the last 24 characters matter, and they keep the regex cheap.
  const m = LAST_WORD.exec(piece.slice(-24))
  if (!m?.[1]) return false
  const word = m[1]
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true
  return abbreviations.has(word.toLowerCase())
}

/** Returns [start, end) character ranges of sentences in text[from, to). */
export function splitSentences(
  text: string,
  from: number,
  to: number,
  lang: string,
  abbreviations: ReadonlySet<string>,
): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const slice = text.slice(from, to)
  // A line with no sentence end before its last characters is one sentence: no segmenter needed.
  if (!INNER_END.test(slice.slice(0, -2))) return slice.trim() ? [trimRange(text, from, to)] : []
  for (const { segment, index } of windowedSegments(segmenterFor(lang), slice)) {
    let start = from + index
    const end = start + segment.length
    const prev = out[out.length - 1]
    const closer = LEADING_CLOSER.exec(segment)
    if (prev && closer) {
      prev[1] = start + closer[0].length
      start = prev[1]
    }
    const prevText = prev ? text.slice(prev[0], prev[1]) : ''
    if (
      prev &&
      endsWithAbbreviation(prevText, abbreviations) &&
      !STARTS_WITH_ACRONYM.test(text.slice(start, end))
    ) {
      prev[1] = end
      continue
    }
    if (text.slice(start, end).trim()) out.push([start, end])
  }
  return out.map(([s, e]) => trimRange(text, s, e))
}

function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/u.test(text[s] ?? '')) s++
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--
  return [s, e]
}
