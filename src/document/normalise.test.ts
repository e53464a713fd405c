import { describe, expect, it } from 'vitest'
import { normaliseText } from './normalise.js'

describe('normaliseText', () => {
  const cases: Array<[string, string, string]> = [
    ['composes to NFC', 'Cre\u0301te', 'Cr\u00e9te'],
    ['turns CRLF and CR into LF', 'a\r\nb\rc', 'a\nb\nc'],
    [
      'replaces French number spaces',
      '1\u202f000 obus et 2\u00a0500 roquettes',
      '1 000 obus et 2 500 roquettes',
    ],
    ['replaces spaces inside guillemets', '«\u00a0Non\u2009»', '« Non »'],
    ['replaces figure space', '12\u2007000', '12 000'],
    ['removes zero-width characters and BOM', '\ufeffmis\u200bsiles', 'missiles'],
    ['removes soft hyphens', 'arme\u00adments', 'armements'],
    ['keeps ZWNJ used in Persian words', 'می\u200cفرستد', 'می\u200cفرستد'],
    ['removes C0 and C1 controls', 'a\u0000b\u0007c\u0085d', 'abcd'],
    ['turns tabs into spaces', 'a\tb', 'a b'],
    ['trims trailing spaces per line', 'a   \nb \t', 'a\nb'],
    ['collapses runs of blank lines', 'a\n\n\n\n\nb', 'a\n\nb'],
    ['keeps a single blank line', 'a\n\nb', 'a\n\nb'],
    ['drops leading and trailing blank lines', '\n\n a\n\n', ' a'],
    [
      'decodes entities when present',
      'AT&amp;T&nbsp;says &#8217;no&#x2019;',
      'AT&T says \u2019no\u2019',
    ],
    ['leaves a bare ampersand alone', 'Smith & Wesson', 'Smith & Wesson'],
    [
      'keeps typographic quotes',
      '\u201cHe said\u201d l\u2019arm\u00e9e',
      '\u201cHe said\u201d l\u2019arm\u00e9e',
    ],
    ['handles the empty string', '', ''],
  ]
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected)
  })

  it('is idempotent', () => {
    const once = normaliseText('Titre\r\n\r\n\r\n«\u00a0Oui\u00a0»\t\u200b &amp; 1\u202f000  ')
    expect(normaliseText(once)).toBe(once)
  })

  it('handles a long run of spaces quickly and correctly', () => {
    const input = `a${' '.repeat(200_000)}b${' '.repeat(200_000)}\nc`
    expect(normaliseText(input)).toBe(`a${' '.repeat(200_000)}b\nc`)
  })
})
