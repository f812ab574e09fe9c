import { describe, expect, it } from 'vitest'
import { findSource, sources } from './registry.ts'
import { Source } from './schema.ts'

describe('sources registry', () => {
  it('every entry matches the schema', () => {
    for (const source of sources) {
      const result = Source.safeParse(source)
      expect(result.success, `${source.id}: ${result.error?.message}`).toBe(true)
    }
  })

  it('ids are unique', () => {
    const ids = sources.map((source) => source.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('no entry claims to have been checked in the future of this release', () => {
    for (const source of sources) expect(source.checked <= '2026-11-27', source.id).toBe(true)
  })

  it('a date, when given, agrees with the year', () => {
    for (const source of sources) {
      if ('date' in source) expect(source.date.startsWith(String(source.year)), source.id).toBe(true)
    }
  })

  it('an unknown year is stated in the note, never left silent', () => {
    for (const source of sources.filter((s) => s.year === null)) {
      expect(source.note, source.id).toMatch(/not confirmed|not seen|no date/i)
    }
  })

  it('finds entries by id and nothing else', () => {
    expect(findSource('gdpr')?.type).toBe('law')
    expect(findSource('no-such-source')).toBeUndefined()
    expect(findSource('constructor')).toBeUndefined()
  })
})

describe('Source schema', () => {
  const valid = {
    id: 'example-law',
    title: 'An example law',
    short: 'Example Act',
    issuer: 'A parliament',
    year: 2020,
    type: 'law',
    checked: '2026-11-27',
    checkedBy: 'primary-text',
    note: 'Used only to test the schema.',
  }

  it('accepts a minimal entry', () => {
    expect(Source.safeParse(valid).success).toBe(true)
  })

  it.each([
    ['an id that is not kebab-case', { id: 'Example Law' }],
    ['an unknown type', { type: 'blog' }],
    ['a non-http URL', { url: 'javascript:alert(1)' }],
    ['a malformed checked date', { checked: '27/11/2026' }],
    ['a malformed date', { date: '2020-13' }],
    ['an unknown field', { author: 'someone' }],
    ['a missing note', { note: undefined }],
  ])('rejects %s', (_name, change) => {
    expect(Source.safeParse({ ...valid, ...change }).success).toBe(false)
  })
})
