import { type BlockContent, genesisPrevious, hashBlock, meetsDifficulty } from './block.ts'

/** What the visitor can change in a block of a chain; the block number and `previous` follow from position. */
export interface ChainEntry {
  readonly nonce: number
  readonly data: string
}

export type BlockProblem = 'difficulty' | 'previous-invalid'

/** A block as the chain sees it: its content, its hash and whether it holds. */
export interface CheckedBlock extends BlockContent {
  readonly hash: string
  /** Whether the hash starts with the required zeros. */
  readonly hashOk: boolean
  /** Whether this block and every block before it hold. */
  readonly valid: boolean
  readonly problem: BlockProblem | undefined
}

/**
 * Hashes a chain in order. Each block's `previous` is the hash of the block before, so a change to one block
 * changes the `previous` (and so the hash) of every later block: this is what makes tampering visible.
 */
export async function checkChain(entries: readonly ChainEntry[], difficulty: number): Promise<CheckedBlock[]> {
  const checked: CheckedBlock[] = []
  let previous = genesisPrevious
  let allValid = true
  for (const [index, entry] of entries.entries()) {
    const content: BlockContent = { number: index + 1, nonce: entry.nonce, data: entry.data, previous }
    const hash = await hashBlock(content)
    const hashOk = meetsDifficulty(hash, difficulty)
    const problem: BlockProblem | undefined = !hashOk ? 'difficulty' : allValid ? undefined : 'previous-invalid'
    allValid = allValid && hashOk
    checked.push({ ...content, hash, hashOk, valid: allValid, problem })
    previous = hash
  }
  return checked
}

/** Whether every block of a checked chain holds. */
export function chainIsValid(checked: readonly CheckedBlock[]): boolean {
  return checked.every((block) => block.valid)
}

/** The hash of the last block: two chains with the same tip hash hold exactly the same history. */
export function tipHash(checked: readonly CheckedBlock[]): string {
  return checked.at(-1)?.hash ?? genesisPrevious
}
