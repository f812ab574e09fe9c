import { describe, expect, it } from 'vitest'
import { blockPayload, genesisPrevious, hashBlock, meetsDifficulty, mineBlock } from './block.ts'
import { sha256Hex } from './hash.ts'

const block = { number: 1, nonce: 0, data: 'Alice pays Bob 10', previous: genesisPrevious }

describe('blockPayload', () => {
  it('keeps number and nonce apart, so block 1 nonce 23 differs from block 12 nonce 3', () => {
    expect(blockPayload({ ...block, number: 1, nonce: 23 })).not.toBe(blockPayload({ ...block, number: 12, nonce: 3 }))
  })

  it('is what hashBlock hashes', async () => {
    expect(await hashBlock(block)).toBe(await sha256Hex(blockPayload(block)))
  })
})

describe('meetsDifficulty', () => {
  it('requires the given number of leading zeros', () => {
    expect(meetsDifficulty('000abc', 3)).toBe(true)
    expect(meetsDifficulty('00abc0', 3)).toBe(false)
    expect(meetsDifficulty('0abc', 1)).toBe(true)
  })
})

describe('mineBlock', () => {
  it('finds the first nonce whose hash meets the difficulty', async () => {
    const result = await mineBlock(block, { difficulty: 2 })
    if (!result.ok) throw new Error('mining failed')
    expect(result.hash).toBe(await hashBlock({ ...block, nonce: result.nonce }))
    expect(result.hash.startsWith('00')).toBe(true)
    // Every smaller nonce fails: the search really is 0, 1, 2…
    for (let nonce = 0; nonce < result.nonce; nonce++) {
      expect(meetsDifficulty(await hashBlock({ ...block, nonce }), 2)).toBe(false)
    }
    expect(result.tried).toBe(result.nonce + 1)
  })

  it('reports progress after every batch, with the last nonce tried', async () => {
    const progress: { tried: number; nonce: number }[] = []
    const result = await mineBlock(block, {
      difficulty: 12, // far too hard to finish: the search runs to maxNonce
      batchSize: 50,
      maxNonce: 149,
      onProgress: ({ tried, nonce }) => progress.push({ tried, nonce }),
    })
    expect(result).toEqual({ ok: false, reason: 'exhausted', tried: 150 })
    expect(progress).toEqual([
      { tried: 50, nonce: 49 },
      { tried: 100, nonce: 99 },
      { tried: 150, nonce: 149 },
    ])
  })

  it('gives up after maxNonce', async () => {
    expect(await mineBlock(block, { difficulty: 12, maxNonce: 9 })).toEqual({
      ok: false,
      reason: 'exhausted',
      tried: 10,
    })
  })
})
