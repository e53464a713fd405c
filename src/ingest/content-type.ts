/** Pages, plain text and markdown: what an article is served as. */
const DOCUMENT_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
])

/** JSON Lines and JSON, for callers that read records rather than articles. */
const JSON_TYPES = new Set([
  'application/json',
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/jsonlines',
])

/** `type/subtype` in lower case, without parameters; null when the header is missing or blank. */
export function mediaType(contentType: string | null): string | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return type === '' ? null : type
}

/** RSS, Atom, RDF and plain XML in any of the spellings feeds use (application/rss+xml, text/xml…). */
function isXml(type: string): boolean {
  const [top, sub = ''] = type.split('/')
  return (top === 'application' || top === 'text') && (sub === 'xml' || sub.endsWith('+xml'))
}

/**
 * Whether a fetched body of this media type is worth reading. Images, video, archives, PDFs and
 * `application/octet-stream` are refused before their bytes are downloaded.
 */
export function isAcceptedType(type: string, acceptJson: boolean): boolean {
  return DOCUMENT_TYPES.has(type) || isXml(type) || (acceptJson && JSON_TYPES.has(type))
}
