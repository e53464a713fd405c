import fc from 'fast-check'
import he from 'he'
import { describe, expect, it } from 'vitest'
import { decodeEntities } from '../../src/document/decode-entities.js'
import { buildDocument, htmlToText, type Doc } from '../../src/document/index.js'
import type { HtmlText } from '../../src/document/html-to-text.js'
import { isArmsgraphError } from '../../src/errors.js'
import { htmlPageOf, SCRIPT_MARK, SEED_PAGES, STRUCTURAL_MARKS } from './html-arbitraries.js'
import { forbiddenCharacter, mutationsOf, timed, truncationsAt } from './mutate.js'

// The HTML path of src/document on random, structured and damaged pages: it never throws (an
// ArmsgraphError is the only error allowed anywhere in the pipeline), it never hangs, script
// content never becomes text, and normalised text carries no control or invisible character.
// Time limits are hang guards, far above what the inputs need (a few milliseconds each).
const HANG_MS = 2000

interface Outcome {
  page: HtmlText | null
  doc: Doc | null
  ms: number
}

/** htmlToText and buildDocument on one input; anything thrown must be an ArmsgraphError. */
function run(html: string): Outcome {
  const { value, ms } = timed(() => {
    try {
      return { page: htmlToText(html, 'https://www.example.org/a'), doc: null }
    } catch (e) {
      expect(isArmsgraphError(e), `htmlToText threw ${String(e)}`).toBe(true)
      return { page: null, doc: null }
    }
  })
  const built = timed(() => {
    try {
      return buildDocument({ content: html, isHtml: true })
    } catch (e) {
      expect(isArmsgraphError(e), `buildDocument threw ${String(e)}`).toBe(true)
      return null
    }
  })
  return { ...value, doc: built.value, ms: ms + built.ms }
}

/** The guarantees every input gets. */
function checkOutcome(html: string, limitMs = HANG_MS): Outcome {
  const out = run(html)
  expect(out.ms, `took ${Math.round(out.ms)} ms on ${html.length} characters`).toBeLessThan(limitMs)
  if (out.doc !== null) {
    expect(forbiddenCharacter(out.doc.text)).toBeNull()
    expect(out.doc.text).toBe(out.doc.text.normalize('NFC'))
    for (const s of out.doc.segments) {
      expect(0 <= s.start && s.start <= s.end && s.end <= out.doc.text.length).toBe(true)
    }
  }
  return out
}

/** For inputs whose `<script>` elements are well formed: their content never reaches the text. */
function checkNoScript(out: Outcome): void {
  expect(out.page?.text ?? '').not.toContain(SCRIPT_MARK)
  expect(out.page?.title ?? '').not.toContain(SCRIPT_MARK)
  expect(out.doc?.text ?? '').not.toContain(SCRIPT_MARK)
}

describe('htmlToText and buildDocument on random HTML', () => {
  it('random graphemes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (s) => {
        checkOutcome(s)
      }),
      { numRuns: 200, seed: 0x48544d4c },
    )
  })

  it('random code points, controls and lone surrogates included', () => {
    const units = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2000 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    )
    fc.assert(
      fc.property(units, (s) => {
        checkOutcome(s)
      }),
      { numRuns: 200, seed: 0x55544631 },
    )
  })

  it('structured pages: nested random tags and attributes, scripts, comments, CDATA', () => {
    fc.assert(
      fc.property(htmlPageOf(false), (html) => {
        checkNoScript(checkOutcome(html))
      }),
      { numRuns: 300, seed: 0x54524545 },
    )
  })

  it('structured pages with broken attributes: open quotes, bare and empty values', () => {
    fc.assert(
      fc.property(htmlPageOf(true), (html) => {
        checkOutcome(html)
      }),
      { numRuns: 200, seed: 0x51554f54 },
    )
  })

  it('mutated news pages: bit flips, truncation, duplicated and inserted fragments', () => {
    fc.assert(
      fc.property(mutationsOf(SEED_PAGES), (html) => {
        checkOutcome(html)
      }),
      { numRuns: 300, seed: 0x4d555441 },
    )
  })

  it('every seed page cut at every structural character, still without script text', () => {
    for (const seed of SEED_PAGES) {
      for (const prefix of truncationsAt(seed, STRUCTURAL_MARKS)) {
        const out = checkOutcome(prefix)
        // A cut inside a script element leaves an unclosed one: still code, never text.
        checkNoScript(out)
      }
    }
  })

  it('the seed pages give their article text, so the checks above are not vacuous', () => {
    const out = checkOutcome(SEED_PAGES[0] ?? '')
    expect(out.page?.text).toContain('second consignment of 155mm shells')
    expect(out.page?.title).toBe('Ministry confirms second artillery shipment')
    expect(out.page?.published).toBe('2024-05-02')
    checkNoScript(out)
  })
})

