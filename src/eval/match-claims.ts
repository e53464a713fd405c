import type { Transfer } from '../contract/extraction.js'
import type { GoldClaim } from './gold.js'
import { pairKey } from './pair-key.js'

export interface ClaimCounts {
  /** Gold claims matched by a predicted claim (same pair, stance and speaker country). */
  recalled: number
  total: number
  /** Predicted claims over all predicted transfers, matched or not. */
  predicted: number
  /** Recalled claims whose speaker name also matched (accents and case ignored). */
  name_matched: number
  /** Gold claims nobody matched, as "Name (CC) stance A->B", for --verbose. */
  missed: string[]
}

interface Candidate {
  key: string
  stance: string
  country: string | null
  name: string
  isUsed: boolean
}

/**
 * Matches gold claims to predicted claims one to one, so a single predicted US condemnation cannot
 * recall both Blinken's and the White House's. Same-name candidates are taken first so that
 * name_matched is not lowered by an unlucky greedy order.
 */
export function matchClaims(
  predicted: readonly Transfer[],
  gold: readonly GoldClaim[],
): ClaimCounts {
  const candidates = predicted.flatMap((t) =>
    t.claims.map((c) => ({
      key: pairKey(t.supplier.id, t.recipient.id),
      stance: c.stance,
      country: c.speaker.country,
      name: normaliseName(c.speaker.name),
      isUsed: false,
    })),
  )
  const pending = gold.filter((g) => !take(candidates, g, true))
  const nameMatched = gold.length - pending.length
  const missed = pending.filter((g) => !take(candidates, g, false))
  return {
    recalled: gold.length - missed.length,
    total: gold.length,
    predicted: candidates.length,
    name_matched: nameMatched,
    missed: missed.map(describeClaim),
  }
}

function take(candidates: Candidate[], g: GoldClaim, isNameRequired: boolean): boolean {
  const key = pairKey(g.supplier, g.recipient)
  const name = normaliseName(g.speaker)
  const hit = candidates.find(
    (c) =>
      !c.isUsed &&
      c.key === key &&
      c.stance === g.stance &&
      c.country === g.speaker_country &&
      (!isNameRequired || c.name === name),
  )
  if (hit) hit.isUsed = true
  return hit !== undefined
}

/** "Sergueï  Lavrov" and "sergueï lavrov" are the same speaker; transliterations are not. */
function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/u).join(' ').trim()
}

function describeClaim(g: GoldClaim): string {
  return `${g.speaker} (${g.speaker_country ?? '-'}) ${g.stance} ${pairKey(g.supplier, g.recipient)}`
}
