/**
 * A governance fork, reduced to its core: the community votes on a rule change (here, how many transactions a
 * block may hold). Nodes that adopt the new rule accept bigger blocks; nodes that keep the old rule reject them
 * as invalid. If both camps keep going, one chain becomes two histories that share every block up to the split.
 */

/** The rule each node enforces: the most transactions a block may hold. */
export interface Rules {
  readonly maxTransactions: number
}

export const oldRules: Rules = { maxTransactions: 2 }
export const newRules: Rules = { maxTransactions: 4 }

export interface ForkBlock {
  readonly number: number
  readonly transactions: number
  /** Which camp produced it; shared blocks were produced before the split. */
  readonly producedBy: 'shared' | 'adopters' | 'keepers'
}

export type Vote = 'adopt' | 'keep'

export interface Node {
  readonly name: string
  readonly vote: Vote
}

export interface ForkOutcome {
  /** Nodes that run the new rule after activation. */
  readonly adopters: readonly string[]
  /** Nodes that keep the old rule. */
  readonly keepers: readonly string[]
  /** One history if everybody agrees (no split), two if the camps differ. */
  readonly histories: readonly History[]
}

export interface History {
  readonly rules: Rules
  readonly followers: readonly string[]
  readonly blocks: readonly ForkBlock[]
}

export function blockValidUnder(block: ForkBlock, rules: Rules): boolean {
  return block.transactions <= rules.maxTransactions
}

/**
 * Activates the change after `sharedBlocks` blocks and lets each camp produce `blocksAfter` more. Adopters fill
 * blocks up to the new limit, so keepers reject their blocks. Keepers' small blocks would pass the new rule, but
 * the adopters' software builds on its own blocks from activation on, so neither camp joins the other.
 */
export function activateRuleChange(nodes: readonly Node[], sharedBlocks: number, blocksAfter: number): ForkOutcome {
  const adopters = nodes.filter((node) => node.vote === 'adopt').map((node) => node.name)
  const keepers = nodes.filter((node) => node.vote === 'keep').map((node) => node.name)
  const shared: ForkBlock[] = Array.from({ length: sharedBlocks }, (_, i) => ({
    number: i + 1,
    transactions: oldRules.maxTransactions,
    producedBy: 'shared',
  }))
  const continueWith = (rules: Rules, producedBy: ForkBlock['producedBy']): ForkBlock[] => [
    ...shared,
    ...Array.from({ length: blocksAfter }, (_, i) => ({
      number: sharedBlocks + i + 1,
      transactions: rules.maxTransactions,
      producedBy,
    })),
  ]
  const histories: History[] = []
  if (adopters.length > 0)
    histories.push({ rules: newRules, followers: adopters, blocks: continueWith(newRules, 'adopters') })
  if (keepers.length > 0)
    histories.push({ rules: oldRules, followers: keepers, blocks: continueWith(oldRules, 'keepers') })
  return { adopters, keepers, histories }
}

/** Number of leading blocks two histories have in common. */
export function commonPrefix(a: History, b: History): number {
  let i = 0
  while (i < a.blocks.length && i < b.blocks.length && sameBlock(a.blocks[i], b.blocks[i])) i++
  return i
}

function sameBlock(a: ForkBlock | undefined, b: ForkBlock | undefined): boolean {
  return a !== undefined && b !== undefined && a.producedBy === b.producedBy && a.number === b.number
}