/** Hostile pages built by hand, each with a generous time limit for its size. */
const HOSTILE: Array<[string, () => string, number]> = [
  ['10 000 nested <div>', () => `${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`, 3000],
  ['10 000 unclosed <b>', () => `<p>${'<b>'.repeat(10_000)}bold`, 3000],
  ['10 000 nested <li> and <ul>', () => `${'<ul><li>'.repeat(10_000)}x`, 3000],
  ['a 1 MB attribute value', () => `<p title="${'a'.repeat(1_000_000)}">text</p>`, 3000],
  ['a 1 MB unclosed attribute value', () => `<p title="${'<b>'.repeat(350_000)}`, 3000],
  ['1 MB of attributes', () => `<p ${'a '.repeat(500_000)}>text</p>`, 3000],
  ['1 MB of stray "<"', () => '<'.repeat(1_000_000), 3000],
  ['1 MB of "&amp;"', () => `<p>${'&amp;'.repeat(200_000)}</p>`, 3000],
  // Before the DOM cost budget: 40 s in the DOM parser.
  ['4 MB of "&amp;"', () => `<p>${'&amp;'.repeat(800_000)}</p>`, 5000],
  [
    '20 000 tags of 20 attributes',
    () => `<p ${'a b c d e f g h i j '.repeat(2)}>x</p>`.repeat(20_000),
    5000,
  ],
  ['1 MB of numeric entities', () => '&#x0;&#9999999;&#xD800;'.repeat(45_000), 3000],
  ['1 MB of comments', () => '<!---->'.repeat(150_000), 3000],
  ['1 MB of unclosed comments', () => '<!--'.repeat(250_000), 3000],
  ['1 MB of CDATA', () => '<![CDATA[x]]>'.repeat(80_000), 3000],
  ['60 000 empty paragraphs', () => '<p></p>'.repeat(60_000), 3000],
  [
    '20 kB of 300-deep chains',
    () => `${'<div>a'.repeat(300)}${'</div>'.repeat(300)}`.repeat(8),
    3000,
  ],
  // Near the worst shape the budget still sends to Readability (0.5 to 3 s here): 10 s allowed.
  [
    '40 chains 100 deep, little text',
    () => `${'<div>'.repeat(100)}<p>x.</p>${'</div>'.repeat(100)}`.repeat(40),
    10_000,
  ],
  [
    '1 MB of 60-deep chains',
    () => `${'<div>'.repeat(60)}x${'</div>'.repeat(60)}`.repeat(1000),
    3000,
  ],
  ['1 MB of scripts', () => `<script>${SCRIPT_MARK}</script>`.repeat(35_000), 3000],
  ['unclosed script', () => `<p>before</p><script>${SCRIPT_MARK}`.repeat(2), 3000],
  ['a 1 MB JSON-LD graph', () => ldJsonPage(300_000), 3000],
]

function ldJsonPage(entries: number): string {
  const graph = `{"@graph":[${'1,'.repeat(entries)}{"datePublished":"2024-01-02"}]}`
  return `<html><head><script type="application/ld+json">${graph}</script></head><body><p>Body.</p></body></html>`
}

describe('htmlToText and buildDocument on hostile pages', () => {
  it.each(HOSTILE)('%s', (_name, make, limitMs) => {
    checkNoScript(checkOutcome(make(), limitMs))
  })

  it('keeps the metadata of a page with a huge JSON-LD graph', () => {
    expect(htmlToText(ldJsonPage(300_000)).published).toBe('2024-01-02')
  })

  it('decodes entities in pieces exactly as one he.decode call does', () => {
    const soup = fc
      .array(
        fc.constantFrom('&amp;', '&amp', '&notin;', '&notit;', '&#x41;', '&#65', '&', 'x', ' '),
        {
          minLength: 20_000,
          maxLength: 40_000,
        },
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(soup, (text) => {
        expect(decodeEntities(text)).toBe(he.decode(text))
      }),
      { numRuns: 20, seed: 0x454e5449 },
    )
  })

  it('keeps NFC when a removed character sat between a letter and its accent', () => {
    const doc = buildDocument({ content: '<p>Cafe\u0000\u0301 e\u00ad\u0301</p>', isHtml: true })
    expect(doc.text).toBe('Café é')
  })
})
