import { describe, expect, it } from 'vitest'
import { PhraseLexicon } from './phrase-lexicon.js'
import { tokenize } from './tokenize.js'

function lexicon(): PhraseLexicon<string> {
  const lex = new PhraseLexicon<string>()
  lex.add('Korea', 'korea')
  lex.add('North Korea', 'KP')
  lex.add('US', 'US')
  lex.add('Patriot', 'patriot')
  lex.add('nord-coréen', 'KP-demonym')
  return lex
}

const found = (text: string) =>
  lexicon()
    .scan(tokenize(text))
    .map((m) => m.payloads.join('+'))

describe('PhraseLexicon', () => {
  it('takes the longest match first', () => expect(found('North Korea fired')).toEqual(['KP']))

  it('needs capitals where the form has them', () => {
    expect(found('the US and us')).toEqual(['US'])
    expect(found('a Patriot battery, a patriot')).toEqual(['patriot'])
  })

  it('matches accent-folded and hyphenated forms', () => {
    expect(found('un missile NORD-CORÉEN, un obus nord-coreen')).toEqual([
      'KP-demonym',
      'KP-demonym',
    ])
  })

  it('falls back to a shorter match when a longer one fails its case rule', () => {
    const lex = new PhraseLexicon<string>()
    lex.add('Kim', 'person')
    lex.add('Kim Jong Un', 'leader')
    expect(lex.scan(tokenize('Kim jong un')).map((m) => m.payloads[0])).toEqual(['person'])
  })

  it('with attached particles, starts Hangul forms at a word and "-" forms inside one', () => {
    const lex = new PhraseLexicon<string>({ attachedParticles: true })
    lex.add('북한', 'KP')
    lex.add('인도', 'IN')
    lex.add('-에', 'to')
    lex.add('-로부터', 'from')
    lex.add('안', 'not')
    const got = (text: string) => lex.scan(tokenize(text)).map((m) => m.payloads.join('+'))
    expect(got('북한로부터 인도에')).toEqual(['KP', 'from', 'IN', 'to'])
    // "안" (not) inside 안보 starts that word, but "에" standing alone is no particle.
    expect(got('안보 에')).toEqual(['not'])
    expect(got('남북한')).toEqual([])
  })
})
