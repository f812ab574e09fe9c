import { geoEqualEarth, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'

/** world-atlas's countries file: one geometry collection whose ids are ISO 3166-1 numeric codes. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>

/** Checks the shape of the fetched atlas before use: it arrives over the network. */
export function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false
  const topology = value as { type?: unknown; arcs?: unknown; objects?: { countries?: { type?: unknown } } }
  return (
    topology.type === 'Topology' &&
    Array.isArray(topology.arcs) &&
    topology.objects?.countries?.type === 'GeometryCollection'
  )
}

/** One country outline as an SVG path. */
export interface CountryShape {
  readonly id: string
  readonly name: string
  readonly d: string
}

/** Projects every country (Equal Earth, fitted to the box) into SVG path data; countries without an id are kept as background. */
export function countryShapes(topology: CountriesTopology, width: number, height: number): CountryShape[] {
  const countries = feature(topology, topology.objects.countries)
  const projection = geoEqualEarth().fitSize([width, height], countries)
  const path = geoPath(projection)
  return countries.features.map((country, index) => ({
    id: country.id === undefined ? `unnamed-${index}` : String(country.id),
    name: country.properties.name,
    d: path(country) ?? '',
  }))
}

/** Shading band for a number of covered topics: 0 (not in the map), then 1–3, 4–6 and 7 or more. */
export function coverageBand(covered: number): 0 | 1 | 2 | 3 {
  if (covered <= 0) return 0
  if (covered <= 3) return 1
  if (covered <= 6) return 2
  return 3
}
