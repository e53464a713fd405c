import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences.js'

const FR = new Set(['m', 'mme', 'dr'])
const EN = new Set(['mr', 'capt', 'gen'])

function split(text: string, lang: string, abbr: ReadonlySet<string>): string[] {
  return splitSentences(text, 0, text.length, lang, abbr).map(([s, e]) => text.slice(s, e))
}

describe('splitSentences', () => {
  it('does not break after an abbreviation or an initial', () => {
    expect(split('M. Lavrov a démenti. Le Kremlin aussi.', 'fr', FR)).toEqual([
      'M. Lavrov a démenti.',
      'Le Kremlin aussi.',
    ])
    expect(split('Capt. Jeff Davis spoke. Antony J. Blinken agreed.', 'en', EN)).toEqual([
      'Capt. Jeff Davis spoke.',
      'Antony J. Blinken agreed.',
    ])
  })

  it('gives a closing guillemet back to the sentence it closes', () => {
    const out = split(
      '« Nous livrerons des obus. Ce n’est qu’un début. » Mme Martin a confirmé.',
      'fr',
      FR,
    )
    expect(out[1]).toBe('Ce n’est qu’un début. »')
    expect(out[2]).toBe('Mme Martin a confirmé.')
  })

  it('keeps a line without an inner sentence end whole', () => {
    expect(split('North Korea Ramps up Arms Sales to Russia', 'en', EN)).toEqual([
      'North Korea Ramps up Arms Sales to Russia',
    ])
  })

  it('never loses text: ranges are ordered and inside the input', () => {
    const text = 'Dr. A. B. went. Then... what? Yes! Done'
    let last = 0
    for (const [s, e] of splitSentences(text, 0, text.length, 'en', EN)) {
      expect(s).toBeGreaterThanOrEqual(last)
      expect(e).toBeLessThanOrEqual(text.length)
      last = e
    }
  })

  it('splits a paragraph longer than one segmenter window exactly as the sentences were written', () => {
    // Cuts between windows must neither split nor merge sentences, abbreviations included.
    const sentences = [
      'M. Lavrov a nié toute livraison.',
      'La Russie a reçu des obus nord-coréens.',
      '« Nous livrerons des obus. »',
      'Pourquoi ?',
      'Selon Mme Martin, 1,5 million de munitions ont été livrées.',
      'Dr. Kim a confirmé !',
    ]
    const written: string[] = []
    for (let i = 0; i < 2000; i++)
      written.push(sentences[(i * 7 + (i >> 3)) % sentences.length] ?? '')
    expect(split(written.join(' '), 'fr', FR)).toEqual(written)
  })
})
