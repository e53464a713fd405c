import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'

const texts = (s: string) => tokenize(s).map((t) => t.text)

describe('tokenize', () => {
  it.each([
    ['Russia delivered S-400 systems.', ['Russia', 'delivered', 'S', '-', '400', 'systems', '.']],
    ['livraisons d’armes', ['livraisons', 'd’', 'armes']],
    ["l'Iran", ["l'", 'Iran']],
    ["Russia's Wagner Group", ['Russia', "'s", 'Wagner', 'Group']],
    ['the Houthis’ drones', ['the', 'Houthis', '’', 'drones']],
    ['aujourd’hui', ['aujourd’hui']],
    ['U.S. officials', ['U.S.', 'officials']],
    ['$2.1 billion', ['$', '2', '.', '1', 'billion']],
    ['39,7 milliards', ['39', ',', '7', 'milliards']],
    ["'s", ["'s"]],
  ])('%s', (input, expected) => expect(texts(input)).toEqual(expected))

  it('reads Han and Hangul one character per token, with the words around them whole', () => {
    expect(texts('북한은 ICBM과')).toEqual(['북', '한', '은', 'ICBM', '과'])
    expect(texts('朝鲜向俄罗斯')).toEqual(['朝', '鲜', '向', '俄', '罗', '斯'])
    expect(texts('KN-24형')).toEqual(['KN', '-', '24', '형'])
    const text = '러시아로부터 100만 발'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('keeps the zero-width non-joiner inside a Persian word and out of its key', () => {
    const [t] = tokenize('موشک‌ها')
    expect(t?.text).toBe('موشک‌ها')
    expect(t?.key).toBe('موشكها')
  })

  it('folds Arabic-script spellings to one key', () => {
    const keys = (s: string) => tokenize(s).map((t) => t.key)
    expect(keys('إيران')).toEqual(keys('ايران'))
    expect(keys('ایران')).toEqual(keys('إيران')) // Persian yeh
    expect(keys('مسيّرة')).toEqual(keys('مسيرة')) // shadda
  })

  it('keeps offsets into the text and folds keys', () => {
    const text = 'La Corée du Nord'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(tokenize(text).map((t) => t.key)).toEqual(['la', 'coree', 'du', 'nord'])
  })

  it('keeps accents on short words, where French function words differ only by them', () => {
    expect(tokenize('à où a ou').map((t) => t.key)).toEqual(['à', 'où', 'a', 'ou'])
  })

  it('marks numbers, words, punctuation and capitals', () => {
    const [a, b, c] = tokenize('Kyiv 155 ,')
    expect([a?.kind, b?.kind, c?.kind]).toEqual(['word', 'number', 'punct'])
    expect([a?.isUpper, b?.isUpper]).toEqual([true, false])
  })
})
