import { describe, expect, it } from 'vitest'
import { asciiLower, isAtOrBelow, namesBetween, normaliseName } from './names.ts'

describe('names', () => {
  it('lower-cases ASCII letters only, as DNS compares names (RFC 4343)', () => {
    expect(asciiLower('ExAmple.ÀLT')).toBe('example.Àlt')
  })

  it('normalises trailing dots and case', () => {
    expect(normaliseName('Example.Blockgov.Alt.')).toBe('example.blockgov.alt')
    expect(normaliseName('.')).toBe('')
  })

  it('tells whether a name is at or below another by whole labels', () => {
    expect(isAtOrBelow('www.example.alt', 'example.alt')).toBe(true)
    expect(isAtOrBelow('example.alt', 'example.alt')).toBe(true)
    expect(isAtOrBelow('badexample.alt', 'example.alt')).toBe(false)
    expect(isAtOrBelow('anything', '')).toBe(true)
  })

  it('lists the names strictly between a name and a top name, nearest first', () => {
    expect(namesBetween('a.b.example.blockgov.alt', 'blockgov.alt')).toEqual([
      'b.example.blockgov.alt',
      'example.blockgov.alt',
    ])
    expect(namesBetween('example.blockgov.alt', 'blockgov.alt')).toEqual([])
  })
})
