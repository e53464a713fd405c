import fc from 'fast-check'

/**
 * Damage that real pages and feeds arrive with, applied to a seed document: flipped bits
 * (broken encodings, lone surrogates), truncation (a download cut short), fragments duplicated
 * or dropped (bad templates, retries), and markup splinters inserted anywhere.
 */
export type Edit =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; from: number; length: number; to: number; times: number }
  | { kind: 'delete'; from: number; length: number }
  | { kind: 'insert'; at: number; text: string }

/** Splinters that change how everything after them parses. */
export const SPLINTERS: readonly string[] = [
  ...['<', '>', '</', '/>', '"', "'", '=', '&', ';', '&#', '&#x', '&amp', '&#x0;', '&#9999999;'],
  ...['&#xD800;', '&nbsp', '&lol;', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<?'],
  ...['<script>', '</script>', '<style>', '<title>', '<textarea>', '<div>', '</div>', '<p>'],
  ...['<a href="javascript:alert(1)">', '<item>', '</item>', '<entry>', '<link>', '</channel>'],
  ...['\u0000', '\u0007', '\ud800', '\udfff', '\ufeff', '\u202e', '\r', '\u2028', 'é', '🚀'],
]

const position = fc.nat({ max: 1_000_000 })

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: position, bit: fc.nat({ max: 15 }) }),
  fc.record({ kind: fc.constant('truncate'), at: position }),
  fc.record({
    kind: fc.constant('duplicate'),
    from: position,
    length: fc.nat({ max: 400 }),
    to: position,
    times: fc.integer({ min: 1, max: 50 }),
  }),
  fc.record({ kind: fc.constant('delete'), from: position, length: fc.nat({ max: 200 }) }),
  fc.record({
    kind: fc.constant('insert'),
    at: position,
    text: fc.oneof(fc.constantFrom(...SPLINTERS), fc.string({ unit: 'binary', maxLength: 8 })),
  }),
) as fc.Arbitrary<Edit>

/** Positions wrap around the current length, so every edit applies to any text. */
export function applyEdit(text: string, e: Edit): string {
  const wrap = (n: number): number => n % (text.length + 1)
  switch (e.kind) {
    case 'flip': {
      if (text.length === 0) return text
      const at = e.at % text.length
      const flipped = String.fromCharCode(text.charCodeAt(at) ^ (1 << e.bit))
      return text.slice(0, at) + flipped + text.slice(at + 1)
    }
    case 'truncate':
      return text.slice(0, wrap(e.at))
    case 'duplicate': {
      const from = wrap(e.from)
      const piece = text.slice(from, from + e.length).repeat(e.times)
      const to = wrap(e.to)
      return text.slice(0, to) + piece + text.slice(to)
    }
    case 'delete': {
      const from = wrap(e.from)
      return text.slice(0, from) + text.slice(from + e.length)
    }
    case 'insert': {
      const at = wrap(e.at)
      return text.slice(0, at) + e.text + text.slice(at)
    }
  }
}

/** A seed with one to eight edits applied, in order. */
export function mutationsOf(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 8 }))
    .map(([seed, edits]) => edits.reduce(applyEdit, seed))
}

/**
 * Every prefix of `text` that ends just before or just after one of `marks`: a download cut
 * inside a tag, an attribute, an entity, a comment or a CDATA section.
 */
export function truncationsAt(text: string, marks: readonly string[]): string[] {
  const cuts = new Set<number>()
  for (const mark of marks) {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
      cuts.add(i)
      cuts.add(i + 1)
      cuts.add(i + mark.length)
    }
  }
  return [...cuts].sort((a, b) => a - b).map((at) => text.slice(0, at))
}

/** Wall time of one call, for hang guards only (STYLE §9 keeps real timings in bench/). */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

export async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await run()
  return { value, ms: performance.now() - started }
}

/**
 * The first character that normalised text must never contain (C0 and C1 controls other than
 * the newline, CR, tab, the removed invisibles and the line separators), described; or null.
 */
export function forbiddenCharacter(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const control = (c < 32 && c !== 10) || (c >= 0x7f && c <= 0x9f)
    const invisible = c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff
    const separator = c === 0x2028 || c === 0x2029
    if (control || invisible || separator) return `U+${c.toString(16).padStart(4, '0')} at ${i}`
  }
  return null
}
