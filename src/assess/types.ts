import type { Category } from '../contract/extraction.js'
import type { EmbargoInstrumentT } from '../data/embargo-schema.js'

/** A transfer to assess: real (an event) or hypothetical (`armsgraph assess`). */
export interface AssessQuery {
  /** Actor ids as the extractor gives them: ISO alpha-2 for states, slugs for groups. */
  supplier: string
  recipient: string
  /** A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or an inclusive range of them. */
  date: string | { start: string; end: string }
  /** Empty means unknown, as does 'unspecified'. */
  categories: readonly Category[]
}

export type ViolationStatus = 'breach' | 'possible'

/** The `assess --format json` item (issue [3]). */
export interface Violation {
  body: 'UN' | 'EU'
  instrument: string
  provision: string
  status: ViolationStatus
  disputed: boolean
  reason: string
  source: string
}

/** Embargo rules ready to apply. */
export interface Rules {
  /** Short hash of data/embargoes.yaml: stored assessments older than it are recomputed. */
  version: string
  instruments: EmbargoInstrumentT[]
  euMembers: Record<string, { from: string; until: string | null }>
  /** Armed group id → the state it is based in (data/entities/groups.yaml). */
  groupBase: Record<string, string | null>
  /** Every known actor id (states and groups), to refuse unknown ones. */
  actors: ReadonlySet<string>
  /** Display names of states and groups, for reasons. */
  names: Record<string, string>
}
