import type { DialectName } from '../store/dialect.js'
import type { ActorLookup, EventFilter } from '../store/query-events.js'
import type { Writer } from '../store/write-documents.js'
import { graphEdges } from './graph-view.js'
import type { PlaceOf } from './places.js'
import type { MapFlow, MapView } from './types.js'

/**
 * The network's pairs placed on the map, heaviest first. A pair whose ends share a place (a group
 * armed by the state it is based in) has no arc to draw and is left out, as are pairs with an
 * actor of unknown place, which are listed in `unplaced`.
 */
export async function mapView(
  db: Writer,
  dialect: DialectName,
  filter: EventFilter,
  limit: number,
  actor: ActorLookup,
  placeOf: PlaceOf,
): Promise<MapView> {
  const edges = await graphEdges(db, dialect, filter)
  const unplaced = new Set<string>()
  const flows: MapFlow[] = []
  let drawable = 0
  for (const e of edges) {
    const from = placeOf(actor(e.supplier))
    const to = placeOf(actor(e.recipient))
    if (!from) unplaced.add(e.supplier)
    if (!to) unplaced.add(e.recipient)
    if (!from || !to || (from.lon === to.lon && from.lat === to.lat)) continue
    drawable += 1
    if (flows.length < limit) flows.push({ ...e, from, to })
  }
  return { flows, unplaced: [...unplaced].sort(), truncated: drawable - flows.length }
}
