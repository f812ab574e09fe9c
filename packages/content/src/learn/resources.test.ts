import { describe, expect, it } from 'vitest'
import { filterResources } from './resource-filter.ts'
import { resources } from './resources.ts'
import { Resource, resourceLanguages, resourceLevels } from './schema.ts'

describe('resources', () => {
  it('list at least 30 entries', () => {
    expect(resources.length).toBeGreaterThanOrEqual(30)
  })

  it.each(resources.map((r) => [r.id, r] as const))('%s matches the schema', (_, resource) => {
    const result = Resource.safeParse(resource)
    expect(result.success, result.error?.message).toBe(true)
  })

  it('have unique ids and unique addresses', () => {
    expect(new Set(resources.map((r) => r.id)).size).toBe(resources.length)
    expect(new Set(resources.map((r) => r.url)).size).toBe(resources.length)
  })

  it('were not accessed in the future of this release', () => {
    for (const r of resources) expect(r.accessed <= '2026-11-27', r.id).toBe(true)
  })

  it('offer every level and every interface language, and both free and paid entries', () => {
    expect(new Set(resources.map((r) => r.level))).toEqual(new Set(resourceLevels))
    expect(new Set(resources.map((r) => r.language))).toEqual(new Set(resourceLanguages))
    expect(new Set(resources.map((r) => r.cost))).toEqual(new Set(['free', 'paid']))
  })
})

describe('filterResources', () => {
  it('returns everything for an empty filter', () => {
    expect(filterResources(resources, {})).toEqual(resources)
  })

  it('keeps only entries matching every given field', () => {
    const found = filterResources(resources, { language: 'fr', level: 'beginner' })
    expect(found.length).toBeGreaterThan(0)
    for (const r of found) expect([r.language, r.level]).toEqual(['fr', 'beginner'])
    const expected = resources.filter((r) => r.language === 'fr' && r.level === 'beginner').map((r) => r.id)
    expect(found.map((r) => r.id)).toEqual(expected)
  })

  it('returns nothing when no entry matches', () => {
    expect(filterResources(resources, { language: 'es', cost: 'paid' })).toEqual([])
  })
})
