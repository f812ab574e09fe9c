import { beforeAll, describe, expect, it } from 'vitest'
import { type ChainEntry, type CheckedBlock, checkChain, tipHash } from './chain.ts'
import { mineChain } from './chain-fixtures.ts'
import { findConsensus } from './consensus.ts'

const difficulty = 2
let honest: CheckedBlock[]
let honestEntries: ChainEntry[]

beforeAll(async () => {
  honestEntries = await mineChain(['Genesis', 'Alice pays Bob 10', 'Bob pays Carol 5'], difficulty)
  honest = await checkChain(honestEntries, difficulty)
})

describe('findConsensus', () => {
  it('rejects a tampered copy that no longer holds', async () => {
    const tampered = await checkChain(
      honestEntries.map((entry, i) => (i === 1 ? { ...entry, data: 'Alice pays Mallory 10' } : entry)),
      difficulty,
    )
    const result = findConsensus([
      { peer: 'A', blocks: honest },
      { peer: 'B', blocks: tampered },
      { peer: 'C', blocks: honest },
    ])
    expect(result.majorityTip).toBe(tipHash(honest))
    expect(result.supporters).toBe(2)
    expect(Object.fromEntries(result.verdicts)).toEqual({ A: 'agrees', B: 'invalid', C: 'agrees' })
  })

  it('outvotes a re-mined, valid but different history held by a minority', async () => {
    const rewritten = await checkChain(
      await mineChain(['Genesis', 'Alice pays Mallory 10', 'Bob pays Carol 5'], difficulty),
      difficulty,
    )
    const result = findConsensus([
      { peer: 'A', blocks: honest },
      { peer: 'B', blocks: rewritten },
      { peer: 'C', blocks: honest },
    ])
    expect(Object.fromEntries(result.verdicts)).toEqual({ A: 'agrees', B: 'outvoted', C: 'agrees' })
  })

  it('finds no majority when valid histories are evenly split', async () => {
    const other = await checkChain(await mineChain(['Genesis', 'Something else'], difficulty), difficulty)
    const result = findConsensus([
      { peer: 'A', blocks: honest },
      { peer: 'B', blocks: other },
    ])
    expect(result.majorityTip).toBeUndefined()
    expect(Object.fromEntries(result.verdicts)).toEqual({ A: 'no-majority', B: 'no-majority' })
  })

  it('needs more than half of all peers, counting invalid ones', async () => {
    const broken = await checkChain([{ nonce: 0, data: 'x' }], 64)
    const result = findConsensus([
      { peer: 'A', blocks: honest },
      { peer: 'B', blocks: broken },
    ])
    expect(result.majorityTip).toBeUndefined()
  })
})
