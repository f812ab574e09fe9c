import { describe, expect, it } from 'vitest'
import { NamesError } from './errors.ts'
import { isValidLabel, labelhash, namehash, normaliseName, secondLevelLabel } from './namehash.ts'

describe('namehash', () => {
  it('matches the EIP-137 test vectors', () => {
    expect(namehash('')).toBe('0x0000000000000000000000000000000000000000000000000000000000000000')
    expect(namehash('eth')).toBe('0x93cdeb708b7545dc668eb9280176169d1c33cfd8ed6f04690a0bcc88a93fc4ae')
    expect(namehash('foo.eth')).toBe('0xde9b09fd7c5f901e23a3f19fecc54828e9c848539801e86591bd9801b019f84f')
  })

  it('hashes a name and its normal form alike', () => {
    expect(namehash('Example.BlockGov.alt.')).toBe(namehash('example.blockgov.alt'))
    expect(labelhash('eth')).toBe('0x4f5b812789fc606be1b3b16908db13fc7a9adf7ca72641f84d75b47069d3d7f0')
  })
})

describe('normaliseName', () => {
  it('folds ASCII case and drops one trailing dot', () => {
    expect(normaliseName('WWW.Example.alt.')).toBe('www.example.alt')
  })

  it('refuses what the contracts refuse, with NAME_INVALID', () => {
    for (const bad of [
      '',
      '.',
      'a..b',
      '-a.alt',
      'a-.alt',
      'ab--c.alt',
      'a_b.alt',
      'bücher.alt',
      'a b.alt',
      `${'a'.repeat(64)}.alt`,
    ]) {
      expect(() => normaliseName(bad)).toThrow(NamesError)
    }
    expect(normaliseName('xn--bcher-kva.alt')).toBe('xn--bcher-kva.alt')
  })
})

describe('isValidLabel', () => {
  it('accepts lower-case LDH labels of 1 to 63 characters', () => {
    expect(isValidLabel('a')).toBe(true)
    expect(isValidLabel('0-9')).toBe(true)
    expect(isValidLabel('a'.repeat(63))).toBe(true)
    expect(isValidLabel('a'.repeat(64))).toBe(false)
    expect(isValidLabel('A')).toBe(false)
  })
})

describe('secondLevelLabel', () => {
  it('returns the label of a name directly under the root and refuses others', () => {
    expect(secondLevelLabel('Example.blockgov.alt', 'blockgov.alt')).toBe('example')
    expect(() => secondLevelLabel('www.example.blockgov.alt', 'blockgov.alt')).toThrow(/directly under/)
    expect(() => secondLevelLabel('blockgov.alt', 'blockgov.alt')).toThrow(NamesError)
    expect(() => secondLevelLabel('example.com', 'blockgov.alt')).toThrow(NamesError)
  })
})
