import type { ActorKind } from '../contract/extraction.js'
import type { EventSummary } from '../kb/types.js'
import type { Source } from './source.js'

/** An actor as a graph node: what the events say about it, counted. */
export interface ActorNode {
  id: string
  label: string
  kind: ActorKind
  events_out: number
  events_in: number
}

/**
 * First pass of a graph export: every actor the events name, sorted by id (code-unit order, so
 * the output does not depend on the locale). Memory grows with actors, not with events. An
 * actor keeps the name and kind of the first event that names it.
 */
export async function actorNodes(events: Source<EventSummary>): Promise<ActorNode[]> {
  const nodes = new Map<string, ActorNode>()
  const nodeOf = (a: EventSummary['supplier']): ActorNode => {
    let node = nodes.get(a.id)
    if (node === undefined) {
      node = { id: a.id, label: a.name, kind: a.kind, events_out: 0, events_in: 0 }
      nodes.set(a.id, node)
    }
    return node
  }
  for await (const e of events) {
    nodeOf(e.supplier).events_out += 1
    nodeOf(e.recipient).events_in += 1
  }
  return [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
