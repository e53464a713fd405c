import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LoadedData } from '../../src/data/index.js'
import { loadData } from '../../src/data/index.js'
import { buildDocument } from '../../src/document/index.js'
import { extract } from '../../src/extract/index.js'
import { spanProblems } from '../helpers/span-problems.js'
import { forbiddenCharacter, timed } from './mutate.js'

// extract() on hostile text, beyond extract.property.test.ts: megabyte tokens, a hundred thousand
// sentences of lexicon words, mixed scripts with bidi and zero-width characters, runs of quotes
// and brackets. It never throws, finishes in bounded time (limits are hang guards, far above the
// real cost), and every span lies inside the normalised text.
let data: LoadedData

beforeAll(() => {
  data = loadData()
})

function checkHostile(text: string, limitMs: number): number {
  const { value: out, ms } = timed(() => extract(text, data))
  expect(ms, `took ${Math.round(ms)} ms on ${text.length} characters`).toBeLessThan(limitMs)
  const normalised = buildDocument({ content: text }).text
  expect(forbiddenCharacter(normalised)).toBeNull()
  expect(spanProblems(out, normalised)).toEqual([])
  return out.transfers.length
}

const LEXICON = [
  ...['Russia', 'Iran', 'North Korea', 'la Russie', 'Corée du Nord', 'Hezbollah', 'the Kremlin'],
  ...['delivered', 'supplied', 'a livré', 'livraisons', 'shells', 'obus', 'drones', 'Shahed-136'],
  ...['to', 'from', 'à', 'de', 'by', 'par', 'denied', 'a démenti', 'reportedly', 'selon'],
]
const SCRIPTS = [
  ...[
    '\u0627\u0644\u0639\u0631\u0627\u0642',
    '\u05d9\u05e9\u05e8\u05d0\u05dc',
    '\u0420\u043e\u0441\u0441\u0438\u044f',
  ],
  ...[
    '\u5317\u671d\u9c9c',
    '\ud55c\uad6d',
    '\u0e44\u0e17\u0e22',
    '\u0939\u093f\u0928\u094d\u0926\u0940',
  ],
  ...['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b'],
  ...['\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\u00ad'],
]
const BRACKETS = ['"', '“', '”', '«', '»', '‹', '›', "'", '’', '(', ')', '[', ']', '{', '}', '—']

describe('extract() on hostile text', () => {
  it('mixed scripts, right-to-left text, bidi controls and zero-width characters', () => {
    const text = fc
      .array(fc.constantFrom(...LEXICON, ...SCRIPTS, ...BRACKETS, ' ', '. ', '\n'), {
        maxLength: 300,
      })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (t) => {
        checkHostile(t, 2000)
      }),
      { numRuns: 200, seed: 0x42494449 },
    )
  })

  it('runs of quotes and brackets around lexicon words', () => {
    const run = fc
      .tuple(fc.constantFrom(...BRACKETS), fc.integer({ min: 1, max: 3000 }))
      .map(([b, n]) => b.repeat(n))
    const text = fc
      .array(fc.oneof(run, fc.constantFrom(...LEXICON, ' ')), { maxLength: 40 })
      .map((parts) => parts.join(' '))
    fc.assert(
      fc.property(text, (t) => {
        checkHostile(t, 3000)
      }),
      { numRuns: 100, seed: 0x51554f54 },
    )
  })

  it.each([
    ['1 MB without a space', () => 'RussiadeliveredshellstoIran'.repeat(37_000)],
    ['1 MB of one letter', () => 'a'.repeat(1_000_000)],
    ['1 MB of digits', () => '1'.repeat(1_000_000)],
    ['1 MB of hyphens and dots', () => '-.'.repeat(500_000)],
    ['100 000 opening brackets', () => '('.repeat(100_000)],
    ['100 000 quotes', () => '"'.repeat(100_000)],
    ['50 000 guillemet pairs', () => '« » '.repeat(50_000)],
    ['100 000 zero-width joiners', () => `Russia${'\u200d'.repeat(100_000)}Iran`],
    ['50 000 bidi overrides around words', () => '\u202eRussia\u202c '.repeat(50_000)],
  ])('%s', (_name, make) => {
    checkHostile(make(), 10_000)
  })

  it('100 000 sentences of lexicon words, in paragraphs of 50', () => {
    const paragraph = 'Russia delivered shells to Iran. '.repeat(50)
    const found = checkHostile(`${paragraph}\n\n`.repeat(2000), 30_000)
    expect(found).toBeGreaterThan(0)
  })

  // Node 20's Intl.Segmenter takes time quadratic in its input (20 000 sentences: 10 s; 100 000:
  // minutes); split-sentences segments long paragraphs in windows.
  it('100 000 sentences of lexicon words in one paragraph', () => {
    checkHostile('Russia delivered shells to Iran. '.repeat(100_000), 30_000)
  })
})
