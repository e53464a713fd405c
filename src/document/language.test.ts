import { describe, expect, it } from 'vitest'
import { countLetters, detectLanguage } from './language.js'

describe('detectLanguage', () => {
  const cases: Array<[string, string]> = [
    ['Tank deliveries resume.', 'en'],
    ['Livraison de chars Leclerc.', 'fr'],
    ['Dassault Aviation livre des Rafale aux Émirats arabes unis.', 'fr'],
    ['Die Bundesregierung genehmigt weitere Panzerlieferungen an die Ukraine.', 'de'],
    ['El gobierno aprobó la venta de aviones de combate a Indonesia.', 'es'],
    ['Россия получила артиллерийские снаряды из Северной Кореи.', 'ru'],
    ['Україна отримала нові танки від союзників.', 'uk'],
    ['북한이 러시아에 포탄을 보냈다고 밝혔다', 'ko'],
    ['إيران ترسل طائرات مسيرة إلى روسيا', 'ar'],
    ['中国向俄罗斯出售武器装备', 'zh'],
  ]
  it.each(cases)('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected)
  })

  it.each(['', 'OK', 'Kyiv, AFP', '12 345 678 !!!', '— 2024 —'])(
    'returns und for too little text: %j',
    (text) => {
      expect(detectLanguage(text)).toBe('und')
    },
  )

  it('reads only a bounded sample of very long text', () => {
    const text = 'Les livraisons de munitions se poursuivent selon le ministère. '.repeat(20_000)
    expect(detectLanguage(text)).toBe('fr')
  })
})

describe('countLetters', () => {
  it('counts letters of any script and nothing else', () => {
    expect(countLetters('T-72, 1 000 obus')).toBe(5)
    expect(countLetters('한국은')).toBe(3)
  })
})
