import { type CheckedBlock, chainIsValid, tipHash } from './chain.ts'

/** One peer's copy of the chain, already checked. */
export interface PeerChain {
  readonly peer: string
  readonly blocks: readonly CheckedBlock[]
}

export type PeerVerdict =
  /** Valid and agrees with the majority. */
  | 'agrees'
  /** Its own blocks do not hold (hash without the required zeros). */
  | 'invalid'
  /** Valid on its own, but a different history from the majority's. */
  | 'outvoted'
  /** There is no majority to agree with. */
  | 'no-majority'

export interface ConsensusResult {
  /** The tip hash more than half of all peers hold with a valid chain, if any. */
  readonly majorityTip: string | undefined
  readonly supporters: number
  readonly verdicts: ReadonlyMap<string, PeerVerdict>
}

/**
 * Majority of valid chains: invalid copies are ignored, valid ones are grouped by their tip hash (same tip
 * means same history), and the group holding more than half of *all* peers wins. Half is not enough: two equal
 * camps mean there is no agreement yet.
 */
export function findConsensus(peers: readonly PeerChain[]): ConsensusResult {
  const counts = new Map<string, number>()
  for (const { blocks } of peers) {
    if (!chainIsValid(blocks)) continue
    const tip = tipHash(blocks)
    counts.set(tip, (counts.get(tip) ?? 0) + 1)
  }
  let majorityTip: string | undefined
  let supporters = 0
  for (const [tip, count] of counts) {
    if (count * 2 > peers.length) {
      majorityTip = tip
      supporters = count
    }
  }
  const verdicts = new Map<string, PeerVerdict>()
  for (const { peer, blocks } of peers) {
    if (!chainIsValid(blocks)) verdicts.set(peer, 'invalid')
    else if (majorityTip === undefined) verdicts.set(peer, 'no-majority')
    else verdicts.set(peer, tipHash(blocks) === majorityTip ? 'agrees' : 'outvoted')
  }
  return { majorityTip, supporters, verdicts }
}
