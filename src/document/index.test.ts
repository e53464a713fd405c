import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildDocument, mergeSegments } from './index.js'

const EN_TITLE = 'Pyongyang Ships More Shells to Moscow'
const FR1 =
  'Séoul, Washington et Tokyo ont condamné jeudi les livraisons de munitions nord-coréennes à la Russie.'
const FR2 =
  'Le ministre russe a rejeté ces accusations, estimant que les Américains n’avaient apporté aucune preuve.'
const EN1 =
  'A White House spokesman said more than a thousand containers had already been delivered by rail.'

describe('buildDocument on plain text', () => {
  const text = `${EN_TITLE}\r\n\r\n${FR1}\r\n\r\n\r\n${FR2}\n${EN1}\n`
  const doc = buildDocument({
    content: text,
    url: 'https://example.org/a',
    published: '2023-10-13',
  })

  it('normalises the text and hashes it for the id', () => {
    expect(doc.text).toBe(`${EN_TITLE}\n\n${FR1}\n\n${FR2}\n${EN1}`)
    expect(doc.id).toBe(createHash('sha256').update(doc.text).digest('hex'))
  })

  it('keeps the caller metadata', () => {
    expect(doc).toMatchObject({
      title: EN_TITLE,
      url: 'https://example.org/a',
      published: '2023-10-13',
    })
  })

  it('detects an English headline over a mostly French body', () => {
    expect(doc.language).toBe('fr')
    expect(doc.segments.map((s) => `${s.kind}:${s.language}`)).toEqual([
      'title:en',
      'body:fr',
      'body:fr',
      'body:en',
    ])
  })

  it('merges consecutive same-language paragraphs for output', () => {
    const merged = mergeSegments(doc)
    expect(merged.map((s) => [s.kind, s.language, doc.text.slice(s.start, s.end)])).toEqual([
      ['title', 'en', EN_TITLE],
      ['body', 'fr', `${FR1}\n\n${FR2}`],
      ['body', 'en', EN1],
    ])
  })

  it('gives the same id to the same text from two sources', () => {
    const again = buildDocument({ content: `${EN_TITLE}\n\n${FR1}\n\n${FR2}\n${EN1}` })
    expect(again.id).toBe(doc.id)
  })
})

describe('buildDocument on HTML', () => {
  const html = `<html lang="fr"><head><title>Des obus pour Moscou</title>
    <meta property="og:site_name" content="Exemple Info">
    <meta property="article:published_time" content="2023-10-12T20:00:00Z"></head>
    <body><nav>Menu</nav><article><h1>Des obus pour Moscou</h1><p>${FR1}</p><p>${FR2}</p></article></body></html>`

  it('puts the title on line 1 followed by a blank line', () => {
    const doc = buildDocument({ content: html, isHtml: true })
    expect(doc.text).toBe(`Des obus pour Moscou\n\n${FR1}\n\n${FR2}`)
    expect(doc).toMatchObject({ title: 'Des obus pour Moscou', published: '2023-10-12' })
    expect(doc.publisher).toBe('Exemple Info')
    expect(doc.segments[0]).toMatchObject({ kind: 'title', start: 0, end: 20 })
  })

  it('lets caller metadata win over the page', () => {
    const doc = buildDocument({
      content: html,
      isHtml: true,
      title: 'Autre titre',
      published: '2023',
    })
    expect(doc.text.startsWith('Autre titre\n\n')).toBe(true)
    expect(doc.published).toBe('2023')
  })
})

describe('buildDocument never throws', () => {
  it.each(['', '   ', '\u0000\u0001', '<<<', '\n\n\n', 'x'])('on %j', (content) => {
    const doc = buildDocument({ content })
    expect(doc.id).toMatch(/^[\da-f]{64}$/)
    expect(typeof doc.language).toBe('string')
  })

  it('on HTML garbage', () => {
    expect(() => buildDocument({ content: '<div'.repeat(10_000), isHtml: true })).not.toThrow()
  })

  it('prepends a feed title to plain text that lacks it', () => {
    const doc = buildDocument({ content: FR1, title: 'Titre du flux' })
    expect(doc.text).toBe(`Titre du flux\n\n${FR1}`)
    expect(doc.segments[0]?.kind).toBe('title')
  })
})
