import { ArmsgraphError } from '../errors.js'
import { sniffBinary } from './sniff-binary.js'
import { firstInvalidUtf8 } from './utf8.js'
import { decodeWindows1252 } from './windows-1252.js'

export interface Decoded {
  text: string
  isHtml: boolean
}

/** How far into the text the HTML markers and legacy charset declarations are looked for. */
const HEAD_CHARS = 2048
const HTML_MARKERS = ['<!doctype html', '<html', '<head', '<body', '<p>', '<p ', '<div', '<article']

/**
 * Legacy single-byte charsets we accept only when the page says so: guessing them silently would
 * turn mis-encoded bytes into plausible-looking wrong text.
 */
const LEGACY_CHARSET =
  /charset\s{0,8}=\s{0,8}["']?(?:windows-1252|cp1252|iso-8859-1|iso-8859-15|latin-?1)\b/i

function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 }
  return { encoding: 'utf-8', skip: 0 }
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', source: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(body)
  } catch {
    throw new ArmsgraphError(
      'ERR_INPUT_ENCODING',
      `${source} is not valid ${encoding.toUpperCase()}`,
    )
  }
}

function decodeUtf8(body: Uint8Array, skip: number, source: string, contentType: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    const head = new TextDecoder('latin1').decode(body.subarray(0, HEAD_CHARS))
    if (LEGACY_CHARSET.test(head) || LEGACY_CHARSET.test(contentType)) {
      return decodeWindows1252(body)
    }
    const offset = firstInvalidUtf8(body) + skip
    throw new ArmsgraphError(
      'ERR_INPUT_ENCODING',
      `${source} is not valid UTF-8 (first bad byte at offset ${offset}); convert it to UTF-8`,
      { offset },
    )
  }
}

/** Markup near the start, or a server saying so: the document stage then runs Readability. */
export function looksLikeHtml(text: string, contentType?: string | null): boolean {
  if (/\b(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? '')) return true
  const head = text.slice(0, HEAD_CHARS).toLowerCase()
  return HTML_MARKERS.some((marker) => head.includes(marker))
}

/**
 * Bytes to text. Honours BOMs, accepts UTF-8 (or a declared Windows-1252), and refuses empty,
 * binary and mis-encoded input with a message that names the source.
 */
export function decodeBytes(
  bytes: Uint8Array,
  source: string,
  contentType?: string | null,
): Decoded {
  const { encoding, skip } = bomOf(bytes)
  const body = bytes.subarray(skip)
  let text: string
  if (encoding === 'utf-16le' || encoding === 'utf-16be') text = decodeUtf16(body, encoding, source)
  else {
    const why = sniffBinary(body)
    if (why !== null) {
      throw new ArmsgraphError('ERR_INPUT_BINARY', `${source} looks binary (${why}), not text`)
    }
    text = decodeUtf8(body, skip, source, contentType ?? '')
  }
  if (text.trim() === '') {
    throw new ArmsgraphError('ERR_INPUT_EMPTY', `${source} is empty (no text to read)`)
  }
  return { text, isHtml: looksLikeHtml(text, contentType) }
}
