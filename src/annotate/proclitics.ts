import { foldKey } from './fold.js'
import type { Token } from './types.js'

// Arabic writes its conjunctions, prepositions and article onto the next word: "لروسيا" (to
// Russia), "وإيران" (and Iran), "بالصواريخ" (with the missiles), "للحوثيين" (to the Houthis,
// where li- + al- drops the alef). A word is cut after such a prefix only when the rest starts a
// known phrase and the whole word does not, so "لبنان" stays Lebanon.

/** Written prefix → what the rest's key starts with ("لل" → "ال": the article's elided alef). */
export type ProcliticTable = Readonly<Record<string, string>>

export interface ProcliticSplitter {
  split(tokens: readonly Token[]): Token[]
}

// Shorter rests are too often whole words of their own.
const MIN_REST = 2

export function procliticSplitter(
  table: ProcliticTable,
  startsPhrase: (key: string) => boolean,
): ProcliticSplitter | null {
  const prefixes = Object.keys(table).sort((a, b) => b.length - a.length)
  if (prefixes.length === 0) return null
  const cut = (t: Token): Token[] | null => {
    if (t.kind !== 'word' || startsPhrase(t.key)) return null
    for (const p of prefixes) {
      if (!t.text.startsWith(p) || t.text.length - p.length < MIN_REST) continue
      const rest = t.text.slice(p.length)
      const key = (table[p] ?? '') + foldKey(rest)
      if (!startsPhrase(key)) continue
      const mid = t.start + p.length
      return [
        { ...t, text: p, key: foldKey(p), end: mid },
        { ...t, text: rest, key, start: mid },
      ]
    }
    return null
  }
  return {
    split(tokens) {
      const out: Token[] = []
      for (const t of tokens) {
        const parts = cut(t)
        if (parts) out.push(...parts)
        else out.push(t)
      }
      return out
    },
  }
}
