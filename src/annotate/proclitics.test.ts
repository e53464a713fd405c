import { describe, expect, it } from 'vitest'
import { procliticSplitter } from './proclitics.js'
import { tokenize } from './tokenize.js'

const known = new Set(['روسيا', 'ايران', 'الحوثيين', 'لبنان', 'الصواريخ'])
const splitter = procliticSplitter({ و: '', ل: '', ب: '', لل: 'ال', وب: '' }, (k) => known.has(k))

const cut = (s: string) => splitter?.split(tokenize(s)).map((t) => `${t.text}|${t.key}`)

describe('procliticSplitter', () => {
  it('cuts a prefix off a known word, keeping offsets', () => {
    expect(cut('لروسيا وإيران')).toEqual(['ل|ل', 'روسيا|روسيا', 'و|و', 'إيران|ايران'])
    const text = 'أرسل لروسيا'
    for (const t of splitter?.split(tokenize(text)) ?? [])
      expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('restores the article that li- elides', () => {
    expect(cut('للحوثيين')).toEqual(['لل|لل', 'حوثيين|الحوثيين'])
  })

  it('takes the longest prefix that leaves a known rest', () => {
    expect(cut('وبالصواريخ')).toEqual(['وب|وب', 'الصواريخ|الصواريخ'])
  })

  it('leaves a word that is known whole, or whose rest is unknown', () => {
    expect(cut('لبنان')).toEqual(['لبنان|لبنان'])
    expect(cut('وزير')).toEqual(['وزير|وزير'])
  })

  it('is off without a table', () => {
    expect(procliticSplitter({}, () => true)).toBeNull()
  })
})
