import type { Prng } from './prng.js'

/** A sentence template: draws its slots from the PRNG and returns one sentence. */
export type Template = (r: Prng) => string

/**
 * The sentence kinds a generated article is made of, for one language. Transfer sentences are
 * what the extractor looks for; filler carries no transfer, and some of it is deliberately close
 * (exercises, parades, troop moves) so a benchmark also exercises the negative paths.
 */
export interface NewsLanguage {
  code: 'en' | 'fr'
  headline: Template[]
  transfer: Template[]
  filler: Template[]
}

/** "the United States" → "The United States" at the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** 12345 → "12,345" (English) or "12 345" with the given space (French). */
export function groupThousands(n: number, separator: string): string {
  const digits = String(n)
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    const fromEnd = digits.length - i
    out += (i > 0 && fromEnd % 3 === 0 ? separator : '') + digits.charAt(i)
  }
  return out
}

export const FIRST_NAMES = ['Anna', 'Marek', 'Leila', 'Tomas', 'Ines', 'Jae-won', 'Oleg', 'Claire']
export const LAST_NAMES = ['Varga', 'Okoro', 'Lindqvist', 'Haddad', 'Moreau', 'Park', 'Demir']

/** An invented person: the corpus never puts words in a real official's mouth. */
export function person(r: Prng): string {
  return `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`
}
