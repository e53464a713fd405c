import {
  CATEGORIES,
  type Category,
  type Certainty,
  type Claim,
  type Phase,
} from '../contract/extraction.js'
import type { DayWindow, Side } from '../kb/types.js'

/** One document's transfer with what consolidation needs to know about its document. */
export interface Member {
  documentId: string
  categories: Category[]
  phase: Phase
  certainty: Certainty
  window: DayWindow
  claims: Claim[]
  publisher: string | null
  publisherCountry: string | null
  language: string
  /** Publication day (or fetch day when the source gives none). */
  reported: string
}

/** The machine's view of an event, before any analyst review. */
export interface Aggregate {
  categories: Category[]
  phase: Phase
  certainty: Certainty
  contested: boolean
  window: DayWindow
  firstReported: string
  lastReported: string
  languages: string[]
  documents: number
  publishers: number
  sourceCountries: number
  claims: number
}

const PHASE_RANK: Record<Phase, number> = { sought: 0, agreed: 1, delivered: 2 }
const CERTAINTY_RANK: Record<Certainty, number> = { denied: 0, alleged: 1, confirmed: 2 }

/** Which side of the flow a speaker is on: by the state it speaks for, or by its own id. */
export function sideOf(claim: Pick<Claim, 'speaker'>, supplier: string, recipient: string): Side {
  const { country, id } = claim.speaker
  if (country === supplier || id === supplier) return 'supplier'
  if (country === recipient || id === recipient) return 'recipient'
  return 'third_party'
}

function orderedCategories(members: readonly Member[]): Category[] {
  const seen = new Set(members.flatMap((m) => m.categories))
  if (seen.size > 1) seen.delete('unspecified')
  if (seen.size === 0) seen.add('unspecified')
  return CATEGORIES.filter((c) => seen.has(c))
}

/** Distinct publishers; a document without a known publisher counts as a source of its own. */
function publisherCount(members: readonly Member[]): number {
  const known = new Set<string>()
  let unknown = 0
  for (const m of members) {
    if (m.publisher) known.add(m.publisher.trim().toLowerCase())
    else unknown++
  }
  return known.size + unknown
}

function mostAdvancedPhase(members: readonly Member[]): Phase {
  // Denied reports say what did not happen: they only set the phase when nothing else does.
  const standing = members.filter((m) => m.certainty !== 'denied')
  const pool = standing.length > 0 ? standing : members
  return pool.reduce<Phase>(
    (best, m) => (PHASE_RANK[m.phase] > PHASE_RANK[best] ? m.phase : best),
    'sought',
  )
}

/**
 * Folds an event's members into its summary. An official confirmation anywhere beats
 * "reportedly" elsewhere; a denial is not averaged away but kept as `contested` beside the
 * assertions, with the claims of each side listed by the reader.
 */
export function aggregateEvent(members: readonly Member[]): Aggregate {
  const certainty = members.reduce<Certainty>(
    (best, m) => (CERTAINTY_RANK[m.certainty] > CERTAINTY_RANK[best] ? m.certainty : best),
    'denied',
  )
  const claims = members.flatMap((m) => m.claims)
  const denied =
    members.some((m) => m.certainty === 'denied') || claims.some((c) => c.stance === 'denies')
  const asserted =
    members.some((m) => m.certainty !== 'denied') || claims.some((c) => c.stance === 'asserts')
  const days = members.map((m) => m.reported).sort()
  return {
    categories: orderedCategories(members),
    phase: mostAdvancedPhase(members),
    certainty,
    contested: denied && asserted,
    window: {
      start: members.reduce((s, m) => (m.window.start < s ? m.window.start : s), '9999-12-31'),
      end: members.reduce((e, m) => (m.window.end > e ? m.window.end : e), '0000-01-01'),
    },
    firstReported: days[0] ?? '',
    lastReported: days[days.length - 1] ?? '',
    languages: [...new Set(members.map((m) => m.language))].sort(),
    documents: new Set(members.map((m) => m.documentId)).size,
    publishers: publisherCount(members),
    sourceCountries: new Set(members.map((m) => m.publisherCountry).filter(Boolean)).size,
    claims: claims.length,
  }
}

/** Stable id: the pair and the smallest member document id, which no other event of the pair has. */
export function eventId(supplier: string, recipient: string, members: readonly Member[]): string {
  const anchor = members.reduce((min, m) => (m.documentId < min ? m.documentId : min), 'g')
  return `${supplier}-${recipient}-${anchor.slice(0, 12)}`
}
