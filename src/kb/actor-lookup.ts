import type { ActorRef } from '../contract/extraction.js'
import type { LoadedData } from '../data/index.js'

/** Names and kinds for actor ids, from the reference data; unknown ids stand for themselves. */
export function actorLookup(data: LoadedData): (id: string) => ActorRef {
  return (id) => {
    const state = data.states[id]
    if (state) return { id, name: state.name, kind: 'state' }
    const group = data.groups[id]
    if (group) return { id, name: group.name, kind: group.kind }
    const body = data.bodies[id]
    if (body) return { id, name: body.name, kind: 'organisation' }
    return { id, name: id, kind: 'organisation' }
  }
}
