/**
 * Tag sets shared by the DOM walker and the fallback tag stripper, so that both paths agree on
 * what starts a paragraph and what never reaches the text.
 */

/** Elements whose start and end separate paragraphs. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
])

/**
 * Elements whose content is never article text: code, styling, embedded objects, and page
 * furniture (navigation, footers, sidebars) that Readability sometimes lets through. `head` and
 * `form` are not here: pages often leave `head` unclosed or wrap the whole page in a form.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'aside',
  'button',
  'canvas',
  'footer',
  'iframe',
  'nav',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
])

/** Elements that never have an end tag, so they do not deepen the nesting. */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Collapses runs of whitespace inside one paragraph; blocks are separated elsewhere. */
export function squeezeSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}
