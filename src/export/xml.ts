// Characters XML 1.0 forbids (§2.2): C0 controls except tab, LF and CR; lone surrogates, which
// the `u` flag sees as code points of their own; and U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
// Tab, LF and CR are written as references too: a parser folds them to spaces inside attribute
// values and turns CR into LF in text, so a literal one would not come back as written.
const NEEDS_ESCAPE = /[\t\n\r"&'<>]/g

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

/**
 * Makes any string safe as XML 1.0 text content or as a quoted attribute value: forbidden
 * characters are dropped (they cannot be written even as references) and markup is escaped.
 */
export function xmlEscape(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(NEEDS_ESCAPE, (c) => ENTITY[c] ?? '')
}
