import type { Statement } from './build-statements.js'

// A 50 MB document may state "Norway supplies shells to Ukraine" a hundred thousand times. Past
// a few dozen statements of one direction with the same phase, certainty and negation, a new one
// adds nothing but a count, so it is counted and not kept: memory stays bounded by the number of
// distinct things said, not by the length of the text.

const KEEP_PER_KIND = 50

function kinds(st: Statement): string[] {
  const m = st.modality
  const tail = `${m.phase}|${m.certainty}|${m.isNegated}|${st.sentence.segment}`
  const out: string[] = []
  for (const s of st.suppliers)
    for (const r of st.recipients)
      if (s.actor.party !== r.actor.party) out.push(`${s.actor.party}>${r.actor.party}|${tail}`)
  return out
}

export interface RepeatLimiter {
  /** Whether to keep the statement; a dropped one is counted against its directions. */
  keep(st: Statement): boolean
  /** Sentences dropped per "supplier>recipient", to add to evidence_total. */
  dropped: Map<string, Set<number>>
}

export function repeatLimiter(): RepeatLimiter {
  const seen = new Map<string, number>()
  const dropped = new Map<string, Set<number>>()
  return {
    dropped,
    keep(st) {
      const ks = kinds(st)
      if (ks.length === 0) return true // partial statements are few and needed for attachment
      const full = ks.every((k) => (seen.get(k) ?? 0) >= KEEP_PER_KIND)
      for (const k of ks) seen.set(k, (seen.get(k) ?? 0) + 1)
      if (!full) return true
      for (const k of ks) {
        const pair = k.slice(0, k.indexOf('|'))
        let set = dropped.get(pair)
        if (!set) dropped.set(pair, (set = new Set()))
        set.add(st.sentence.index)
      }
      return false
    },
  }
}
