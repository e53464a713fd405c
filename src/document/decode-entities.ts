import he from 'he'

/** Long enough that short texts take one call, short enough that one call stays small. */
const CHUNK = 65_536

/**
 * he.decode over text of any length, in pieces. One call over 20 MB of entities builds millions
 * of small strings at once and ran out of a 512 MB heap; pieces keep the peak near the size of
 * the result. Each piece ends just before an '&', so no reference is ever cut in two and the
 * result is the same as one call's.
 */
export function decodeEntities(text: string): string {
  if (text.length <= CHUNK) return he.decode(text)
  const parts: string[] = []
  let from = 0
  while (from < text.length) {
    const next = from + CHUNK >= text.length ? -1 : text.indexOf('&', from + CHUNK)
    const to = next === -1 ? text.length : next
    parts.push(he.decode(text.slice(from, to)))
    from = to
  }
  return parts.join('')
}
