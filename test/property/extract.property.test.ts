import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { newsEn } from '../helpers/news-en.js'
import { newsFr } from '../helpers/news-fr.js'
import { prng } from '../helpers/prng.js'
import { spanProblems } from '../helpers/span-problems.js'
import { insertAt, trickyText, trickyToken } from '../helpers/tricky-text.js'
import { genArticle } from '../../scripts/gen-corpus.js'
import { ExtractionSchema } from '../../src/contract/extraction.js'
import type { DocumentInput, ExtractOptions } from '../../src/extract/types.js'
import { loadData } from '../../src/data/index.js'
import { buildDocument } from '../../src/document/index.js'
import { extract } from '../../src/extract/index.js'

// STYLE §6 and §9: extract() never throws on any string, every offset points into the text it
// worked on, and the same input gives the same output.
const RUNS = 300
let data: ReturnType<typeof loadData>

beforeAll(() => {
  data = loadData()
})

/** The text extract() works on: offsets in its output point into this string. */
function normalised(input: DocumentInput | string): string {
  return buildDocument(typeof input === 'string' ? { content: input } : input).text
}

/** Runs extract twice and checks the contract, the offsets and determinism. */
function checkExtract(input: DocumentInput | string, opts?: ExtractOptions): number {
  const first = extract(input, data, opts)
  expect(ExtractionSchema.safeParse(first).error).toBeUndefined()
  expect(spanProblems(first, normalised(input))).toEqual([])
  expect(extract(input, data, opts)).toStrictEqual(first)
  return first.transfers.length
}

/** Every golden input.txt, all languages (our own sentences). */
function goldenInputs(): string[] {
  const root = new URL('../golden/', import.meta.url)
  const out: string[] = []
  for (const lang of readdirSync(root).filter((d) => /^[a-z]{2}$/.test(d)))
    for (const slug of readdirSync(new URL(`${lang}/`, root)))
      out.push(readFileSync(new URL(`${lang}/${slug}/input.txt`, root), 'utf8'))
  return out
}

const news = fc
  .tuple(fc.integer(), fc.constantFrom(newsEn, newsFr))
  .map(([seed, lang]) => genArticle(lang, prng(seed), 1))

const published = fc.option(
  fc.constantFrom('2024', '2023-10', '2023-10-26', '1999-12-31', '2024-02-29'),
)

describe('extract() properties', () => {
  it('holds for arbitrary printable strings (graphemes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        checkExtract(s)
      }),
      { numRuns: RUNS },
    )
  })

  it('holds for arbitrary code points, controls included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        checkExtract(s)
      }),
      { numRuns: RUNS },
    )
  })

  it('holds for texts mixed from tricky tokens', () => {
    fc.assert(
      fc.property(trickyText, (s) => {
        checkExtract(s)
      }),
      { numRuns: RUNS },
    )
  })

  it('holds for news articles with tricky tokens spliced in, as DocumentInput', () => {
    const inserts = fc.array(fc.tuple(fc.nat(), trickyToken), { maxLength: 6 })
    fc.assert(
      fc.property(news, inserts, published, fc.boolean(), (article, extra, date, explain) => {
        const input = { content: insertAt(article.text, extra), published: date }
        checkExtract(input, { explain })
      }),
      { numRuns: RUNS },
    )
  })

  it('holds for HTML input and odd metadata', () => {
    const html = fc
      .tuple(news, fc.array(trickyToken, { maxLength: 4 }))
      .map(
        ([a, extra]) => `<html><body><h1>x</h1><p>${a.text}</p>${extra.join('<p>')}</body></html>`,
      )
    const meta = fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }))
    fc.assert(
      fc.property(html, meta, meta, (content, title, url) => {
        checkExtract({ content, isHtml: true, title, url })
      }),
      { numRuns: 100 },
    )
  })

  it('holds for our texts in every language, cut and spliced with other scripts', () => {
    // Our golden inputs of every language: a random cut, with particles, ZWNJ, Arabic-Indic
    // digits, full-width marks and tokens of other scripts spliced in at random places.
    const texts = goldenInputs()
    const splice = fc.constantFrom(
      '은',
      '-로부터',
      '\u200c',
      '٣٠٠',
      '۱٬۵۰۰',
      '，',
      '。',
      'لل',
      'و',
      '100万',
      'Росії',
      '‌های',
      '\u0640',
      'ـ',
      '북',
      '에 대한',
      '被',
      '،',
      '؟',
    )
    const cut = fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        cut,
        fc.array(fc.tuple(fc.nat(), fc.oneof(splice, trickyToken)), { maxLength: 6 }),
        (text, [a, b], extra) => {
          const from = (a ?? 0) % (text.length + 1)
          const to = from + ((b ?? 0) % (text.length + 1 - from)) || text.length
          checkExtract(insertAt(text.slice(from, to), extra))
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('finds transfers in generated news, so the span checks are not vacuous', () => {
    let found = 0
    for (let seed = 1; seed <= 40; seed++) {
      found += checkExtract(genArticle(seed % 2 ? newsEn : newsFr, prng(seed), seed).text)
    }
    expect(found).toBeGreaterThan(0)
  })

  it('the span checker itself reports a span whose text is not the slice', () => {
    const sentence = 'Russia has delivered 300 artillery shells to Belarus, the Kremlin said.'
    const out = extract(sentence, data)
    expect(out.transfers.length).toBeGreaterThan(0)
    const broken = structuredClone(out)
    broken.document.segments.push({ kind: 'body', language: 'en', start: 5, end: 999 })
    broken.warnings.push({ code: 'x', message: 'x', span: { start: 3, end: 1 } })
    const text = normalised(sentence)
    expect(spanProblems(out, text)).toEqual([])
    expect(spanProblems(broken, text)).toHaveLength(2)
    // Shifted by one character, every span that carries text points at the wrong letters.
    expect(spanProblems(out, `_${text}`).length).toBeGreaterThan(0)
  })

  it.each([
    ['10k × "de la "', 'de la '.repeat(10_000)],
    ['one 100k-letter word', 'a'.repeat(100_000)],
    ['10k guillemets', '« '.repeat(10_000)],
    ['5k grouped numbers', '1\u202f000 obus '.repeat(5_000)],
    ['lone surrogates', '\ud800\udc00\udc00\ud800'.repeat(5_000)],
    ['50k newlines', '\n'.repeat(50_000)],
    ['10k sentences without spaces', 'U.S.'.repeat(10_000)],
    ['empty', ''],
    ['only whitespace', ' \t\u00a0\u2028 '],
  ])('holds for a large or degenerate input: %s', (_name, text) => {
    checkExtract(text)
  })
})
