import { isArmsgraphError } from '../../errors.js'
import { decodeBytes, looksLikeHtml } from '../decode.js'
import { readSource } from '../read-source.js'
import { decodeWindows1252 } from '../windows-1252.js'
import { isFeedText } from './feed-root.js'

/** A file or URL read and decoded, with what kind of document it is. */
export interface TextSource {
  text: string
  isHtml: boolean
  isFeed: boolean
  /** The final URL after redirects; null for files. */
  url: string | null
}

export interface ReadTextOptions {
  maxBytes: number
  timeoutMs?: number
  allowPrivate?: boolean
  allowHosts?: readonly string[]
}

/** Feeds declare legacy charsets in the XML prolog, which decodeBytes does not look at. */
const XML_LEGACY_ENCODING =
  /^\s*<\?xml[^>]{0,200}encoding\s{0,8}=\s{0,8}["'](?:windows-1252|cp1252|iso-8859-1|iso-8859-15|latin-?1)["']/i
const FEED_TYPE = /\b(?:rss|atom)\b/i
const XML_TYPE = /\bxml\b/i

function decode(bytes: Uint8Array, source: string, contentType: string | null) {
  try {
    return decodeBytes(bytes, source, contentType)
  } catch (e) {
    if (!isArmsgraphError(e) || e.code !== 'ERR_INPUT_ENCODING') throw e
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256))
    if (!XML_LEGACY_ENCODING.test(head)) throw e
    const text = decodeWindows1252(bytes)
    return { text, isHtml: looksLikeHtml(text, contentType) }
  }
}

/**
 * A feed is recognised by its root element (`<rss>`, `<feed>`, `<rdf:RDF>`) or, from a server,
 * by an RSS/Atom content type. XML that is neither HTML nor text is read as a feed too, so that a
 * sitemap or an API answer fails as "not a valid feed" instead of being ingested as a page.
 */
function isFeed(text: string, isHtml: boolean, contentType: string | null): boolean {
  if (isFeedText(text)) return true
  const type = contentType ?? ''
  return FEED_TYPE.test(type) || (XML_TYPE.test(type) && !isHtml)
}

/** Reads a file or fetches a URL (safely, capped) and decodes it to text. Throws ArmsgraphError. */
export async function readText(source: string, opts: ReadTextOptions): Promise<TextSource> {
  const raw = await readSource(source, opts)
  const { text, isHtml } = decode(raw.bytes, source, raw.contentType)
  return { text, isHtml, isFeed: isFeed(text, isHtml, raw.contentType), url: raw.url }
}
