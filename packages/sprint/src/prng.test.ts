import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mulberry32, shuffle } from './prng.ts'

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const take = (seed: number) => {
      const random = mulberry32(seed)
      return Array.from({ length: 5 }, () => random())
    }
    expect(take(42)).toEqual(take(42))
    expect(take(42)).not.toEqual(take(43))
  })

  it('returns numbers in [0, 1) for any seed, NaN and fractions included', () => {
    fc.assert(
      fc.property(fc.double(), (seed) => {
        const random = mulberry32(seed)
        for (let k = 0; k < 20; k++) {
          const x = random()
          expect(x).toBeGreaterThanOrEqual(0)
          expect(x).toBeLessThan(1)
        }
      }),
    )
  })
})

describe('shuffle', () => {
  it('returns a permutation and leaves the input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = items.slice()
        const out = shuffle(items, mulberry32(seed))
        expect(items).toEqual(copy)
        expect(out.slice().sort((a, b) => a - b)).toEqual(copy.sort((a, b) => a - b))
      }),
    )
  })

  it('is deterministic for a seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i)
    expect(shuffle(items, mulberry32(7))).toEqual(shuffle(items, mulberry32(7)))
    expect(shuffle(items, mulberry32(7))).not.toEqual(shuffle(items, mulberry32(8)))
  })
})
