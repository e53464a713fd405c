import type { MapFlow, MapPoint } from '../api/types'
import { breachColourOf, breachMarkOf, type BreachMark } from './network-elements'
import { CERTAINTY_COLOURS, PLACE_TINTS } from './palette'
import { logScale } from './scale'
import { numericKey } from './world'

export type PlaceRole = keyof typeof PLACE_TINTS

/** Each country's role in the current flows, keyed by world-atlas id (three-digit numeric). */
export function placeRoles(flows: readonly MapFlow[]): Map<string, PlaceRole> {
  const supplies = new Set<string>()
  const receives = new Set<string>()
  for (const f of flows) {
    const from = numericKey(f.from.numeric)
    const to = numericKey(f.to.numeric)
    if (from) supplies.add(from)
    if (to) receives.add(to)
  }
  const roles = new Map<string, PlaceRole>()
  for (const id of supplies) roles.set(id, receives.has(id) ? 'both' : 'supplier')
  for (const id of receives) if (!roles.has(id)) roles.set(id, 'recipient')
  return roles
}

export interface FlowStyle {
  width: number
  colour: string
  breach: BreachMark
  /** Halo colour under the arc for a breach, null otherwise. */
  halo: string | null
}

const ARC_MIN = 1.2
const ARC_MAX = 7
/** Past this many flows arcs pile up over Europe and the Middle East: thinner lines. */
export const CROWDED_FLOWS = 60
const ARC_MAX_CROWDED = 4

/** Width by corroboration (log), colour by certainty, a halo for breaches: as on the network. */
export function flowStyles(flows: readonly MapFlow[]): FlowStyle[] {
  const maxSources = Math.max(0, ...flows.map((f) => f.sources))
  const widest = flows.length > CROWDED_FLOWS ? ARC_MAX_CROWDED : ARC_MAX
  return flows.map((f) => {
    const breach = breachMarkOf(f)
    return {
      width: logScale(f.sources, maxSources, ARC_MIN, widest),
      colour: CERTAINTY_COLOURS[f.certainty],
      breach,
      halo: breachColourOf(breach),
    }
  })
}

export interface PlaceLabel {
  key: string
  lon: number
  lat: number
  /** "Lebanon / Hezbollah": actors placed on the same spot share one label. */
  text: string
  /** Events in or out of this spot: the heaviest get labels first. */
  weight: number
}

/** One label per spot, heaviest first, at most `max`. */
export function placeLabels(flows: readonly MapFlow[], max: number): PlaceLabel[] {
  const spots = new Map<string, PlaceLabel & { names: string[] }>()
  const add = (p: MapPoint, events: number) => {
    const key = `${p.lon.toFixed(2)},${p.lat.toFixed(2)}`
    const spot = spots.get(key) ?? { key, lon: p.lon, lat: p.lat, text: '', weight: 0, names: [] }
    if (!spot.names.includes(p.name)) spot.names.push(p.name)
    spot.weight += events
    spots.set(key, spot)
  }
  for (const f of flows) {
    add(f.from, f.events)
    add(f.to, f.events)
  }
  return [...spots.values()]
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key))
    .slice(0, max)
    .map(({ names, ...spot }) => ({ ...spot, text: names.join(' / ') }))
}
