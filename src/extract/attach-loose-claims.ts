import type { AnnotatedSentence } from '../annotate/index.js'
import type { Stance } from '../contract/extraction.js'
import type { DocumentContext } from './build-statements.js'
import type { Draft, PartiesNear } from './consolidate-statements.js'
import { findSpeakers, type SentenceClaims } from './find-speakers.js'

// "Peskov condemned the decision." "Iran denied the accusations." A reaction often comes in a
// sentence of its own that names no transfer. It is about the transfer the document is about,
// when that can be told: the only one, or the only one whose parties are named nearby.

/** A claim made in a sentence that states no transfer. */
export interface LooseClaim {
  sentence: { index: number; start: number; end: number }
  claims: SentenceClaims
}

// Assertions are everywhere in news; only a reaction is safely about the document's transfer.
const REACTIONS: ReadonlySet<Stance> = new Set(['denies', 'condemns', 'doubts'])

export function looseClaim(s: AnnotatedSentence, ctx: DocumentContext): LooseClaim | null {
  if (s.segment !== 'body') return null
  const claims = findSpeakers(s, ctx.data, ctx.lastSpeakers)
  if (!claims || !REACTIONS.has(claims.stance)) return null
  return { sentence: { index: s.index, start: s.start, end: s.end }, claims }
}

function pick(drafts: Draft[], keep: (d: Draft) => boolean): Draft[] {
  const kept = drafts.filter(keep)
  return kept.length > 0 ? kept : drafts
}

/** Attaches each loose claim to the one transfer it can be about, if there is one. */
export function attachLooseClaims(drafts: Draft[], loose: LooseClaim[], near: PartiesNear): void {
  const body = drafts.filter((d) => !d.isHeadlineOnly)
  for (const c of loose) {
    const parties = near(c.sentence.index)
    const countries = new Set(c.claims.speakers.map((s) => s.speaker.country))
    let cands = pick(
      body,
      (d) => parties.has(d.supplier.party ?? '') || parties.has(d.recipient.party ?? ''),
    )
    if (cands.length > 1 && c.claims.stance === 'denies')
      cands = pick(
        cands,
        (d) => countries.has(d.supplier.party) || countries.has(d.recipient.party),
      )
    if (cands.length === 1 && cands[0]) cands[0].looseClaims.push(c)
  }
}
