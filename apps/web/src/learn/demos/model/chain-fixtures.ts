import { genesisPrevious, mineBlock } from './block.ts'
import type { ChainEntry } from './chain.ts'

/**
 * Mines every block in order: tests use it to build valid chains (and it produced the nonces in starters.ts).
 * The pages never need it: they open on pre-mined chains and mine one block at a time in a worker.
 */
export async function mineChain(datas: readonly string[], difficulty: number): Promise<ChainEntry[]> {
  const entries: ChainEntry[] = []
  let previous = genesisPrevious
  for (const [index, data] of datas.entries()) {
    const result = await mineBlock({ number: index + 1, nonce: 0, data, previous }, { difficulty })
    if (!result.ok) throw new Error(`could not mine block ${index + 1}`)
    entries.push({ nonce: result.nonce, data })
    previous = result.hash
  }
  return entries
}
