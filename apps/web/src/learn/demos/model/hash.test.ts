import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import { differingDigits, sha256Hex } from './hash.ts'

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector for "abc"', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('agrees with an independent SHA-256 implementation on non-ASCII text', async () => {
    const text = 'Blockchain — 区块链 — cadena de bloques ✓'
    expect(await sha256Hex(text)).toBe(bytesToHex(sha256(utf8ToBytes(text))))
  })

  it('changes most digits when one letter changes', async () => {
    const a = await sha256Hex('Alice pays Bob 10')
    const b = await sha256Hex('Alice pays Bob 11')
    expect(a).toHaveLength(64)
    expect(differingDigits(a, b)).toBeGreaterThan(40)
  })

  it('counts differing digits position by position', () => {
    expect(differingDigits('00ab', '00ac')).toBe(1)
    expect(differingDigits('abc', 'abc')).toBe(0)
  })
})
