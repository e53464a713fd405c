import { VOID_TAGS } from './html-tags.js'

export interface HtmlShape {
  /** Start tags seen. */
  tags: number
  /** Deepest nesting of start tags not yet closed (an estimate: no error recovery). */
  depth: number
}

/**
 * Elements whose end tag HTML lets authors omit; counting them as open would make an old page
 * with a thousand bare `<p>` look deeply nested.
 */
const IMPLIED_END: ReadonlySet<string> = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
])

/** Lowercase tag name starting at `i`, or '' when `<` does not start a tag there. */
export function tagNameAt(html: string, i: number): string {
  let j = i
  while (j < html.length && j - i < 32) {
    const c = html.charCodeAt(j)
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    const digit = c >= 48 && c <= 57
    if (!letter && !(digit && j > i)) break
    j += 1
  }
  return html.slice(i, j).toLowerCase()
}

/**
 * Counts tags and nesting in one pass without building a DOM. The DOM parser slows down
 * quadratically on hostile input (a million unclosed `<div>`), so callers measure first.
 */
export function measureHtml(html: string): HtmlShape {
  let tags = 0
  let open = 0
  let depth = 0
  let i = html.indexOf('<')
  while (i !== -1) {
    const closing = html.charCodeAt(i + 1) === 47 // '/'
    const name = tagNameAt(html, closing ? i + 2 : i + 1)
    if (name !== '' && closing) open = Math.max(0, open - 1)
    else if (name !== '' && !VOID_TAGS.has(name) && !IMPLIED_END.has(name)) {
      tags += 1
      open += 1
      depth = Math.max(depth, open)
    } else if (name !== '') tags += 1
    i = html.indexOf('<', i + 1)
  }
  return { tags, depth }
}
