import { ArmsgraphError } from '../errors.js'
import type { EventSummary } from '../kb/types.js'
import type { ActorNode } from './actor-nodes.js'
import type { Source } from './source.js'

/** Attribute types both GraphML and GEXF know, under their GEXF names. */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean'

export interface GraphAttribute<T> {
  name: string
  type: AttributeType
  value: (x: T) => string | number | boolean
}

/** Node attributes besides the label, which both formats carry in a place of its own. */
export const NODE_ATTRIBUTES: readonly GraphAttribute<ActorNode>[] = [
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'events_out', type: 'integer', value: (n) => n.events_out },
  { name: 'events_in', type: 'integer', value: (n) => n.events_in },
]

/** Edge attributes besides the label and the weight (the number of documents). */
export const EDGE_ATTRIBUTES: readonly GraphAttribute<EventSummary>[] = [
  { name: 'event_id', type: 'string', value: (e) => e.id },
  { name: 'categories', type: 'string', value: (e) => e.categories.join(';') },
  { name: 'phase', type: 'string', value: (e) => e.phase },
  { name: 'certainty', type: 'string', value: (e) => e.certainty },
  { name: 'contested', type: 'boolean', value: (e) => e.contested },
  { name: 'window_start', type: 'string', value: (e) => e.window.start },
  { name: 'window_end', type: 'string', value: (e) => e.window.end },
  { name: 'documents', type: 'integer', value: (e) => e.counts.documents },
  { name: 'publishers', type: 'integer', value: (e) => e.counts.publishers },
  { name: 'source_countries', type: 'integer', value: (e) => e.counts.source_countries },
]

// "delivered: ammunition, missiles" — what a graph tool shows on the arrow.
export function edgeLabel(e: EventSummary): string {
  return `${e.phase}: ${e.categories.join(', ')}`
}

/**
 * Second pass of a graph export: the events again, each checked against the nodes written in
 * the first pass, since an edge to a node that is not in the file breaks the import.
 */
export async function* checkedEdges(
  events: Source<EventSummary>,
  nodes: readonly ActorNode[],
): AsyncGenerator<EventSummary> {
  const ids = new Set(nodes.map((n) => n.id))
  for await (const e of events) {
    for (const actor of [e.supplier, e.recipient]) {
      if (ids.has(actor.id)) continue
      throw new ArmsgraphError(
        'ERR_INTERNAL',
        `event ${e.id} names actor ${actor.id}, which the first pass over the events did not see; the events changed during the export, run it again`,
      )
    }
    yield e
  }
}
