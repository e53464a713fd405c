/**
 * How far the root element is looked for. Prologs are short; a DOCTYPE whose internal subset runs
 * past this is not a feed anyone publishes.
 */
const HEAD_CHARS = 65_536

/** Root elements of the feed formats @rowanmanning/feed-parser reads, by local name. */
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf'])

/** Index just past `end`, searching from `from`, or -1. */
function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from)
  return at === -1 ? -1 : at + end.length
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r'
}

/** Past the internal subset `[ … ]>` of a DOCTYPE, whose quoted values and comments may hold ']>'. */
function skipInternalSubset(text: string, open: number): number {
  let i = open + 1
  while (i !== -1 && i < text.length) {
    const ch = text[i]
    if (ch === '"' || ch === "'") i = skipPast(text, i + 1, ch)
    else if (text.startsWith('<!--', i)) i = skipPast(text, i + 4, '-->')
    else if (ch !== ']') i += 1
    else {
      let next = i + 1
      while (isSpace(text[next])) next += 1
      if (text[next] === '>') return next + 1
      i = next
    }
  }
  return -1
}

/** Past a DOCTYPE: up to its '>', or past its internal subset when it has one. */
function skipDoctype(text: string, from: number): number {
  const close = text.indexOf('>', from)
  const open = text.indexOf('[', from)
  if (open === -1 || (close !== -1 && close < open)) return close === -1 ? -1 : close + 1
  return skipInternalSubset(text, open)
}

/** The name of the first element, past the XML declaration, comments and DOCTYPE; or null. */
export function rootElementOf(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS)
  let i = 0
  while (i !== -1 && i < head.length) {
    const ch = head[i]
    if (ch === '\uFEFF' || isSpace(ch)) i += 1
    else if (ch !== '<') return null
    else if (head.startsWith('<?', i)) i = skipPast(head, i + 2, '?>')
    else if (head.startsWith('<!--', i)) i = skipPast(head, i + 4, '-->')
    else if (head.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') i = skipDoctype(head, i + 9)
    else return /^<([\w:.-]+)/.exec(head.slice(i, i + 256))?.[1] ?? null
  }
  return null
}

/** Whether the text is an RSS, RDF or Atom document: its root is `<rss>`, `<rdf:RDF>` or `<feed>`. */
export function isFeedText(text: string): boolean {
  const root = rootElementOf(text)
  if (root === null) return false
  return FEED_ROOTS.has((root.split(':').pop() ?? '').toLowerCase())
}
