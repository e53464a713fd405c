import type { GraphEdge } from '../api/types'
import { breachMarkOf } from './network-elements'

/** "1 event", "3 events". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** "Iran → Russia": names when known, ids otherwise. */
export function pairLabel(
  edge: Pick<GraphEdge, 'supplier' | 'recipient'>,
  names: Map<string, string>,
): string {
  return `${names.get(edge.supplier) ?? edge.supplier} → ${names.get(edge.recipient) ?? edge.recipient}`
}

/** The breach part of a pair's summary, '' when there is none. */
export function breachLabel(edge: Pick<GraphEdge, 'breaches' | 'possible_breaches'>): string {
  const mark = breachMarkOf(edge)
  if (mark === 'breach') return '⚠ UN/EU breach'
  return mark === 'possible' ? 'possible breach' : ''
}

/**
 * One line per pair, as the edge list and tooltips print it.
 *
 * @example edgeSummary(edge, names) // 'Iran → Russia · 4 events · 9 sources · confirmed · ⚠ UN/EU breach'
 */
export function edgeSummary(edge: GraphEdge, names: Map<string, string>): string {
  const parts = [
    pairLabel(edge, names),
    plural(edge.events, 'event'),
    plural(edge.sources, 'source'),
    edge.certainty,
    breachLabel(edge),
  ]
  return parts.filter((p) => p !== '').join(' · ')
}
