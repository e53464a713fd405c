import { describe, expect, it } from 'vitest'
import { countLetters, detectLanguage, mayDiffer } from './language.js'

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
    ['ایران به روسیه پهپاد فرستاده است', 'fa'],
    ['وزارت دفاع آمریکا فروش موشک را تایید کرد', 'fa'],
    ['پاکستان نے چین سے لڑاکا طیارے خریدے ہیں', 'ur'],
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

describe('mayDiffer', () => {
  it('keeps lines of a body in its own script, and checks lines in another', () => {
    expect(mayDiffer('أرسلت إيران طائرات مسيرة إلى روسيا', 'ar')).toBe(false)
    expect(mayDiffer('ایران به روسیه پهپاد داده است', 'ar')).toBe(true)
    expect(mayDiffer('北韩向俄罗斯运送了炮弹', 'zh')).toBe(false)
    expect(mayDiffer('북한이 러시아에 포탄을 보냈다', 'ko')).toBe(false)
    expect(mayDiffer('The White House said so.', 'ko')).toBe(true)
    expect(mayDiffer('Україна отримала танки', 'uk')).toBe(false)
  })
})
