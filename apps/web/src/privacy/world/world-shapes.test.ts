import { describe, expect, it } from 'vitest'
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' }
import { countryShapes, coverageBand, isCountriesTopology } from './world-shapes.ts'

describe('countryShapes', () => {
  it('accepts the world-atlas file and draws every country inside the box', () => {
    expect(isCountriesTopology(atlas)).toBe(true)
    if (!isCountriesTopology(atlas)) return
    const shapes = countryShapes(atlas, 960, 500)
    expect(shapes).toHaveLength(177)
    const brazil = shapes.find((s) => s.id === '076')
    expect(brazil?.name).toBe('Brazil')
    expect(brazil?.d).toMatch(/^M[\d.]+,[\d.]+/)
    const numbers = shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number)
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1)
    expect(Math.max(...numbers)).toBeLessThanOrEqual(961)
  })

  it('rejects data that is not a countries topology', () => {
    expect(isCountriesTopology(null)).toBe(false)
    expect(isCountriesTopology({ type: 'Topology', arcs: [], objects: {} })).toBe(false)
    expect(isCountriesTopology('Topology')).toBe(false)
  })
})

describe('coverageBand', () => {
  it('bands coverage counts', () => {
    expect([0, 1, 3, 4, 6, 7, 11].map(coverageBand)).toEqual([0, 1, 1, 2, 2, 3, 3])
  })
})
