import { describe, expect, it } from 'vitest'
import { segmentDocument } from './segment-document.js'

const FR1 =
  'Le ministère des Armées a confirmé mardi l’envoi de douze canons supplémentaires vers le front.'
const FR2 =
  'Moscou a dénoncé une nouvelle escalade et promis une réponse dans les prochaines semaines.'
const EN1 =
  'The defence ministry confirmed on Tuesday that twelve more howitzers had been shipped to the front.'

function texts(text: string): string[] {
  return segmentDocument(text).segments.map((s) => text.slice(s.start, s.end))
}

describe('segmentDocument', () => {
  it('takes line 1 as the title when a blank line follows it', () => {
    const text = `Pyongyang Sends Shells to Moscow\n\n${FR1}\n${FR2}`
    const doc = segmentDocument(text)
    expect(doc.title).toBe('Pyongyang Sends Shells to Moscow')
    expect(doc.segments.map((s) => [s.kind, s.language])).toEqual([
      ['title', 'en'],
      ['body', 'fr'],
      ['body', 'fr'],
    ])
    expect(texts(text)).toEqual(['Pyongyang Sends Shells to Moscow', FR1, FR2])
  })

  const noTitle: Array<[string, string]> = [
    ['no blank line after line 1', `Short heading\n${FR1}`],
    ['line 1 is too long', `${'Une très longue phrase. '.repeat(15)}\n\n${FR1}`],
    ['only one line', FR1],
  ]
  it.each(noTitle)('has no title when %s', (_name, text) => {
    const doc = segmentDocument(text)
    expect(doc.title).toBeNull()
    expect(doc.segments.every((s) => s.kind === 'body')).toBe(true)
  })

  it('gives short lines the language of the nearest detectable neighbour', () => {
    const text = `Titre\n\nPar Jeanne Exemple\n${FR1}\n${FR2}\n\nKyiv, 4 mars\n${EN1}`
    const langs = segmentDocument(text).segments.map((s) => [
      text.slice(s.start, s.end),
      s.language,
    ])
    expect(langs).toEqual([
      ['Titre', 'fr'],
      ['Par Jeanne Exemple', 'fr'],
      [FR1, 'fr'],
      [FR2, 'fr'],
      ['Kyiv, 4 mars', 'fr'],
      [EN1, 'en'],
    ])
  })

  it('falls back to the dominant language when no line is detectable alone', () => {
    const text = 'Livraison de chars\nLes obus sont arrivés\nLe ministre a confirmé'
    const doc = segmentDocument(text)
    expect(doc.segments.map((s) => s.language)).toEqual(['fr', 'fr', 'fr'])
  })

  it('trims spaces from segment offsets and skips blank lines', () => {
    const text = `  ${FR1}  \n   \n\t${FR2}`
    expect(texts(text)).toEqual([FR1, FR2])
  })

  it('returns nothing for empty or blank text', () => {
    expect(segmentDocument('')).toEqual({ title: null, segments: [] })
    expect(segmentDocument('\n \n')).toEqual({ title: null, segments: [] })
  })

  it('stays linear on many short lines', () => {
    const text = '42\n'.repeat(100_000)
    const doc = segmentDocument(text)
    expect(doc.segments).toHaveLength(100_000)
    expect(doc.segments[99_999]?.language).toBe('und')
  })
})
