import { describe, expect, it } from 'vitest'
import { HOSTILE, forbiddenXmlChars } from './test-builders.js'
import { xmlEscape } from './xml.js'

describe('xmlEscape', () => {
  it('escapes the five markup characters and the whitespace a parser would fold', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    )
    expect(xmlEscape('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d')
    expect(xmlEscape('&amp;')).toBe('&amp;amp;')
  })

  it('drops what XML 1.0 cannot hold and keeps every allowed character', () => {
    expect(xmlEscape('\u0000\u0001\u0008\u000B\u000C\u001F\u007Fok')).toBe('\u007Fok')
    expect(xmlEscape('x\uD800y\uDC00z')).toBe('xyz')
    expect(xmlEscape('\uFFFE\uFFFF\uFFFD')).toBe('\uFFFD')
    expect(xmlEscape('Sergueï Lavrov 😀 \u{10FFFF}')).toBe('Sergueï Lavrov 😀 \u{10FFFF}')
  })

  it('leaves no raw markup, bare ampersand or control character in hostile text', () => {
    const out = xmlEscape(HOSTILE)
    expect(forbiddenXmlChars(out)).toEqual([])
    expect(out).not.toMatch(/["'<>]/)
    expect(out.replaceAll(/&(?:amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&')
  })
})
