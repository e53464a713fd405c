import { describe, expect, it } from 'vitest'
import { ArmsgraphError } from '../errors.js'
import { decodeBytes, looksLikeHtml } from './decode.js'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b)

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2)
  const view = new DataView(out.buffer)
  view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < s.length; i += 1) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian)
  return out
}

function errorOf(input: Uint8Array, source = 'x.bin', contentType?: string): ArmsgraphError {
  try {
    decodeBytes(input, source, contentType)
  } catch (e) {
    if (e instanceof ArmsgraphError) return e
    throw e
  }
  throw new Error('expected an ArmsgraphError')
}

describe('decodeBytes: accepted input', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['plain UTF-8', utf8('Livraison de chars'), 'Livraison de chars'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Été')]), 'Été'],
    ['UTF-16LE with BOM', utf16('Obus « 155 »', true), 'Obus « 155 »'],
    ['UTF-16BE with BOM', utf16('Снаряды', false), 'Снаряды'],
    ['text with tabs and ESC', utf8('a\tb\u001b[0m'), 'a\tb\u001b[0m'],
  ]
  it.each(cases)('%s', (_name, input, text) => {
    expect(decodeBytes(input, 'x.txt')).toEqual({ text, isHtml: false })
  })

  it('decodes a page that declares windows-1252', () => {
    const head = utf8('<html><head><meta charset="windows-1252"></head><body><p>arm')
    const input = Uint8Array.from([...head, 0xe9, 0x65, 0x92, 0x73])
    expect(decodeBytes(input, 'page.html')).toEqual({
      text: '<html><head><meta charset="windows-1252"></head><body><p>armée’s',
      isHtml: true,
    })
  })
})

describe('decodeBytes: refused input', () => {
  const cases: Array<[string, Uint8Array, string, string]> = [
    ['empty file', bytes(), 'ERR_INPUT_EMPTY', 'x.bin is empty'],
    ['whitespace only', utf8(' \n\t\u00a0 '), 'ERR_INPUT_EMPTY', 'is empty'],
    ['BOM only', bytes(0xef, 0xbb, 0xbf), 'ERR_INPUT_EMPTY', 'is empty'],
    [
      'PDF header',
      utf8('%PDF-1.7\n%âãÏÓ'),
      'ERR_INPUT_BINARY',
      'x.bin looks binary (PDF), not text',
    ],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'ERR_INPUT_BINARY', '(PNG)'],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00), 'ERR_INPUT_BINARY', '(gzip)'],
    ['NUL bytes', utf8('abc\u0000def'), 'ERR_INPUT_BINARY', '(NUL bytes)'],
    [
      'control characters',
      bytes(...Array<number>(100).fill(0x01), 0x41),
      'ERR_INPUT_BINARY',
      '(control',
    ],
    ['invalid UTF-8', bytes(0x61, 0x62, 0xe9, 0x63), 'ERR_INPUT_ENCODING', 'offset 2'],
    ['truncated sequence', bytes(0x61, 0xe2, 0x82), 'ERR_INPUT_ENCODING', 'offset 1'],
    ['overlong encoding', bytes(0x61, 0x61, 0xc0, 0xaf), 'ERR_INPUT_ENCODING', 'offset 2'],
    ['surrogate', bytes(0x61, 0xed, 0xa0, 0x80), 'ERR_INPUT_ENCODING', 'offset 1'],
    ['lone surrogate in UTF-16', bytes(0xff, 0xfe, 0x00, 0xd8), 'ERR_INPUT_ENCODING', 'UTF-16LE'],
  ]
  it.each(cases)('%s', (_name, input, code, message) => {
    const e = errorOf(input)
    expect(e.code).toBe(code)
    expect(e.message).toContain(message)
    expect(e.message).not.toContain('\n')
  })

  it('counts the BOM in the reported offset', () => {
    expect(errorOf(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff)).details).toEqual({ offset: 4 })
  })

  it('does not decode legacy bytes without a declaration', () => {
    expect(errorOf(bytes(0x61, 0xe9), 'a.txt').message).toMatch(/^a\.txt is not valid UTF-8/)
  })
})

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html>', null, true],
    ['  \n<div class="a">x</div>', null, true],
    ['<article>x</article>', null, true],
    ['Plain text about 5 < 6.', null, false],
    ['x', 'text/html; charset=utf-8', true],
    ['<p>x</p>', 'text/plain', true],
  ])('%j (%s) → %s', (text, contentType, expected) => {
    expect(looksLikeHtml(text, contentType)).toBe(expected)
  })
})
