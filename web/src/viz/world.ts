import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries110m from 'world-atlas/countries-110m.json'

export type CountryFeature = Feature<Geometry, { name: string }>

/** Antarctica takes a fifth of the map's height and receives no arms. */
const ANTARCTICA = '010'

let cached: FeatureCollection<Geometry, { name: string }> | null = null

/**
 * The world's countries at 1:110m, bundled with the dashboard (no tile server: it runs offline).
 * Feature ids are ISO 3166 numeric codes as three digits ("643"); a few disputed areas have none.
 */
export function worldCountries(): FeatureCollection<Geometry, { name: string }> {
  if (cached) return cached
  const topology = countries110m as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>
  }>
  const all = feature(topology, topology.objects.countries)
  cached = { ...all, features: all.features.filter((f) => f.id !== ANTARCTICA) }
  return cached
}

/** "4" or "004" → "004": the form world-atlas ids take. */
export function numericKey(code: string | null): string | null {
  return code === null ? null : code.padStart(3, '0')
}
