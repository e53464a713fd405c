import { createHash } from 'node:crypto'
import type { DocumentInput } from '../extract/types.js'
import { htmlToText } from './html-to-text.js'
import { normaliseText } from './normalise.js'
import { segmentDocument, type Segment } from './segment-document.js'

export { detectLanguage } from './language.js'
export { htmlToText } from './html-to-text.js'
export { normaliseText } from './normalise.js'
export { segmentDocument } from './segment-document.js'
export type { Segment } from './segment-document.js'

/** A document ready for annotation: normalised text whose line 1 is the title, if any. */
export interface Doc {
  /** sha256 hex of `text`: the same text from two sources is one document. */
  id: string
  title: string | null
  text: string
  url: string | null
  published: string | null
  publisher: string | null
  /** Dominant language of the body (ISO 639-1, or 'und'). */
  language: string
  segments: Segment[]
}

interface Body {
  text: string
  title: string | null
  published: string | null
  publisher: string | null
}

function oneLine(title: string | null | undefined): string | null {
  return title ? normaliseText(title).replace(/\n/g, ' ') || null : null
}

/** Page text and metadata; a title given by the caller (feed, JSON Lines) wins over the page's. */
function bodyOf(input: DocumentInput): Body {
  const given = oneLine(input.title)
  if (!input.isHtml) return { text: input.content, title: given, published: null, publisher: null }
  const page = htmlToText(input.content, input.url)
  return {
    text: page.text,
    title: given ?? oneLine(page.title),
    published: page.published,
    publisher: page.publisher,
  }
}

/**
 * Puts a known title on line 1 with a blank line after it, as plain-text inputs have it, unless
 * the text already starts with it. Both parts are already normalised.
 */
function withTitleLine(title: string | null, text: string): string {
  if (title === null) return text
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  if (firstLine.trim() === title.trim()) return text
  return text === '' ? title : `${title}\n\n${text}`
}

/** The language most body characters are in; the title does not vote. */
function dominant(segments: Segment[]): string {
  const weight = new Map<string, number>()
  for (const s of segments) {
    if (s.kind === 'body') weight.set(s.language, (weight.get(s.language) ?? 0) + s.end - s.start)
  }
  let best = 'und'
  let bestWeight = 0
  for (const [lang, w] of weight) if (w > bestWeight) [best, bestWeight] = [lang, w]
  return best === 'und' && segments[0] ? segments[0].language : best
}

/**
 * Text or HTML in, normalised document out. Pure and total: any string gives a document, at worst
 * one with empty text and no segments.
 */
export function buildDocument(input: DocumentInput): Doc {
  const body = bodyOf(input)
  const text = withTitleLine(body.title, normaliseText(body.text))
  const { title, segments } = segmentDocument(text)
  return {
    id: createHash('sha256').update(text, 'utf8').digest('hex'),
    title: body.title ?? title,
    text,
    url: input.url ?? null,
    published: input.published ?? body.published,
    publisher: body.publisher,
    language: dominant(segments),
    segments,
  }
}

/** Segments for output: the title, then runs of same-language body paragraphs as one segment. */
export function mergeSegments(doc: Pick<Doc, 'segments'>): Segment[] {
  const out: Segment[] = []
  for (const s of doc.segments) {
    const last = out[out.length - 1]
    if (last && s.kind === 'body' && last.kind === 'body' && last.language === s.language) {
      out[out.length - 1] = { ...last, end: s.end }
    } else out.push({ ...s })
  }
  return out
}
