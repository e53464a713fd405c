import { join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from '../data/index.js'
import { readYaml } from '../data/read-yaml.js'
import type { ActorRef } from '../contract/extraction.js'
import type { MapPoint } from './types.js'

const CountryPoints = z.record(
  z.string().regex(/^[A-Z]{2}$/),
  z.object({
    numeric: z.string().regex(/^\d{3}$/),
    point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  }),
)

export type PlaceOf = (actor: ActorRef) => MapPoint | null

/**
 * Where an actor sits on the map: a state at its representative point (data/geo), an armed group
 * at the state it is based in (data/entities/groups.yaml `based_in`), named after itself.
 */
export function placeLookup(
  groupBase: Record<string, string | null>,
  dataDir: string = DEFAULT_DATA_DIR,
): PlaceOf {
  const { value: points } = readYaml(join(dataDir, 'geo/country-points.yaml'), CountryPoints)
  return (actor) => {
    const state = actor.id.length === 2 ? actor.id : (groupBase[actor.id] ?? null)
    const p = state ? points[state] : undefined
    if (!p) return null
    return { id: actor.id, name: actor.name, lon: p.point[0], lat: p.point[1], numeric: p.numeric }
  }
}
