import { edgeTypes, nodeKinds } from '@blockgov/content'
import { describe, expect, it } from 'vitest'
import { readGraphFilters, readListFilters, toggle, writeGraphFilters, writeListFilters } from './query.ts'

describe('list filters in the URL', () => {
  it('round-trip, dropping empty parts', () => {
    const filters = { query: 'erasure', kinds: ['tension', 'mitigation'] as const, full: true }
    const params = writeListFilters({ ...filters, kinds: [...filters.kinds] })
    expect(params.toString()).toBe('q=erasure&kind=tension%2Cmitigation&full=1')
    expect(readListFilters(params)).toEqual({ ...filters, kinds: ['tension', 'mitigation'] })
    expect(writeListFilters({ query: ' ', kinds: [], full: false }).toString()).toBe('')
  })

  it('ignore unknown kinds and put known ones in canonical order', () => {
    expect(readListFilters(new URLSearchParams('kind=threat,bogus,tension')).kinds).toEqual(['tension', 'threat'])
  })
})

describe('graph filters in the URL', () => {
  it('mean everything when absent', () => {
    expect(readGraphFilters(new URLSearchParams(''))).toEqual({
      kinds: [...nodeKinds],
      links: [...edgeTypes],
      focus: null,
    })
    expect(writeGraphFilters(readGraphFilters(new URLSearchParams(''))).toString()).toBe('')
  })

  it('round-trip a selection and a focus', () => {
    const params = writeGraphFilters({
      kinds: ['tension', 'mitigation'],
      links: ['mitigation'],
      focus: 'right-erasure',
    })
    expect(readGraphFilters(params)).toEqual({
      kinds: ['tension', 'mitigation'],
      links: ['mitigation'],
      focus: 'right-erasure',
    })
  })
})

describe('toggle', () => {
  it('adds and removes a value in canonical order', () => {
    expect(toggle(['threat'], 'tension', nodeKinds)).toEqual(['tension', 'threat'])
    expect(toggle(['tension', 'threat'], 'tension', nodeKinds)).toEqual(['threat'])
  })
})
